package org.xeploai.rules.cases;

import org.xeploai.model.Level;
import org.xeploai.rules.ClassificationStatus;

import java.util.List;
import java.util.Map;

/**
 * One legal example from a pack's {@code *.cases.yaml}: the facts of a situation, the rules it is about, and what
 * the regulation says must come out.
 *
 * @param file      the cases file, as the user names it
 * @param line      the line where the case starts
 * @param rules     the rules this case exercises (every rule must be named by at least one case)
 * @param facts     the facts to run the pack on, the subject first
 * @param parameters parameter values that differ from the pack's for this case
 */
public record RuleCase(String file, int line, String name, int year, List<String> rules, List<Object> facts,
                       Map<String, String> parameters, ClassificationStatus expectedStatus, Level expectedLevel,
                       List<String> expectedFired, List<String> expectedNotFired) {
}
