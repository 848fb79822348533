package nl.plein.document.web;

import java.util.UUID;
import nl.plein.document.DocumentManagement;
import nl.plein.document.DocumentModel.Document;
import nl.plein.document.DocumentNotFoundException;
import nl.plein.document.InvalidDocumentException;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office for shared documents (project managers): make a document, name its writing group
 * and publish a version as the final text. Writing itself happens on the document's own pages,
 * because residents in the writing group have no back office.
 */
@Controller
@RequestMapping("/beheer/documenten")
public class DocumentAdminController {

    private final DocumentManagement documents;
    private final CurrentOrganisation currentOrganisation;

    DocumentAdminController(DocumentManagement documents, CurrentOrganisation currentOrganisation) {
        this.documents = documents;
        this.currentOrganisation = currentOrganisation;
    }

    @ModelAttribute
    void projectManager(@AuthenticationPrincipal PleinPrincipal person) {
        if (person == null || !person.has(StaffRole.PROJECT_MANAGER)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private OrganisationId org() {
        return currentOrganisation.id();
    }

    @GetMapping
    String list(Model model) {
        return listPage(new FieldErrors(), "", "", model);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal PleinPrincipal person,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String introduction,
            @RequestParam(defaultValue = "") String requestKey,
            Model model) {
        try {
            long id = documents.create(org(), person, title, introduction, requestKey);
            return "redirect:/beheer/documenten/" + id;
        } catch (InvalidDocumentException e) {
            return listPage(e.errors(), title, introduction, model);
        }
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        return detail(document(id), new FieldErrors(), "", (String) model.getAttribute("notice"), model);
    }

    @PostMapping("/{id:\\d+}/schrijvers")
    String addWriter(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String email,
            Model model,
            RedirectAttributes redirect) {
        Document document = document(id);
        try {
            documents.addWriter(org(), person, id, email);
            redirect.addFlashAttribute("notice", "document.admin.writerAdded");
            return "redirect:/beheer/documenten/" + id;
        } catch (InvalidDocumentException e) {
            return detail(document, e.errors(), email, null, model);
        }
    }

    @PostMapping("/{id:\\d+}/schrijvers/{accountId:\\d+}/verwijderen")
    String removeWriter(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            @PathVariable long accountId,
            RedirectAttributes redirect) {
        document(id);
        documents.removeWriter(org(), person, id, accountId);
        redirect.addFlashAttribute("notice", "document.admin.writerRemoved");
        return "redirect:/beheer/documenten/" + id;
    }

    @PostMapping("/{id:\\d+}/publiceren")
    String publish(
            @AuthenticationPrincipal PleinPrincipal person,
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int version,
            Model model,
            RedirectAttributes redirect) {
        Document document = document(id);
        try {
            documents.publishFinal(org(), person, id, version);
            redirect.addFlashAttribute("notice", "document.admin.published");
            return "redirect:/beheer/documenten/" + id;
        } catch (InvalidDocumentException e) {
            return detail(document, e.errors(), "", null, model);
        }
    }

    private Document document(long id) {
        return documents.document(org(), id).orElseThrow(DocumentNotFoundException::new);
    }

    private String listPage(FieldErrors errors, String title, String introduction, Model model) {
        model.addAttribute(
                "view",
                new DocumentViews.AdminListView(
                        documents.documents(org()),
                        errors,
                        title,
                        introduction,
                        UUID.randomUUID().toString()));
        return "admin/document/list";
    }

    private String detail(Document document, FieldErrors errors, String email, String notice, Model model) {
        model.addAttribute(
                "view",
                new DocumentViews.AdminView(
                        document,
                        documents.writers(org(), document.id()),
                        documents.versions(org(), document.id()),
                        errors,
                        email,
                        notice));
        return "admin/document/show";
    }
}
