package org.xeploai.webui.run;

import org.springframework.http.HttpStatus;
import org.xeploai.webui.system.LocalizedText;

import java.util.List;

/**
 * Why an upload could not become a run, or why a run failed, as a page or a problem detail shows it: the HTTP
 * status, a short code, where (file, line, column where known) and the message in both languages.
 *
 * @param line    0 when unknown
 * @param details further lines (every problem of a rule pack, say)
 */
public record RunFailure(HttpStatus status, String code, String file, long line, String column,
                         LocalizedText message, List<String> details) {

    public RunFailure {
        details = details == null ? List.of() : List.copyOf(details);
    }

    public RunFailure(HttpStatus status, String code, String file, LocalizedText message) {
        this(status, code, file, 0, null, message, List.of());
    }
}
