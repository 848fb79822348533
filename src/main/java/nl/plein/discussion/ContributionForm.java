package nl.plein.discussion;

/**
 * What a resident or staff member posts. {@code parentId} is set for a reply; {@code areaId} when the
 * author shares their area; {@code requestKey} makes a double submit post once.
 */
public record ContributionForm(String body, Long parentId, Long areaId, boolean official, String requestKey) {

    public ContributionForm {
        body = body == null ? "" : body.strip();
        requestKey = requestKey == null ? "" : requestKey;
    }
}
