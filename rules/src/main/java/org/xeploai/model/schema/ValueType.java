package org.xeploai.model.schema;

import org.xeploai.model.Discipline;
import org.xeploai.model.Grade;
import org.xeploai.model.LeadershipRole;
import org.xeploai.model.Level;
import org.xeploai.model.MemberStatus;
import org.xeploai.model.OrgType;
import org.xeploai.model.Text;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of value an input cell holds, each with the one parser every reader uses.
 * A parser receives a non-blank, NFC-normalized, stripped text and either returns the value or throws
 * {@link InvalidValue} carrying the message key that says what was expected.
 */
public enum ValueType {
    TEXT {
        @Override
        Object parseText(String text, boolean decimalComma) {
            return text;
        }
    },
    BOOLEAN {
        @Override
        Object parseText(String text, boolean decimalComma) {
            String key = Text.key(text);
            return switch (key) {
                case "true", "yes", "co", "x", "1", "dung" -> Boolean.TRUE;
                case "false", "no", "khong", "0", "sai" -> Boolean.FALSE;
                default -> throw new InvalidValue("value.boolean");
            };
        }
    },
    DATE {
        @Override
        Object parseText(String text, boolean decimalComma) {
            Matcher iso = ISO_DATE.matcher(text);
            Matcher vn = VN_DATE.matcher(text);
            try {
                if (iso.matches()) {
                    return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
                }
                if (vn.matches()) {
                    return LocalDate.of(Integer.parseInt(vn.group(3)), Integer.parseInt(vn.group(2)), Integer.parseInt(vn.group(1)));
                }
            } catch (DateTimeException e) {
                throw new InvalidValue("value.date.impossible");
            }
            throw new InvalidValue("value.date");
        }
    },
    DECIMAL {
        @Override
        Object parseText(String text, boolean decimalComma) {
            String number = decimalComma ? text.replace(',', '.') : text;
            if (!NUMBER.matcher(number).matches()) {
                throw new InvalidValue(decimalComma || !text.contains(",") ? "value.decimal" : "value.decimal.comma");
            }
            return new BigDecimal(number);
        }
    },
    INTEGER {
        @Override
        Object parseText(String text, boolean decimalComma) {
            if (!WHOLE.matcher(text).matches()) {
                throw new InvalidValue("value.integer");
            }
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                throw new InvalidValue("value.integer");
            }
        }
    },
    LEVEL {
        @Override
        Object parseText(String text, boolean decimalComma) {
            return Level.parse(text).orElseThrow(() -> new InvalidValue("value.level"));
        }
    },
    GRADE {
        @Override
        Object parseText(String text, boolean decimalComma) {
            return Grade.parse(text).orElseThrow(() -> new InvalidValue("value.grade"));
        }
    },
    MEMBER_DISCIPLINE {
        @Override
        Object parseText(String text, boolean decimalComma) {
            Discipline d = Discipline.parse(text).orElseThrow(() -> new InvalidValue("value.discipline.member"));
            if (d == Discipline.GIAI_TAN) {
                throw new InvalidValue("value.discipline.member");
            }
            return d;
        }
    },
    ORG_DISCIPLINE {
        @Override
        Object parseText(String text, boolean decimalComma) {
            Discipline d = Discipline.parse(text).orElseThrow(() -> new InvalidValue("value.discipline.org"));
            if (d == Discipline.CACH_CHUC || d == Discipline.KHAI_TRU) {
                throw new InvalidValue("value.discipline.org");
            }
            return d;
        }
    },
    MEMBER_STATUS {
        @Override
        Object parseText(String text, boolean decimalComma) {
            return byKey(MemberStatus.class, text, STATUS_ALIASES, "value.status");
        }
    },
    ORG_TYPE {
        @Override
        Object parseText(String text, boolean decimalComma) {
            return byKey(OrgType.class, text, ORG_TYPE_ALIASES, "value.org_type");
        }
    },
    LEADERSHIP_ROLE {
        @Override
        Object parseText(String text, boolean decimalComma) {
            return byKey(LeadershipRole.class, text, ROLE_ALIASES, "value.leadership_role");
        }
    };

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern VN_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,9}");

    private static final Map<String, String> STATUS_ALIASES = Map.of(
            "dang_sinh_hoat", "ACTIVE",
            "mien_sinh_hoat", "EXEMPT", "mien_cong_tac_va_sinh_hoat_dang", "EXEMPT", "mien", "EXEMPT",
            "dinh_chi_sinh_hoat", "SUSPENDED", "dinh_chi", "SUSPENDED",
            "sinh_hoat_tam_thoi", "TEMPORARY", "tam_thoi", "TEMPORARY");
    private static final Map<String, String> ORG_TYPE_ALIASES = Map.of(
            "cap_tren", "SUPERIOR", "dang_bo_cap_tren", "SUPERIOR",
            "dang_bo_co_so", "GRASSROOTS_COMMITTEE",
            "chi_bo_co_so", "GRASSROOTS_CELL",
            "dang_bo_bo_phan", "PARTIAL_COMMITTEE",
            "chi_bo", "CELL", "chi_bo_truc_thuoc", "CELL");
    private static final Map<String, String> ROLE_ALIASES = Map.of(
            "bi_thu", "SECRETARY", "pho_bi_thu", "DEPUTY_SECRETARY",
            "uy_vien_ban_thuong_vu", "STANDING", "thuong_vu", "STANDING",
            "cap_uy_vien", "MEMBER", "uy_vien", "MEMBER", "chi_uy_vien", "MEMBER", "dang_uy_vien", "MEMBER");

    abstract Object parseText(String text, boolean decimalComma);

    /**
     * Parses one cell. Blank text means "not given" and returns {@code null}.
     *
     * @param decimalComma whether the file is semicolon-delimited, where {@code 12,5} means twelve and a half
     */
    public Object parse(String raw, boolean decimalComma) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return parseText(Text.nfc(raw.strip()), decimalComma);
    }

    private static <E extends Enum<E>> E byKey(Class<E> type, String text, Map<String, String> aliases, String messageKey) {
        String key = Text.key(text);
        String name = aliases.getOrDefault(key, key.toUpperCase(java.util.Locale.ROOT));
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new InvalidValue(messageKey);
    }

    /** A cell whose text is not a value of its column's type; the key names the message that says what is expected. */
    public static final class InvalidValue extends RuntimeException {
        private final String messageKey;

        public InvalidValue(String messageKey) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
