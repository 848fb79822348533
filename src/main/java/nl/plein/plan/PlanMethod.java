package nl.plein.plan;

/**
 * A method of the "how?" question, placed on two axes (in person or online; at the same time or
 * not), in a phase of the project and optionally linked to one of its components. The names are
 * resolved from the project when read; a removed phase or component has a null name.
 */
public record PlanMethod(
        long id,
        String name,
        boolean inPerson,
        boolean sameTime,
        Long phaseId,
        String phaseName,
        Long componentId,
        String componentTitle) {

    public String quadrantKey() {
        return "plan.method.quadrant." + (inPerson ? "inPerson" : "online") + "." + (sameTime ? "same" : "apart");
    }
}
