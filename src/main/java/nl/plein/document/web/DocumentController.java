package nl.plein.document.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.plein.document.DocumentManagement;
import nl.plein.document.DocumentModel.Comment;
import nl.plein.document.DocumentModel.Document;
import nl.plein.document.DocumentModel.Section;
import nl.plein.document.DocumentModel.Suggestion;
import nl.plein.document.DocumentModel.VersionSection;
import nl.plein.document.DocumentModel.VersionText;
import nl.plein.document.DocumentNotFoundException;
import nl.plein.document.InvalidDocumentException;
import nl.plein.document.NotAWriterException;
import nl.plein.document.SectionConflictException;
import nl.plein.identity.PleinPrincipal;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.Pdf;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;

/**
 * The shared document for residents and the writing group: every version to read, comments and
 * suggested wording per paragraph, the comparison of two versions, the draft for the writing group
 * and their decisions on suggestions, and the final version as PDF. Anyone may read; taking part
 * needs an account; writing needs a place in the writing group.
 */
@Controller
@RequestMapping("/documenten/{id:\\d+}")
public class DocumentController {

    private final DocumentManagement documents;
    private final CurrentOrganisation currentOrganisation;

    DocumentController(DocumentManagement documents, CurrentOrganisation currentOrganisation) {
        this.documents = documents;
        this.currentOrganisation = currentOrganisation;
    }

    private OrganisationId org() {
        return currentOrganisation.id();
    }

    // ---- reading

    /** The final version once published, else the latest version. */
    @GetMapping
    String show(@AuthenticationPrincipal PleinPrincipal person, @PathVariable long id, Model model) {
        Document document = document(id);
        int number = document.published() ? document.finalVersion() : document.latestVersion();
        return versionPage(
                person,
                document,
                number == 0 ? null : documents.version(org(), id, number).orElseThrow(),
                model);
    }

    @GetMapping("/versies/{number:\\d+}")
    String version(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            @PathVariable int number,
            Model model) {
        Document document = document(id);
        return versionPage(
                person,
                document,
                documents.version(org(), id, number).orElseThrow(DocumentNotFoundException::new),
                model);
    }

    private String versionPage(PleinPrincipal person, Document document, VersionText version, Model model) {
        Map<String, List<Comment>> comments = version == null
                ? Map.of()
                : documents.comments(org(), document.id(), version.number()).stream()
                        .collect(Collectors.groupingBy(c -> c.sectionId() + "-" + c.paragraph()));
        long open = documents.suggestions(org(), document.id()).stream()
                .filter(Suggestion::open)
                .count();
        model.addAttribute(
                "view",
                new DocumentViews.VersionPage(
                        document,
                        version,
                        documents.versions(org(), document.id()),
                        comments,
                        writer(person, document.id()),
                        open));
        return "document/version";
    }

    @GetMapping("/vergelijken")
    String compare(
            @PathVariable long id,
            @RequestParam(name = "van", required = false) Integer from,
            @RequestParam(name = "met", required = false) Integer to,
            Model model) {
        Document document = document(id);
        int latest = document.latestVersion();
        int a = from == null ? Math.max(1, latest - 1) : from;
        int b = to == null ? latest : to;
        var sections = documents.compare(org(), id, a, b).orElseThrow(DocumentNotFoundException::new);
        model.addAttribute(
                "view", new DocumentViews.ComparePage(document, documents.versions(org(), id), a, b, sections));
        return "document/compare";
    }

    @GetMapping("/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        Document document = document(id);
        if (!document.published()) {
            throw new DocumentNotFoundException();
        }
        VersionText version =
                documents.version(org(), id, document.finalVersion()).orElseThrow();
        byte[] pdf = Pdf.fromHtml(
                pdfHtml(document, version, currentOrganisation.get().name()));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("document-" + id + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    /** Plain, escaped HTML: what residents wrote never becomes markup in the PDF. */
    static String pdfHtml(Document document, VersionText version, String organisation) {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>")
                .append(HtmlUtils.htmlEscape(document.title()))
                .append("</title></head><body><h1>")
                .append(HtmlUtils.htmlEscape(document.title()))
                .append("</h1><p>")
                .append(HtmlUtils.htmlEscape(organisation))
                .append(" - versie ")
                .append(version.number())
                .append("</p>");
        for (VersionSection section : version.sections()) {
            html.append("<h2>").append(HtmlUtils.htmlEscape(section.heading())).append("</h2>");
            for (String paragraph : section.paragraphs()) {
                html.append("<p>").append(HtmlUtils.htmlEscape(paragraph)).append("</p>");
            }
        }
        return html.append("</body></html>").toString();
    }

    // ---- one paragraph: comment and suggest

    @GetMapping("/versies/{number:\\d+}/alinea/{sectionId:\\d+}/{paragraph:\\d+}")
    String paragraph(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            @PathVariable int number,
            @PathVariable long sectionId,
            @PathVariable int paragraph,
            Model model) {
        String text = documents.paragraphText(org(), id, number, sectionId, paragraph);
        return paragraphPage(
                person,
                id,
                number,
                sectionId,
                paragraph,
                new FieldErrors(),
                "",
                text,
                (String) model.getAttribute("notice"),
                model);
    }

    @PostMapping("/versies/{number:\\d+}/alinea/{sectionId:\\d+}/{paragraph:\\d+}/reactie")
    String comment(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            @PathVariable int number,
            @PathVariable long sectionId,
            @PathVariable int paragraph,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String requestKey,
            Model model,
            RedirectAttributes redirect) {
        String original = documents.paragraphText(org(), id, number, sectionId, paragraph);
        if (person == null) {
            return "redirect:/inloggen";
        }
        try {
            documents.comment(org(), person, id, number, sectionId, paragraph, text, requestKey);
            redirect.addFlashAttribute("notice", "document.notice.commented");
            return "redirect:/documenten/" + id + "/versies/" + number + "/alinea/" + sectionId + "/" + paragraph;
        } catch (InvalidDocumentException e) {
            return paragraphPage(person, id, number, sectionId, paragraph, e.errors(), text, original, null, model);
        }
    }

    @PostMapping("/versies/{number:\\d+}/alinea/{sectionId:\\d+}/{paragraph:\\d+}/voorstel")
    String suggest(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            @PathVariable int number,
            @PathVariable long sectionId,
            @PathVariable int paragraph,
            @RequestParam(defaultValue = "") String proposed,
            @RequestParam(defaultValue = "") String requestKey,
            Model model,
            RedirectAttributes redirect) {
        documents.paragraphText(org(), id, number, sectionId, paragraph);
        if (person == null) {
            return "redirect:/inloggen";
        }
        try {
            documents.suggest(org(), person, id, number, sectionId, paragraph, proposed, requestKey);
            redirect.addFlashAttribute("notice", "document.notice.suggested");
            return "redirect:/documenten/" + id + "/versies/" + number + "/alinea/" + sectionId + "/" + paragraph;
        } catch (InvalidDocumentException e) {
            return paragraphPage(person, id, number, sectionId, paragraph, e.errors(), "", proposed, null, model);
        }
    }

    private String paragraphPage(
            PleinPrincipal person,
            long id,
            int number,
            long sectionId,
            int paragraph,
            FieldErrors errors,
            String commentText,
            String proposed,
            String notice,
            Model model) {
        Document document = document(id);
        VersionText version = documents.version(org(), id, number).orElseThrow(DocumentNotFoundException::new);
        VersionSection section = version.sections().stream()
                .filter(s -> s.sectionId() == sectionId)
                .findFirst()
                .orElseThrow(DocumentNotFoundException::new);
        model.addAttribute(
                "view",
                new DocumentViews.ParagraphPage(
                        document,
                        number,
                        sectionId,
                        section.heading(),
                        paragraph,
                        section.paragraphs().get(paragraph),
                        documents.comments(org(), id, number).stream()
                                .filter(c -> c.sectionId() == sectionId && c.paragraph() == paragraph)
                                .toList(),
                        documents.suggestions(org(), id).stream()
                                .filter(s -> s.version() == number
                                        && s.sectionId() == sectionId
                                        && s.paragraph() == paragraph)
                                .toList(),
                        person != null,
                        errors,
                        commentText,
                        proposed,
                        UUID.randomUUID().toString(),
                        UUID.randomUUID().toString(),
                        notice));
        return "document/paragraph";
    }

    // ---- suggestions

    @GetMapping("/voorstellen")
    String suggestions(@AuthenticationPrincipal PleinPrincipal person, @PathVariable long id, Model model) {
        return suggestionsPage(
                person, document(id), new FieldErrors(), Map.of(), (String) model.getAttribute("notice"), model);
    }

    @GetMapping("/voorstellen/{suggestionId:\\d+}")
    String suggestion(@PathVariable long id, @PathVariable long suggestionId, Model model) {
        Document document = document(id);
        Suggestion suggestion =
                documents.suggestion(org(), id, suggestionId).orElseThrow(DocumentNotFoundException::new);
        model.addAttribute(
                "view",
                new DocumentViews.SuggestionPage(
                        document, suggestion, headings(id).getOrDefault(suggestion.sectionId(), "")));
        return "document/suggestion";
    }

    @PostMapping("/voorstellen/{suggestionId:\\d+}/overnemen")
    String accept(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            @PathVariable long suggestionId,
            @RequestParam Map<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        Document document = asWriter(person, id);
        try {
            documents.accept(org(), person, id, suggestionId, fields.get("reason-" + suggestionId));
            redirect.addFlashAttribute("notice", "document.notice.accepted");
            return "redirect:/documenten/" + id + "/voorstellen";
        } catch (InvalidDocumentException e) {
            return suggestionsPage(person, document, e.errors(), fields, null, model);
        }
    }

    @PostMapping("/voorstellen/{suggestionId:\\d+}/afwijzen")
    String reject(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            @PathVariable long suggestionId,
            @RequestParam Map<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        Document document = asWriter(person, id);
        try {
            documents.reject(org(), person, id, suggestionId, fields.get("reason-" + suggestionId));
            redirect.addFlashAttribute("notice", "document.notice.rejected");
            return "redirect:/documenten/" + id + "/voorstellen";
        } catch (InvalidDocumentException e) {
            return suggestionsPage(person, document, e.errors(), fields, null, model);
        }
    }

    private String suggestionsPage(
            PleinPrincipal person,
            Document document,
            FieldErrors errors,
            Map<String, String> typed,
            String notice,
            Model model) {
        model.addAttribute(
                "view",
                new DocumentViews.SuggestionsPage(
                        document,
                        documents.suggestions(org(), document.id()),
                        headings(document.id()),
                        writer(person, document.id()),
                        errors,
                        typed,
                        notice));
        return "document/suggestions";
    }

    private Map<Long, String> headings(long id) {
        Map<Long, String> headings = new HashMap<>();
        documents.draft(org(), id).forEach(s -> headings.put(s.id(), s.heading()));
        return headings;
    }

    // ---- the draft, for the writing group

    @GetMapping("/concept")
    String draft(@AuthenticationPrincipal PleinPrincipal person, @PathVariable long id, Model model) {
        Document document = asWriter(person, id);
        return draftPage(
                document,
                new FieldErrors(),
                null,
                null,
                "",
                "",
                "",
                "",
                "",
                (String) model.getAttribute("notice"),
                model);
    }

    @PostMapping("/concept/secties")
    String addSection(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String newHeading,
            @RequestParam(defaultValue = "") String newBody,
            Model model,
            RedirectAttributes redirect) {
        Document document = asWriter(person, id);
        try {
            documents.addSection(org(), person, id, newHeading, newBody);
            redirect.addFlashAttribute("notice", "document.notice.sectionAdded");
            return "redirect:/documenten/" + id + "/concept";
        } catch (InvalidDocumentException e) {
            return draftPage(document, e.errors(), null, null, "", "", newHeading, newBody, "", null, model);
        }
    }

    @PostMapping("/concept/secties/{sectionId:\\d+}")
    String editSection(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            @PathVariable long sectionId,
            @RequestParam(defaultValue = "") String heading,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "-1") int version,
            Model model,
            RedirectAttributes redirect) {
        Document document = asWriter(person, id);
        try {
            documents.editSection(org(), person, id, sectionId, heading, body, version);
            redirect.addFlashAttribute("notice", "document.notice.sectionSaved");
            return "redirect:/documenten/" + id + "/concept#sectie-" + sectionId;
        } catch (InvalidDocumentException e) {
            return draftPage(document, e.errors(), sectionId, null, heading, body, "", "", "", null, model);
        } catch (SectionConflictException e) {
            FieldErrors errors = new FieldErrors().reject("body", "document.error.conflict");
            return draftPage(document, errors, sectionId, e.current(), heading, body, "", "", "", null, model);
        }
    }

    @PostMapping("/concept/versie")
    String makeVersion(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String note,
            Model model,
            RedirectAttributes redirect) {
        Document document = asWriter(person, id);
        try {
            int number = documents.makeVersion(org(), person, id, note);
            redirect.addFlashAttribute("notice", "document.notice.versionMade");
            return "redirect:/documenten/" + id + "/versies/" + number;
        } catch (InvalidDocumentException e) {
            return draftPage(document, e.errors(), null, null, "", "", "", "", note, null, model);
        }
    }

    private String draftPage(
            Document document,
            FieldErrors errors,
            Long editedSection,
            Section conflict,
            String typedHeading,
            String typedBody,
            String newHeading,
            String newBody,
            String note,
            String notice,
            Model model) {
        model.addAttribute(
                "view",
                new DocumentViews.DraftPage(
                        document,
                        documents.draft(org(), document.id()),
                        documents.pendingChanges(org(), document.id()),
                        errors,
                        editedSection,
                        conflict,
                        typedHeading,
                        typedBody,
                        newHeading,
                        newBody,
                        note,
                        notice));
        return "document/draft";
    }

    // ---- helpers

    /** The document as the signed-in person (or visitor) may read it; anything else is 404. */
    private Document document(long id) {
        return documents
                .readable(org(), id, PleinPrincipal.current().orElse(null))
                .orElseThrow(DocumentNotFoundException::new);
    }

    private boolean writer(PleinPrincipal person, long id) {
        return person != null && documents.isWriter(org(), id, person.accountId());
    }

    private Document asWriter(PleinPrincipal person, long id) {
        Document document = document(id);
        if (!writer(person, id)) {
            throw new NotAWriterException();
        }
        return document;
    }
}
