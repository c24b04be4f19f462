-- Every report id ingest-service has published: the memory of the duplicate check across restarts. A row is
-- inserted in the same transaction that waits for Kafka's acknowledgement, so a failed publish leaves no row
-- and a retry publishes the report.
CREATE TABLE seen_report (
    id             text PRIMARY KEY,
    source_id      text        NOT NULL,
    channel        text        NOT NULL,
    first_seen_at  timestamptz NOT NULL
);

-- What each poller knows about its source: conditional-GET validators, X since_id, Bluesky high-water mark,
-- backoff, and running totals. Updated only after the items of a poll have been published.
CREATE TABLE source_state (
    key                   text PRIMARY KEY,
    channel               text        NOT NULL,
    source_id             text        NOT NULL,
    target                text        NOT NULL,
    etag                  text,
    last_modified         text,
    since_id              text,
    cursor                text,
    account_id            text,
    consecutive_failures  integer     NOT NULL DEFAULT 0,
    next_poll_at          timestamptz,
    last_attempt_at       timestamptz,
    last_success_at       timestamptz,
    last_status           text,
    last_error            text,
    fetched_total         bigint      NOT NULL DEFAULT 0,
    published_total       bigint      NOT NULL DEFAULT 0,
    duplicate_total       bigint      NOT NULL DEFAULT 0,
    rejected_total        bigint      NOT NULL DEFAULT 0
);
