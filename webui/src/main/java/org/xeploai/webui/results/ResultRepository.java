package org.xeploai.webui.results;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xeploai.engine.ClassificationResult;
import org.xeploai.engine.RowAccounting;
import org.xeploai.engine.SubjectResult;
import org.xeploai.engine.SummaryRow;
import org.xeploai.engine.input.Decision;
import org.xeploai.engine.input.InputWarning;
import org.xeploai.engine.input.RejectedRow;
import org.xeploai.i18n.Lang;
import org.xeploai.i18n.Messages;
import org.xeploai.model.Level;
import org.xeploai.model.Organization;
import org.xeploai.model.OrgType;
import org.xeploai.model.SubjectType;
import org.xeploai.model.Text;
import org.xeploai.rules.ClassificationStatus;
import org.xeploai.rules.Finding;
import org.xeploai.rules.FindingKind;
import org.xeploai.webui.system.LocalizedText;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's results in the database: row accounting, refused rows, warnings, summary, every subject and every finding
 * behind it. Findings are kept as the engine made them (rule, reference, values, message key) so that their words
 * are made when shown, in the reader's language, by the engine's own {@code FindingText}.
 */
@Repository
public class ResultRepository {
    private static final int BATCH = 1000;
    static final List<String> GRASSROOTS_TYPES = List.of(OrgType.GRASSROOTS_COMMITTEE.name(), OrgType.GRASSROOTS_CELL.name());
    static final List<String> CELL_TYPES = List.of(OrgType.CELL.name(), OrgType.PARTIAL_COMMITTEE.name());

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public ResultRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A superior committee of the input, which the engine never classifies: a scope of the summary. */
    public record Scope(String orgId, String name, String parentId) {
        public static List<Scope> of(List<Organization> organizations) {
            return organizations.stream().filter(o -> o.type() == OrgType.SUPERIOR)
                    .map(o -> new Scope(o.orgId(), o.name(), o.parentId())).toList();
        }
    }

    /** The names and the tree of the summary's scopes. */
    public void saveScopes(String runId, List<Scope> scopes) {
        List<Object[]> rows = new ArrayList<>();
        int seq = 0;
        for (Scope scope : scopes) {
            rows.add(new Object[]{runId, seq++, clip(scope.orgId(), 200), clip(scope.name(), 500),
                    clip(scope.parentId(), 200)});
        }
        batch("INSERT INTO run_scope (run_id, seq, org_id, name, parent_id) VALUES (?, ?, ?, ?, ?)", rows);
    }

    public void save(String runId, ClassificationResult result) {
        Messages vi = Messages.of(Lang.VI);
        Messages en = Messages.of(Lang.EN);
        List<Object[]> rows = new ArrayList<>();
        int seq = 0;
        for (RowAccounting a : result.accounting()) {
            rows.add(new Object[]{runId, seq++, a.file(), a.rowsIn(), a.classified(), a.notClassified(), a.pending(),
                    a.accepted(), a.rejected()});
        }
        batch("""
                INSERT INTO run_accounting (run_id, seq, file_name, rows_in, classified, not_classified, pending,
                                            accepted, rejected) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);

        rows = new ArrayList<>();
        seq = 0;
        for (RejectedRow r : result.rejected()) {
            rows.add(new Object[]{runId, seq++, r.file(), r.line(), clip(r.column(), 200), clip(r.value(), 1000),
                    clip(vi.get(r.messageKey(), r.args()), 4000), clip(en.get(r.messageKey(), r.args()), 4000)});
        }
        batch("""
                INSERT INTO run_rejected (run_id, seq, file_name, line_no, column_name, cell_value, message_vi,
                                          message_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows);

        rows = new ArrayList<>();
        seq = 0;
        for (InputWarning w : result.warnings()) {
            List<Object> args = w.args() == null ? List.of() : w.args();
            rows.add(new Object[]{runId, seq++, w.file(), clip(vi.get(w.messageKey(), args), 4000),
                    clip(en.get(w.messageKey(), args), 4000)});
        }
        batch("INSERT INTO run_warning (run_id, seq, file_name, message_vi, message_en) VALUES (?, ?, ?, ?, ?)", rows);

        rows = new ArrayList<>();
        seq = 0;
        for (SummaryRow s : result.summary()) {
            rows.add(new Object[]{runId, seq++, s.scopeOrgId(), s.subject(), s.total(), s.classified(),
                    s.notClassified(), s.pending(), s.htxsnv(), s.httnv(), s.htnv(), s.khtnv()});
        }
        batch("""
                INSERT INTO run_summary (run_id, seq, scope_org_id, subject, total, classified, not_classified,
                                         pending, htxsnv, httnv, htnv, khtnv)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);

        saveSubjects(runId, SubjectType.MEMBER, result.members());
        saveSubjects(runId, SubjectType.ORGANIZATION, result.organizations());
        saveSubjects(runId, SubjectType.COLLECTIVE, result.collectives());
    }

    private void saveSubjects(String runId, SubjectType type, List<SubjectResult> subjects) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> findings = new ArrayList<>();
        int seq = 0;
        for (SubjectResult s : subjects) {
            Decision d = s.decision();
            rows.add(new Object[]{runId, type.name(), seq, clip(s.subjectId(), 200), clip(s.name(), 500),
                    clip(s.orgId(), 200), s.orgType() == null ? null : s.orgType().name(), clip(s.grassrootsId(), 200),
                    s.status().name(), name(s.proposedLevel()), name(s.computedLevel()),
                    s.status() == ClassificationStatus.CLASSIFIED ? name(s.level()) : null,
                    s.status() == ClassificationStatus.CLASSIFIED && s.quotaDemoted(),
                    d == null ? null : name(d.level()), d == null ? null : clip(d.reason(), 2000),
                    d == null ? null : clip(d.decidedBy(), 500), d == null ? null : d.rank(),
                    d == null ? null : d.exemplary(), clip(searchKey(s.subjectId(), s.name()), 800)});
            int f = 0;
            for (Finding finding : s.findings()) {
                findings.add(new Object[]{runId, type.name(), seq, f++, finding.kind().name(), name(finding.level()),
                        clip(finding.ruleId(), 200), clip(finding.reference(), 1000), clip(finding.detail(), 4000),
                        clip(finding.messageKey(), 200)});
            }
            seq++;
            if (findings.size() >= BATCH * 5) {
                flushSubjects(rows, findings);
            }
        }
        flushSubjects(rows, findings);
    }

    private void flushSubjects(List<Object[]> rows, List<Object[]> findings) {
        batch("""
                INSERT INTO run_subject (run_id, subject_type, seq, subject_id, name, org_id, org_type, grassroots_id,
                                         status, proposed_level, computed_level, final_level, quota_demoted,
                                         decision_level, decision_reason, decided_by, decision_rank, decision_exemplary,
                                         search_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        batch("""
                INSERT INTO run_finding (run_id, subject_type, subject_seq, seq, kind, finding_level, rule_id,
                                         legal_reference, detail, message_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                findings);
        rows.clear();
        findings.clear();
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            template.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    /** Removes what {@link #save} wrote (a run that failed half-way keeps no partial results). */
    public void deleteResults(String runId) {
        for (String table : List.of("run_scope", "run_finding", "run_subject", "run_summary", "run_warning", "run_rejected",
                "run_accounting")) {
            jdbc.sql("DELETE FROM " + table + " WHERE run_id = :run").param("run", runId).update();
        }
    }

    public List<RowAccounting> accounting(String runId) {
        return jdbc.sql("SELECT * FROM run_accounting WHERE run_id = :run ORDER BY seq").param("run", runId)
                .query((rs, n) -> new RowAccounting(rs.getString("file_name"), rs.getLong("rows_in"),
                        rs.getLong("classified"), rs.getLong("not_classified"), rs.getLong("pending"),
                        rs.getLong("accepted"), rs.getLong("rejected"))).list();
    }

    public ResultPage<RejectedLine> rejected(String runId, int page, int size) {
        List<RejectedLine> items = jdbc.sql("""
                        SELECT * FROM run_rejected WHERE run_id = :run ORDER BY seq LIMIT :size OFFSET :offset""")
                .param("run", runId).param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> new RejectedLine(rs.getString("file_name"), rs.getLong("line_no"),
                        rs.getString("column_name"), rs.getString("cell_value"),
                        new LocalizedText(rs.getString("message_vi"), rs.getString("message_en")))).list();
        long total = jdbc.sql("SELECT COUNT(*) FROM run_rejected WHERE run_id = :run").param("run", runId)
                .query(Long.class).single();
        return new ResultPage<>(items, page, size, total);
    }

    public List<WarningLine> warnings(String runId) {
        return jdbc.sql("SELECT * FROM run_warning WHERE run_id = :run ORDER BY seq").param("run", runId)
                .query((rs, n) -> new WarningLine(rs.getString("file_name"),
                        new LocalizedText(rs.getString("message_vi"), rs.getString("message_en")))).list();
    }

    public List<SummaryRow> summary(String runId) {
        return jdbc.sql("SELECT * FROM run_summary WHERE run_id = :run ORDER BY seq").param("run", runId)
                .query((rs, n) -> new SummaryRow(rs.getString("scope_org_id"), rs.getString("subject"),
                        rs.getInt("total"), rs.getInt("classified"), rs.getInt("not_classified"), rs.getInt("pending"),
                        rs.getInt("htxsnv"), rs.getInt("httnv"), rs.getInt("htnv"), rs.getInt("khtnv"))).list();
    }

    public ResultPage<SubjectRow> subjects(String runId, SubjectKind kind, SubjectFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder("run_id = :run AND subject_type = :type");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("run", runId);
        params.put("type", kind.type().name());
        if (kind == SubjectKind.ORGANIZATIONS) {
            where.append(" AND org_type <> 'SUPERIOR'");
        }
        if (filter.level() != null) {
            where.append(" AND final_level = :level");
            params.put("level", filter.level().name());
        }
        if (filter.org() != null) {
            where.append(" AND (org_id = :org OR grassroots_id = :org)");
            params.put("org", filter.org());
        }
        if (filter.demoted()) {
            where.append(" AND quota_demoted = TRUE");
        }
        if (filter.status() != null) {
            where.append(" AND status = :status");
            params.put("status", filter.status().name());
        }
        if ("grassroots".equals(filter.orgKind())) {
            where.append(" AND org_type IN (:orgTypes)");
            params.put("orgTypes", GRASSROOTS_TYPES);
        } else if ("cells".equals(filter.orgKind())) {
            where.append(" AND org_type IN (:orgTypes)");
            params.put("orgTypes", CELL_TYPES);
        }
        if (filter.query() != null) {
            where.append(" AND search_key LIKE :q ESCAPE '\\'");
            params.put("q", "%" + Text.key(filter.query()).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM run_subject WHERE " + where).params(params)
                .query(Long.class).single();
        List<SubjectRow> items = jdbc.sql("SELECT * FROM run_subject WHERE " + where
                        + " ORDER BY seq LIMIT :size OFFSET :offset").params(params)
                .param("size", size).param("offset", (long) page * size)
                .query(ResultRepository::subject).list();
        return new ResultPage<>(items, page, size, total);
    }

    /** Every row of that subject (a member may have a temporary-activity row beside the official one). */
    public List<SubjectRow> subject(String runId, SubjectType type, String subjectId) {
        return jdbc.sql("""
                        SELECT * FROM run_subject WHERE run_id = :run AND subject_type = :type AND subject_id = :id
                        ORDER BY seq""")
                .param("run", runId).param("type", type.name()).param("id", subjectId)
                .query(ResultRepository::subject).list();
    }

    public List<Finding> findings(String runId, SubjectRow subject) {
        return jdbc.sql("""
                        SELECT * FROM run_finding WHERE run_id = :run AND subject_type = :type AND subject_seq = :seq
                        ORDER BY seq""")
                .param("run", runId).param("type", subject.type().name()).param("seq", subject.seq())
                .query((rs, n) -> new Finding(subject.type(), subject.subjectId(),
                        FindingKind.valueOf(rs.getString("kind")), level(rs.getString("finding_level")),
                        rs.getString("rule_id"), rs.getString("legal_reference"), rs.getString("detail"),
                        rs.getString("message_key"))).list();
    }

    /** Every organization's name by id, the superior committees included. */
    public Map<String, String> organizationNames(String runId) {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT org_id, name FROM run_scope WHERE run_id = :run ORDER BY seq").param("run", runId)
                .query((ResultSet rs) -> {
                    names.put(rs.getString("org_id"), rs.getString("name"));
                });
        jdbc.sql("SELECT subject_id, name FROM run_subject WHERE run_id = :run AND subject_type = 'ORGANIZATION' ORDER BY seq")
                .param("run", runId)
                .query((ResultSet rs) -> {
                    names.put(rs.getString("subject_id"), rs.getString("name"));
                });
        return names;
    }

    /** The superior committees: id to parent id (null for the top). */
    public Map<String, String> superiors(String runId) {
        Map<String, String> parents = new LinkedHashMap<>();
        jdbc.sql("SELECT org_id, parent_id FROM run_scope WHERE run_id = :run ORDER BY seq").param("run", runId)
                .query((ResultSet rs) -> {
                    parents.put(rs.getString("org_id"), rs.getString("parent_id"));
                });
        return parents;
    }

    /** The grassroots organizations, in input order, for the organization filter. */
    public List<SubjectRow> grassroots(String runId) {
        return jdbc.sql("""
                        SELECT * FROM run_subject WHERE run_id = :run AND subject_type = 'ORGANIZATION'
                        AND org_type IN (:types) ORDER BY seq""")
                .param("run", runId).param("types", GRASSROOTS_TYPES)
                .query(ResultRepository::subject).list();
    }

    private static SubjectRow subject(ResultSet rs, int row) throws SQLException {
        String decisionLevel = rs.getString("decision_level");
        String reason = rs.getString("decision_reason");
        String decidedBy = rs.getString("decided_by");
        Integer rank = rs.getObject("decision_rank", Integer.class);
        Boolean exemplary = rs.getObject("decision_exemplary", Boolean.class);
        SubjectRow.SubjectDecision decision = decisionLevel == null && reason == null && decidedBy == null
                && rank == null && exemplary == null ? null
                : new SubjectRow.SubjectDecision(level(decisionLevel), reason, decidedBy, rank, exemplary);
        return new SubjectRow(SubjectType.valueOf(rs.getString("subject_type")), rs.getInt("seq"),
                rs.getString("subject_id"), rs.getString("name"), rs.getString("org_id"), rs.getString("org_type"),
                rs.getString("grassroots_id"), ClassificationStatus.valueOf(rs.getString("status")),
                level(rs.getString("proposed_level")), level(rs.getString("computed_level")),
                level(rs.getString("final_level")), rs.getBoolean("quota_demoted"), decision);
    }

    /** Id and name as people type them: "nguyen duy", "Nguyễn Duy" and "NGUYEN-DUY" all find Nguyễn Duy Chiến. */
    static String searchKey(String id, String name) {
        return Text.key(id == null ? "" : id) + "|" + Text.key(name == null ? "" : name);
    }

    private static Level level(String code) {
        return code == null ? null : Level.valueOf(code);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
