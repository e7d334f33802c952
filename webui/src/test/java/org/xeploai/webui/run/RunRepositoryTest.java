package org.xeploai.webui.run;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xeploai.webui.Database;
import org.xeploai.webui.Fixtures;
import org.xeploai.webui.system.LocalizedText;
import org.xeploai.webui.system.XeploaiWebProperties;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs are kept: who, when, year, pack, input hashes, output files; and deleted as the retention says. */
class RunRepositoryTest {
    RunRepository runs;
    @TempDir
    Path data;

    @BeforeEach
    void schema() {
        runs = new RunRepository(JdbcClient.create(Database.migrated()));
    }

    @Test
    void aRunIsKeptWithWhoWhenYearPackAndInputHashes() {
        runs.insert(Fixtures.run(RunState.RUNNING), Fixtures.inputs());
        Run run = runs.find(Fixtures.RUN_ID).orElseThrow();
        assertThat(run.createdBy()).isEqualTo("operator");
        assertThat(run.createdAt().toInstant()).isEqualTo(Fixtures.AT.toInstant());
        assertThat(run.year()).isEqualTo(2022);
        assertThat(run.packName()).isEqualTo("qd132-hd21");
        assertThat(run.packHash()).hasSize(64);
        assertThat(run.ignoredFiles()).containsExactly("README.md");
        assertThat(run.state()).isEqualTo(RunState.RUNNING);
        assertThat(runs.inputs(Fixtures.RUN_ID)).containsExactlyInAnyOrderElementsOf(Fixtures.inputs());
        assertThat(runs.running()).extracting(Run::id).containsExactly(Fixtures.RUN_ID);
    }

    @Test
    void aSucceededRunRecordsItsOutputFilesAndAFailedOneItsMessage() {
        runs.insert(Fixtures.run(RunState.RUNNING), Fixtures.inputs());
        runs.succeeded(Fixtures.RUN_ID, Fixtures.AT.plusSeconds(10).toInstant(), Fixtures.files());
        Run done = runs.find(Fixtures.RUN_ID).orElseThrow();
        assertThat(done.state()).isEqualTo(RunState.SUCCEEDED);
        assertThat(done.finishedAt().toInstant()).isEqualTo(Fixtures.AT.plusSeconds(10).toInstant());
        assertThat(runs.files(Fixtures.RUN_ID)).containsExactlyElementsOf(Fixtures.files());

        runs.failed(Fixtures.RUN_ID, Fixtures.AT.plusSeconds(11).toInstant(), new LocalizedText("lỗi", "error"));
        assertThat(runs.find(Fixtures.RUN_ID).orElseThrow().error()).isEqualTo(new LocalizedText("lỗi", "error"));
    }

    @Test
    void runsAreListedNewestFirst() {
        runs.insert(Fixtures.run(RunState.SUCCEEDED), List.of());
        Run later = new Run("1b4e28ba-2fa1-11d2-883f-0016d3cca427", "admin", Fixtures.AT.plusDays(1), null, 2023,
                "en", RunState.RUNNING, "qd124-hd25", "1.0.0", "h", List.of(), null, false);
        runs.insert(later, List.of());
        assertThat(runs.page(0, 10)).extracting(Run::id).containsExactly(later.id(), Fixtures.RUN_ID);
        assertThat(runs.page(1, 1)).extracting(Run::id).containsExactly(Fixtures.RUN_ID);
        assertThat(runs.count()).isEqualTo(2);
    }

    @Test
    void uploadsAreDeletedAfterTheirRetentionAndRunsAfterTheirs() throws IOException {
        RunFolders folders = new RunFolders(properties(Duration.ofDays(7), Duration.ofDays(365)));
        runs.insert(Fixtures.run(RunState.RUNNING), Fixtures.inputs());
        runs.succeeded(Fixtures.RUN_ID, Fixtures.AT.toInstant(), List.of());
        Files.writeString(folders.createInput(Fixtures.RUN_ID).resolve("members.csv"), "member_id\n");
        Files.createDirectories(folders.output(Fixtures.RUN_ID));

        clean(folders, Fixtures.AT.plus(Duration.ofDays(6)).toInstant(), Duration.ofDays(365));
        assertThat(folders.input(Fixtures.RUN_ID)).exists();

        clean(folders, Fixtures.AT.plus(Duration.ofDays(8)).toInstant(), Duration.ofDays(365));
        assertThat(folders.input(Fixtures.RUN_ID)).doesNotExist();
        assertThat(folders.output(Fixtures.RUN_ID)).exists();
        Run run = runs.find(Fixtures.RUN_ID).orElseThrow();
        assertThat(run.uploadsDeleted()).isTrue();
        assertThat(runs.inputs(Fixtures.RUN_ID)).hasSize(2);

        clean(folders, Fixtures.AT.plus(Duration.ofDays(400)).toInstant(), Duration.ZERO);
        assertThat(runs.find(Fixtures.RUN_ID)).isPresent();
        clean(folders, Fixtures.AT.plus(Duration.ofDays(400)).toInstant(), Duration.ofDays(365));
        assertThat(runs.find(Fixtures.RUN_ID)).isEmpty();
        assertThat(folders.run(Fixtures.RUN_ID)).doesNotExist();
    }

    void clean(RunFolders folders, Instant now, Duration keepRuns) {
        new RetentionCleaner(runs, folders, properties(Duration.ofDays(7), keepRuns),
                Clock.fixed(now, ZoneOffset.UTC)).clean();
    }

    XeploaiWebProperties properties(Duration uploads, Duration keepRuns) {
        return new XeploaiWebProperties(data, new XeploaiWebProperties.Limits(1000),
                new XeploaiWebProperties.Retention(uploads, keepRuns), new XeploaiWebProperties.Runs(1));
    }

    @Test
    void onlyAUuidBecomesAFolder() {
        RunFolders folders = new RunFolders(properties(Duration.ZERO, Duration.ZERO));
        assertThat(folders.input(Fixtures.RUN_ID)).startsWithRaw(data.toAbsolutePath().normalize());
        for (String bad : List.of("../etc", "..", "0F8FAD5B-D9CB-469F-A165-70867728950E/..", "x", "")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> folders.run(bad))
                    .isInstanceOf(RunNotFoundException.class);
        }
    }
}
