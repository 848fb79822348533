package nl.plein.project;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;

/**
 * A kind of component that staff can add to a phase: implemented by a Spring bean in the module that
 * offers it (see the package documentation for the contract).
 */
public interface ComponentType {

    /** Stable key, stored with every component of this type. */
    String key();

    /** Message key of the name staff and residents see. */
    String nameKey();

    /** Message key of a one-sentence B1 description for staff choosing a component. */
    String descriptionKey();

    /** The settings staff fill in; the project module renders, checks and stores them. */
    List<SettingField> settingFields();

    /** The type's own rules on top of the required fields; field names are the settings' names. */
    default FieldErrors validate(Map<String, String> settings) {
        return new FieldErrors();
    }

    /** Safe HTML shown inside the phase on the project page; empty for none. */
    default String publicHtml(PhaseComponent component) {
        return "";
    }

    /** The page where residents take part, if the component has one of its own. */
    default Optional<String> publicUrl(String projectSlug, PhaseComponent component) {
        return Optional.empty();
    }

    /**
     * What residents did in this component so far, for the participation report and the dashboard;
     * empty for a type that collects no input.
     */
    default Optional<Participation> participation(
            OrganisationId organisation, PhaseComponent component, Locale locale) {
        return Optional.empty();
    }

    /** The input residents gave in this component that a decision can link to; newest first. */
    default List<Input> inputs(OrganisationId organisation, PhaseComponent component) {
        return List.of();
    }

    /** One setting of a component; {@code kind} decides the input staff get. */
    record SettingField(String name, String labelKey, Kind kind, boolean required) {
        public enum Kind {
            TEXT,
            MARKDOWN
        }
    }
}
