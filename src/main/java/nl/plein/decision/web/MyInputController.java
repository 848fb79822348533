package nl.plein.decision.web;

import nl.plein.decision.Decisions;
import nl.plein.shared.SignedInPerson;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Mijn inbreng": what a signed-in person gave, project by project, and what the decisions did with it. */
@Controller
class MyInputController {

    static final String PATH = "/mijn-inbreng";

    private final Decisions decisions;
    private final CurrentOrganisation currentOrganisation;

    MyInputController(Decisions decisions, CurrentOrganisation currentOrganisation) {
        this.decisions = decisions;
        this.currentOrganisation = currentOrganisation;
    }

    /** Signed-in only (the security configuration sends others to the login page and back here). */
    @GetMapping(PATH)
    String mine(@AuthenticationPrincipal SignedInPerson person, Model model) {
        model.addAttribute("inputs", decisions.inputOf(currentOrganisation.id(), person.accountId()));
        return "decision/mine";
    }
}
