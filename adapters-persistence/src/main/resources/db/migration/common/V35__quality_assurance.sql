-- Quality assurance (issue 24): each authority's QA form (every version kept, in a table of its own rather than in the
-- policy, so that a form's answers are always read against the questions they were given to), the QA form after each
-- review with its answers, and dip-sample and footprint audits with their samples and findings.

CREATE TABLE qa_template (
    authority  VARCHAR(36) NOT NULL REFERENCES authority (code),
    version    INTEGER     NOT NULL,
    changed_on DATE        NOT NULL,
    CONSTRAINT qa_template_version PRIMARY KEY (authority, version)
);

CREATE TABLE qa_question (
    authority   VARCHAR(36)  NOT NULL,
    version     INTEGER      NOT NULL,
    position    INTEGER      NOT NULL,
    question_id VARCHAR(36)  NOT NULL,
    label       VARCHAR(500) NOT NULL,
    scale       VARCHAR(10)  NOT NULL,
    opens_alert BOOLEAN      NOT NULL,
    CONSTRAINT qa_question_position PRIMARY KEY (authority, version, position),
    CONSTRAINT qa_question_of_template FOREIGN KEY (authority, version) REFERENCES qa_template (authority, version)
);

-- One form a review; a review deleted as recorded in error takes its form with it.
CREATE TABLE qa_form (
    review_id        VARCHAR(36)  PRIMARY KEY REFERENCES review (id) ON DELETE CASCADE,
    authority        VARCHAR(36)  NOT NULL,
    child_id         VARCHAR(36)  NOT NULL,
    template_version INTEGER      NOT NULL,
    notes            TEXT,
    completed_on     DATE         NOT NULL,
    completed_by     VARCHAR(200) NOT NULL,
    -- The child's social worker and team when the form was completed: the team the form is feedback to.
    social_worker_id VARCHAR(36),
    team             VARCHAR(200),
    version          BIGINT       NOT NULL,
    CONSTRAINT qa_form_of_child FOREIGN KEY (authority, child_id) REFERENCES child (authority, child_id),
    CONSTRAINT qa_form_template FOREIGN KEY (authority, template_version) REFERENCES qa_template (authority, version)
);
CREATE INDEX qa_form_by_child ON qa_form (authority, child_id);

-- One row an answer, so that the QA report counts them with GROUP BY.
CREATE TABLE qa_answer (
    review_id   VARCHAR(36) NOT NULL REFERENCES qa_form (review_id) ON DELETE CASCADE,
    question_id VARCHAR(36) NOT NULL,
    answer      VARCHAR(20) NOT NULL,
    CONSTRAINT qa_answer_once PRIMARY KEY (review_id, question_id)
);

-- An audit as drawn: its cohort (codes separated by commas; NULL where not filtered), the cohort's size on its day,
-- the seed, and the auditors in the order the sample was shared out among them. None of it changes afterwards.
CREATE TABLE case_audit (
    id              VARCHAR(36)   PRIMARY KEY,
    authority       VARCHAR(36)   NOT NULL REFERENCES authority (code),
    kind            VARCHAR(20)   NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    cohort_on       DATE          NOT NULL,
    legal_statuses  VARCHAR(100),
    placement_types VARCHAR(400),
    age_from        INTEGER,
    age_to          INTEGER,
    disability      BOOLEAN,
    uasc            BOOLEAN,
    iro_id          VARCHAR(36),
    looked_after    BOOLEAN       NOT NULL,
    cohort_size     INTEGER       NOT NULL,
    sample_size     INTEGER       NOT NULL,
    seed            BIGINT        NOT NULL,
    auditors        VARCHAR(2000) NOT NULL,
    drawn_on        DATE          NOT NULL,
    drawn_by        VARCHAR(200)  NOT NULL
);
CREATE INDEX case_audit_by_authority ON case_audit (authority, drawn_on);

CREATE TABLE case_audit_question (
    audit_id    VARCHAR(36)  NOT NULL REFERENCES case_audit (id),
    position    INTEGER      NOT NULL,
    question_id VARCHAR(36)  NOT NULL,
    label       VARCHAR(500) NOT NULL,
    scale       VARCHAR(10)  NOT NULL,
    CONSTRAINT case_audit_question_position PRIMARY KEY (audit_id, position)
);

-- Each sampled child in sample order, their IRO on the audit's day, their auditor, the footprint checks as computed
-- when the audit was drawn (check:result, separated by commas), and the findings once recorded.
CREATE TABLE case_audit_child (
    audit_id    VARCHAR(36)  NOT NULL REFERENCES case_audit (id),
    position    INTEGER      NOT NULL,
    authority   VARCHAR(36)  NOT NULL,
    child_id    VARCHAR(36)  NOT NULL,
    iro_id      VARCHAR(36),
    auditor     VARCHAR(36)  NOT NULL,
    checks      VARCHAR(400),
    notes       TEXT,
    recorded_on DATE,
    recorded_by VARCHAR(200),
    CONSTRAINT case_audit_child_once PRIMARY KEY (audit_id, child_id),
    CONSTRAINT case_audit_child_of_child FOREIGN KEY (authority, child_id) REFERENCES child (authority, child_id)
);
CREATE INDEX case_audit_child_by_auditor ON case_audit_child (authority, auditor);

CREATE TABLE case_audit_answer (
    audit_id    VARCHAR(36) NOT NULL,
    child_id    VARCHAR(36) NOT NULL,
    question_id VARCHAR(36) NOT NULL,
    answer      VARCHAR(20) NOT NULL,
    CONSTRAINT case_audit_answer_once PRIMARY KEY (audit_id, child_id, question_id),
    CONSTRAINT case_audit_answer_of_child FOREIGN KEY (audit_id, child_id) REFERENCES case_audit_child (audit_id, child_id)
);
