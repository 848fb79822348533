package nl.plein.tenancy.web;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import nl.plein.shared.SignedInPerson;
import nl.plein.tenancy.AreaImport;
import nl.plein.tenancy.CurrentOrganisation;
import nl.plein.tenancy.Organisations;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisation's areas with their population figures, and the import of a CBS file. */
@Controller
@RequestMapping("/beheer/organisatie/gebieden")
class AreaAdminController {

    private final Organisations organisations;
    private final CurrentOrganisation currentOrganisation;

    AreaAdminController(Organisations organisations, CurrentOrganisation currentOrganisation) {
        this.organisations = organisations;
        this.currentOrganisation = currentOrganisation;
    }

    @GetMapping
    String show(Model model) {
        // After a successful import the result arrives as a flash attribute (post-redirect-get).
        return page(model, model.getAttribute("imported") instanceof AreaImport imported ? imported : null, null);
    }

    @PostMapping("/import")
    String importFile(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal SignedInPerson person,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            return page(model, null, "areas.import.error.noFile");
        }
        AreaImport result =
                organisations.importAreas(currentOrganisation.id(), new StringReader(decode(file.getBytes())), person);
        if (!result.succeeded()) {
            return page(model, result, null);
        }
        redirect.addFlashAttribute("imported", result);
        return "redirect:/beheer/organisatie/gebieden";
    }

    private String page(Model model, AreaImport result, String fileError) {
        model.addAttribute("view", new AreasView(organisations.areas(currentOrganisation.id()), result, fileError));
        return "admin/tenancy/areas";
    }

    /** CBS and current Excel write UTF-8; older Excel versions save Windows-1252. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
