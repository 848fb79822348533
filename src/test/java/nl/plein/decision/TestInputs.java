package nl.plein.decision;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.plein.project.ComponentType;
import nl.plein.project.Input;
import nl.plein.project.PhaseComponent;
import nl.plein.shared.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * A component type for tests only: it offers whatever input a test gave it for a component, the way
 * an idea list offers its ideas. The decision module cannot see the real components.
 */
@Component
public class TestInputs implements ComponentType {

    public static final String KEY = "test-inputs";

    private final Map<Long, List<Input>> byComponent = new ConcurrentHashMap<>();

    public void offer(long componentId, List<Input> inputs) {
        byComponent.put(componentId, List.copyOf(inputs));
    }

    @Override
    public String key() {
        return KEY;
    }

    // Existing messages: a test type needs no texts of its own in the shipped bundles.
    @Override
    public String nameKey() {
        return "decision.admin.inputs";
    }

    @Override
    public String descriptionKey() {
        return "decision.admin.inputsHelp";
    }

    @Override
    public List<SettingField> settingFields() {
        return List.of();
    }

    @Override
    public List<Input> inputs(OrganisationId organisation, PhaseComponent component) {
        return byComponent.getOrDefault(component.id(), List.of());
    }
}
