package nl.plein.identity;

import nl.plein.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rules on organisation admins that role changes and account deletion share. */
final class StaffRules {

    private StaffRules() {}

    /**
     * Serialises changes to an organisation's staff within the transaction, so two admins removing
     * each other at the same moment cannot leave the organisation without one.
     */
    static void lock(JdbcClient jdbc, OrganisationId organisation) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended(?, 0))) l")
                .param("staff_role:" + organisation.value())
                .query(Integer.class)
                .single();
    }

    static long admins(JdbcClient jdbc, OrganisationId organisation) {
        return jdbc.sql("select count(*) from staff_role where organisation_id = ? and role = 'ORGANISATION_ADMIN'")
                .param(organisation.value())
                .query(Long.class)
                .single();
    }
}
