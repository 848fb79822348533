package nl.plein.assisted.web;

import java.util.Optional;
import java.util.UUID;
import nl.plein.panel.PanelManagement;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.InputChannel;
import nl.plein.shared.OnBehalf;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.SignedInPerson;

/**
 * The part every on-behalf form shares: how the input came in, the resident's name as it will be shown, and
 * what identifies them (the e-mail address they are in the panel with, or the code on their letter).
 */
public record ResidentFields(String channel, String residentName, String who, String requestKey) {

    static final int MAX_NAME = 100;

    public ResidentFields {
        channel = channel == null ? "" : channel;
        residentName = residentName == null ? "" : residentName.strip();
        who = who == null ? "" : who.strip();
        requestKey =
                requestKey == null || requestKey.isBlank() ? UUID.randomUUID().toString() : requestKey;
    }

    /** A fresh form, with the channel of the previous one (the next paper form from the same pile). */
    static ResidentFields forChannel(String channel) {
        return new ResidentFields(channel, "", "", "");
    }

    /**
     * The checked {@link OnBehalf}, or empty with the reasons in {@code errors}. {@code needsName}: the input is
     * shown under a name; {@code needsVoter}: it counts once per person, so the resident must be known.
     */
    Optional<OnBehalf> check(
            PanelManagement panel,
            OrganisationId org,
            SignedInPerson staff,
            boolean needsName,
            boolean needsVoter,
            FieldErrors errors) {
        InputChannel chosen = InputChannel.assisted(channel);
        errors.rejectIf(chosen == null, "channel", "assisted.error.channel")
                .rejectIf(needsName && residentName.isEmpty(), "residentName", "assisted.error.name")
                .rejectIf(residentName.length() > MAX_NAME, "residentName", "assisted.error.nameTooLong");
        var voter = panel.identify(org, who);
        if (who.isEmpty()) {
            errors.rejectIf(needsVoter, "who", "assisted.error.whoRequired");
        } else if (voter.isEmpty()) {
            errors.reject("who", "assisted.error.whoUnknown");
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OnBehalf(staff, chosen, residentName, voter.orElse(null)));
    }
}
