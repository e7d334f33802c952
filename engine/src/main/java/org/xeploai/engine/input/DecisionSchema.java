package org.xeploai.engine.input;

import org.xeploai.model.Level;
import org.xeploai.model.SubjectType;
import org.xeploai.model.Text;
import org.xeploai.model.schema.Row;
import org.xeploai.model.schema.RowSchema;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.xeploai.model.schema.Column.optional;
import static org.xeploai.model.schema.Column.required;
import static org.xeploai.model.schema.ValueType.BOOLEAN;
import static org.xeploai.model.schema.ValueType.INTEGER;
import static org.xeploai.model.schema.ValueType.LEVEL;
import static org.xeploai.model.schema.ValueType.TEXT;

/**
 * The columns of {@code decisions.csv} (quyết định của cấp có thẩm quyền: the approving authority's decisions) and
 * how a row becomes a {@link Decision}.
 *
 * <table>
 *   <caption>Columns</caption>
 *   <tr><th>column</th><th>Vietnamese alias</th><th>values</th></tr>
 *   <tr><td>subject_type</td><td>loai_doi_tuong</td><td>{@code MEMBER} (đảng viên), {@code ORGANIZATION} (tổ chức,
 *       tổ chức đảng; {@code GRASSROOTS_ORG}, {@code CELL}, chi bộ, đảng bộ accepted), {@code COLLECTIVE} (tập thể,
 *       tập thể cấp ủy); required</td></tr>
 *   <tr><td>subject_id</td><td>ma_doi_tuong</td><td>the member, organization or collective id; required</td></tr>
 *   <tr><td>level</td><td>muc_xep_loai</td><td>the level decided, any accepted form; required</td></tr>
 *   <tr><td>reason</td><td>ly_do</td><td>text</td></tr>
 *   <tr><td>decided_by</td><td>cap_quyet_dinh</td><td>the authority, as text</td></tr>
 *   <tr><td>rank</td><td>thu_tu</td><td>whole number ≥ 1, 1 first: the order among quota candidates</td></tr>
 *   <tr><td>exemplary</td><td>tieu_bieu</td><td>boolean, default false: selected as "tiêu biểu"</td></tr>
 *   <tr><td>quota_exception</td><td>ti_le_ngoai_le</td><td>boolean, default false: the exceptional quota share is
 *       allowed</td></tr>
 * </table>
 */
final class DecisionSchema {
    static final String FILE = "decisions.csv";

    private static final Map<String, SubjectType> SUBJECT_TYPES = Map.ofEntries(
            Map.entry("member", SubjectType.MEMBER),
            Map.entry("dang_vien", SubjectType.MEMBER),
            Map.entry("organization", SubjectType.ORGANIZATION),
            Map.entry("grassroots_org", SubjectType.ORGANIZATION),
            Map.entry("cell", SubjectType.ORGANIZATION),
            Map.entry("to_chuc", SubjectType.ORGANIZATION),
            Map.entry("to_chuc_dang", SubjectType.ORGANIZATION),
            Map.entry("to_chuc_co_so_dang", SubjectType.ORGANIZATION),
            Map.entry("chi_bo", SubjectType.ORGANIZATION),
            Map.entry("dang_bo", SubjectType.ORGANIZATION),
            Map.entry("collective", SubjectType.COLLECTIVE),
            Map.entry("tap_the", SubjectType.COLLECTIVE),
            Map.entry("tap_the_cap_uy", SubjectType.COLLECTIVE));

    static final RowSchema<Decision> DECISIONS = new RowSchema<>(FILE, List.of(
            required("subject_type", "loai_doi_tuong", TEXT),
            required("subject_id", "ma_doi_tuong", TEXT),
            required("level", "muc_xep_loai", LEVEL),
            optional("reason", "ly_do", TEXT, ""),
            optional("decided_by", "cap_quyet_dinh", TEXT, ""),
            optional("rank", "thu_tu", INTEGER, ""),
            optional("exemplary", "tieu_bieu", BOOLEAN, "false"),
            optional("quota_exception", "ti_le_ngoai_le", BOOLEAN, "false")),
            DecisionSchema::decision);

    private DecisionSchema() {
    }

    /** The subject type a cell names, in any accepted form. */
    static Optional<SubjectType> subjectType(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(SUBJECT_TYPES.get(Text.key(text)));
    }

    private static Decision decision(Row row) {
        SubjectType type = subjectType(row.get("subject_type"))
                .orElseThrow(() -> row.reject("subject_type", "input.decision.subject_type"));
        Integer rank = row.get("rank");
        if (rank != null && rank < 1) {
            throw row.reject("rank", "input.decision.rank");
        }
        Level level = row.get("level");
        return new Decision(type, row.get("subject_id"), level, row.get("reason"), row.get("decided_by"), rank,
                row.flag("exemplary", false), row.flag("quota_exception", false), 0);
    }
}
