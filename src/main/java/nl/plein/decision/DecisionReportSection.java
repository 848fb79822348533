package nl.plein.decision;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.plein.report.ReportContribution;
import nl.plein.report.ReportSection;
import nl.plein.shared.Dates;
import nl.plein.shared.OrganisationId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The decisions section of a participation report: each decision of the project (what, by whom,
 * when), the input it used and set aside, and why. Input appears by its title only, never by its
 * author, so the section holds no personal data.
 */
@Component
class DecisionReportSection implements ReportContribution {

    private final Decisions decisions;
    private final MessageSource messages;

    DecisionReportSection(Decisions decisions, MessageSource messages) {
        this.decisions = decisions;
        this.messages = messages;
    }

    @Override
    public ReportSection section() {
        return ReportSection.DECISIONS;
    }

    @Override
    public Optional<String> markdown(OrganisationId organisation, long projectId, Locale locale) {
        List<Decision> all = decisions.ofProject(organisation, projectId);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        var md = new StringBuilder(t(locale, "decision.report.intro", all.size())).append("\n");
        for (Decision decision : all) {
            md.append("\n### ").append(escape(decision.title())).append("\n\n");
            md.append(t(
                            locale,
                            "decision.report.decided",
                            escape(decision.decidedBy()),
                            Dates.date(decision.decidedOn(), locale.getLanguage())))
                    .append("\n");
            if (!decision.description().isBlank()) {
                // Staff wrote it as Markdown for the public page; quoted, so its headings stay inside this decision.
                md.append("\n")
                        .append(decision.description().strip().replaceAll("(?m)^", "> "))
                        .append("\n");
            }
            inputs(md, locale, "decision.report.used", decision.used());
            inputs(md, locale, "decision.report.setAside", decision.setAside());
            if (decision.inputs().isEmpty()) {
                md.append("\n").append(t(locale, "decision.report.noInputs")).append("\n");
            }
        }
        return Optional.of(md.toString());
    }

    private void inputs(StringBuilder md, Locale locale, String headingKey, List<LinkedInput> inputs) {
        if (inputs.isEmpty()) {
            return;
        }
        md.append("\n").append(t(locale, headingKey, inputs.size())).append("\n\n");
        for (LinkedInput input : inputs) {
            md.append("- ")
                    .append(input.hidden() ? t(locale, "decision.input.hidden") : escape(input.title()))
                    .append(": ")
                    .append(escape(input.reason()).replace("\n", " "))
                    .append("\n");
        }
    }

    /** Residents' titles and staff's reasons are plain text: no Markdown of theirs may shape the report. */
    static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#|~])", "\\\\$1");
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
