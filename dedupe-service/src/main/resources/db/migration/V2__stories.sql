-- Stories, their claims, sources with track records, processed event ids, stream time per partition, and the
-- player registry. Story state is kept as the engine's JSON (snapshot + claims) beside the columns queries need.

CREATE TABLE player (
    id          text PRIMARY KEY,
    name        text NOT NULL,
    first_seen  timestamptz
);

CREATE TABLE claim (
    id            text PRIMARY KEY,
    report_id     text NOT NULL,
    player_id     text NOT NULL,
    story_id      text NOT NULL,
    partition_no  integer NOT NULL,
    published_at  timestamptz,
    body          text NOT NULL
);
CREATE INDEX claim_story ON claim (story_id);

CREATE TABLE story (
    id            text PRIMARY KEY,
    player_id     text NOT NULL,
    partition_no  integer NOT NULL,
    window_id     text NOT NULL,
    status        text NOT NULL,
    settled       boolean NOT NULL,
    version       bigint NOT NULL,
    credibility   double precision NOT NULL,
    merged_into   text,
    updated_at    timestamptz,
    state         text NOT NULL
);
CREATE INDEX story_player ON story (player_id);
CREATE INDEX story_open ON story (partition_no) WHERE NOT settled AND merged_into IS NULL;

CREATE TABLE source_record (
    id       text PRIMARY KEY,
    name     text NOT NULL,
    kind     text,
    prior    double precision NOT NULL,
    hits     integer NOT NULL DEFAULT 0,
    misses   integer NOT NULL DEFAULT 0,
    version  bigint NOT NULL DEFAULT 0
);

-- Claims and ticks already applied, with the stories they changed (re-published when the event is redelivered).
CREATE TABLE processed_event (
    id            text PRIMARY KEY,
    kind          text NOT NULL,
    partition_no  integer NOT NULL,
    story_ids     text NOT NULL,
    source_ids    text NOT NULL
);

CREATE TABLE stream_clock (
    partition_no  integer PRIMARY KEY,
    at            timestamptz NOT NULL
);
