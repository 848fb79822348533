package nl.plein.decision;

import java.util.List;
import nl.plein.project.Input;
import nl.plein.project.ProjectSummary;

/**
 * One piece of a resident's input with what became of it: the decisions that used it or set it aside, none
 * yet while the project still weighs it.
 */
public record MyInput(ProjectSummary project, String componentTitle, Input input, List<DecisionTouch> decisions) {

    /** The words for the kind ("idee", "reactie"), from the kind the component gave its input. */
    public String kindKey() {
        return "myInput.kind." + input.kind();
    }
}
