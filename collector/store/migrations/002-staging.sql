-- Staging tables for bulk writes: rows are appended here (DuckDB's appender, no SQL per row),
-- moved into the real tables with one upsert per table, and deleted in the same transaction.
-- They are always empty outside a write transaction.

CREATE TABLE staging_profile_snapshots (
  account_id    BIGINT,
  slot          TIMESTAMPTZ,
  source        VARCHAR,
  followers     BIGINT,
  following     BIGINT,
  posts_count   BIGINT,
  collected_at  TIMESTAMPTZ,
  run_id        BIGINT
);

CREATE TABLE staging_post_rows (
  account_id     BIGINT,
  post_id        VARCHAR,
  url            VARCHAR,
  created_at     TIMESTAMPTZ,
  kind           VARCHAR,
  text           VARCHAR,
  lang           VARCHAR,
  has_media      BOOLEAN,
  source         VARCHAR,
  slot           TIMESTAMPTZ,
  age_seconds    BIGINT,
  likes          BIGINT,
  reposts        BIGINT,
  replies        BIGINT,
  quotes         BIGINT,
  bookmarks      BIGINT,
  impressions    BIGINT,
  collected_at   TIMESTAMPTZ,
  run_id         BIGINT
);

CREATE TABLE staging_run_closes (
  id                  BIGINT,
  status              VARCHAR,
  started_at          TIMESTAMPTZ,
  requests            BIGINT,
  retries             BIGINT,
  rate_limit_waits    BIGINT,
  rate_limit_wait_ms  BIGINT,
  rows_written        BIGINT,
  estimated_cost_usd  DOUBLE,
  error               VARCHAR,
  error_kind          VARCHAR,
  detail              VARCHAR
);
