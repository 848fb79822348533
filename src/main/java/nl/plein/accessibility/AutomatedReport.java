package nl.plein.accessibility;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an automated accessibility check found, as the JSON file Plein's whole-site browser test writes
 * ({@code target/accessibility-report.json}) and an organisation admin reads into the statement: the tool, the
 * rules, when, how many pages in which languages, and per rule that failed the WCAG success criteria it tests,
 * what it means and where it failed.
 */
public record AutomatedReport(
        String tool, String standard, String checkedOn, int pages, List<String> languages, List<Finding> findings) {

    public record Finding(String rule, List<String> criteria, String help, List<String> pages) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CRITERION_TAG = Pattern.compile("wcag([1-4])([1-9])(\\d{1,2})");

    public AutomatedReport {
        languages = languages == null ? List.of() : List.copyOf(languages);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public byte[] toJson() {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
    }

    /** The report in a file, or empty when it is not one: not JSON, no tool or date, no pages, a finding without a criterion. */
    public static Optional<AutomatedReport> read(byte[] file, LocalDate today) {
        try {
            AutomatedReport report = JSON.readValue(file, AutomatedReport.class);
            if (report == null || report.checkedOn() == null) {
                return Optional.empty();
            }
            LocalDate on = LocalDate.parse(report.checkedOn());
            boolean complete = report.tool() != null
                    && !report.tool().isBlank()
                    && report.standard() != null
                    && report.pages() > 0
                    && !on.isAfter(today)
                    && report.findings().stream()
                            .allMatch(f -> f.rule() != null
                                    && f.help() != null
                                    && f.criteria() != null
                                    && !f.criteria().isEmpty()
                                    && f.criteria().stream().allMatch(c -> c.matches("[1-4]\\.\\d{1,2}\\.\\d{1,2}"))
                                    && f.pages() != null);
            return complete ? Optional.of(report) : Optional.empty();
        } catch (JacksonException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The success criterion an axe-core tag names ("wcag143" is 1.4.3, "wcag2411" is 2.4.11), if it names one. */
    public static Optional<String> criterion(String axeTag) {
        var match = CRITERION_TAG.matcher(axeTag);
        return match.matches()
                ? Optional.of(match.group(1) + "." + match.group(2) + "." + match.group(3))
                : Optional.empty();
    }
}
