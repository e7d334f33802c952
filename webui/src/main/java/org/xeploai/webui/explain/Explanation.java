package org.xeploai.webui.explain;

import org.xeploai.webui.results.SubjectRow;

import java.util.List;

/**
 * Why one subject has its level: the subject, the organizations it stands in, every finding in the engine's order
 * (rules, then the quota step, then the authority's decision), the legal references cited, and the decision.
 *
 * @param orgName         the name of its cell (member), parent (organization) or led organization (collective)
 * @param grassrootsName  the name of its grassroots organization
 */
public record Explanation(SubjectRow subject, String orgName, String grassrootsName, List<Line> findings,
                          List<String> references) {

    /**
     * One finding.
     *
     * @param text the finding as every output writes it ({@code RULE-ID (reference): what})
     * @param what the finding without its rule id and reference
     */
    public record Line(String kind, String level, String ruleId, String reference, String text, String what) {
    }
}
