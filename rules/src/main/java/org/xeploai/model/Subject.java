package org.xeploai.model;

/** Anything the rules classify. */
public interface Subject {
    SubjectType subjectType();

    String subjectId();
}
