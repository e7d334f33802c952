package org.xeploai.rules;

/** The clause of a regulation that defines one level for one subject type, cited when a subject gets that level. */
public record LevelClause(String ruleId, String reference) {
}
