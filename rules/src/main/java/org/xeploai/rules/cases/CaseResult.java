package org.xeploai.rules.cases;

/** The outcome of one case: passed, or what differed. */
public record CaseResult(RuleCase ruleCase, boolean passed, String failure) {

    @Override
    public String toString() {
        return ruleCase.file() + ":" + ruleCase.line() + " " + ruleCase.name() + (passed ? " ok" : " FAILED: " + failure);
    }
}
