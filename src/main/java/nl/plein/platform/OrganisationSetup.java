package nl.plein.platform;

import java.util.List;
import nl.plein.audit.AuditLog;
import nl.plein.identity.StaffManagement;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.SignedInPerson;
import nl.plein.tenancy.Organisation;
import nl.plein.tenancy.Organisations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The platform admin's use cases: add an organisation, change its hostnames. */
@Service
public class OrganisationSetup {

    /** The outcome of adding an organisation: its id, or what to correct. */
    public record Created(OrganisationId organisation, FieldErrors errors) {}

    private final Organisations organisations;
    private final StaffManagement staff;
    private final AuditLog audit;

    OrganisationSetup(Organisations organisations, StaffManagement staff, AuditLog audit) {
        this.organisations = organisations;
        this.staff = staff;
        this.audit = audit;
    }

    /**
     * Creates the organisation with its hostnames and its first organisation admin, who is mailed an
     * invitation on the new organisation's own site; all of it, or nothing. {@code siteUrl} turns a
     * hostname into the address of that site (scheme and port as the platform admin's request).
     */
    @Transactional
    public Created create(
            OrganisationForm form, SignedInPerson platformAdmin, java.util.function.UnaryOperator<String> siteUrl) {
        FieldErrors errors = form.validate();
        staff.checkInvitee(errors, "adminEmail", form.adminEmail(), "adminName", form.adminName());
        if (!errors.has("slug") && organisations.slugTaken(form.slug())) {
            errors.reject("slug", "platform.error.slugTaken");
        }
        checkFree(errors, form.hostnameList(), null);
        if (!errors.isEmpty()) {
            return new Created(null, errors);
        }
        Organisation organisation = organisations.create(form.slug(), form.name(), false, form.hostnameList());
        staff.inviteFirstAdmin(
                organisation.id(),
                organisation.name(),
                siteUrl.apply(form.hostnameList().getFirst()),
                form.adminEmail(),
                form.adminName(),
                platformAdmin);
        audit.record(
                organisation.id(),
                AuditLog.Actor.of(platformAdmin),
                "organisation.created",
                organisation.name(),
                String.join(", ", form.hostnameList()));
        return new Created(organisation.id(), errors);
    }

    @Transactional
    public FieldErrors changeHostnames(OrganisationId organisation, String lines, SignedInPerson platformAdmin) {
        var errors = new FieldErrors();
        OrganisationForm.checkHostnames(errors, lines);
        List<String> hostnames = OrganisationForm.hostnameList(lines);
        checkFree(errors, hostnames, organisation);
        if (errors.isEmpty()) {
            organisations.setHostnames(organisation, hostnames);
            audit.record(
                    organisation,
                    AuditLog.Actor.of(platformAdmin),
                    "organisation.hostnames.changed",
                    "",
                    String.join(", ", hostnames));
        }
        return errors;
    }

    private void checkFree(FieldErrors errors, List<String> hostnames, OrganisationId except) {
        if (!errors.has("hostnames") && !hostnames.isEmpty()) {
            List<String> taken = organisations.hostnamesTaken(hostnames, except);
            errors.rejectIf(!taken.isEmpty(), "hostnames", "platform.error.hostnameTaken");
        }
    }
}
