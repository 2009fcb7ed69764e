-- The UTC days on which anything was collected for an account (a profile snapshot, a post metric
-- snapshot, or a post created that day); for days with profile snapshots, the day's last follower
-- count (latest slot, then source rank, as the figures choose it) with its sort key and slot.
-- The figures read this small table for follower counts, tracked spans and whether an account was
-- observed in a bucket, instead of scanning every snapshot ever taken.
-- store/writes/save-account-days.ts keeps it up to date on every write of snapshots and posts
-- (collection, X CSV import, manual entry, the demo) and rebuilds an account's rows after a delete.

CREATE TABLE account_days (
  account_id     INTEGER NOT NULL,
  day            DATE NOT NULL,
  has_profile    BOOLEAN NOT NULL,
  has_followers  BOOLEAN NOT NULL,
  followers      BIGINT,
  followers_key  BIGINT,
  followers_at   TIMESTAMPTZ,
  PRIMARY KEY (account_id, day)
);

INSERT INTO account_days
SELECT account_id, day, bool_or(is_profile), bool_or(followers IS NOT NULL),
       arg_max(followers, k), max(k) FILTER (WHERE followers IS NOT NULL),
       max(slot) FILTER (WHERE followers IS NOT NULL)
FROM (
  SELECT account_id, (DATE '1970-01-01' + CAST(floor(epoch_ms(slot) / 86400000) AS INTEGER)) AS day,
         true AS is_profile, followers,
         epoch_ms(slot) * 4 + CASE source WHEN 'api' THEN 3 WHEN 'csv' THEN 2 ELSE 1 END AS k, slot
  FROM profile_snapshots
  UNION ALL
  SELECT account_id, (DATE '1970-01-01' + CAST(floor(epoch_ms(slot) / 86400000) AS INTEGER)),
         false, NULL, NULL, NULL
  FROM post_metric_snapshots
  UNION ALL
  SELECT account_id, (DATE '1970-01-01' + CAST(floor(epoch_ms(created_at) / 86400000) AS INTEGER)),
         false, NULL, NULL, NULL
  FROM posts
) GROUP BY account_id, day
ORDER BY day, account_id;

-- Per post, over all its metric snapshots: the first and last slot, the latest interactions and
-- impressions (latest slot, then source rank) and the interactions at equal age (closest to
-- EQUAL_AGE in shared/metrics.ts, 7 days within 36 hours). A figure whose range holds all of a
-- post's snapshots reads these instead of the snapshots; other posts are computed from the
-- snapshots as before. store/writes/save-post-summaries.ts keeps them up to date on every write.
-- The backfill below spells out the 7 days and 36 hours and INTERACTION_COMPONENTS: a change of
-- either needs a migration that rebuilds this table.
CREATE TABLE post_summaries (
  account_id    INTEGER NOT NULL,
  post_id       VARCHAR NOT NULL,
  created_at    TIMESTAMPTZ NOT NULL,
  first_slot    TIMESTAMPTZ NOT NULL,
  last_slot     TIMESTAMPTZ NOT NULL,
  interactions  BIGINT,
  impressions   BIGINT,
  at_age        BIGINT,
  PRIMARY KEY (account_id, post_id)
);

INSERT INTO post_summaries
SELECT m.account_id, m.post_id, any_value(po.created_at), min(m.slot), max(m.slot),
       arg_max(CASE WHEN coalesce(m.likes, m.reposts, m.replies, m.quotes, m.bookmarks) IS NULL THEN NULL
                    ELSE coalesce(m.likes, 0) + coalesce(m.reposts, 0) + coalesce(m.replies, 0) + coalesce(m.quotes, 0) + coalesce(m.bookmarks, 0) END,
               epoch_ms(m.slot) * 4 + CASE m.source WHEN 'api' THEN 3 WHEN 'csv' THEN 2 ELSE 1 END),
       arg_max(m.impressions, epoch_ms(m.slot) * 4 + CASE m.source WHEN 'api' THEN 3 WHEN 'csv' THEN 2 ELSE 1 END),
       arg_min(CASE WHEN coalesce(m.likes, m.reposts, m.replies, m.quotes, m.bookmarks) IS NULL THEN NULL
                    ELSE coalesce(m.likes, 0) + coalesce(m.reposts, 0) + coalesce(m.replies, 0) + coalesce(m.quotes, 0) + coalesce(m.bookmarks, 0) END,
               (abs(m.age_seconds - 604800::BIGINT), m.slot, -CASE m.source WHEN 'api' THEN 3 WHEN 'csv' THEN 2 ELSE 1 END))
         FILTER (WHERE abs(m.age_seconds - 604800::BIGINT) <= 129600::BIGINT)
FROM post_metric_snapshots m JOIN posts po USING (account_id, post_id)
GROUP BY m.account_id, m.post_id
ORDER BY any_value(po.created_at);
