package nl.plein.idea;

/** What a resident submits; {@code requestKey} makes a double submit create one idea. */
public record IdeaForm(String title, String description, String address, String requestKey) {

    public IdeaForm {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
        address = address == null ? "" : address.strip();
        requestKey = requestKey == null ? "" : requestKey;
    }
}
