package nl.plein.project;

import java.util.Set;

/**
 * One piece of input residents gave in a component (an idea, a discussion contribution, a survey's
 * results, an opinion map's outcome) that a decision can link to.
 *
 * @param kind the component-specific kind, e.g. "idea", "contribution", "survey"
 * @param id the id within that kind
 * @param path the page that shows it, relative to the organisation's site
 * @param authorAccountIds accounts to tell when a decision uses or sets aside this input; empty for
 *     anonymous input such as survey results
 */
public record Input(String kind, long id, String title, String path, Set<Long> authorAccountIds) {

    public Input {
        authorAccountIds = Set.copyOf(authorAccountIds);
    }
}
