package nl.plein.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.plein.project.Phase;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectManagement;
import nl.plein.project.ProjectStatus;
import nl.plein.shared.Dates;
import nl.plein.shared.Notice;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.Organisation;
import nl.plein.tenancy.Organisations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the followers of a published project when one of its phases starts (a NEW_PHASE notice). The
 * project module only stores start dates, so this looks for phases of followed projects that started
 * today or yesterday (a node that was down a day still tells); a row per phase makes every node tell
 * followers once.
 */
@Component
class PhaseStarts {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Organisations organisations;
    private final ProjectManagement projects;
    private final NotificationSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PhaseStarts(
            JdbcClient jdbc,
            TransactionTemplate transaction,
            Organisations organisations,
            ProjectManagement projects,
            NotificationSettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.organisations = organisations;
        this.projects = projects;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${plein.notification.phase-poll:5m}",
            initialDelayString = "${plein.notification.phase-poll:5m}")
    void scheduled() {
        organisations.all().stream().map(Organisation::id).forEach(this::tell);
    }

    /** Returns how many phase starts were announced. */
    int tell(OrganisationId org) {
        LocalDate today = clock.instant().atZone(Dates.ZONE).toLocalDate();
        int told = 0;
        for (long projectId : settings.followedProjects(org)) {
            Integer count = transaction.execute(status -> tell(org, projectId, today));
            told += count == null ? 0 : count;
        }
        return told;
    }

    private int tell(OrganisationId org, long projectId, LocalDate today) {
        ProjectDetails project = projects.project(org, projectId).orElse(null);
        if (project == null || project.status() == ProjectStatus.DRAFT) {
            return 0;
        }
        int told = 0;
        for (Phase phase : project.phases()) {
            if (phase.startsOn().isAfter(today) || phase.startsOn().isBefore(today.minusDays(1))) {
                continue;
            }
            int fresh = jdbc.sql("""
                            insert into notification_phase_started (organisation_id, phase_id) values (?, ?)
                            on conflict do nothing""").params(org.value(), phase.id()).update();
            if (fresh == 1) {
                events.publishEvent(new Notice(
                        org,
                        Notice.Kind.NEW_PHASE,
                        java.util.Set.of(),
                        projectId,
                        "notification.newPhase.subject",
                        "notification.newPhase.text",
                        List.of(project.title(), phase.name()),
                        "/projecten/" + project.slug()));
                told++;
            }
        }
        return told;
    }
}
