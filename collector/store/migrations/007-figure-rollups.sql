-- Rollups for the figures, so a national-scale range is answered from a few small tables
-- instead of every post and snapshot in it. All three are derived and kept up to date on every
-- write (store/writes/save-account-days.ts, save-post-days.ts, save-post-summaries.ts).
--
-- account_spans: per account the first and last UTC day with anything collected, and with a
-- follower count. The figures count an account as tracked from the bucket of its first count to
-- the bucket of its last one; one row per account replaces a scan of all of account_days. A write
-- only ever widens a span; rebuilding an account's days rebuilds it. (A count cleared at the very
-- edge of a span leaves the span as it was: that bucket then shows a gap, not a smaller total.)
CREATE TABLE account_spans (
  account_id           INTEGER PRIMARY KEY,
  first_day            DATE NOT NULL,
  last_day             DATE NOT NULL,
  first_followers_day  DATE,
  last_followers_day   DATE
);

INSERT INTO account_spans
SELECT account_id, min(day), max(day), min(day) FILTER (WHERE has_followers),
       max(day) FILTER (WHERE has_followers)
FROM account_days GROUP BY account_id;

-- post_days: per account and UTC day of creation, the posts created that day and the sums over
-- their summaries (post_summaries: latest interactions and impressions, interactions at equal
-- age), with the earliest first slot, latest last slot and latest creation time among them. A
-- figure uses a day's sums when the range holds all those posts' snapshots and every post of the
-- day is old enough for the equal-age count by the end of the range; other days it sums per post.
CREATE TABLE post_days (
  account_id        INTEGER NOT NULL,
  day               DATE NOT NULL,
  posts             INTEGER NOT NULL,
  measured          INTEGER NOT NULL,
  interactions      BIGINT,
  with_impressions  INTEGER NOT NULL,
  impressions       BIGINT,
  at_age_posts      INTEGER NOT NULL,
  at_age_sum        BIGINT,
  first_slot        TIMESTAMPTZ,
  last_slot         TIMESTAMPTZ,
  last_created_at   TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (account_id, day)
);

INSERT INTO post_days
SELECT po.account_id, (DATE '1970-01-01' + CAST(floor(epoch_ms(po.created_at) / 86400000) AS INTEGER)) AS day,
       count(*), count(s.interactions), sum(s.interactions), count(s.impressions), sum(s.impressions),
       count(s.at_age), sum(s.at_age), min(s.first_slot), max(s.last_slot), max(po.created_at)
FROM posts po LEFT JOIN post_summaries s USING (account_id, post_id)
GROUP BY ALL
ORDER BY day, po.account_id;

-- post_summaries.history: every metric snapshot of the post as {k, age_s, v, imp}, in k order: k the
-- "latest" sort key (epoch ms of the slot × 4 + source rank, post-counts-sql.ts latestKeySql),
-- age_s the post's age at the snapshot, v the interactions (INTERACTION_COMPONENTS summed, NULL
-- when it has none) and imp the impressions. A range that ends while a post is still being
-- re-read (its summary does not fit the range) takes the counts at the end of the range from
-- this list instead of joining the snapshots. The table is rebuilt with the column added (one
-- pass over the snapshots); as in 005 and 006 the backfill spells out INTERACTION_COMPONENTS.
CREATE TABLE post_summaries_007 (
  account_id           INTEGER NOT NULL,
  post_id              VARCHAR NOT NULL,
  created_at           TIMESTAMPTZ NOT NULL,
  first_slot           TIMESTAMPTZ NOT NULL,
  last_slot            TIMESTAMPTZ NOT NULL,
  interactions         BIGINT,
  impressions          BIGINT,
  at_age               BIGINT,
  counted_at           TIMESTAMPTZ,
  counted_likes        BIGINT,
  counted_reposts      BIGINT,
  counted_replies      BIGINT,
  counted_quotes       BIGINT,
  counted_bookmarks    BIGINT,
  counted_impressions  BIGINT,
  at_age_seconds       BIGINT,
  history              STRUCT(k BIGINT, age_s BIGINT, v BIGINT, imp BIGINT)[],
  PRIMARY KEY (account_id, post_id)
);

INSERT INTO post_summaries_007
SELECT s.account_id, s.post_id, s.created_at, s.first_slot, s.last_slot, s.interactions,
       s.impressions, s.at_age, s.counted_at, s.counted_likes, s.counted_reposts, s.counted_replies,
       s.counted_quotes, s.counted_bookmarks, s.counted_impressions, s.at_age_seconds, h.history
FROM post_summaries s
LEFT JOIN (
  SELECT m.account_id, m.post_id,
         list({k: epoch_ms(m.slot) * 4 + CASE m.source WHEN 'api' THEN 3 WHEN 'csv' THEN 2 ELSE 1 END,
               age_s: m.age_seconds,
               v: CASE WHEN coalesce(m.likes, m.reposts, m.replies, m.quotes, m.bookmarks) IS NULL THEN NULL
                       ELSE coalesce(m.likes, 0) + coalesce(m.reposts, 0) + coalesce(m.replies, 0) + coalesce(m.quotes, 0) + coalesce(m.bookmarks, 0) END,
               imp: m.impressions}
              ORDER BY epoch_ms(m.slot) * 4 + CASE m.source WHEN 'api' THEN 3 WHEN 'csv' THEN 2 ELSE 1 END) AS history
  FROM post_metric_snapshots m GROUP BY m.account_id, m.post_id
) h USING (account_id, post_id)
ORDER BY s.created_at;

DROP TABLE post_summaries;

ALTER TABLE post_summaries_007 RENAME TO post_summaries;
