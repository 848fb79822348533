package nl.plein.shared;

/**
 * One person for one-person-one-vote, whatever the channel: their account, a panel member without an account,
 * or the code on a personal letter. Supports and registrations are unique per {@code key}.
 *
 * @param accountId the account, when the person has one (so online and assisted input meet)
 */
public record Voter(String key, Long accountId) {

    public static Voter account(long accountId) {
        return new Voter("account:" + accountId, accountId);
    }

    public static Voter panelMember(long memberId) {
        return new Voter("panel:" + memberId, null);
    }

    /** A letter code known only by its hash. */
    public static Voter letter(String codeHash) {
        return new Voter("letter:" + codeHash, null);
    }
}
