-- Watch notifications and how their delivery went. A delivery still pending or retrying when the service stops is
-- resumed at the next start (same delivery id, same body, same give-up time); the latest finished ones per watch
-- are kept for the API.
CREATE TABLE watch_delivery (
    id               text PRIMARY KEY,
    watch_id         text        NOT NULL REFERENCES watch (id) ON DELETE CASCADE,
    event            text        NOT NULL,
    story_id         text        NOT NULL,
    body             bytea       NOT NULL,
    status           text        NOT NULL,
    attempts         integer     NOT NULL DEFAULT 0,
    last_status_code integer,
    last_error       text,
    created_at       timestamptz NOT NULL,
    finished_at      timestamptz,
    next_attempt_at  timestamptz,
    give_up_at       timestamptz NOT NULL
);

CREATE INDEX watch_delivery_unfinished ON watch_delivery (next_attempt_at) WHERE finished_at IS NULL;
CREATE INDEX watch_delivery_by_watch ON watch_delivery (watch_id, created_at DESC);
