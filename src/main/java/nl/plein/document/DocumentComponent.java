package nl.plein.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.plein.document.DocumentModel.Comment;
import nl.plein.document.DocumentModel.Document;
import nl.plein.document.DocumentModel.Suggestion;
import nl.plein.document.DocumentModel.SuggestionStatus;
import nl.plein.project.ComponentType;
import nl.plein.project.Input;
import nl.plein.project.Participation;
import nl.plein.project.PhaseComponent;
import nl.plein.shared.Dates;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.util.HtmlUtils;

/**
 * A shared document in a phase (co-produce): staff make the document under Documenten and add it
 * here by its number. Residents read the versions, comment per paragraph and propose wording; those
 * comments and suggestions are the input a decision can link to.
 */
@Component
class DocumentComponent implements ComponentType {

    static final String KEY = "shared-document";
    static final String DOCUMENT = "document";

    private final DocumentManagement documents;
    private final CurrentOrganisation currentOrganisation;
    private final MessageSource messages;

    DocumentComponent(DocumentManagement documents, CurrentOrganisation currentOrganisation, MessageSource messages) {
        this.documents = documents;
        this.currentOrganisation = currentOrganisation;
        this.messages = messages;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String nameKey() {
        return "document.component";
    }

    @Override
    public String descriptionKey() {
        return "document.component.description";
    }

    @Override
    public List<SettingField> settingFields() {
        return List.of(new SettingField(DOCUMENT, "document.component.number", SettingField.Kind.TEXT, true));
    }

    @Override
    public FieldErrors validate(Map<String, String> settings) {
        return new FieldErrors()
                .rejectIf(
                        number(settings.getOrDefault(DOCUMENT, "")) == null,
                        DOCUMENT,
                        "document.component.error.number");
    }

    @Override
    public Optional<String> publicUrl(String projectSlug, PhaseComponent component) {
        return document(component).map(d -> "/documenten/" + d.id());
    }

    @Override
    public String publicHtml(PhaseComponent component) {
        return document(component)
                .map(d -> {
                    Locale locale = LocaleContextHolder.getLocale();
                    String state = d.published()
                            ? messages.getMessage("document.state.final", new Object[] {d.finalVersion()}, locale)
                            : d.latestVersion() == 0
                                    ? messages.getMessage("document.state.noVersion", null, locale)
                                    : messages.getMessage(
                                            "document.state.draft", new Object[] {d.latestVersion()}, locale);
                    return "<p class=\"utrecht-paragraph\">" + HtmlUtils.htmlEscape(state) + "</p>";
                })
                .orElse("");
    }

    @Override
    public Optional<Participation> participation(OrganisationId org, PhaseComponent component, Locale locale) {
        Long id = number(component.setting(DOCUMENT));
        Optional<Document> document = id == null ? Optional.empty() : documents.document(org, id);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        List<Comment> comments = documents.allComments(org, id);
        List<Suggestion> suggestions = documents.suggestions(org, id);
        Set<Long> people = new HashSet<>();
        Map<LocalDate, Long> byDay = new TreeMap<>();
        comments.forEach(c -> {
            people.add(c.accountId());
            byDay.merge(c.createdAt().atZone(Dates.ZONE).toLocalDate(), 1L, Long::sum);
        });
        suggestions.forEach(s -> {
            people.add(s.accountId());
            byDay.merge(s.createdAt().atZone(Dates.ZONE).toLocalDate(), 1L, Long::sum);
        });
        long accepted = suggestions.stream()
                .filter(s -> s.status() == SuggestionStatus.ACCEPTED)
                .count();
        long rejected = suggestions.stream()
                .filter(s -> s.status() == SuggestionStatus.REJECTED)
                .count();
        String findings = messages.getMessage(
                "document.findings",
                new Object[] {
                    comments.size(),
                    suggestions.size(),
                    accepted,
                    rejected,
                    document.get().latestVersion()
                },
                locale);
        var channels = people.size() >= Participation.SMALLEST_GROUP
                ? Map.of("online", (long) people.size())
                : Map.<String, Long>of();
        return Optional.of(new Participation(
                people.size(), comments.size() + suggestions.size(), channels, Map.of(), byDay, findings));
    }

    @Override
    public List<Input> inputs(OrganisationId org, PhaseComponent component) {
        Long id = number(component.setting(DOCUMENT));
        if (id == null || documents.document(org, id).isEmpty()) {
            return List.of();
        }
        List<Input> inputs = new ArrayList<>();
        documents.suggestions(org, id).stream()
                .sorted((a, b) -> Long.compare(b.id(), a.id()))
                .forEach(s -> inputs.add(new Input(
                        "document-suggestion",
                        s.id(),
                        abbreviate(s.proposed()),
                        "/documenten/" + id + "/voorstellen/" + s.id(),
                        Set.of(s.accountId()))));
        documents.allComments(org, id).stream()
                .sorted((a, b) -> Long.compare(b.id(), a.id()))
                .forEach(c -> inputs.add(new Input(
                        "document-comment",
                        c.id(),
                        abbreviate(c.text()),
                        "/documenten/" + id + "/versies/" + c.version() + "/alinea/" + c.sectionId() + "/"
                                + c.paragraph(),
                        Set.of(c.accountId()))));
        return inputs;
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }

    private Optional<Document> document(PhaseComponent component) {
        Long id = number(component.setting(DOCUMENT));
        if (id == null || RequestContextHolder.getRequestAttributes() == null) {
            return Optional.empty();
        }
        return documents.document(currentOrganisation.id(), id);
    }

    static Long number(String value) {
        try {
            long n = Long.parseLong(value.strip());
            return n > 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
