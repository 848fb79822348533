package nl.plein.support;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.plein.identity.Accounts;
import nl.plein.identity.StaffRole;
import nl.plein.tenancy.Organisation;
import nl.plein.tenancy.Organisations;
import org.springframework.stereotype.Component;

/** Creates organisations and accounts with unique names, so tests never collide in the shared database. */
@Component
public class TestData {

    public static final String PASSWORD = "correct horse battery";

    private final Organisations organisations;
    private final Accounts accounts;

    TestData(Organisations organisations, Accounts accounts) {
        this.organisations = organisations;
        this.accounts = accounts;
    }

    /** A new organisation answering on {@code <slug>.localhost}, which Chromium also resolves to this machine. */
    public Organisation organisation(String name) {
        String slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        return organisations.create(slug, name, false, List.of(slug + ".localhost"));
    }

    public static String host(Organisation organisation) {
        return organisation.slug() + ".localhost";
    }

    public String staff(Organisation organisation, StaffRole... roles) {
        String email = "staff-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.createConfirmed(
                organisation.id(),
                email,
                "Medewerker " + email.substring(6, 10),
                PASSWORD,
                roles.length == 0 ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(List.of(roles)));
        return email;
    }

    public String resident(Organisation organisation) {
        String email = "resident-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.createConfirmed(
                organisation.id(),
                email,
                "Inwoner " + email.substring(9, 13),
                PASSWORD,
                EnumSet.noneOf(StaffRole.class));
        return email;
    }
}
