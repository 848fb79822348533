package nl.plein.plan;

/**
 * A new method of the "how?" question as staff type it: {@code mode} is "inPerson" or "online",
 * {@code timing} "same" or "apart"; phase and component are optional ids of the project.
 */
public record MethodForm(
        String name, String mode, String timing, String phaseId, String componentId, String requestKey) {

    public MethodForm {
        name = trim(name);
        mode = trim(mode);
        timing = trim(timing);
        phaseId = trim(phaseId);
        componentId = trim(componentId);
        requestKey = trim(requestKey);
    }

    public static MethodForm empty(String requestKey) {
        return new MethodForm("", "", "", "", "", requestKey);
    }

    static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
