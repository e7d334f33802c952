package org.xeploai.webui.results;

import org.xeploai.model.Level;
import org.xeploai.rules.ClassificationStatus;

import java.util.Locale;

/**
 * What a results list is narrowed to; every part is optional.
 *
 * @param org      an organization id: its own members or organizations and everything under it (its grassroots
 *                 organization's id gives all of that organization)
 * @param demoted  only those the quota moved down
 * @param orgKind  for organizations: {@code grassroots} or {@code cells} (partial committees with the cells)
 * @param query    part of an id or a name, in any letter case
 */
public record SubjectFilter(Level level, String org, boolean demoted, ClassificationStatus status, String orgKind,
                            String query) {
    public static final SubjectFilter NONE = new SubjectFilter(null, null, false, null, null, null);

    public SubjectFilter {
        org = blankToNull(org);
        orgKind = blankToNull(orgKind) == null ? null : orgKind.strip().toLowerCase(Locale.ROOT);
        query = blankToNull(query);
    }

    /** From request parameters as text, unknown values ignored. */
    public static SubjectFilter of(String level, String org, Boolean demoted, String status, String orgKind, String query) {
        return new SubjectFilter(level(level), org, Boolean.TRUE.equals(demoted), status(status), orgKind, query);
    }

    private static Level level(String text) {
        return blankToNull(text) == null ? null : Level.parse(text).orElse(null);
    }

    private static ClassificationStatus status(String text) {
        if (blankToNull(text) == null) {
            return null;
        }
        try {
            return ClassificationStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
