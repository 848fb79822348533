package nl.plein.plan;

/** A plan is a draft until the people involved agree on it; only an agreed plan is public. */
public enum PlanStatus {
    DRAFT,
    AGREED;

    public String messageKey() {
        return "plan.status." + name();
    }
}
