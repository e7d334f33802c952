package org.xeploai.model;

/** A final level of an earlier evaluation year, from {@code history.csv}. */
public record PastLevel(SubjectType subjectType, String subjectId, int year, Level level) {
}
