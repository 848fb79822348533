package nl.plein.demo;

import nl.plein.identity.Accounts;
import nl.plein.project.ProjectManagement;
import nl.plein.tenancy.Organisations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo municipality in the test run's one database: made by whichever test needs it first, once. */
final class DemoSeed {

    private DemoSeed() {}

    static synchronized void once(
            Organisations organisations,
            Accounts accounts,
            ProjectManagement projects,
            ObjectProvider<DemoPart> parts,
            TransactionTemplate transaction) {
        if (organisations.bySlug("zeeveld").isEmpty()) {
            new DemoData(organisations, accounts, projects, parts, transaction, 3).seed();
        }
    }
}
