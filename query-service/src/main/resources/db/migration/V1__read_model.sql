-- query-service's read model, a projection of transfers.v1 and sources.v1. Every row can be rebuilt by
-- replaying those compacted topics from the start; nothing here is a source of truth except the watches.

-- One row per story id. state: 'live' (listed), 'merged' (absorbed by merged_into, answered with a redirect),
-- 'deleted' (a tombstone removed it; the row keeps the last version so a late, older snapshot stays ignored).
CREATE TABLE story (
    id            text PRIMARY KEY,
    version       bigint      NOT NULL,
    state         text        NOT NULL,
    merged_into   text,
    player_id     text,
    to_club_id    text,
    from_club_id  text,
    season_window text,
    status        text,
    credibility   double precision,
    updated_at    timestamptz,
    snapshot      text,
    applied_at    timestamptz NOT NULL DEFAULT now()
);
-- The service answers reads from an in-memory view loaded from this table at start; these indexes serve
-- ad-hoc SQL and the start-up load, not the request path.
CREATE INDEX story_to_club ON story (to_club_id, credibility DESC) WHERE state = 'live';
CREATE INDEX story_from_club ON story (from_club_id, credibility DESC) WHERE state = 'live';
CREATE INDEX story_player ON story (player_id) WHERE state = 'live';

CREATE TABLE source_standing (
    id       text PRIMARY KEY,
    version  bigint NOT NULL,
    snapshot text   NOT NULL
);

-- Registered watches: the one table that is not a projection (it is owned by this service's API).
CREATE TABLE watch (
    id            text PRIMARY KEY,
    player_id     text,
    club_id       text,
    threshold     double precision NOT NULL,
    callback_url  text        NOT NULL,
    secret        text        NOT NULL,
    created_at    timestamptz NOT NULL,
    CONSTRAINT watch_subject CHECK (player_id IS NOT NULL OR club_id IS NOT NULL)
);
