package org.xeploai.webui.api;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.xeploai.webui.run.RunFailure;

import java.net.URI;
import java.util.Locale;

/**
 * RFC 9457 problem details as the API writes them: {@code type} is {@code urn:xeploai:problem:CODE}, {@code title}
 * names the status in the reader's language, {@code detail} is the engine's (or the upload check's) message, and
 * {@code code}, {@code file}, {@code line}, {@code column} and {@code errors} are added where known.
 */
public final class Problems {
    public static final String TYPE_PREFIX = "urn:xeploai:problem:";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String detail, Locale locale, MessageSource messages) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(title(status, locale, messages));
        problem.setProperty("code", code);
        return problem;
    }

    public static ProblemDetail of(RunFailure failure, Locale locale, MessageSource messages) {
        ProblemDetail problem = of(failure.status(), failure.code(), failure.message().in(locale), locale, messages);
        if (failure.file() != null) {
            problem.setProperty("file", failure.file());
        }
        if (failure.line() > 0) {
            problem.setProperty("line", failure.line());
        }
        if (failure.column() != null) {
            problem.setProperty("column", failure.column());
        }
        if (!failure.details().isEmpty()) {
            problem.setProperty("errors", failure.details());
        }
        return problem;
    }

    static String title(HttpStatusCode status, Locale locale, MessageSource messages) {
        return messages.getMessage("api.problem.status." + status.value(), null,
                status.isError() ? "HTTP " + status.value() : "", locale);
    }

    /** A JSON string literal, for problem details written before Spring MVC is reached. */
    public static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
