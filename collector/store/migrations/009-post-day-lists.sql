-- post_days.day_measured, day_interactions, day_with_impressions, day_impressions: per account and
-- creation day, entry i counts the day's posts with interactions (impressions) by the end of the
-- i-th day from their creation day on, and sums those counts (each post's day_v / day_imp entry,
-- a post past the end of its own list standing at its last value). A range that ends on a UTC
-- midnight reads a day's counts at its end as one element of these lists, whether or not its
-- posts were still being re-read (account-buckets-sql.ts). Kept by save-post-days.ts
-- (post-counts-sql.ts daySumsSql, whose expressions this backfill spells out). The table is
-- rebuilt with the columns added.
CREATE TABLE post_days_009 (
  account_id            INTEGER NOT NULL,
  day                   DATE NOT NULL,
  posts                 INTEGER NOT NULL,
  measured              INTEGER NOT NULL,
  interactions          BIGINT,
  with_impressions      INTEGER NOT NULL,
  impressions           BIGINT,
  at_age_posts          INTEGER NOT NULL,
  at_age_sum            BIGINT,
  first_slot            TIMESTAMPTZ,
  last_slot             TIMESTAMPTZ,
  last_created_at       TIMESTAMPTZ NOT NULL,
  day_measured          INTEGER[],
  day_interactions      BIGINT[],
  day_with_impressions  INTEGER[],
  day_impressions       BIGINT[],
  PRIMARY KEY (account_id, day)
);

INSERT INTO post_days_009
SELECT d.*,
       coalesce(l.day_measured, []), coalesce(l.day_interactions, []),
       coalesce(l.day_with_impressions, []), coalesce(l.day_impressions, [])
FROM post_days d
LEFT JOIN (
  SELECT account_id, day,
    list_transform(range(1, n + 1), lambda i: len(list_filter(list_transform(vs, lambda l: l[least(i, len(l))]), lambda x: x IS NOT NULL))) AS day_measured,
    list_transform(range(1, n + 1), lambda i: list_sum(list_transform(vs, lambda l: l[least(i, len(l))]))) AS day_interactions,
    list_transform(range(1, n + 1), lambda i: len(list_filter(list_transform(imps, lambda l: l[least(i, len(l))]), lambda x: x IS NOT NULL))) AS day_with_impressions,
    list_transform(range(1, n + 1), lambda i: list_sum(list_transform(imps, lambda l: l[least(i, len(l))]))) AS day_impressions
  FROM (
    SELECT account_id, (DATE '1970-01-01' + CAST(floor(epoch_ms(created_at) / 86400000) AS INTEGER)) AS day,
           list(day_v) AS vs, list(day_imp) AS imps,
           max(coalesce(len(day_v), len(day_imp), 0)) AS n
    FROM post_summaries GROUP BY ALL
  )
) l USING (account_id, day)
ORDER BY d.day, d.account_id;

DROP TABLE post_days;

ALTER TABLE post_days_009 RENAME TO post_days;
