package org.xeploai.engine.output;

import org.xeploai.model.Level;
import org.xeploai.rules.Finding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The one place that turns a level, a finding and a percentage into the text of an output cell. */
final class OutputFormat {
    /** Between findings in {@code reasons} and {@code warnings}. */
    static final String FINDING_SEPARATOR = "; ";

    private OutputFormat() {
    }

    /** The level's code ({@code HTTNV}), or null for none. */
    static String level(Level level) {
        return level == null ? null : level.name();
    }

    /** The Vietnamese label, whatever the language of the messages: it is the name the regulations give the level. */
    static String label(Level level) {
        return level == null ? null : level.label();
    }

    /** {@code RULE-ID (reference): detail}, leaving out the parts that are empty. */
    static String finding(Finding finding) {
        StringBuilder text = new StringBuilder(finding.ruleId());
        if (hasText(finding.reference())) {
            text.append(" (").append(finding.reference().strip()).append(')');
        }
        if (hasText(finding.detail())) {
            text.append(": ").append(finding.detail().strip());
        }
        return text.toString();
    }

    /** The findings in order, {@code ;}-separated; null (an empty cell) for none. */
    static String findings(List<Finding> findings) {
        if (findings.isEmpty()) {
            return null;
        }
        return findings.stream().map(OutputFormat::finding).collect(Collectors.joining(FINDING_SEPARATOR));
    }

    /**
     * A share rounded half up to a whole number (19.5 gives 20), written with a dot by the CSV writer; null (an empty
     * cell) over an empty base.
     */
    static BigDecimal percent(Optional<BigDecimal> exact) {
        return exact.map(value -> value.setScale(0, RoundingMode.HALF_UP)).orElse(null);
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
