package org.xeploai.engine.input;

import org.xeploai.model.Text;
import org.xeploai.model.schema.Row;
import org.xeploai.model.schema.RowSchema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.xeploai.model.schema.Column.optional;
import static org.xeploai.model.schema.Column.required;
import static org.xeploai.model.schema.ValueType.DECIMAL;
import static org.xeploai.model.schema.ValueType.TEXT;

/**
 * The columns of {@code targets.csv} (chỉ tiêu nghị quyết: the year's targets of a resolution) and how a row becomes a
 * {@link Target}. Checks within a row are here; checks against other rows and the organization tree are in
 * {@link TargetRows}.
 *
 * <table>
 *   <caption>Columns</caption>
 *   <tr><th>column</th><th>Vietnamese alias</th><th>values</th></tr>
 *   <tr><td>target_id</td><td>ma_chi_tieu</td><td>unique id; required</td></tr>
 *   <tr><td>scope_org_id</td><td>ma_to_chuc</td><td>the organization whose resolution sets it; empty: the run's
 *       top superior committee</td></tr>
 *   <tr><td>description</td><td>noi_dung</td><td>as written in the resolution</td></tr>
 *   <tr><td>metric</td><td>loai_chi_tieu</td><td>{@code SHARE_GOOD_OR_ABOVE}, {@code SHARE_EXCELLENT},
 *       {@code COUNT}; required</td></tr>
 *   <tr><td>subject</td><td>doi_tuong</td><td>{@code MEMBER} (đảng viên), {@code GRASSROOTS_ORG} (tổ chức cơ sở
 *       đảng), {@code CELL} (chi bộ), {@code COLLECTIVE} (tập thể cấp ủy); required for shares, ignored for
 *       {@code COUNT}</td></tr>
 *   <tr><td>planned</td><td>ke_hoach</td><td>a percentage 0–100 for shares, a count ≥ 0 for {@code COUNT};
 *       required</td></tr>
 *   <tr><td>actual</td><td>thuc_hien</td><td>the figure achieved; required for {@code COUNT}; for a share it is
 *       measured and a figure given here is only compared</td></tr>
 *   <tr><td>base</td><td>co_so_tinh</td><td>for {@code SHARE_EXCELLENT}: {@code CLASSIFIED} (default) or
 *       {@code GOOD_OR_ABOVE} (the share of those rated HTTNV and above, as reports quote "trong đó")</td></tr>
 * </table>
 */
final class TargetSchema {
    static final String FILE = "targets.csv";

    private static final Map<String, Target.Metric> METRICS = Map.of(
            "share_good_or_above", Target.Metric.SHARE_GOOD_OR_ABOVE,
            "ty_le_httnv_tro_len", Target.Metric.SHARE_GOOD_OR_ABOVE,
            "share_excellent", Target.Metric.SHARE_EXCELLENT,
            "ty_le_htxsnv", Target.Metric.SHARE_EXCELLENT,
            "count", Target.Metric.COUNT,
            "so_luong", Target.Metric.COUNT);
    private static final Map<String, String> SUBJECTS = Map.ofEntries(
            Map.entry("member", "MEMBER"), Map.entry("dang_vien", "MEMBER"),
            Map.entry("grassroots_org", "GRASSROOTS_ORG"), Map.entry("to_chuc_co_so_dang", "GRASSROOTS_ORG"),
            Map.entry("cell", "CELL"), Map.entry("chi_bo", "CELL"), Map.entry("chi_bo_truc_thuoc", "CELL"),
            Map.entry("collective", "COLLECTIVE"), Map.entry("tap_the_cap_uy", "COLLECTIVE"),
            Map.entry("tap_the", "COLLECTIVE"));
    private static final Map<String, Target.Base> BASES = Map.of(
            "classified", Target.Base.CLASSIFIED, "da_xep_loai", Target.Base.CLASSIFIED,
            "good_or_above", Target.Base.GOOD_OR_ABOVE, "httnv_tro_len", Target.Base.GOOD_OR_ABOVE);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static final RowSchema<Target> TARGETS = new RowSchema<>(FILE, List.of(
            required("target_id", "ma_chi_tieu", TEXT),
            optional("scope_org_id", "ma_to_chuc", TEXT, ""),
            optional("description", "noi_dung", TEXT, ""),
            required("metric", "loai_chi_tieu", TEXT),
            optional("subject", "doi_tuong", TEXT, ""),
            required("planned", "ke_hoach", DECIMAL),
            optional("actual", "thuc_hien", DECIMAL, ""),
            optional("base", "co_so_tinh", TEXT, "CLASSIFIED")),
            TargetSchema::target);

    private TargetSchema() {
    }

    private static Target target(Row row) {
        Target.Metric metric = METRICS.get(Text.key(row.get("metric")));
        if (metric == null) {
            throw row.reject("metric", "input.target.metric");
        }
        BigDecimal planned = row.get("planned");
        if (planned.signum() < 0 || (metric.share() && planned.compareTo(HUNDRED) > 0)) {
            throw row.reject("planned", metric.share() ? "input.target.planned_share" : "input.target.planned_count");
        }
        BigDecimal actual = row.get("actual");
        if (actual != null && actual.signum() < 0) {
            throw row.reject("actual", "input.target.actual_negative");
        }
        String subject = null;
        if (metric.share()) {
            String given = row.get("subject");
            if (given == null) {
                throw row.reject("subject", "input.target.subject_required", metric.name());
            }
            subject = SUBJECTS.get(Text.key(given));
            if (subject == null) {
                throw row.reject("subject", "input.target.subject");
            }
        } else if (actual == null) {
            throw row.reject("actual", "input.target.actual_required");
        }
        Target.Base base = Target.Base.CLASSIFIED;
        String baseText = row.get("base");
        if (baseText != null) {
            base = BASES.get(Text.key(baseText));
            if (base == null) {
                throw row.reject("base", "input.target.base");
            }
        }
        return new Target(row.get("target_id"), row.get("scope_org_id"), row.getOrDefault("description", ""),
                metric, subject, planned, actual, base, 0);
    }
}
