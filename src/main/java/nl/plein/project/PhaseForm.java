package nl.plein.project;

/**
 * A phase as staff type it. Dates stay text until the use case reads them, so a wrong date is
 * shown back exactly as typed. {@code fixed} and {@code open} hold one point per line.
 */
public record PhaseForm(
        String name,
        String description,
        String ladderLevel,
        String startsOn,
        String endsOn,
        String fixed,
        String open,
        String whoDecides,
        String requestKey) {

    public PhaseForm {
        name = ProjectForm.trim(name);
        description = ProjectForm.trim(description);
        ladderLevel = ProjectForm.trim(ladderLevel);
        startsOn = ProjectForm.trim(startsOn);
        endsOn = ProjectForm.trim(endsOn);
        fixed = ProjectForm.trim(fixed);
        open = ProjectForm.trim(open);
        whoDecides = ProjectForm.trim(whoDecides);
        requestKey = ProjectForm.trim(requestKey);
    }

    public static PhaseForm empty(String requestKey) {
        return new PhaseForm("", "", "", "", "", "", "", "", requestKey);
    }

    public static PhaseForm of(Phase phase) {
        return new PhaseForm(
                phase.name(),
                phase.description(),
                phase.ladderLevel().name(),
                phase.startsOn().toString(),
                phase.endsOn().toString(),
                phase.fixed(),
                phase.open(),
                phase.whoDecides(),
                "");
    }
}
