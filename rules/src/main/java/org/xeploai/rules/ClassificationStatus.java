package org.xeploai.rules;

/** Where a subject stands after the rules: classified, not classified this year, or waiting for the authority. */
public enum ClassificationStatus {
    CLASSIFIED, NOT_CLASSIFIED, PENDING
}
