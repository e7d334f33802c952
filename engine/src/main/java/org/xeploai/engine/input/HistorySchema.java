package org.xeploai.engine.input;

import org.xeploai.model.PastLevel;
import org.xeploai.model.SubjectType;
import org.xeploai.model.schema.Row;
import org.xeploai.model.schema.RowSchema;

import java.util.List;

import static org.xeploai.model.schema.Column.required;
import static org.xeploai.model.schema.ValueType.INTEGER;
import static org.xeploai.model.schema.ValueType.LEVEL;
import static org.xeploai.model.schema.ValueType.TEXT;

/**
 * The columns of {@code history.csv} (kết quả xếp loại các năm trước: earlier years' final levels) and how a row
 * becomes a {@link PastLevel}: subject_type (loai_doi_tuong; as in decisions.csv, {@code GRASSROOTS_ORG} and
 * {@code CELL} read as ORGANIZATION), subject_id (ma_doi_tuong), year (nam), level (muc_xep_loai), all required.
 * A member's history follows the member across organizations: it is keyed by the member's id only.
 */
final class HistorySchema {
    static final String FILE = "history.csv";

    static final RowSchema<PastLevel> HISTORY = new RowSchema<>(FILE, List.of(
            required("subject_type", "loai_doi_tuong", TEXT),
            required("subject_id", "ma_doi_tuong", TEXT),
            required("year", "nam", INTEGER),
            required("level", "muc_xep_loai", LEVEL)),
            HistorySchema::pastLevel);

    private HistorySchema() {
    }

    private static PastLevel pastLevel(Row row) {
        SubjectType type = DecisionSchema.subjectType(row.get("subject_type"))
                .orElseThrow(() -> row.reject("subject_type", "input.decision.subject_type"));
        int year = row.get("year");
        if (year < 1930 || year > 2100) {
            throw row.reject("year", "input.history.year");
        }
        return new PastLevel(type, row.get("subject_id"), year, row.get("level"));
    }
}
