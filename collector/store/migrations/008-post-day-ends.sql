-- post_summaries.day_v and day_imp: per post, entry i is the latest interactions (day_v) or
-- impressions (day_imp) among its snapshots before the end of day i of its life (each the last
-- non-null one in k order), day 1 being the UTC day it was created (snapshots of earlier days
-- count in day 1), up to the day of its last snapshot; NULL when no snapshot has one. A range
-- that ends on a UTC midnight while a post is still being re-read then reads the post's counts
-- at its end as day_v[end day - creation day], one list element instead of the whole history
-- (account-buckets-sql.ts). Kept by save-post-summaries.ts (post-counts-sql.ts dayEndsSql, whose
-- expression this backfill spells out). The table is rebuilt with the columns added.
CREATE TABLE post_summaries_008 (
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
  day_v                BIGINT[],
  day_imp              BIGINT[],
  PRIMARY KEY (account_id, post_id)
);

INSERT INTO post_summaries_008
SELECT * EXCLUDE (with_v, with_imp, cday, days),
  CASE WHEN len(with_v) > 0 THEN list_concat(
    list_resize([]::BIGINT[], greatest(1, (with_v[1].k // 4) // 86400000 - cday + 1) - 1),
    flatten(list_transform(range(1, len(with_v) + 1), lambda j: list_resize([with_v[j].v],
      CASE WHEN j < len(with_v) THEN greatest(1, (with_v[j + 1].k // 4) // 86400000 - cday + 1) ELSE days + 1 END
        - greatest(1, (with_v[j].k // 4) // 86400000 - cday + 1), with_v[j].v)))) END,
  CASE WHEN len(with_imp) > 0 THEN list_concat(
    list_resize([]::BIGINT[], greatest(1, (with_imp[1].k // 4) // 86400000 - cday + 1) - 1),
    flatten(list_transform(range(1, len(with_imp) + 1), lambda j: list_resize([with_imp[j].imp],
      CASE WHEN j < len(with_imp) THEN greatest(1, (with_imp[j + 1].k // 4) // 86400000 - cday + 1) ELSE days + 1 END
        - greatest(1, (with_imp[j].k // 4) // 86400000 - cday + 1), with_imp[j].imp)))) END
FROM (
  SELECT *, list_filter(history, lambda h: h.v IS NOT NULL) AS with_v,
         list_filter(history, lambda h: h.imp IS NOT NULL) AS with_imp,
         epoch_ms(created_at) // 86400000 AS cday,
         greatest(1, (history[-1].k // 4) // 86400000 - epoch_ms(created_at) // 86400000 + 1) AS days
  FROM post_summaries
)
ORDER BY created_at;

DROP TABLE post_summaries;

ALTER TABLE post_summaries_008 RENAME TO post_summaries;
