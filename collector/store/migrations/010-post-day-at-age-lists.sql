-- post_days.day_at_age_posts and day_at_age_sum: per account and creation day, entry i counts the
-- day's posts with interactions at equal age by the end of the i-th day from their creation day
-- on, and sums those interactions. A post counts once it is old enough (7 days) by the end of
-- that day, with its snapshot closest to 7 days (within 36 hours) among those taken by then; its
-- list runs to the later of those two days and stands at its last value after. A range that ends
-- on a UTC midnight reads a day's equal-age counts at its end as one element of these lists, so
-- the days whose posts come of age around its end need no post-by-post pass over their history
-- (account-buckets-sql.ts). Kept by save-post-days.ts (post-counts-sql.ts dayAtAgeSql and
-- daySumsSql, whose expressions this backfill spells out). The table is rebuilt with the columns
-- added.
CREATE TABLE post_days_010 (
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
  day_at_age_posts      INTEGER[],
  day_at_age_sum        BIGINT[],
  PRIMARY KEY (account_id, day)
);

INSERT INTO post_days_010
SELECT d.account_id, d.day, d.posts, d.measured, d.interactions, d.with_impressions,
       d.impressions, d.at_age_posts, d.at_age_sum, d.first_slot, d.last_slot, d.last_created_at,
       d.day_measured, d.day_interactions, d.day_with_impressions, d.day_impressions,
       coalesce(l.day_at_age_posts, []), coalesce(l.day_at_age_sum, [])
FROM post_days d
LEFT JOIN (
  SELECT account_id, day,
    list_transform(range(1, n_age + 1), lambda i: len(list_filter(list_transform(ages, lambda l: l[least(i, len(l))]), lambda x: x IS NOT NULL))) AS day_at_age_posts,
    list_transform(range(1, n_age + 1), lambda i: list_sum(list_transform(ages, lambda l: l[least(i, len(l))]))) AS day_at_age_sum
  FROM (
    SELECT account_id, day, list(day_at_age) AS ages, coalesce(max(len(day_at_age)), 0) AS n_age
    FROM (
      SELECT account_id, (DATE '1970-01-01' + CAST((epoch_ms(created_at) // 86400000) AS INTEGER)) AS day,
        CASE WHEN len(near) > 0 THEN list_transform(
          range(1, greatest(old_enough_day, greatest(1, (near[-1].k // 4) // 86400000 - epoch_ms(created_at) // 86400000 + 1)) + 1),
          lambda i: CASE WHEN i >= old_enough_day THEN list_sort(list_transform(
            list_filter(near, lambda h: greatest(1, (h.k // 4) // 86400000 - epoch_ms(created_at) // 86400000 + 1) <= i),
            lambda h: [least(abs(h.age_s - 604800), 129601) * 35184372088832 + h.k - 2 * (h.k % 4), h.v]))[1][2] END) END
          AS day_at_age
      FROM (
        SELECT account_id, created_at,
               list_filter(history, lambda h: h.v IS NOT NULL AND abs(h.age_s - 604800) <= 129600) AS near,
               (epoch_ms(created_at) + 691199999) // 86400000 - epoch_ms(created_at) // 86400000 AS old_enough_day
        FROM post_summaries
      )
    )
    GROUP BY ALL
  )
) l USING (account_id, day)
ORDER BY d.day, d.account_id;

DROP TABLE post_days;

ALTER TABLE post_days_010 RENAME TO post_days;
