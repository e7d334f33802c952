package org.xeploai.webui.results;

import org.xeploai.webui.system.LocalizedText;

/** A refused input row as rejected.csv lists it, with its message in both languages. */
public record RejectedLine(String file, long line, String column, String value, LocalizedText message) {
}
