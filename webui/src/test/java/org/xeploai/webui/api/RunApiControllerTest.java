package org.xeploai.webui.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.xeploai.model.Level;
import org.xeploai.webui.Fixtures;
import org.xeploai.webui.explain.ExplainService;
import org.xeploai.webui.results.ResultPage;
import org.xeploai.webui.results.ResultRepository;
import org.xeploai.webui.results.SubjectFilter;
import org.xeploai.webui.results.SubjectKind;
import org.xeploai.webui.results.Summaries;
import org.xeploai.webui.run.Downloads;
import org.xeploai.webui.run.RunFailure;
import org.xeploai.webui.run.RunNotFoundException;
import org.xeploai.webui.run.RunRejectedException;
import org.xeploai.webui.run.RunService;
import org.xeploai.webui.run.RunState;
import org.xeploai.webui.security.SecurityConfiguration;
import org.xeploai.webui.system.LocalizedText;

import java.util.List;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The API controller alone: status codes, problem details, roles; the engine behind it is mocked. */
@WebMvcTest(RunApiController.class)
@Import(SecurityConfiguration.class)
class RunApiControllerTest {
    @Autowired
    MockMvc mvc;
    @MockitoBean
    RunService runs;
    @MockitoBean
    ResultRepository results;
    @MockitoBean
    Summaries summaries;
    @MockitoBean
    ExplainService explanations;
    @MockitoBean
    Downloads downloads;

    void aRunExists() {
        when(runs.get(Fixtures.RUN_ID)).thenReturn(Fixtures.run(RunState.SUCCEEDED));
        when(runs.progress(Fixtures.RUN_ID)).thenReturn(Optional.empty());
        when(runs.inputs(Fixtures.RUN_ID)).thenReturn(Fixtures.inputs());
        when(runs.files(Fixtures.RUN_ID)).thenReturn(Fixtures.files());
        when(results.accounting(Fixtures.RUN_ID)).thenReturn(Fixtures.accounting());
        when(results.rejected(eq(Fixtures.RUN_ID), anyInt(), anyInt())).thenReturn(new ResultPage<>(List.of(), 0, 1, 3));
        when(summaries.all(Fixtures.RUN_ID)).thenReturn(Fixtures.headline());
    }

    @Test
    void postingFilesMakesARun201WithItsLocation() throws Exception {
        aRunExists();
        when(runs.start(eq("operator"), eq(2022), anyList(), any())).thenReturn(Fixtures.run(RunState.SUCCEEDED));
        mvc.perform(multipart("/api/runs").file(csv("members.csv")).file(csv("organizations.csv")).param("year", "2022")
                        .with(user("operator").roles("OPERATOR")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/runs/" + Fixtures.RUN_ID))
                .andExpect(jsonPath("$.id").value(Fixtures.RUN_ID))
                .andExpect(jsonPath("$.pack.name").value("qd132-hd21"))
                .andExpect(jsonPath("$.inputs[0].sha256").isString())
                .andExpect(jsonPath("$.summary[0].pctGoodOrAbove").value(96))
                .andExpect(jsonPath("$.summary[0].pctExcellentOfGoodOrAbove").value(20))
                .andExpect(jsonPath("$.rejected").value(3));
    }

    @Test
    void anUnusableUploadIs422WithTheMessageFileLineAndColumn() throws Exception {
        when(runs.start(anyString(), anyInt(), anyList(), any())).thenThrow(new RunRejectedException(new RunFailure(
                HttpStatus.UNPROCESSABLE_CONTENT, "input-unusable", "members.csv", 1, "org_id",
                new LocalizedText("Thiếu cột org_id.", "The column org_id is missing."), List.of())));
        mvc.perform(multipart("/api/runs").file(csv("members.csv")).param("year", "2022")
                        .header("Accept-Language", "en").with(user("operator").roles("OPERATOR")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("urn:xeploai:problem:input-unusable"))
                .andExpect(jsonPath("$.title").value("The upload cannot be used"))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.detail").value("The column org_id is missing."))
                .andExpect(jsonPath("$.file").value("members.csv"))
                .andExpect(jsonPath("$.line").value(1))
                .andExpect(jsonPath("$.column").value("org_id"));
    }

    @Test
    void withoutCredentialsItIs401AndAViewerMayNotPost403() throws Exception {
        mvc.perform(get("/api/runs")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/runs").with(httpBasic("viewer", "wrong"))).andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/runs").file(csv("members.csv")).param("year", "2022")
                        .with(user("viewer").roles("VIEWER")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        verify(runs, never()).start(anyString(), anyInt(), anyList(), any());
    }

    @Test
    void theApiNeedsNoCsrfTokenAndKeepsNoSession() throws Exception {
        when(runs.start(anyString(), anyInt(), anyList(), any())).thenReturn(Fixtures.run(RunState.RUNNING));
        aRunExists();
        mvc.perform(multipart("/api/runs").file(csv("members.csv")).param("year", "2022")
                        .with(user("operator").roles("OPERATOR")))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void membersArePagedWithTheirFilter() throws Exception {
        aRunExists();
        when(results.subjects(eq(Fixtures.RUN_ID), eq(SubjectKind.MEMBERS),
                eq(new SubjectFilter(Level.HTXSNV, null, false, null, null, null)), eq(2), eq(10)))
                .thenReturn(new ResultPage<>(List.of(Fixtures.member("DV0001", Level.HTXSNV, false)), 2, 10, 258));
        mvc.perform(get("/api/runs/" + Fixtures.RUN_ID + "/members?level=HTXSNV&page=2&size=10")
                        .with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(258))
                .andExpect(jsonPath("$.totalPages").value(26))
                .andExpect(jsonPath("$.items[0].id").value("DV0001"))
                .andExpect(jsonPath("$.items[0].levelLabel").value("Hoàn thành xuất sắc nhiệm vụ"))
                .andExpect(jsonPath("$.items[0].explanation")
                        .value("/api/runs/" + Fixtures.RUN_ID + "/explain/member/DV0001"));
    }

    @Test
    void anUnknownRunIs404ProblemDetail() throws Exception {
        when(runs.get("nope")).thenThrow(new RunNotFoundException("nope"));
        mvc.perform(get("/api/runs/nope").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"))
                .andExpect(jsonPath("$.title").value("Không tìm thấy"));
    }

    @Test
    void aMissingYearIs400ProblemDetail() throws Exception {
        mvc.perform(multipart("/api/runs").file(csv("members.csv")).header("Accept-Language", "en")
                        .with(user("operator").roles("OPERATOR")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    static MockMultipartFile csv(String name) {
        return new MockMultipartFile("files", name, "text/csv", "header\n".getBytes());
    }
}
