package nl.plein.idea;

/**
 * What a resident submits; {@code latitude}/{@code longitude} come from the map (empty without one);
 * {@code requestKey} makes a double submit create one idea.
 */
public record IdeaForm(
        String title, String description, String address, String latitude, String longitude, String requestKey) {

    public IdeaForm(String title, String description, String address, String requestKey) {
        this(title, description, address, "", "", requestKey);
    }

    public IdeaForm {
        latitude = latitude == null ? "" : latitude.strip();
        longitude = longitude == null ? "" : longitude.strip();
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
        address = address == null ? "" : address.strip();
        requestKey = requestKey == null ? "" : requestKey;
    }
}
