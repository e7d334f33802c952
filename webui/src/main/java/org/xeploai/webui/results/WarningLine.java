package org.xeploai.webui.results;

import org.xeploai.webui.system.LocalizedText;

/** Something about the input that refused nothing (unknown columns, say). */
public record WarningLine(String file, LocalizedText message) {
}
