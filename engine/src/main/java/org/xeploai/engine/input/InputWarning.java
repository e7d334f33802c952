package org.xeploai.engine.input;

import java.util.List;

/** Something about the input a user should know that refused nothing, e.g. columns the pack does not read. */
public record InputWarning(String file, String messageKey, List<Object> args) {
}
