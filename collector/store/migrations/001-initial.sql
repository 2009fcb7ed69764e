-- The first schema of crossreach. Counts and public post text only: never follower identities.

CREATE SEQUENCE organisation_id_seq START 1;
CREATE TABLE organisations (
  id          INTEGER PRIMARY KEY DEFAULT nextval('organisation_id_seq'),
  name        VARCHAR NOT NULL UNIQUE,
  -- 'own' for the team's organisation, 'peer' for others they benchmark against
  kind        VARCHAR NOT NULL CHECK (kind IN ('own', 'peer')),
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE SEQUENCE account_id_seq START 1;
CREATE TABLE accounts (
  id               INTEGER PRIMARY KEY DEFAULT nextval('account_id_seq'),
  organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
  platform         VARCHAR NOT NULL CHECK (platform IN ('x', 'bluesky', 'mastodon')),
  -- Stable identity: Bluesky DID, Mastodon account id on its home instance, X user id.
  -- NULL only for X accounts added without API access (CSV and manual entry only).
  platform_id      VARCHAR,
  -- Lower-cased key that identifies the account when platform_id is unknown (X without API).
  handle_key       VARCHAR NOT NULL,
  handle           VARCHAR NOT NULL,
  display_name     VARCHAR,
  profile_url      VARCHAR,
  -- Mastodon: the home instance host; counts are only right there.
  instance         VARCHAR,
  added_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
  -- Soft removal keeps history; a removed account is no longer collected.
  removed_at       TIMESTAMPTZ,
  UNIQUE (platform, handle_key)
);

-- Hot tables below carry no foreign keys: DuckDB backs each with an extra index, which slows
-- bulk writes and is a known source of WAL-replay trouble. The store checks account ids instead.

-- One row per account, scheduled slot and source. Re-running a slot updates, never duplicates.
CREATE TABLE profile_snapshots (
  account_id    INTEGER NOT NULL,
  slot          TIMESTAMPTZ NOT NULL,
  source        VARCHAR NOT NULL CHECK (source IN ('api', 'csv', 'manual')),
  followers     BIGINT,
  following     BIGINT,
  posts_count   BIGINT,
  collected_at  TIMESTAMPTZ NOT NULL,
  run_id        BIGINT,
  PRIMARY KEY (account_id, slot, source)
);

CREATE TABLE posts (
  account_id    INTEGER NOT NULL,
  post_id       VARCHAR NOT NULL,
  url           VARCHAR,
  created_at    TIMESTAMPTZ NOT NULL,
  kind          VARCHAR NOT NULL CHECK (kind IN ('original', 'reply', 'quote')),
  -- Plain text (Mastodon HTML is converted at ingest). Shown as text, never as HTML.
  text          VARCHAR NOT NULL,
  lang          VARCHAR,
  has_media     BOOLEAN NOT NULL DEFAULT false,
  source        VARCHAR NOT NULL CHECK (source IN ('api', 'csv', 'manual')),
  first_seen_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (account_id, post_id)
);

-- Interaction counts of one post at one slot, with the post's age then, so posts can be
-- compared at equal age. NULL means the platform did not supply the metric, never zero.
CREATE TABLE post_metric_snapshots (
  account_id     INTEGER NOT NULL,
  post_id        VARCHAR NOT NULL,
  slot           TIMESTAMPTZ NOT NULL,
  source         VARCHAR NOT NULL CHECK (source IN ('api', 'csv', 'manual')),
  age_seconds    BIGINT NOT NULL,
  likes          BIGINT,
  reposts        BIGINT,
  replies        BIGINT,
  quotes         BIGINT,
  bookmarks      BIGINT,
  impressions    BIGINT,
  collected_at   TIMESTAMPTZ NOT NULL,
  run_id         BIGINT,
  PRIMARY KEY (account_id, post_id, slot, source)
);

-- Daily account figures from X's account overview export (no follower total in it).
CREATE TABLE account_daily_metrics (
  account_id      INTEGER NOT NULL,
  day             DATE NOT NULL,
  source          VARCHAR NOT NULL CHECK (source IN ('api', 'csv', 'manual')),
  impressions     BIGINT,
  engagements     BIGINT,
  likes           BIGINT,
  bookmarks       BIGINT,
  shares          BIGINT,
  new_follows     BIGINT,
  unfollows       BIGINT,
  replies         BIGINT,
  reposts         BIGINT,
  profile_visits  BIGINT,
  posts_created   BIGINT,
  video_views     BIGINT,
  media_views     BIGINT,
  imported_at     TIMESTAMPTZ NOT NULL,
  run_id          BIGINT,
  PRIMARY KEY (account_id, day, source)
);

-- The health record: one row per platform, account and run (and per skipped run).
CREATE SEQUENCE run_id_seq START 1;
CREATE TABLE collection_runs (
  id                   BIGINT PRIMARY KEY DEFAULT nextval('run_id_seq'),
  job                  VARCHAR NOT NULL CHECK (job IN ('profiles', 'posts', 'import', 'manual')),
  platform             VARCHAR NOT NULL CHECK (platform IN ('x', 'bluesky', 'mastodon')),
  account_id           INTEGER,
  slot                 TIMESTAMPTZ NOT NULL,
  trigger              VARCHAR NOT NULL CHECK (trigger IN ('schedule', 'command', 'api')),
  status               VARCHAR NOT NULL CHECK (status IN ('running', 'ok', 'error', 'skipped', 'interrupted')),
  started_at           TIMESTAMPTZ NOT NULL,
  finished_at          TIMESTAMPTZ,
  requests             INTEGER NOT NULL DEFAULT 0,
  retries              INTEGER NOT NULL DEFAULT 0,
  rate_limit_waits     INTEGER NOT NULL DEFAULT 0,
  rate_limit_wait_ms   BIGINT NOT NULL DEFAULT 0,
  rows_written         INTEGER NOT NULL DEFAULT 0,
  estimated_cost_usd   DECIMAL(10, 4) NOT NULL DEFAULT 0,
  -- Plain-language reason for an error or a skip; never contains a token.
  error                VARCHAR,
  error_kind           VARCHAR,
  detail               VARCHAR
);

CREATE SEQUENCE event_id_seq START 1;
CREATE TABLE events (
  id               INTEGER PRIMARY KEY DEFAULT nextval('event_id_seq'),
  organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
  account_id       INTEGER REFERENCES accounts (id),
  kind             VARCHAR NOT NULL CHECK (kind IN ('exit', 'pause', 'resume', 'campaign', 'note')),
  starts_on        DATE NOT NULL,
  ends_on          DATE,
  title            VARCHAR NOT NULL,
  note             VARCHAR,
  created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
