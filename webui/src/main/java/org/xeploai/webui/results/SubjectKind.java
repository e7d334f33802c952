package org.xeploai.webui.results;

import org.xeploai.model.SubjectType;
import org.xeploai.webui.run.RunNotFoundException;

import java.util.Locale;

/** The three lists of a run, as their paths name them: {@code members}, {@code organizations}, {@code collectives}. */
public enum SubjectKind {
    MEMBERS("members", SubjectType.MEMBER),
    ORGANIZATIONS("organizations", SubjectType.ORGANIZATION),
    COLLECTIVES("collectives", SubjectType.COLLECTIVE);

    private final String path;
    private final SubjectType type;

    SubjectKind(String path, SubjectType type) {
        this.path = path;
        this.type = type;
    }

    public String path() {
        return path;
    }

    public SubjectType type() {
        return type;
    }

    /** "members", "member" or "MEMBER" (and likewise for the others); anything else is not found. */
    public static SubjectKind parse(String text) {
        String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (SubjectKind kind : values()) {
            String singular = kind.path.substring(0, kind.path.length() - 1);
            if (key.equals(kind.path) || key.equals(singular) || key.equals(kind.type.name().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new RunNotFoundException("no list called " + text);
    }

    public static SubjectKind of(SubjectType type) {
        for (SubjectKind kind : values()) {
            if (kind.type == type) {
                return kind;
            }
        }
        throw new IllegalArgumentException(String.valueOf(type));
    }
}
