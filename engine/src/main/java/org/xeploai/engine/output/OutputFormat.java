package org.xeploai.engine.output;

import org.xeploai.i18n.Messages;
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

    /** The findings in order, each as {@link FindingText} writes it, {@code ;}-separated; null (an empty cell) for none. */
    static String findings(List<Finding> findings, Messages messages) {
        if (findings.isEmpty()) {
            return null;
        }
        return findings.stream().map(f -> FindingText.of(f, messages)).collect(Collectors.joining(FINDING_SEPARATOR));
    }

    /**
     * A share rounded half up to a whole number (19.5 gives 20), written with a dot by the CSV writer; null (an empty
     * cell) over an empty base.
     */
    static BigDecimal percent(Optional<BigDecimal> exact) {
        return exact.map(value -> value.setScale(0, RoundingMode.HALF_UP)).orElse(null);
    }

}
