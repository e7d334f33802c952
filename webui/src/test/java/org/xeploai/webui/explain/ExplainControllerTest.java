package org.xeploai.webui.explain;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.xeploai.model.Level;
import org.xeploai.model.SubjectType;
import org.xeploai.rules.ClassificationStatus;
import org.xeploai.webui.Fixtures;
import org.xeploai.webui.results.SubjectRow;
import org.xeploai.webui.run.RunNotFoundException;
import org.xeploai.webui.run.RunService;
import org.xeploai.webui.run.RunState;
import org.xeploai.webui.security.SecurityConfiguration;

import java.util.List;
import java.util.Locale;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** One subject's explanation page: findings in order, legal references, the authority's decision. */
@WebMvcTest(ExplainController.class)
@Import(SecurityConfiguration.class)
class ExplainControllerTest {
    @Autowired
    MockMvc mvc;
    @MockitoBean
    RunService runs;
    @MockitoBean
    ExplainService explanations;

    @Test
    void theFindingsReferencesAndDecisionAreShown() throws Exception {
        SubjectRow member = new SubjectRow(SubjectType.MEMBER, 995, "DV0996", "Lê Văn Bình", "STP-CB01", null, "STP",
                ClassificationStatus.CLASSIFIED, Level.HTTNV, Level.HTTNV, Level.HTNV, false,
                new SubjectRow.SubjectDecision(Level.HTNV, "Xác minh đơn phản ánh", "Đảng ủy Sở Tư pháp", null, null));
        Explanation explanation = new Explanation(member, "Chi bộ Văn phòng", "Đảng bộ Sở Tư pháp", List.of(
                new Explanation.Line("MEETS", "HTTNV", "R1-MEM-T", "Hướng dẫn 21-HD/BTCTW Mục II.B tiết 2.3 điểm b",
                        "R1-MEM-T (Hướng dẫn 21-HD/BTCTW Mục II.B tiết 2.3 điểm b): đạt mọi điều kiện của HTTNV",
                        "đạt mọi điều kiện của HTTNV"),
                new Explanation.Line("NOTE", "HTNV", "D-DECISION", null, "D-DECISION: cấp có thẩm quyền quyết định HTNV",
                        "cấp có thẩm quyền quyết định HTNV")),
                List.of("Hướng dẫn 21-HD/BTCTW Mục II.B tiết 2.3 điểm b"));
        when(runs.get(Fixtures.RUN_ID)).thenReturn(Fixtures.run(RunState.SUCCEEDED));
        when(explanations.explain(eq(Fixtures.RUN_ID), eq("members"), eq("DV0996"), any(Locale.class)))
                .thenReturn(List.of(explanation));

        mvc.perform(get("/runs/" + Fixtures.RUN_ID + "/explain/members/DV0996").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("DV0996"), containsString("Lê Văn Bình"),
                        containsString("Chi bộ Văn phòng (STP-CB01)"), containsString("R1-MEM-T"),
                        containsString("đạt mọi điều kiện của HTTNV"), containsString("Đạt mức"),
                        containsString("Quyết định của cấp có thẩm quyền"), containsString("Đảng ủy Sở Tư pháp"),
                        containsString("Xác minh đơn phản ánh"),
                        containsString("<li>Hướng dẫn 21-HD/BTCTW Mục II.B tiết 2.3 điểm b</li>"))));
    }

    @Test
    void anUnknownSubjectIsNotFound() throws Exception {
        when(runs.get(Fixtures.RUN_ID)).thenReturn(Fixtures.run(RunState.SUCCEEDED));
        when(explanations.explain(any(), any(), eq("NOBODY"), any())).thenThrow(new RunNotFoundException("NOBODY"));
        mvc.perform(get("/runs/" + Fixtures.RUN_ID + "/explain/members/NOBODY").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isNotFound());
    }
}
