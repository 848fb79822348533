package nl.plein.mail.web;

import java.nio.charset.StandardCharsets;
import nl.plein.mail.MailOutbox;
import nl.plein.mail.OutboxSender;
import nl.plein.shared.SignedInPerson;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The platform admin's view of the installation's outbox: what was sent, what waits, what failed and
 * why. Without SMTP (a demo) this is where confirmation mails can be read and their links followed.
 */
@Controller
@RequestMapping("/beheer/platform/mail")
class MailAdminController {

    static final int PAGE_SIZE = 20;

    private final MailOutbox outbox;
    private final OutboxSender sender;

    MailAdminController(MailOutbox outbox, OutboxSender sender) {
        this.outbox = outbox;
        this.sender = sender;
    }

    @GetMapping
    String outbox(
            @RequestParam(name = "pagina", defaultValue = "1") int page,
            @RequestParam(name = "opnieuw", required = false) Long retried,
            Model model) {
        return page(page, retried, null, model);
    }

    /** Shows one mail's links, logged; the page is answered at once, so a link to it shows nothing unlogged. */
    @PostMapping("/{id}/tonen")
    String showLinks(
            @PathVariable long id,
            @RequestParam(name = "pagina", defaultValue = "1") int page,
            @AuthenticationPrincipal SignedInPerson person,
            Model model) {
        if (!outbox.linksShown(id, person)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return page(page, null, id, model);
    }

    private String page(int page, Long retried, Long shown, Model model) {
        long total = outbox.count();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.clamp(page, 1, pages);
        model.addAttribute(
                "view",
                new OutboxView(
                        outbox.latest((current - 1) * PAGE_SIZE, PAGE_SIZE),
                        total,
                        current,
                        pages,
                        sender.enabled(),
                        retried,
                        shown));
        return "admin/mail/outbox";
    }

    /** Opens what a mail carried (a meeting's .ics), so without SMTP it can still be tried in a calendar. */
    @GetMapping("/{id}/bijlage/{position}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable int position) {
        MailOutbox.StoredAttachment attachment =
                outbox.attachment(id, position).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(attachment.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(attachment.content());
    }

    @PostMapping("/{id}/opnieuw")
    String retry(
            @PathVariable long id,
            @RequestParam(name = "pagina", defaultValue = "1") int page,
            @AuthenticationPrincipal SignedInPerson person) {
        outbox.retry(id, person);
        return "redirect:/beheer/platform/mail?pagina=" + Math.max(1, page) + "&opnieuw=" + id;
    }
}
