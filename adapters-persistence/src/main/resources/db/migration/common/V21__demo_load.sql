-- The demo authority's load, so that one interrupted (the service stopped part way) resumes at the next start with the
-- same generated data (issue 22): the settings and the day it was generated for, and each stream of requests (the
-- authority's set-up, then one a child) once all of it was answered.
CREATE TABLE demo_load (
    authority     VARCHAR(36) PRIMARY KEY,
    seed          BIGINT      NOT NULL,
    children      INTEGER     NOT NULL,
    years         INTEGER     NOT NULL,
    generated_for DATE        NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    loaded_at     TIMESTAMP WITH TIME ZONE
);
CREATE TABLE demo_load_stream (
    authority VARCHAR(36)  NOT NULL,
    stream    VARCHAR(100) NOT NULL,
    CONSTRAINT stream_loaded_once PRIMARY KEY (authority, stream)
);
