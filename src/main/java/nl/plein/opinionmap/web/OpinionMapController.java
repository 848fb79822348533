package nl.plein.opinionmap.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import nl.plein.identity.PleinPrincipal;
import nl.plein.opinionmap.Audience;
import nl.plein.opinionmap.ComponentLookup;
import nl.plein.opinionmap.ComponentLookup.MapInProject;
import nl.plein.opinionmap.OpinionMapRecomputer;
import nl.plein.opinionmap.OpinionMaps;
import nl.plein.opinionmap.OpinionMaps.ParticipantRef;
import nl.plein.opinionmap.OpinionMaps.Settings;
import nl.plein.project.ProjectNotFoundException;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.Markdown;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Residents' side of an opinion map: one statement at a time with agree, disagree and pass buttons (a
 * plain form: no JavaScript needed), their own statements, and the map with their own place on it.
 */
@Controller
public class OpinionMapController {

    /** The browser token of anonymous participants; only its hash is stored. */
    static final String COOKIE = "plein-meningenkaart";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final OpinionMaps maps;
    private final ComponentLookup lookup;
    private final OpinionMapRecomputer recomputer;
    private final CurrentOrganisation currentOrganisation;

    OpinionMapController(
            OpinionMaps maps,
            ComponentLookup lookup,
            OpinionMapRecomputer recomputer,
            CurrentOrganisation currentOrganisation) {
        this.maps = maps;
        this.lookup = lookup;
        this.recomputer = recomputer;
        this.currentOrganisation = currentOrganisation;
    }

    private static final String BASE = "/projecten/{slug}/meningenkaart/{id:\\d+}";

    @GetMapping(BASE)
    String vote(@PathVariable String slug, @PathVariable long id, HttpServletRequest request, Model model) {
        return showVote(slug, id, request, model, new FieldErrors(), "");
    }

    private String showVote(
            String slug, long id, HttpServletRequest request, Model model, FieldErrors errors, String text) {
        OrganisationId org = currentOrganisation.id();
        MapInProject map = map(org, slug, id);
        Settings settings = maps.settings(org, id);
        Optional<Long> participant = knownParticipant(org, id, settings, request);
        model.addAttribute(
                "view",
                new VoteView(
                        map.project().title(),
                        map.component().title(),
                        path(slug, id),
                        "/projecten/" + slug,
                        Markdown.toSafeHtml(map.component().setting("introduction")),
                        maps.mayTakePart(org, settings.audience(), signedInAccount()),
                        map.open(),
                        settings.audience() == Audience.PANEL,
                        maps.nextStatement(org, id, participant.orElse(null)).orElse(null),
                        maps.progress(org, id, participant.orElse(null)),
                        errors,
                        text,
                        UUID.randomUUID().toString(),
                        maps.computedAt(org, id).orElse(null)));
        return "opinionmap/vote";
    }

    @PostMapping(BASE + "/stem")
    String castVote(
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam(required = false) Long statementId,
            @RequestParam(required = false) String vote,
            HttpServletRequest request,
            HttpServletResponse response) {
        OrganisationId org = currentOrganisation.id();
        boolean open = map(org, slug, id).open();
        Settings settings = maps.settings(org, id);
        int value = switch (vote == null ? "" : vote) {
            case "agree" -> 1;
            case "disagree" -> -1;
            case "pass" -> 0;
            default -> 2;
        };
        if (open
                && maps.mayTakePart(org, settings.audience(), signedInAccount())
                && statementId != null
                && value != 2) {
            long participant = participant(org, id, request, response);
            if (maps.vote(org, id, participant, statementId, value)) {
                recomputer.changed(org, id);
            }
        }
        return "redirect:" + path(slug, id) + "#stelling";
    }

    @PostMapping(BASE + "/stelling")
    String submitStatement(
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String requestKey,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        OrganisationId org = currentOrganisation.id();
        boolean open = map(org, slug, id).open();
        Settings settings = maps.settings(org, id);
        if (!open || !maps.mayTakePart(org, settings.audience(), signedInAccount())) {
            return "redirect:" + path(slug, id);
        }
        FieldErrors errors = OpinionMaps.checkText(text);
        if (!errors.isEmpty()) {
            return showVote(slug, id, request, model, errors, text == null ? "" : text);
        }
        long participant = participant(org, id, request, response);
        String status = maps.submitStatement(org, id, participant, text, key(requestKey));
        if ("published".equals(status)) recomputer.changed(org, id);
        redirect.addFlashAttribute(
                "notice", "pending".equals(status) ? "opinionmap.statement.pending" : "opinionmap.statement.published");
        return "redirect:" + path(slug, id) + "#eigen-stelling";
    }

    @GetMapping(BASE + "/kaart")
    String map(@PathVariable String slug, @PathVariable long id, HttpServletRequest request, Model model) {
        OrganisationId org = currentOrganisation.id();
        MapInProject map = map(org, slug, id);
        Settings settings = maps.settings(org, id);
        Optional<Long> participant = knownParticipant(org, id, settings, request);
        model.addAttribute(
                "view",
                MapView.of(
                        map.project().title(),
                        map.component().title(),
                        path(slug, id),
                        maps.summary(org, id).orElse(null),
                        maps.statements(org, id),
                        maps.positions(org, id, 300),
                        participant.flatMap(p -> maps.position(org, id, p)).orElse(null),
                        participant.map(p -> maps.progress(org, id, p).voted()).orElse(0)));
        return "opinionmap/map";
    }

    private MapInProject map(OrganisationId org, String slug, long id) {
        return lookup.published(org, slug, id).orElseThrow(ProjectNotFoundException::new);
    }

    private static String path(String slug, long id) {
        return "/projecten/" + slug + "/meningenkaart/" + id;
    }

    private static Optional<Long> signedInAccount() {
        return PleinPrincipal.current().map(PleinPrincipal::accountId);
    }

    private Optional<Long> knownParticipant(
            OrganisationId org, long id, Settings settings, HttpServletRequest request) {
        Optional<ParticipantRef> ref = PleinPrincipal.current()
                .map(p -> ParticipantRef.account(p.accountId()))
                .or(() -> cookie(request).map(ParticipantRef::browser));
        return ref.flatMap(r -> maps.participant(org, id, r, false));
    }

    /** The signed-in account, else this browser's token (made now when it has none). */
    private long participant(OrganisationId org, long id, HttpServletRequest request, HttpServletResponse response) {
        ParticipantRef ref = PleinPrincipal.current()
                .map(p -> ParticipantRef.account(p.accountId()))
                .orElseGet(() -> ParticipantRef.browser(cookie(request).orElseGet(() -> newToken(request, response))));
        return maps.participant(org, id, ref, true).orElseThrow();
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        if (request.getCookies() == null) return Optional.empty();
        for (Cookie c : request.getCookies()) {
            if (COOKIE.equals(c.getName())
                    && c.getValue() != null
                    && c.getValue().length() >= 32) {
                return Optional.of(c.getValue());
            }
        }
        return Optional.empty();
    }

    private static String newToken(HttpServletRequest request, HttpServletResponse response) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var cookie = new Cookie(COOKIE, token);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        return token;
    }

    private static UUID key(String requestKey) {
        try {
            return UUID.fromString(requestKey);
        } catch (RuntimeException e) {
            return UUID.randomUUID();
        }
    }
}
