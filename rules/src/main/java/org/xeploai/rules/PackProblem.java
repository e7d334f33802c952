package org.xeploai.rules;

import org.xeploai.i18n.Lang;
import org.xeploai.i18n.Messages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One thing wrong with a rule pack, where it is: file (as the user names it), line (0 when unknown) and what.
 * <p>
 * A problem this project finds has a message {@code key} of the {@code messages} bundle and its {@code args}: it is
 * read in the user's language with {@link #message(Messages)}; {@link #message()} is its English text (logs, tests).
 * A problem Drools' compiler reports has no key: its text stays as Drools writes it, after a localized lead-in
 * ({@value #COMPILER_KEY}).
 */
public record PackProblem(String file, int line, String message, String key, List<Object> args) {
    /** The lead-in of Drools' own compiler text: "Lỗi biên dịch quy tắc: {0}" / "Rule compile error: {0}". */
    public static final String COMPILER_KEY = "pack.problem.compiler";
    private static final Messages ENGLISH = Messages.of(Lang.EN);

    public PackProblem {
        args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
    }

    /** A problem in Drools' compiler text, kept as written. */
    public PackProblem(String file, int line, String compilerText) {
        this(file, line, compilerText, null, List.of());
    }

    /** A problem this project finds: the key of its text in the {@code messages} bundles, and the text's arguments. */
    public static PackProblem of(String file, int line, String key, Object... args) {
        return new PackProblem(file, line, ENGLISH.get(key, args), key, java.util.Arrays.asList(args));
    }

    /** Whether this problem has message key {@code key}. */
    public boolean is(String key) {
        return key.equals(this.key);
    }

    /** What is wrong, in the language of {@code messages}. */
    public String message(Messages messages) {
        return key == null ? messages.get(COMPILER_KEY, message) : messages.get(key, args);
    }

    /** "file:line: what is wrong" (or "file: …" when the line is unknown), in the language of {@code messages}. */
    public String describe(Messages messages) {
        return where() + message(messages);
    }

    private String where() {
        return line > 0 ? file + ":" + line + ": " : file + ": ";
    }

    /** In English, as {@link #describe(Messages)}. */
    @Override
    public String toString() {
        return describe(ENGLISH);
    }
}
