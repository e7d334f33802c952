package org.xeploai.engine.report;

import org.xeploai.i18n.Lang;
import org.xeploai.i18n.Messages;
import org.xeploai.model.Level;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one place that writes the report's words and numbers in the user's language: Vietnamese with a decimal comma
 * and a dot between thousands (95,9; 1.367), English with a decimal point (95.9; 1,367). Sentences come from the
 * {@code report} bundle.
 */
public final class ReportText {
    /** Shown where a figure has no value (a share over an empty base). */
    public static final String NONE = "—";

    private final Lang lang;
    private final Messages messages;
    private final DecimalFormatSymbols symbols;

    public ReportText(Lang lang) {
        this.lang = lang;
        this.messages = Messages.of(lang);
        this.symbols = DecimalFormatSymbols.getInstance(lang == Lang.VI ? lang.locale() : java.util.Locale.ENGLISH);
    }

    public Lang lang() {
        return lang;
    }

    public Messages messages() {
        return messages;
    }

    /** A message of the bundle; decimal arguments are written in the language's form, whole numbers as they are. */
    public String get(String key, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof BigDecimal d ? decimal(d)
                    : args[i] instanceof Double d ? decimal(BigDecimal.valueOf(d).setScale(1, RoundingMode.HALF_UP))
                    : args[i];
        }
        return messages.get(key, shown);
    }

    public String note(Note note) {
        return get(note.key(), note.args().toArray());
    }

    /** Notes in order, separated by "; "; null (an empty cell) for none. */
    public String notes(List<Note> notes) {
        return notes.isEmpty() ? null : notes.stream().map(this::note).collect(Collectors.joining("; "));
    }

    /** A decimal as written, with the language's separator. */
    public String decimal(BigDecimal value) {
        String plain = value.toPlainString();
        return lang == Lang.VI ? plain.replace('.', ',') : plain;
    }

    /** A count with the language's thousands separator: 1.367 (vi), 1,367 (en). */
    public String count(long value) {
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        return format.format(value);
    }

    /** A share with one decimal (95,9), or {@link #NONE} over an empty base. */
    public String pct1(Optional<BigDecimal> share) {
        return share.map(v -> decimal(v.setScale(1, RoundingMode.HALF_UP))).orElse(NONE);
    }

    /** A share rounded half up to a whole number (96), as summary.csv and committees print it. */
    public String whole(Optional<BigDecimal> share) {
        return share.map(v -> v.setScale(0, RoundingMode.HALF_UP).toPlainString()).orElse(NONE);
    }

    public String subject(String subject) {
        return messages.get("report.subject." + subject);
    }

    /** The level's label in the language: the regulations' Vietnamese name, or its English rendering. */
    public String levelLabel(Level level) {
        return lang == Lang.VI ? level.label() : level.englishLabel();
    }

    public String award(AwardKind kind) {
        return messages.get("report.award." + kind.name());
    }

    /** Who gives the award, e.g. "Ban Thường vụ Đảng ủy Các cơ quan tỉnh". */
    public String authority(Authority authority) {
        return switch (authority.kind()) {
            case COMMITTEE -> messages.get("report.authority.committee", committee(authority.orgName()));
            case STANDING_COMMITTEE -> messages.get("report.authority.standing", committee(authority.orgName()));
            case PROVINCIAL_STANDING_COMMITTEE -> messages.get("report.authority.provincial");
        };
    }

    /**
     * The committee of an organization by its name: a party committee ("Đảng bộ X") is led by its committee
     * ("Đảng ủy X"); a cell decides in its meeting and keeps its name.
     */
    public static String committee(String orgName) {
        if (orgName == null) {
            return "";
        }
        if (orgName.startsWith("Đảng bộ ")) {
            return "Đảng ủy " + orgName.substring("Đảng bộ ".length());
        }
        return orgName;
    }

    /** A leadership collective by its committee's name: "Đảng ủy X" for "Đảng bộ X", "Chi ủy X" for "Chi bộ X". */
    public static String collectiveName(String orgName) {
        if (orgName != null && orgName.startsWith("Chi bộ ")) {
            return "Chi ủy " + orgName.substring("Chi bộ ".length());
        }
        return committee(orgName);
    }

    /** The headline committees print: "96% HTTNV trở lên, trong đó 20% HTXSNV". */
    public String headline(org.xeploai.engine.SummaryRow row) {
        if (row.classified() == 0) {
            return messages.get("report.headline.none");
        }
        return messages.get("report.headline", whole(row.pctGoodOrAbove()), whole(row.pctExcellentOfGoodOrAbove()));
    }

    /** A reason a subject is not classified, by rule id; the rule id itself where the bundle has no words for it. */
    public String reason(String ruleId) {
        String key = "report.reason." + ruleId;
        return messages.has(key) ? messages.get(key) : ruleId;
    }
}
