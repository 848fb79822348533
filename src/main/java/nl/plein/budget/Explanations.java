package nl.plein.budget;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import nl.plein.budget.Budgets.Result;
import nl.plein.budget.count.Outcome;
import nl.plein.budget.count.Outcome.Verdict;
import nl.plein.budget.count.Rule;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Puts a count into words: for each proposal why it was funded or not, and amounts of money as residents read them. */
@Component
public class Explanations {

    private final MessageSource messages;

    Explanations(MessageSource messages) {
        this.messages = messages;
    }

    /** "Funded: 412 voters supported it; 300 of them paid for it together, each at most € 52,10." and the like. */
    public String why(Result result, Locale locale) {
        Verdict v = result.verdict();
        Object[] args = {
            v.votes(),
            v.supporters(),
            v.payers(),
            euros(v.amount(), locale),
            euros(BigDecimal.valueOf(result.proposal().cost()), locale),
            v.spentOut()
        };
        // Under equal shares usually every supporter pays; say how many only when some had nothing left.
        String key = v.reason() == Outcome.Reason.BOUGHT && v.payers() == v.supporters()
                ? "budget.why.BOUGHT_BY_ALL"
                : "budget.why." + v.reason().name();
        return messages.getMessage(key, args, locale);
    }

    /** The name of a rule. */
    public static String ruleKey(Rule rule) {
        return "budget.rule." + rule.key;
    }

    /** How a rule counts, in words for the ballot page. */
    public static String howCountedKey(Rule rule) {
        return "budget.ballot.howCounted." + rule.key;
    }

    /** How the result was counted, in words for the results page (with the share each voter had). */
    public static String resultRuleKey(Rule rule) {
        return "budget.results.rule." + rule.key;
    }

    /** Whole euros without cents, cents when there are any: "€ 150.000", "€ 52,10". */
    public static String euros(BigDecimal amount, Locale locale) {
        NumberFormat format =
                NumberFormat.getCurrencyInstance(locale.getLanguage().equals("en") ? Locale.UK : Locale.of("nl", "NL"));
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(whole ? 0 : 2);
        format.setMaximumFractionDigits(whole ? 0 : 2);
        return format.format(amount).replace('\u00a0', ' ');
    }

    public static String euros(long amount, Locale locale) {
        return euros(BigDecimal.valueOf(amount), locale);
    }

    /** An amount in the language of the page being made. */
    public static String euros(long amount) {
        return euros(amount, LocaleContextHolder.getLocale());
    }
}
