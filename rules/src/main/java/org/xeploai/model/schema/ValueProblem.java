package org.xeploai.model.schema;

import java.util.List;

/**
 * Why one cell (or one row, for checks across cells) was refused: the canonical column, the text found,
 * and a message key with its arguments, turned into words by {@code org.xeploai.i18n.Messages}.
 */
public record ValueProblem(String column, String value, String messageKey, List<Object> args) {

    public ValueProblem(String column, String value, String messageKey, Object... args) {
        this(column, value, messageKey, List.of(args));
    }
}
