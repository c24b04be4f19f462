-- Every report dedupe-service has taken in, whether or not it carried a claim: the idempotence record
-- (a redelivered report is recognised by its id) and the audit of what extraction decided.
CREATE TABLE received_report (
    id            text PRIMARY KEY,
    source_id     text        NOT NULL,
    published_at  timestamptz NOT NULL,
    received_at   timestamptz NOT NULL,
    language      text        NOT NULL,
    claim_count   integer     NOT NULL DEFAULT 0,
    outcome       text        NOT NULL
);
CREATE INDEX received_report_published_at ON received_report (published_at);
