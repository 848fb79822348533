package nl.plein.idea;

import java.util.List;
import nl.plein.shared.OrganisationId;

/**
 * How another module shows on an idea's page what became of the idea there (a budget that took it over as a
 * proposal), without {@code idea} depending on it: a Spring bean implementing this returns links, asked on every
 * view of the idea, so keep it a single indexed query.
 */
public interface IdeaFollowUp {

    List<FollowUp> followUps(OrganisationId organisation, long ideaId);

    /** A link whose text is the message {@code labelKey} filled with {@code arguments}. */
    record FollowUp(String href, String labelKey, List<Object> arguments) {

        public FollowUp {
            arguments = List.copyOf(arguments);
        }

        public Object[] args() {
            return arguments.toArray();
        }
    }
}
