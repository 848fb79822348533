package nl.plein.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Locale;
import java.util.Map;
import nl.plein.project.ComponentRegistry;
import nl.plein.project.PhaseComponent;
import nl.plein.project.ProjectManagement;
import nl.plein.support.PleinIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The "survey" component in a phase: its link, its participation figures and the input a decision can use. */
class SurveyComponentIntegrationTest extends PleinIntegrationTest {

    @Autowired
    SurveyFixtures fixtures;

    @Autowired
    ProjectManagement projects;

    @Autowired
    ComponentRegistry components;

    @Autowired
    PaperImport paper;

    @Autowired
    SurveyManagement surveys;

    @Test
    void aSurveyInAPhaseReportsItsParticipationWithoutSmallGroupsAndIsAnInput() throws Exception {
        var f = fixtures.create("Onderdeelstad", Audience.BOTH, true);
        long project = fixtures.projectWithTheSurvey(f);

        // Six paper responses from one area and two from another: the second area is too small to show.
        String first = f.areas().get(0).code();
        String second = f.areas().get(1).code();
        StringBuilder csv = new StringBuilder("area,channel,q" + f.carQuestion() + "\n");
        for (int i = 0; i < 6; i++) {
            csv.append(first).append(",PAPER,1\n");
        }
        csv.append(second).append(",LINK,2\n").append(second).append(",LINK,2\n");
        assertThat(paper.importResponses(f.org().id(), f.staff(), f.surveyId(), new StringReader(csv.toString()))
                        .imported())
                .isEqualTo(8);

        PhaseComponent component = projects.project(f.org().id(), project)
                .orElseThrow()
                .phases()
                .getFirst()
                .components()
                .getFirst();
        var type = components.find(SurveyComponent.KEY).orElseThrow();
        assertThat(type.publicUrl("parkeren", component)).contains("/vragenlijsten/" + f.surveyId());
        assertThat(type.publicHtml(component)).contains("<strong>mee</strong>");

        var participation =
                type.participation(f.org().id(), component, Locale.of("nl")).orElseThrow();
        assertThat(participation.participants()).isEqualTo(8);
        assertThat(participation.participantsByChannel()).containsExactly(Map.entry("paper", 6L));
        assertThat(participation.participantsByArea()).containsExactly(Map.entry(first, 6L));
        assertThat(participation.findingsMarkdown()).contains("nog niet gepubliceerd");

        surveys.publishResults(f.org().id(), f.staff(), f.surveyId(), "Parkeren is lastig.", "");
        assertThat(type.participation(f.org().id(), component, Locale.of("nl"))
                        .orElseThrow()
                        .findingsMarkdown())
                .isEqualTo("Parkeren is lastig.");
        var inputs = type.inputs(f.org().id(), component);
        assertThat(inputs).hasSize(1);
        assertThat(inputs.getFirst().path()).isEqualTo("/vragenlijsten/" + f.surveyId() + "/uitkomsten");
        assertThat(inputs.getFirst().authorAccountIds())
                .as("survey results are anonymous")
                .isEmpty();
    }
}
