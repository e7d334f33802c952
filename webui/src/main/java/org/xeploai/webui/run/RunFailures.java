package org.xeploai.webui.run;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.xeploai.engine.input.InputUnusableException;
import org.xeploai.engine.output.OutputException;
import org.xeploai.rules.NoPackForYearException;
import org.xeploai.rules.PackProblem;
import org.xeploai.rules.RulePackException;
import org.xeploai.webui.system.LocalizedText;

import java.util.stream.Collectors;

/**
 * The one place where an engine failure becomes a {@link RunFailure}: the engine's own message (both languages) with
 * its file, line and column, and the server's folders never shown to the user.
 */
@Component
public class RunFailures {
    private static final Logger LOG = LoggerFactory.getLogger(RunFailures.class);
    private final MessageSource messages;
    private final RunFolders folders;

    public RunFailures(MessageSource messages, RunFolders folders) {
        this.messages = messages;
        this.folders = folders;
    }

    public RunFailure of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RunRejectedException e) {
                return e.failure();
            }
            if (t instanceof InputUnusableException e) {
                return new RunFailure(HttpStatus.UNPROCESSABLE_CONTENT, "input-unusable", e.file(), e.line(),
                        e.column(), hidePaths(LocalizedText.engine(e.messageKey(), e.args().toArray())), null);
            }
            if (t instanceof NoPackForYearException e) {
                String covered = e.covered().stream().map(p -> p.years() + " (" + p.name() + ")")
                        .collect(Collectors.joining("; "));
                return new RunFailure(HttpStatus.UNPROCESSABLE_CONTENT, "no-pack-for-year", null,
                        LocalizedText.web(messages, "run.error.no_pack_for_year", String.valueOf(e.year()), covered));
            }
            if (t instanceof RulePackException e) {
                return new RunFailure(HttpStatus.INTERNAL_SERVER_ERROR, "rule-pack-invalid", null, 0, null,
                        LocalizedText.web(messages, "run.error.rule_pack", e.problems().size()),
                        e.problems().stream().map(PackProblem::toString).toList());
            }
            if (t instanceof OutputException e) {
                return new RunFailure(HttpStatus.INTERNAL_SERVER_ERROR, "output-not-written", null,
                        hidePaths(LocalizedText.engine(e.messageKey(), e.args().toArray())));
            }
        }
        LOG.error("run failed", failure);
        return new RunFailure(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", null,
                hidePaths(LocalizedText.web(messages, "run.error.internal", oneLine(failure))));
    }

    /** The message of a run that a stopped server left unfinished. */
    public LocalizedText interrupted() {
        return LocalizedText.web(messages, "run.error.interrupted");
    }

    private LocalizedText hidePaths(LocalizedText text) {
        String root = folders.root().toString();
        return text.map(s -> s == null ? null : s.replace(root, "…"));
    }

    private static String oneLine(Throwable failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage().strip();
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline).strip() + " …";
        }
        return failure.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
}
