package nl.plein.demo;

import java.time.LocalDate;
import nl.plein.meeting.MeetingForm;
import nl.plein.shared.OrganisationId;
import nl.plein.training.TrainingProgramme;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The training programme: two courses with text, video and assignment, a session, and colleagues enrolled. */
@Component
@Order(72)
class DemoTraining implements DemoPart {

    private final TrainingProgramme training;

    DemoTraining(TrainingProgramme training) {
        this.training = training;
    }

    @Override
    public void create(DemoMunicipality m) {
        OrganisationId org = m.organisation();
        var coordinator = m.admin();
        long basics = training.createCourse(
                org,
                coordinator,
                "Basis participatie",
                "Wat is participatie, wat zegt de Omgevingswet, en hoe kiest u het goede niveau op de participatieladder?",
                "");
        long ladder = training.addModule(org, coordinator, basics, "De participatieladder", "TEXT", """
                De ladder heeft vijf treden: **informeren**, **raadplegen**, **adviseren**, **coproduceren** en **meebeslissen**.

                Vertel inwoners altijd eerlijk hoeveel ruimte er is. Wat ligt vast, en wat niet?""", "");
        long video = training.addModule(
                org,
                coordinator,
                basics,
                "Een goed gesprek voeren",
                "VIDEO",
                "Een korte video over luisteren en doorvragen op een inloopavond.",
                "https://video.zeeveld.example/goed-gesprek");
        training.addModule(
                org,
                coordinator,
                basics,
                "Opdracht: uw eigen project",
                "ASSIGNMENT",
                "Kies een project waar u aan werkt. Schrijf in vijf zinnen op wat vastligt en waar inwoners over meepraten.",
                "");
        training.addSession(
                org,
                coordinator,
                basics,
                new MeetingForm(
                        "Terugkomdag basis participatie",
                        "We bespreken de opdrachten en oefenen met lastige gesprekken.",
                        "IN_PERSON",
                        "Gemeentehuis Zeeveld, zaal 2",
                        "",
                        LocalDate.now().plusDays(21).toString(),
                        "13:00",
                        "16:30",
                        "16",
                        "",
                        false,
                        false,
                        "",
                        "",
                        0));

        long writing = training.createCourse(
                org,
                coordinator,
                "Schrijven op B1-niveau",
                "Korte zinnen, gewone woorden: zo begrijpt iedereen uw brieven en webteksten.",
                "");
        long rules = training.addModule(
                org,
                coordinator,
                writing,
                "Tien tips voor B1",
                "TEXT",
                "Schrijf zoals u praat. Gebruik korte zinnen. Zet het belangrijkste voorop.",
                "");
        training.addModule(
                org,
                coordinator,
                writing,
                "Opdracht: herschrijf een brief",
                "ASSIGNMENT",
                "Neem een brief aan inwoners en herschrijf die op B1-niveau.",
                "");

        training.enrol(org, m.projectManager(), basics);
        training.markDone(org, m.projectManager(), basics, ladder, true);
        training.markDone(org, m.projectManager(), basics, video, true);
        training.enrol(org, m.moderator(), basics);
        training.markDone(org, m.moderator(), basics, ladder, true);
        training.enrol(org, m.analyst(), basics);
        training.enrol(org, m.analyst(), writing);
        training.markDone(org, m.analyst(), writing, rules, true);
    }
}
