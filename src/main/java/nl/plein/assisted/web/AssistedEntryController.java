package nl.plein.assisted.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.plein.assisted.web.AssistedEntryViews.ContactFields;
import nl.plein.assisted.web.AssistedEntryViews.ContributionFields;
import nl.plein.assisted.web.AssistedEntryViews.FormView;
import nl.plein.assisted.web.AssistedEntryViews.HubView;
import nl.plein.assisted.web.AssistedEntryViews.Place;
import nl.plein.assisted.web.AssistedEntryViews.SupportChoice;
import nl.plein.assisted.web.AssistedEntryViews.VoteSheet;
import nl.plein.budget.BallotChoices;
import nl.plein.budget.Budgets;
import nl.plein.budget.Budgets.Cast;
import nl.plein.discussion.ContributionForm;
import nl.plein.discussion.DiscussionFormException;
import nl.plein.discussion.DiscussionManagement;
import nl.plein.discussion.DiscussionPlace;
import nl.plein.idea.Idea;
import nl.plein.idea.IdeaForm;
import nl.plein.idea.IdeaFormException;
import nl.plein.idea.IdeaManagement;
import nl.plein.idea.IdeaPlace;
import nl.plein.identity.PleinPrincipal;
import nl.plein.meeting.InvalidMeetingException;
import nl.plein.meeting.Meeting;
import nl.plein.meeting.MeetingManagement;
import nl.plein.meeting.Registration;
import nl.plein.opinionmap.OpinionMapRecomputer;
import nl.plein.opinionmap.OpinionMaps;
import nl.plein.opinionmap.Statement;
import nl.plein.panel.PanelManagement;
import nl.plein.project.Phase;
import nl.plein.project.PhaseComponent;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectManagement;
import nl.plein.project.ProjectStatus;
import nl.plein.project.ProjectSummary;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.InputChannel;
import nl.plein.shared.OnBehalf;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.CurrentOrganisation;
import nl.plein.tenancy.Organisations;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back-office pages where staff enter input for a resident: a list of what takes input now, and one form per
 * kind. After saving, the same form comes back empty (the channel kept) for the next paper form of the pile.
 * Project managers only (URL rule for /beheer/namens).
 */
@Controller
@RequestMapping("/beheer/namens")
public class AssistedEntryController {

    /** Where an ideas, discussion or opinion-map component lives, found among the organisation's published projects. */
    public record Target(ProjectDetails project, PhaseComponent component, boolean open) {

        IdeaPlace ideaPlace() {
            return new IdeaPlace(project.id(), project.slug(), component.id(), open);
        }

        DiscussionPlace discussionPlace() {
            return new DiscussionPlace(
                    project.id(), project.slug(), component.id(), component.setting("question"), open);
        }
    }

    private final ProjectManagement projects;
    private final IdeaManagement ideas;
    private final DiscussionManagement discussions;
    private final MeetingManagement meetings;
    private final PanelManagement panel;
    private final OpinionMaps maps;
    private final OpinionMapRecomputer recomputer;
    private final Budgets budgets;
    private final Organisations organisations;
    private final CurrentOrganisation currentOrganisation;

    AssistedEntryController(
            ProjectManagement projects,
            IdeaManagement ideas,
            DiscussionManagement discussions,
            MeetingManagement meetings,
            PanelManagement panel,
            OpinionMaps maps,
            OpinionMapRecomputer recomputer,
            Budgets budgets,
            Organisations organisations,
            CurrentOrganisation currentOrganisation) {
        this.projects = projects;
        this.ideas = ideas;
        this.discussions = discussions;
        this.meetings = meetings;
        this.panel = panel;
        this.maps = maps;
        this.recomputer = recomputer;
        this.budgets = budgets;
        this.organisations = organisations;
        this.currentOrganisation = currentOrganisation;
    }

    @GetMapping
    String hub(Model model) {
        OrganisationId org = currentOrganisation.id();
        var places = new ArrayList<Place>();
        for (ProjectSummary summary : projects.allProjects(org)) {
            if (summary.status() == ProjectStatus.DRAFT || summary.status() == ProjectStatus.CLOSED) {
                continue;
            }
            projects.project(org, summary.id()).ifPresent(project -> {
                for (Phase phase : project.phases()) {
                    if (project.takesInput(phase)) {
                        for (PhaseComponent c : phase.components()) {
                            if (List.of("ideas", "discussion", "opinion-map", "budget")
                                    .contains(c.typeKey())) {
                                places.add(new Place(project.title(), c.title(), c.typeKey(), c.id()));
                            }
                        }
                    }
                }
            });
        }
        List<Meeting> open =
                meetings.publicMeetings(org).stream().filter(Meeting::open).toList();
        model.addAttribute("view", new HubView(places, open));
        return "admin/assisted/hub";
    }

    // ---- ideas

    @GetMapping("/ideeen/{componentId}")
    String ideaForm(
            @PathVariable long componentId,
            @RequestParam(required = false) String opgeslagen,
            @RequestParam(defaultValue = "") String channel,
            Model model) {
        Target target = target(componentId, "ideas");
        return ideaPage(
                model,
                target,
                ResidentFields.forChannel(channel),
                new IdeaForm("", "", "", ""),
                new FieldErrors(),
                opgeslagen);
    }

    @PostMapping("/ideeen/{componentId}")
    String idea(
            @PathVariable long componentId,
            @AuthenticationPrincipal PleinPrincipal staff,
            ResidentFields resident,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "") String address,
            Model model,
            RedirectAttributes redirect) {
        Target target = target(componentId, "ideas");
        var form = new IdeaForm(title, description, address, resident.requestKey());
        var errors = new FieldErrors();
        Optional<OnBehalf> behalf = check(resident, staff, true, false, errors);
        if (behalf.isPresent()) {
            try {
                ideas.submit(currentOrganisation.id(), behalf.get(), target.ideaPlace(), form);
                return saved(redirect, resident, "/beheer/namens/ideeen/" + componentId);
            } catch (IdeaFormException e) {
                errors = e.errors();
            }
        }
        return ideaPage(model, target, resident, form, errors, null);
    }

    private String ideaPage(
            Model model, Target target, ResidentFields resident, IdeaForm form, FieldErrors errors, String saved) {
        model.addAttribute(
                "view",
                view(target, "/beheer/namens/ideeen/" + target.component().id(), resident, errors, saved));
        model.addAttribute("idea", form);
        return "admin/assisted/idea";
    }

    // ---- supports

    @GetMapping("/ideeen/{componentId}/steun")
    String supportForm(
            @PathVariable long componentId,
            @RequestParam(required = false) String opgeslagen,
            @RequestParam(defaultValue = "") String channel,
            Model model) {
        Target target = target(componentId, "ideas");
        return supportPage(model, target, ResidentFields.forChannel(channel), List.of(), new FieldErrors(), opgeslagen);
    }

    /** One paper form can back several ideas; each counts once per person, however often it is entered. */
    @PostMapping("/ideeen/{componentId}/steun")
    String support(
            @PathVariable long componentId,
            @AuthenticationPrincipal PleinPrincipal staff,
            ResidentFields resident,
            @RequestParam(name = "ideaId", required = false) List<Long> chosen,
            Model model,
            RedirectAttributes redirect) {
        Target target = target(componentId, "ideas");
        List<Long> ideaIds = chosen == null ? List.of() : chosen;
        var errors = new FieldErrors();
        Optional<OnBehalf> behalf = check(resident, staff, false, true, errors);
        errors.rejectIf(ideaIds.isEmpty(), "ideaId", "assisted.error.noIdea");
        if (behalf.isPresent() && errors.isEmpty()) {
            for (long ideaId : ideaIds) {
                ideas.support(currentOrganisation.id(), behalf.get(), target.ideaPlace(), ideaId);
            }
            return saved(redirect, resident, "/beheer/namens/ideeen/" + componentId + "/steun");
        }
        return supportPage(model, target, resident, ideaIds, errors, null);
    }

    private String supportPage(
            Model model, Target target, ResidentFields resident, List<Long> chosen, FieldErrors errors, String saved) {
        List<Idea> visible =
                ideas.visibleIdeas(currentOrganisation.id(), target.component().id());
        model.addAttribute(
                "view",
                view(target, "/beheer/namens/ideeen/" + target.component().id() + "/steun", resident, errors, saved));
        model.addAttribute("choice", new SupportChoice(visible, chosen));
        return "admin/assisted/support";
    }

    // ---- contributions

    @GetMapping("/gesprek/{componentId}")
    String contributionForm(
            @PathVariable long componentId,
            @RequestParam(required = false) String opgeslagen,
            @RequestParam(defaultValue = "") String channel,
            Model model) {
        Target target = target(componentId, "discussion");
        return contributionPage(
                model, target, ResidentFields.forChannel(channel), "", null, new FieldErrors(), opgeslagen);
    }

    @PostMapping("/gesprek/{componentId}")
    String contribution(
            @PathVariable long componentId,
            @AuthenticationPrincipal PleinPrincipal staff,
            ResidentFields resident,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) Long areaId,
            Model model,
            RedirectAttributes redirect) {
        Target target = target(componentId, "discussion");
        var errors = new FieldErrors();
        Optional<OnBehalf> behalf = check(resident, staff, true, false, errors);
        if (behalf.isPresent()) {
            try {
                discussions.post(
                        currentOrganisation.id(),
                        behalf.get(),
                        target.discussionPlace(),
                        new ContributionForm(body, null, areaId, false, resident.requestKey()));
                return saved(redirect, resident, "/beheer/namens/gesprek/" + componentId);
            } catch (DiscussionFormException e) {
                errors = e.errors();
            }
        }
        return contributionPage(model, target, resident, body, areaId, errors, null);
    }

    private String contributionPage(
            Model model,
            Target target,
            ResidentFields resident,
            String body,
            Long areaId,
            FieldErrors errors,
            String saved) {
        model.addAttribute(
                "view",
                view(target, "/beheer/namens/gesprek/" + target.component().id(), resident, errors, saved));
        model.addAttribute(
                "contribution", new ContributionFields(body, areaId, organisations.areas(currentOrganisation.id())));
        return "admin/assisted/contribution";
    }

    // ---- opinion-map votes

    @GetMapping("/meningenkaart/{componentId}")
    String voteForm(
            @PathVariable long componentId,
            @RequestParam(required = false) String opgeslagen,
            @RequestParam(defaultValue = "") String channel,
            Model model) {
        Target target = target(componentId, "opinion-map");
        return votePage(model, target, ResidentFields.forChannel(channel), Map.of(), new FieldErrors(), opgeslagen);
    }

    /** A paper sheet of statements: each answered one is a vote of this one person; a later sheet replaces it. */
    @PostMapping("/meningenkaart/{componentId}")
    String votes(
            @PathVariable long componentId,
            @AuthenticationPrincipal PleinPrincipal staff,
            ResidentFields resident,
            @RequestParam Map<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        Target target = target(componentId, "opinion-map");
        Map<Long, Integer> votes = new LinkedHashMap<>();
        for (Statement statement : published(componentId)) {
            switch (fields.getOrDefault("vote-" + statement.id(), "")) {
                case "1" -> votes.put(statement.id(), 1);
                case "-1" -> votes.put(statement.id(), -1);
                case "0" -> votes.put(statement.id(), 0);
                default -> {}
            }
        }
        var errors = new FieldErrors();
        Optional<OnBehalf> behalf = check(resident, staff, false, true, errors);
        errors.rejectIf(votes.isEmpty(), "votes", "assisted.error.noVote")
                .rejectIf(!target.open(), "votes", "assisted.error.closed");
        if (behalf.isPresent() && errors.isEmpty()) {
            maps.vote(currentOrganisation.id(), behalf.get(), componentId, votes);
            recomputer.changed(currentOrganisation.id(), componentId);
            return saved(redirect, resident, "/beheer/namens/meningenkaart/" + componentId);
        }
        return votePage(model, target, resident, votes, errors, null);
    }

    private String votePage(
            Model model,
            Target target,
            ResidentFields resident,
            Map<Long, Integer> chosen,
            FieldErrors errors,
            String saved) {
        model.addAttribute(
                "view",
                view(
                        target,
                        "/beheer/namens/meningenkaart/" + target.component().id(),
                        resident,
                        errors,
                        saved));
        model.addAttribute("sheet", new VoteSheet(published(target.component().id()), chosen));
        return "admin/assisted/votes";
    }

    private List<Statement> published(long componentId) {
        return maps.statements(currentOrganisation.id(), componentId).stream()
                .filter(s -> s.status().equals("published"))
                .toList();
    }

    // ---- budget ballots

    @GetMapping("/begroting/{componentId}")
    String ballotForm(
            @PathVariable long componentId,
            @RequestParam(required = false) String opgeslagen,
            @RequestParam(defaultValue = "") String channel,
            Model model) {
        Target target = target(componentId, "budget");
        var settings = budgets.settings(currentOrganisation.id(), componentId);
        var choices = BallotChoices.of(settings, budgets.proposals(currentOrganisation.id(), componentId), Map.of());
        return ballotPage(
                model, target, ResidentFields.forChannel(channel), choices, "", new FieldErrors(), opgeslagen);
    }

    /** A paper ballot: the resident must be known (panel e-mail address or letter code), so one ballot per person. */
    @PostMapping("/begroting/{componentId}")
    String ballot(
            @PathVariable long componentId,
            @AuthenticationPrincipal PleinPrincipal staff,
            ResidentFields resident,
            @RequestParam Map<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        OrganisationId org = currentOrganisation.id();
        Target target = target(componentId, "budget");
        var errors = new FieldErrors();
        var choices = BallotChoices.read(
                budgets.settings(org, componentId), budgets.proposals(org, componentId), fields, errors);
        Optional<OnBehalf> behalf = check(resident, staff, false, true, errors);
        errors.rejectIf(!target.open(), "choices", "assisted.error.closed");
        String postcode = fields.getOrDefault("postcode", "");
        if (behalf.isPresent() && errors.isEmpty()) {
            errors = budgets.cast(org, componentId, Cast.onBehalf(behalf.get(), postcode), choices.chosen());
            if (errors.isEmpty()) return saved(redirect, resident, "/beheer/namens/begroting/" + componentId);
        }
        return ballotPage(model, target, resident, choices, postcode, errors, null);
    }

    private String ballotPage(
            Model model,
            Target target,
            ResidentFields resident,
            BallotChoices choices,
            String postcode,
            FieldErrors errors,
            String saved) {
        model.addAttribute(
                "view",
                view(target, "/beheer/namens/begroting/" + target.component().id(), resident, errors, saved));
        model.addAttribute("choices", choices);
        model.addAttribute("postcode", postcode);
        return "admin/assisted/ballot";
    }

    // ---- registrations

    @GetMapping("/bijeenkomsten/{meetingId}")
    String registrationForm(
            @PathVariable long meetingId,
            @RequestParam(required = false) String opgeslagen,
            @RequestParam(defaultValue = "") String channel,
            Model model) {
        return registrationPage(
                model, meeting(meetingId), ResidentFields.forChannel(channel), "", "", new FieldErrors(), opgeslagen);
    }

    @PostMapping("/bijeenkomsten/{meetingId}")
    String registration(
            @PathVariable long meetingId,
            @AuthenticationPrincipal PleinPrincipal staff,
            ResidentFields resident,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String phone,
            Model model,
            RedirectAttributes redirect) {
        Meeting meeting = meeting(meetingId);
        var errors = new FieldErrors();
        Optional<OnBehalf> behalf = check(resident, staff, true, false, errors);
        if (behalf.isPresent()) {
            try {
                Registration registration = meetings.register(
                        currentOrganisation.id(), meetingId, behalf.get(), email, phone, resident.requestKey());
                redirect.addFlashAttribute("waitingList", registration.waiting());
                return saved(redirect, resident, "/beheer/namens/bijeenkomsten/" + meetingId);
            } catch (InvalidMeetingException e) {
                errors = e.errors();
            }
        }
        return registrationPage(model, meeting, resident, email, phone, errors, null);
    }

    private String registrationPage(
            Model model,
            Meeting meeting,
            ResidentFields resident,
            String email,
            String phone,
            FieldErrors errors,
            String saved) {
        model.addAttribute(
                "view",
                new FormView(
                        meeting.title(),
                        "/beheer/namens/bijeenkomsten/" + meeting.id(),
                        resident,
                        InputChannel.ASSISTED,
                        errors,
                        saved != null));
        model.addAttribute("contact", new ContactFields(email, phone));
        return "admin/assisted/registration";
    }

    // ---- helpers

    private Optional<OnBehalf> check(
            ResidentFields resident, PleinPrincipal staff, boolean needsName, boolean needsVoter, FieldErrors errors) {
        return resident.check(panel, currentOrganisation.id(), staff, needsName, needsVoter, errors);
    }

    /** Back to an empty form for the next resident, with the channel kept and a note of what was saved. */
    private static String saved(RedirectAttributes redirect, ResidentFields resident, String path) {
        redirect.addAttribute("opgeslagen", "");
        redirect.addAttribute("channel", resident.channel());
        return "redirect:" + path;
    }

    private static FormView view(
            Target target, String action, ResidentFields resident, FieldErrors errors, String saved) {
        return new FormView(
                target.project().title() + ": " + target.component().title(),
                action,
                resident,
                InputChannel.ASSISTED,
                errors,
                saved != null);
    }

    /** A component of this type in a published project of this organisation; anything else is 404. */
    private Target target(long componentId, String typeKey) {
        ProjectDetails project = projects.projectWithComponent(currentOrganisation.id(), componentId)
                .filter(p -> p.status() != ProjectStatus.DRAFT)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        for (Phase phase : project.phases()) {
            for (PhaseComponent component : phase.components()) {
                if (component.id() == componentId && component.typeKey().equals(typeKey)) {
                    return new Target(project, component, project.takesInput(phase));
                }
            }
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private Meeting meeting(long meetingId) {
        return meetings.meeting(currentOrganisation.id(), meetingId)
                .filter(m -> !m.staffOnly())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
