package org.xeploai.engine.output;

import org.xeploai.i18n.Messages;
import org.xeploai.rules.Finding;

/**
 * A finding in words, as every output and explanation prints it: {@code RULE-ID (reference): what}, where "what" is
 * the rule's input values, or, for a step of the engine (the level's clause, the quota, a decision), its message in
 * the user's language followed by the numbers behind it in brackets. Empty parts are left out.
 */
public final class FindingText {

    private FindingText() {
    }

    public static String of(Finding finding, Messages messages) {
        StringBuilder text = new StringBuilder(finding.ruleId());
        if (hasText(finding.reference())) {
            text.append(" (").append(finding.reference().strip()).append(')');
        }
        String what = what(finding, messages);
        if (!what.isEmpty()) {
            text.append(": ").append(what);
        }
        return text.toString();
    }

    /** The finding without its rule id and reference. */
    public static String what(Finding finding, Messages messages) {
        String detail = hasText(finding.detail()) ? finding.detail().strip() : "";
        if (finding.messageKey() == null) {
            return detail;
        }
        String message = messages.get(finding.messageKey(), finding.level() == null ? "" : finding.level().name());
        return detail.isEmpty() ? message : message + " [" + detail + "]";
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
