package org.xeploai.rules;

/** What a rule concluded about a subject. Rules only add findings; {@link LevelDecider} turns them into a level. */
public enum FindingKind {
    /** The subject is not classified this year (exempt, suspended, newly admitted, newly founded, temporary). */
    NOT_CLASSIFIED,
    /** The regulation leaves the decision to the approving authority: the subject waits for {@code decisions.csv}. */
    PENDING,
    /** A ground that forces KHTNV. */
    KNOCKOUT,
    /** Every condition of the finding's level holds (added by {@link LevelDecider} from the pack's level clause). */
    MEETS,
    /** A condition of the finding's level does not hold, so neither that level nor any above it is reached. */
    UNMET,
    /** The level may not be above the finding's level. */
    CAP,
    /** Information that explains the level without changing it (e.g. maternity leave assessed on actual work). */
    NOTE,
    /** Something the committee should look at; never changes the level. */
    WARNING
}
