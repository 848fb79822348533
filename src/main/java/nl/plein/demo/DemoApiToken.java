package nl.plein.demo;

import nl.plein.identity.Accounts;
import nl.plein.identity.ApiTokens;
import nl.plein.survey.SurveyManagement;
import nl.plein.tenancy.Organisations;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a restart with the demo already there, a fresh analyst API token for the console (a token is
 * only ever shown when it is made). On a fresh database the demo seeding prints one itself.
 */
@Component
@ConditionalOnProperty(name = "plein.demo.enabled", havingValue = "true")
class DemoApiToken {

    private final Organisations organisations;
    private final Accounts accounts;
    private final ApiTokens tokens;
    private final SurveyManagement surveys;
    private final DemoPanelAndSurveys part;
    private final TransactionTemplate transaction;

    DemoApiToken(
            Organisations organisations,
            Accounts accounts,
            ApiTokens tokens,
            SurveyManagement surveys,
            DemoPanelAndSurveys part,
            TransactionTemplate transaction) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.tokens = tokens;
        this.surveys = surveys;
        this.part = part;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void showToken() {
        if (part.tokenShown()) {
            return;
        }
        organisations
                .bySlug("zeeveld")
                .ifPresent(org -> accounts.principal(org.id(), "analist@zeeveld.example")
                        .filter(analyst -> analyst.isStaff())
                        .ifPresent(analyst -> {
                            String token = transaction.execute(
                                    status -> tokens.create(analyst, "Demo").token());
                            long survey = surveys.surveys(org.id()).stream()
                                    .mapToLong(SurveyManagement.Listed::id)
                                    .min()
                                    .orElse(1);
                            part.logToken(token, survey);
                        }));
    }
}
