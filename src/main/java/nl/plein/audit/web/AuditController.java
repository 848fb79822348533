package nl.plein.audit.web;

import java.util.List;
import java.util.Locale;
import nl.plein.audit.AuditLog;
import nl.plein.audit.web.AuditViews.AuditPage;
import nl.plein.audit.web.AuditViews.Row;
import nl.plein.shared.Dates;
import nl.plein.shared.SignedInPerson;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log of the organisation, newest first, for its organisation admins (URL rule in the
 * identity module's security configuration). The organisation comes from the signed-in person: the
 * session guard logs out anyone whose organisation differs from the request's, and this module may
 * not depend on tenancy, which records its own changes here.
 */
@Controller
public class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditLog audit;
    private final MessageSource messages;

    AuditController(AuditLog audit, MessageSource messages) {
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/beheer/audit")
    String log(
            @AuthenticationPrincipal SignedInPerson person, @RequestParam(defaultValue = "1") int pagina, Model model) {
        long total = audit.count(person.organisationId());
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int number = Math.clamp(pagina, 1, pages);
        Locale locale = LocaleContextHolder.getLocale();
        List<Row> rows = audit.latest(person.organisationId(), (number - 1) * PAGE_SIZE, PAGE_SIZE).stream()
                .map(entry -> new Row(
                        Dates.exactMoment(entry.occurredAt(), locale.getLanguage()),
                        entry.actorName(),
                        // Modules add actions over time; one without a text yet shows its code.
                        messages.getMessage("audit.action." + entry.action(), null, entry.action(), locale),
                        entry.subject(),
                        entry.details()))
                .toList();
        model.addAttribute("audit", new AuditPage(rows, number, pages, total));
        return "admin/audit/log";
    }
}
