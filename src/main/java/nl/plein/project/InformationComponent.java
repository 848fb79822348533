package nl.plein.project;

import java.util.List;
import nl.plein.shared.Markdown;
import org.springframework.stereotype.Component;

/** A block of text in a phase: how the municipality informs residents (the "inform" ladder level). */
@Component
class InformationComponent implements ComponentType {

    static final String KEY = "information";
    static final String TEXT = "text";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String nameKey() {
        return "component.information";
    }

    @Override
    public String descriptionKey() {
        return "component.information.description";
    }

    @Override
    public List<SettingField> settingFields() {
        return List.of(new SettingField(TEXT, "component.information.text", SettingField.Kind.MARKDOWN, true));
    }

    @Override
    public String publicHtml(PhaseComponent component) {
        return Markdown.toSafeHtml(component.setting(TEXT));
    }
}
