package nl.plein.survey;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.identity.Accounts;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.project.ComponentForm;
import nl.plein.project.PhaseForm;
import nl.plein.project.ProjectForm;
import nl.plein.project.ProjectManagement;
import nl.plein.shared.Dates;
import nl.plein.support.TestData;
import nl.plein.tenancy.Area;
import nl.plein.tenancy.Organisation;
import nl.plein.tenancy.Organisations;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * An organisation with areas and a two-page survey: page 1 asks "Heeft u een auto?" (yes/no), page 2
 * asks "Hoeveel auto's?" only after "yes", and always a required 1-5 scale.
 */
@Component
public class SurveyFixtures {

    /** What a test works with. */
    public record Fixture(
            Organisation org,
            String host,
            String staffEmail,
            PleinPrincipal staff,
            List<Area> areas,
            long surveyId,
            long carQuestion,
            long howManyQuestion,
            long scaleQuestion) {}

    private final TestData data;
    private final Organisations organisations;
    private final Accounts accounts;
    private final SurveyManagement surveys;
    private final ProjectManagement projects;

    SurveyFixtures(
            TestData data,
            Organisations organisations,
            Accounts accounts,
            SurveyManagement surveys,
            ProjectManagement projects) {
        this.data = data;
        this.organisations = organisations;
        this.accounts = accounts;
        this.surveys = surveys;
        this.projects = projects;
    }

    public Fixture create(String name, Audience audience, boolean anonymous) {
        Organisation org = data.organisation(name);
        try (var csv = new InputStreamReader(
                new ClassPathResource("demo/zeeveld-kerncijfers.csv").getInputStream(), StandardCharsets.UTF_8)) {
            organisations.importAreas(org.id(), csv);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String email = data.staff(org, StaffRole.PROJECT_MANAGER, StaffRole.ANALYST);
        PleinPrincipal staff = accounts.principal(org.id(), email).orElseThrow();
        LocalDate today = LocalDate.now(Dates.ZONE);
        long id = surveys.create(
                        org.id(),
                        staff,
                        new SurveyForm(
                                "Autobezit",
                                "Een paar vragen over uw auto.",
                                "Dank u!",
                                audience.name(),
                                anonymous,
                                today.minusDays(1).toString(),
                                today.plusDays(14).toString(),
                                0,
                                ""))
                .id();
        long car = surveys.addQuestion(org.id(), staff, id, question(1, "YES_NO", "Heeft u een auto?", "", ""))
                .id();
        long howMany = surveys.addQuestion(
                        org.id(),
                        staff,
                        id,
                        question(2, "NUMBER", "Hoeveel auto's heeft uw huishouden?", "", car + ":1"))
                .id();
        long scale = surveys.addQuestion(
                        org.id(), staff, id, question(2, "SCALE5", "Hoe tevreden bent u over het parkeren?", "", ""))
                .id();
        return new Fixture(
                org, TestData.host(org), email, staff, organisations.areas(org.id()), id, car, howMany, scale);
    }

    /** A draft project "Parkeren in het centrum" whose one phase, open now, holds the fixture's survey. */
    public long projectWithTheSurvey(Fixture f) {
        var actor = Actor.of(f.staff());
        long project = projects.create(
                f.org().id(),
                actor,
                new ProjectForm(
                        "Parkeren in het centrum",
                        "Parkeren.",
                        "Over parkeren.",
                        "Bram",
                        "bram@example.org",
                        List.of(),
                        List.of(),
                        "",
                        0,
                        null));
        LocalDate today = LocalDate.now(Dates.ZONE);
        long phase = projects.addPhase(
                f.org().id(),
                actor,
                project,
                new PhaseForm(
                        "Meepraten",
                        "Geef uw mening.",
                        "CONSULT",
                        today.minusDays(3).toString(),
                        today.plusDays(30).toString(),
                        "",
                        "Het aantal plekken",
                        "De raad",
                        null));
        projects.addComponent(
                f.org().id(),
                actor,
                project,
                phase,
                new ComponentForm(
                        SurveyComponent.KEY,
                        "Vragenlijst parkeren",
                        Map.of(SurveyComponent.SURVEY, String.valueOf(f.surveyId()), "text", "Doe **mee**!"),
                        null));
        return project;
    }

    static QuestionForm question(int page, String kind, String text, String options, String condition) {
        return new QuestionForm(String.valueOf(page), kind, text, "", options, "", true, "", "", condition, "");
    }
}
