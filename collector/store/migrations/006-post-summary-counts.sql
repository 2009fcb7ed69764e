-- post_summaries (migration 005) also carries what the Posts list shows, so the list reads a post's
-- summary when the range holds all its snapshots instead of aggregating the snapshots:
--   counted_at, counted_likes … counted_impressions: the slot and the counts of the latest snapshot
--     (latest slot, then source rank) that has interactions (the list's "counted at" and counts;
--     `interactions` is that snapshot's sum, `impressions` stays the latest non-null impressions
--     the figures use);
--   at_age_seconds: the age of the snapshot `at_age` comes from.
-- The table is rebuilt from the snapshots with its columns in order; store/writes/
-- save-post-summaries.ts keeps every column up to date on every write. As in 005, the backfill
-- spells out the 7 days and 36 hours (EQUAL_AGE) and INTERACTION_COMPONENTS.
DROP TABLE post_summaries;

CREATE TABLE post_summaries (
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
  PRIMARY KEY (account_id, post_id)
);

INSERT INTO post_summaries
SELECT account_id, post_id, created_at, first_slot, last_slot,
       CASE WHEN coalesce(c.likes, c.reposts, c.replies, c.quotes, c.bookmarks) IS NULL THEN NULL
            ELSE coalesce(c.likes, 0) + coalesce(c.reposts, 0) + coalesce(c.replies, 0) + coalesce(c.quotes, 0) + coalesce(c.bookmarks, 0) END,
       impressions, a.interactions, c.slot, c.likes, c.reposts, c.replies, c.quotes, c.bookmarks,
       c.impressions, a.age
FROM (
  SELECT m.account_id, m.post_id, any_value(po.created_at) AS created_at,
         min(m.slot) AS first_slot, max(m.slot) AS last_slot,
         arg_max(m.impressions, epoch_ms(m.slot) * 4 + CASE m.source WHEN 'api' THEN 3 WHEN 'csv' THEN 2 ELSE 1 END) AS impressions,
         arg_max({slot: m.slot, likes: m.likes, reposts: m.reposts, replies: m.replies, quotes: m.quotes,
                  bookmarks: m.bookmarks, impressions: m.impressions},
                 epoch_ms(m.slot) * 4 + CASE m.source WHEN 'api' THEN 3 WHEN 'csv' THEN 2 ELSE 1 END)
           FILTER (WHERE coalesce(m.likes, m.reposts, m.replies, m.quotes, m.bookmarks) IS NOT NULL) AS c,
         arg_min({interactions: coalesce(m.likes, 0) + coalesce(m.reposts, 0) + coalesce(m.replies, 0) + coalesce(m.quotes, 0) + coalesce(m.bookmarks, 0),
                  age: m.age_seconds},
                 (abs(m.age_seconds - 604800::BIGINT), m.slot, -CASE m.source WHEN 'api' THEN 3 WHEN 'csv' THEN 2 ELSE 1 END))
           FILTER (WHERE abs(m.age_seconds - 604800::BIGINT) <= 129600::BIGINT
                     AND coalesce(m.likes, m.reposts, m.replies, m.quotes, m.bookmarks) IS NOT NULL) AS a
  FROM post_metric_snapshots m JOIN posts po USING (account_id, post_id)
  GROUP BY m.account_id, m.post_id
)
ORDER BY created_at;
