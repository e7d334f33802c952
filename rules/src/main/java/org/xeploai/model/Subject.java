package org.xeploai.model;

import java.math.BigDecimal;

/** Anything the rules classify. */
public interface Subject {
    SubjectType subjectType();

    String subjectId();

    /** The 100-point score of the regulations that score (2025 onward); null where not given. */
    BigDecimal score();
}
