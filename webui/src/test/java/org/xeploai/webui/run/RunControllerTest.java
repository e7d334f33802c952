package org.xeploai.webui.run;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.xeploai.webui.Fixtures;
import org.xeploai.webui.results.RejectedLine;
import org.xeploai.webui.results.ResultPage;
import org.xeploai.webui.results.ResultRepository;
import org.xeploai.webui.results.Summaries;
import org.xeploai.webui.security.SecurityConfiguration;
import org.xeploai.webui.system.LocalizedText;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The runs pages: list and upload, one run's page, its progress and its downloads. */
@WebMvcTest(RunController.class)
@Import(SecurityConfiguration.class)
class RunControllerTest {
    @Autowired
    MockMvc mvc;
    @MockitoBean
    RunService runs;
    @MockitoBean
    ResultRepository results;
    @MockitoBean
    Summaries summaries;
    @MockitoBean
    Downloads downloads;

    void aRunExists(RunState state) {
        when(runs.get(Fixtures.RUN_ID)).thenReturn(Fixtures.run(state));
        when(runs.inputs(Fixtures.RUN_ID)).thenReturn(Fixtures.inputs());
        when(runs.files(Fixtures.RUN_ID)).thenReturn(state == RunState.SUCCEEDED ? Fixtures.files() : List.of());
        when(results.accounting(Fixtures.RUN_ID)).thenReturn(state == RunState.SUCCEEDED ? Fixtures.accounting() : List.of());
        when(results.rejected(eq(Fixtures.RUN_ID), anyInt(), anyInt())).thenReturn(new ResultPage<>(List.of(
                new RejectedLine("members.csv", 137, "grade_tasks", "Khá",
                        new LocalizedText("Không phải cấp độ tiêu chí.", "Not a criterion grade."))), 0, 100, 1));
        when(results.warnings(Fixtures.RUN_ID)).thenReturn(List.of());
        when(summaries.headline(Fixtures.RUN_ID)).thenReturn(state == RunState.SUCCEEDED ? Fixtures.headline() : List.of());
    }

    void theListHasOneRun() {
        when(runs.page(anyInt(), anyInt())).thenReturn(List.of(Fixtures.run(RunState.SUCCEEDED)));
        when(runs.count()).thenReturn(1L);
        when(runs.years()).thenReturn(List.of(new RunService.YearChoice(2023, "qd124-hd25"),
                new RunService.YearChoice(2022, "qd132-hd21")));
        when(runs.defaultYear()).thenReturn(2022);
    }

    @Test
    void pagesNeedASignedInUser() throws Exception {
        mvc.perform(get("/runs")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aViewerSeesTheRunsButNoUploadForm() throws Exception {
        theListHasOneRun();
        mvc.perform(get("/runs").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Các lần đã xếp loại"), containsString("qd132-hd21 1.0.0"),
                        containsString("/runs/" + Fixtures.RUN_ID), not(containsString("upload-form")))));
    }

    @Test
    void anOperatorSeesTheUploadFormWithTheYearsAndTheDefaultChosen() throws Exception {
        theListHasOneRun();
        mvc.perform(get("/runs").with(user("operator").roles("OPERATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"upload-form\""),
                        containsString("enctype=\"multipart/form-data\""), containsString("webkitdirectory"),
                        containsString("<option value=\"2022\" selected=\"selected\">2022 — gói qd132-hd21</option>"))));
    }

    @Test
    void anUploadStartsARunAndGoesToItsPage() throws Exception {
        when(runs.start(eq("operator"), eq(2022), anyList(), any(Locale.class))).thenReturn(Fixtures.run(RunState.RUNNING));
        mvc.perform(multipart("/runs").file(csv("members.csv")).file(csv("organizations.csv")).param("year", "2022")
                        .with(user("operator").roles("OPERATOR")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/runs/" + Fixtures.RUN_ID));
        verify(runs).await(Fixtures.RUN_ID, RunController.WAIT_BEFORE_PROGRESS);
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(multipart("/runs").file(csv("members.csv")).param("year", "2022")
                        .with(user("operator").roles("OPERATOR")))
                .andExpect(status().isForbidden());
        verify(runs, never()).start(anyString(), anyInt(), anyList(), any());
    }

    @Test
    void aViewerMayNotUpload() throws Exception {
        mvc.perform(multipart("/runs").file(csv("members.csv")).param("year", "2022")
                        .with(user("viewer").roles("VIEWER")).with(csrf()))
                .andExpect(status().isForbidden());
        verify(runs, never()).start(anyString(), anyInt(), anyList(), any());
    }

    @Test
    void aRefusedUploadShowsTheMessageWithFileLineAndColumn() throws Exception {
        theListHasOneRun();
        when(runs.start(anyString(), anyInt(), anyList(), any())).thenThrow(new RunRejectedException(new RunFailure(
                HttpStatus.UNPROCESSABLE_CONTENT, "input-unusable", "members.csv", 1, "org_id",
                new LocalizedText("Thiếu cột org_id (ma_to_chuc) trong members.csv.", "members.csv lacks the column org_id."),
                List.of())));
        mvc.perform(multipart("/runs").file(csv("members.csv")).param("year", "2022")
                        .with(user("operator").roles("OPERATOR")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Thiếu cột org_id (ma_to_chuc) trong members.csv."),
                        containsString("Tệp members.csv"), containsString(", dòng 1"), containsString(", cột org_id"))));
    }

    @Test
    void theRunPageShowsTheHeadlineTheAccountingAndTheRefusedRows() throws Exception {
        aRunExists(RunState.SUCCEEDED);
        when(runs.progress(Fixtures.RUN_ID)).thenReturn(Optional.empty());
        mvc.perform(get("/runs/" + Fixtures.RUN_ID).with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("96% HTTNV trở lên, trong đó 20% HTXSNV"),
                        containsString("83% HTTNV trở lên, trong đó 16% HTXSNV"),
                        containsString("2.004"), containsString("Không phải cấp độ tiêu chí."),
                        containsString("/runs/" + Fixtures.RUN_ID + "/files/summary.csv"),
                        containsString("/runs/" + Fixtures.RUN_ID + "/files.zip"),
                        containsString("README.md"), not(containsString("id=\"progress\"")))));
    }

    @Test
    void aRunningRunShowsItsProgressAndTheStatusEndpointFeedsIt() throws Exception {
        aRunExists(RunState.RUNNING);
        when(runs.progress(Fixtures.RUN_ID)).thenReturn(Optional.of(
                new RunProgress.Snapshot(RunProgress.Phase.CLASSIFYING, 30, 73)));
        mvc.perform(get("/runs/" + Fixtures.RUN_ID).with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"progress\""),
                        containsString("Đã xếp loại 30 / 73 tổ chức cơ sở đảng"),
                        containsString("data-status-url=\"/runs/" + Fixtures.RUN_ID + "/status\""))));
        mvc.perform(get("/runs/" + Fixtures.RUN_ID + "/status").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RUNNING"))
                .andExpect(jsonPath("$.phase").value("CLASSIFYING"))
                .andExpect(jsonPath("$.done").value(30))
                .andExpect(jsonPath("$.total").value(73))
                .andExpect(jsonPath("$.percent").value(41));
    }

    @Test
    void aFailedRunShowsWhy() throws Exception {
        aRunExists(RunState.FAILED);
        when(runs.progress(Fixtures.RUN_ID)).thenReturn(Optional.empty());
        mvc.perform(get("/runs/" + Fixtures.RUN_ID + "?lang=en").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("This run did not finish"),
                        containsString("The rule pack cannot be used (1 problems)."))));
    }

    @Test
    void anUnknownRunIsNotFound() throws Exception {
        when(runs.get("nope")).thenThrow(new RunNotFoundException("nope"));
        mvc.perform(get("/runs/nope").with(user("viewer").roles("VIEWER"))).andExpect(status().isNotFound());
    }

    @Test
    void theLanguageSwitchesToEnglishAndIsRemembered() throws Exception {
        theListHasOneRun();
        mvc.perform(get("/runs?lang=en").with(user("operator").roles("OPERATOR")))
                .andExpect(status().isOk())
                .andExpect(cookie().value("xeploai-lang", "en"))
                .andExpect(content().string(allOf(containsString("<html lang=\"en\">"),
                        containsString("Classify a data set"), containsString("Sign out"),
                        containsString("href=\"/runs?lang=vi\""))));
    }

    @Test
    void anUploadOverTheSizeLimitComesBackWithTheMessage() throws Exception {
        theListHasOneRun();
        mvc.perform(get("/runs?error=too-large").with(user("operator").roles("OPERATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tệp tải lên quá lớn so với giới hạn của máy chủ")));
    }

    @Test
    void outputFilesDownload() throws Exception {
        when(downloads.file(Fixtures.RUN_ID, "summary.csv")).thenReturn(org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"summary.csv\"")
                .body(new org.springframework.core.io.ByteArrayResource("scope_org_id\n".getBytes())));
        mvc.perform(get("/runs/" + Fixtures.RUN_ID + "/files/summary.csv").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string("scope_org_id\n"));
        mvc.perform(get("/runs/" + Fixtures.RUN_ID + "/files/summary.csv"))
                .andExpect(status().isFound());
    }

    static MockMultipartFile csv(String name) {
        return new MockMultipartFile("files", name, "text/csv", "header\n".getBytes());
    }

}
