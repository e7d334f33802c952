package org.xeploai.webui.results;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.xeploai.model.Level;
import org.xeploai.rules.ClassificationStatus;
import org.xeploai.webui.Fixtures;
import org.xeploai.webui.run.RunNotFoundException;
import org.xeploai.webui.run.RunService;
import org.xeploai.webui.run.RunState;
import org.xeploai.webui.security.SecurityConfiguration;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The results lists (filters, paging) and the summary with its charts. */
@WebMvcTest(ResultsController.class)
@Import(SecurityConfiguration.class)
class ResultsControllerTest {
    @Autowired
    MockMvc mvc;
    @MockitoBean
    RunService runs;
    @MockitoBean
    ResultRepository results;
    @MockitoBean
    Summaries summaries;

    @Test
    void membersAreListedWithTheFiltersPassedOnAndALinkToEachExplanation() throws Exception {
        when(runs.get(Fixtures.RUN_ID)).thenReturn(Fixtures.run(RunState.SUCCEEDED));
        when(results.subjects(eq(Fixtures.RUN_ID), eq(SubjectKind.MEMBERS), any(), anyInt(), anyInt()))
                .thenReturn(new ResultPage<>(List.of(Fixtures.member("DV0134", Level.HTTNV, true)), 1, 50, 51));
        when(results.grassroots(Fixtures.RUN_ID)).thenReturn(List.of());
        when(results.organizationNames(Fixtures.RUN_ID)).thenReturn(Map.of("SKHDT-CB01", "Chi bộ Văn phòng Sở"));

        mvc.perform(get("/runs/" + Fixtures.RUN_ID + "/results/members")
                        .param("level", "HTTNV").param("org", "SCT").param("demoted", "true")
                        .param("status", "CLASSIFIED").param("q", "DV01").param("page", "1")
                        .with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("51 kết quả"), containsString("DV0134"),
                        containsString("Chi bộ Văn phòng Sở"),
                        containsString("/runs/" + Fixtures.RUN_ID + "/explain/members/DV0134"),
                        containsString("Trang 2 / 2"), containsString("page=0"))));

        ArgumentCaptor<SubjectFilter> filter = ArgumentCaptor.forClass(SubjectFilter.class);
        verify(results).subjects(eq(Fixtures.RUN_ID), eq(SubjectKind.MEMBERS), filter.capture(), eq(1),
                eq(ResultsController.PAGE_SIZE));
        assertThat(filter.getValue()).isEqualTo(new SubjectFilter(Level.HTTNV, "SCT", true,
                ClassificationStatus.CLASSIFIED, null, "DV01"));
    }

    @Test
    void organizationsHaveTheirKindFilter() throws Exception {
        when(runs.get(Fixtures.RUN_ID)).thenReturn(Fixtures.run(RunState.SUCCEEDED));
        when(results.subjects(eq(Fixtures.RUN_ID), eq(SubjectKind.ORGANIZATIONS), any(), anyInt(), anyInt()))
                .thenReturn(new ResultPage<>(List.of(), 0, 50, 0));
        mvc.perform(get("/runs/" + Fixtures.RUN_ID + "/results/organizations?orgKind=grassroots&lang=en")
                        .with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"orgKind\""), containsString("0 results"))));
    }

    @Test
    void anUnknownListIsNotFound() throws Exception {
        when(runs.get(Fixtures.RUN_ID)).thenReturn(Fixtures.run(RunState.SUCCEEDED));
        mvc.perform(get("/runs/" + Fixtures.RUN_ID + "/results/passwords").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isNotFound());
        when(runs.get("x")).thenThrow(new RunNotFoundException("x"));
        mvc.perform(get("/runs/x/results/members").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theSummaryDrawsABarChartPerSubjectAsInlineSvg() throws Exception {
        when(runs.get(Fixtures.RUN_ID)).thenReturn(Fixtures.run(RunState.SUCCEEDED));
        when(summaries.headline(Fixtures.RUN_ID)).thenReturn(Fixtures.headline());
        when(summaries.all(Fixtures.RUN_ID)).thenReturn(Fixtures.headline());
        mvc.perform(get("/runs/" + Fixtures.RUN_ID + "/summary").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<svg"), containsString("class=\"bar bar-HTXSNV\""),
                        containsString("Đảng bộ Các cơ quan tỉnh"),
                        containsString("96% HTTNV trở lên, trong đó 20% HTXSNV"),
                        containsString("<td class=\"num\">96%</td>"), containsString("<td class=\"num\">20%</td>"))));
    }

    @Test
    void listsNeedASignedInUser() throws Exception {
        mvc.perform(get("/runs/" + Fixtures.RUN_ID + "/summary")).andExpect(status().isFound());
    }
}
