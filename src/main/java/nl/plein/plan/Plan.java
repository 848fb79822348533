package nl.plein.plan;

import java.util.List;
import java.util.Map;

/** A project's participation plan as staff see it: every section, the methods and the status. */
public record Plan(
        long projectId,
        PlanStatus status,
        boolean communicationOnly,
        String statusChangedBy,
        Map<PlanSection, SectionText> sections,
        List<PlanMethod> methods) {

    public SectionText section(PlanSection section) {
        return sections.get(section);
    }

    public List<Stakeholders.Stakeholder> stakeholders() {
        return Stakeholders.parse(section(PlanSection.STAKEHOLDERS).body()).stakeholders();
    }

    public List<List<List<String>>> stakeholderGrid() {
        return Stakeholders.grid(stakeholders());
    }
}
