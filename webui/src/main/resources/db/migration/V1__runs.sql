-- Runs and their results. Portable SQL: the same script runs on H2 (the default) and PostgreSQL.
-- Every table below "run" is deleted with its run.

CREATE TABLE run (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    created_by      VARCHAR(100) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE,
    eval_year       INTEGER      NOT NULL,
    lang            VARCHAR(5)   NOT NULL,
    state           VARCHAR(20)  NOT NULL,
    pack_name       VARCHAR(100) NOT NULL,
    pack_version    VARCHAR(50),
    pack_hash       VARCHAR(64),
    ignored_files   VARCHAR(2000),
    error_vi        VARCHAR(4000),
    error_en        VARCHAR(4000),
    uploads_deleted BOOLEAN      DEFAULT FALSE NOT NULL
);
CREATE INDEX run_created_at ON run (created_at);

-- the uploaded files, under the names the engine reads (never the names the user's computer gave them)
CREATE TABLE run_input (
    run_id        VARCHAR(36)  NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    name          VARCHAR(100) NOT NULL,
    original_name VARCHAR(500),
    size_bytes    BIGINT       NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    data_rows     BIGINT       NOT NULL,
    PRIMARY KEY (run_id, name)
);

-- the output files the engine wrote
CREATE TABLE run_file (
    run_id     VARCHAR(36)  NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    name       VARCHAR(100) NOT NULL,
    size_bytes BIGINT       NOT NULL,
    sha256     VARCHAR(64)  NOT NULL,
    PRIMARY KEY (run_id, name)
);

CREATE TABLE run_accounting (
    run_id         VARCHAR(36)  NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    seq            INTEGER      NOT NULL,
    file_name      VARCHAR(100) NOT NULL,
    rows_in        BIGINT       NOT NULL,
    classified     BIGINT       NOT NULL,
    not_classified BIGINT       NOT NULL,
    pending        BIGINT       NOT NULL,
    accepted       BIGINT       NOT NULL,
    rejected       BIGINT       NOT NULL,
    PRIMARY KEY (run_id, seq)
);

CREATE TABLE run_rejected (
    run_id     VARCHAR(36)   NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    seq        INTEGER       NOT NULL,
    file_name  VARCHAR(100)  NOT NULL,
    line_no    BIGINT        NOT NULL,
    column_name VARCHAR(200),
    cell_value VARCHAR(1000),
    message_vi VARCHAR(4000) NOT NULL,
    message_en VARCHAR(4000) NOT NULL,
    PRIMARY KEY (run_id, seq)
);

CREATE TABLE run_warning (
    run_id     VARCHAR(36)   NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    seq        INTEGER       NOT NULL,
    file_name  VARCHAR(100),
    message_vi VARCHAR(4000) NOT NULL,
    message_en VARCHAR(4000) NOT NULL,
    PRIMARY KEY (run_id, seq)
);

CREATE TABLE run_summary (
    run_id         VARCHAR(36)  NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    seq            INTEGER      NOT NULL,
    scope_org_id   VARCHAR(100) NOT NULL,
    subject        VARCHAR(30)  NOT NULL,
    total          INTEGER      NOT NULL,
    classified     INTEGER      NOT NULL,
    not_classified INTEGER      NOT NULL,
    pending        INTEGER      NOT NULL,
    htxsnv         INTEGER      NOT NULL,
    httnv          INTEGER      NOT NULL,
    htnv           INTEGER      NOT NULL,
    khtnv          INTEGER      NOT NULL,
    PRIMARY KEY (run_id, seq)
);

-- the superior committees of the input (never classified): the scopes of the summary, with their names
CREATE TABLE run_scope (
    run_id    VARCHAR(36)  NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    seq       INTEGER      NOT NULL,
    org_id    VARCHAR(200) NOT NULL,
    name      VARCHAR(500),
    parent_id VARCHAR(200),
    PRIMARY KEY (run_id, seq)
);

-- members, organizations and collectives, in input order
CREATE TABLE run_subject (
    run_id             VARCHAR(36)  NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    subject_type       VARCHAR(20)  NOT NULL,
    seq                INTEGER      NOT NULL,
    subject_id         VARCHAR(200) NOT NULL,
    name               VARCHAR(500),
    org_id             VARCHAR(200),
    org_type           VARCHAR(30),
    grassroots_id      VARCHAR(200),
    status             VARCHAR(20)  NOT NULL,
    proposed_level     VARCHAR(10),
    computed_level     VARCHAR(10),
    final_level        VARCHAR(10),
    quota_demoted      BOOLEAN      NOT NULL,
    decision_level     VARCHAR(10),
    decision_reason    VARCHAR(2000),
    decided_by         VARCHAR(500),
    decision_rank      INTEGER,
    decision_exemplary BOOLEAN,
    -- id and name without case or diacritics ("dv0001|nguyen_duy_chien"), for searching
    search_key         VARCHAR(800),
    PRIMARY KEY (run_id, subject_type, seq)
);
CREATE INDEX run_subject_by_id ON run_subject (run_id, subject_type, subject_id);

-- every finding behind a subject's level, in order; the words are made when shown, in the reader's language
CREATE TABLE run_finding (
    run_id          VARCHAR(36)   NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    subject_type    VARCHAR(20)   NOT NULL,
    subject_seq     INTEGER       NOT NULL,
    seq             INTEGER       NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    finding_level   VARCHAR(10),
    rule_id         VARCHAR(200)  NOT NULL,
    legal_reference VARCHAR(1000),
    detail          VARCHAR(4000),
    message_key     VARCHAR(200),
    PRIMARY KEY (run_id, subject_type, subject_seq, seq)
);
