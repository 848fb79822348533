package nl.plein.panel.web;

import java.util.List;
import nl.plein.panel.PanelMember;
import nl.plein.panel.ProfileForm;
import nl.plein.shared.FieldErrors;

/** The view records of PanelController's pages, apart from the controller so templates never depend on it. */
public final class PanelViews {

    private PanelViews() {}

    /** The panel page: the member (null when not a member), the form as typed, and what to correct. */
    public record PanelPage(
            PanelMember member,
            ProfileForm form,
            FieldErrors errors,
            String notice,
            List<String> areaIds,
            List<String> areaNames,
            String privacyVersion) {}
}
