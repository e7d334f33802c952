package org.xeploai.webui.results;

import org.springframework.stereotype.Service;
import org.xeploai.engine.SummaryRow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures a committee quotes, from a run's summary rows: per scope and subject type the counts, the three shares
 * rounded half up as in summary.csv ("96% HTTNV trở lên, trong đó 20% HTXSNV"), and a bar chart.
 */
@Service
public class Summaries {
    /** The order committees report in. */
    public static final List<String> SUBJECTS = List.of("GRASSROOTS_ORG", "CELL", "MEMBER", "COLLECTIVE");

    private final ResultRepository results;

    public Summaries(ResultRepository results) {
        this.results = results;
    }

    /** One subject type within one scope. Shares are null over an empty base. */
    public record SubjectFigures(SummaryRow row, Integer pctGoodOrAbove, Integer pctExcellent,
                                 Integer pctExcellentOfGoodOrAbove, BarChart chart) {
        static SubjectFigures of(SummaryRow row) {
            return new SubjectFigures(row, whole(row.pctGoodOrAbove()), whole(row.pctExcellent()),
                    whole(row.pctExcellentOfGoodOrAbove()), BarChart.of(row));
        }
    }

    /** A scope (a superior committee or a grassroots organization) and its rows in reporting order. */
    public record ScopeFigures(String scopeId, String scopeName, boolean superior, List<SubjectFigures> subjects) {
    }

    /** The top superior committees: the run's headline. */
    public List<ScopeFigures> headline(String runId) {
        List<ScopeFigures> all = all(runId);
        Map<String, String> superiors = results.superiors(runId);
        List<ScopeFigures> tops = all.stream().filter(ScopeFigures::superior)
                .filter(s -> {
                    String parent = superiors.get(s.scopeId());
                    return parent == null || all.stream().noneMatch(o -> o.superior() && o.scopeId().equals(parent));
                }).toList();
        return tops.isEmpty() && !all.isEmpty() ? List.of(all.get(0)) : tops;
    }

    /** Every scope of the summary, superior committees first, each in summary order. */
    public List<ScopeFigures> all(String runId) {
        Map<String, String> names = results.organizationNames(runId);
        Map<String, String> superiors = results.superiors(runId);
        Map<String, Map<String, SummaryRow>> byScope = new LinkedHashMap<>();
        for (SummaryRow row : results.summary(runId)) {
            byScope.computeIfAbsent(row.scopeOrgId(), k -> new LinkedHashMap<>()).put(row.subject(), row);
        }
        List<ScopeFigures> superiorScopes = new ArrayList<>();
        List<ScopeFigures> others = new ArrayList<>();
        byScope.forEach((scope, rows) -> {
            List<SubjectFigures> subjects = new ArrayList<>();
            for (String subject : SUBJECTS) {
                Optional.ofNullable(rows.get(subject)).map(SubjectFigures::of).ifPresent(subjects::add);
            }
            rows.forEach((subject, row) -> {
                if (!SUBJECTS.contains(subject)) {
                    subjects.add(SubjectFigures.of(row));
                }
            });
            boolean superior = superiors.containsKey(scope);
            ScopeFigures figures = new ScopeFigures(scope, names.getOrDefault(scope, scope), superior, subjects);
            (superior ? superiorScopes : others).add(figures);
        });
        List<ScopeFigures> all = new ArrayList<>(superiorScopes);
        all.addAll(others);
        return all;
    }

    /** A share rounded half up to a whole number, as summary.csv writes it; null over an empty base. */
    public static Integer whole(Optional<BigDecimal> exact) {
        return exact.map(v -> v.setScale(0, RoundingMode.HALF_UP).intValueExact()).orElse(null);
    }
}
