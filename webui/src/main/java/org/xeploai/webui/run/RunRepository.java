package org.xeploai.webui.run;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xeploai.webui.system.LocalizedText;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Runs, their input and output files, in the database (tables {@code run}, {@code run_input}, {@code run_file}). */
@Repository
public class RunRepository {
    private static final String SEPARATOR = "\n";
    private final JdbcClient jdbc;

    public RunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Run run, List<RunInput> inputs) {
        jdbc.sql("""
                        INSERT INTO run (id, created_by, created_at, eval_year, lang, state, pack_name, pack_version,
                                         pack_hash, ignored_files, uploads_deleted)
                        VALUES (:id, :by, :at, :year, :lang, :state, :pack, :version, :hash, :ignored, FALSE)""")
                .param("id", run.id()).param("by", run.createdBy()).param("at", run.createdAt())
                .param("year", run.year()).param("lang", run.lang()).param("state", run.state().name())
                .param("pack", run.packName()).param("version", run.packVersion()).param("hash", run.packHash())
                .param("ignored", clip(String.join(SEPARATOR, run.ignoredFiles()), 2000))
                .update();
        for (RunInput input : inputs) {
            jdbc.sql("""
                            INSERT INTO run_input (run_id, name, original_name, size_bytes, sha256, data_rows)
                            VALUES (:run, :name, :original, :size, :sha, :rows)""")
                    .param("run", run.id()).param("name", input.name()).param("original", clip(input.originalName(), 500))
                    .param("size", input.sizeBytes()).param("sha", input.sha256()).param("rows", input.dataRows())
                    .update();
        }
    }

    public void succeeded(String id, Instant at, List<RunFile> files) {
        for (RunFile file : files) {
            jdbc.sql("INSERT INTO run_file (run_id, name, size_bytes, sha256) VALUES (:run, :name, :size, :sha)")
                    .param("run", id).param("name", file.name()).param("size", file.sizeBytes())
                    .param("sha", file.sha256()).update();
        }
        jdbc.sql("UPDATE run SET state = 'SUCCEEDED', finished_at = :at WHERE id = :id")
                .param("at", utc(at)).param("id", id).update();
    }

    public void failed(String id, Instant at, LocalizedText error) {
        jdbc.sql("UPDATE run SET state = 'FAILED', finished_at = :at, error_vi = :vi, error_en = :en WHERE id = :id")
                .param("at", utc(at)).param("vi", clip(error.vi(), 4000)).param("en", clip(error.en(), 4000))
                .param("id", id).update();
    }

    public void uploadsDeleted(String id) {
        jdbc.sql("UPDATE run SET uploads_deleted = TRUE WHERE id = :id").param("id", id).update();
    }

    public Optional<Run> find(String id) {
        return jdbc.sql("SELECT * FROM run WHERE id = :id").param("id", id).query(RunRepository::run).optional();
    }

    /** Newest first. */
    public List<Run> page(int page, int size) {
        return jdbc.sql("SELECT * FROM run ORDER BY created_at DESC, id LIMIT :size OFFSET :offset")
                .param("size", size).param("offset", (long) page * size).query(RunRepository::run).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM run").query(Long.class).single();
    }

    public List<Run> running() {
        return jdbc.sql("SELECT * FROM run WHERE state = 'RUNNING'").query(RunRepository::run).list();
    }

    /** Finished runs whose uploads are still on disk, finished before {@code before}. */
    public List<String> uploadsFinishedBefore(Instant before) {
        return jdbc.sql("SELECT id FROM run WHERE state <> 'RUNNING' AND uploads_deleted = FALSE AND finished_at < :before")
                .param("before", utc(before)).query(String.class).list();
    }

    public List<String> createdBefore(Instant before) {
        return jdbc.sql("SELECT id FROM run WHERE state <> 'RUNNING' AND created_at < :before")
                .param("before", utc(before)).query(String.class).list();
    }

    public void delete(String id) {
        jdbc.sql("DELETE FROM run WHERE id = :id").param("id", id).update();
    }

    public List<RunInput> inputs(String id) {
        return jdbc.sql("SELECT * FROM run_input WHERE run_id = :id ORDER BY name").param("id", id)
                .query((rs, n) -> new RunInput(rs.getString("name"), rs.getString("original_name"),
                        rs.getLong("size_bytes"), rs.getString("sha256"), rs.getLong("data_rows"))).list();
    }

    public List<RunFile> files(String id) {
        return jdbc.sql("SELECT * FROM run_file WHERE run_id = :id ORDER BY name").param("id", id)
                .query((rs, n) -> new RunFile(rs.getString("name"), rs.getLong("size_bytes"), rs.getString("sha256")))
                .list();
    }

    private static Run run(ResultSet rs, int row) throws SQLException {
        String vi = rs.getString("error_vi");
        String ignored = rs.getString("ignored_files");
        return new Run(rs.getString("id"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class),
                rs.getInt("eval_year"), rs.getString("lang"), RunState.valueOf(rs.getString("state")),
                rs.getString("pack_name"), rs.getString("pack_version"), rs.getString("pack_hash"),
                ignored == null || ignored.isEmpty() ? List.of() : Arrays.asList(ignored.split(SEPARATOR)),
                vi == null ? null : new LocalizedText(vi, rs.getString("error_en")),
                rs.getBoolean("uploads_deleted"));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
