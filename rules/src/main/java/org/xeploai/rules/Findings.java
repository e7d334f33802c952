package org.xeploai.rules;

import org.kie.api.runtime.rule.RuleContext;
import org.xeploai.model.Level;
import org.xeploai.model.Subject;

/**
 * What a rule's consequence calls to record its conclusion. The rule's name is the finding's rule id and its
 * {@code @reference} metadata the legal reference, so that a rule file states each only once:
 * <pre>
 * rule "R1-MEM-KO1"
 *     &#64;reference("HD21 Mục II.B tiết 2.3 điểm d")
 * when
 *     $m : Member( degradation )
 * then
 *     Findings.knockout(kcontext, $m, "degradation=true");
 * end
 * </pre>
 */
public final class Findings {
    /** The rule metadata key that holds a rule's legal reference. */
    public static final String REFERENCE = "reference";

    private Findings() {
    }

    public static void notClassified(RuleContext ctx, Subject subject, String detail) {
        add(ctx, subject, FindingKind.NOT_CLASSIFIED, null, detail);
    }

    public static void pending(RuleContext ctx, Subject subject, String detail) {
        add(ctx, subject, FindingKind.PENDING, null, detail);
    }

    public static void knockout(RuleContext ctx, Subject subject, String detail) {
        add(ctx, subject, FindingKind.KNOCKOUT, Level.KHTNV, detail);
    }

    /** A condition of {@code level} fails: the subject reaches neither it nor any level above it. */
    public static void unmet(RuleContext ctx, Subject subject, Level level, String detail) {
        add(ctx, subject, FindingKind.UNMET, level, detail);
    }

    public static void cap(RuleContext ctx, Subject subject, Level level, String detail) {
        add(ctx, subject, FindingKind.CAP, level, detail);
    }

    public static void note(RuleContext ctx, Subject subject, String detail) {
        add(ctx, subject, FindingKind.NOTE, null, detail);
    }

    public static void warning(RuleContext ctx, Subject subject, String detail) {
        add(ctx, subject, FindingKind.WARNING, null, detail);
    }

    private static void add(RuleContext ctx, Subject subject, FindingKind kind, Level level, String detail) {
        Object reference = ctx.getRule().getMetaData().get(REFERENCE);
        ctx.getKieRuntime().insert(new Finding(subject.subjectType(), subject.subjectId(), kind, level,
                ctx.getRule().getName(), reference == null ? null : reference.toString(), detail));
    }
}
