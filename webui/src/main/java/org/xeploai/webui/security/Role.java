package org.xeploai.webui.security;

/**
 * What a user may do. {@code OPERATOR} and {@code RULE_EDITOR} include {@code VIEWER} (see the role hierarchy in
 * {@link SecurityConfiguration}).
 */
public enum Role {
    /** Reads runs, results, explanations and files. */
    VIEWER,
    /** Also makes runs (uploads input files). */
    OPERATOR,
    /** Also runs an edited rule pack as a what-if against the packaged baseline (/whatif, POST /api/runs/{id}/whatif). */
    RULE_EDITOR
}
