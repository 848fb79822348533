package nl.plein.panel;

import java.time.LocalDate;

/** A panel member as they see their own membership. */
public record PanelMember(
        long id,
        Long accountId,
        String email,
        Integer birthYear,
        Sex sex,
        String postcode,
        Long areaId,
        String education,
        String household,
        Status status,
        LocalDate joinedOn,
        boolean consentSurveys,
        boolean consentFollowUp,
        String privacyVersion) {

    public enum Status {
        ACTIVE,
        PAUSED,
        LEFT;

        public String messageKey() {
            return "panel.status." + name();
        }
    }

    public ProfileForm toForm() {
        return new ProfileForm(
                birthYear == null ? "" : birthYear.toString(),
                sex == null ? "" : sex.name(),
                postcode == null ? "" : postcode,
                areaId == null ? "" : areaId.toString(),
                education == null ? "" : education,
                household == null ? "" : household,
                consentSurveys,
                consentFollowUp,
                "");
    }
}
