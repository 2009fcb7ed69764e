-- The UTC days on which anything was collected for an account (a profile snapshot, a post metric
-- snapshot, or a post created that day), and whether one of that day's profile snapshots has a
-- follower count. The figures read this small table to know when an account was tracked and
-- whether it was observed in a bucket, instead of scanning every snapshot ever taken.
-- store/writes/save-account-days.ts keeps it up to date on every write of snapshots and posts
-- (collection, X CSV import, manual entry, the demo) and rebuilds an account's rows after a delete.

CREATE TABLE account_days (
  account_id     INTEGER NOT NULL,
  day            DATE NOT NULL,
  has_followers  BOOLEAN NOT NULL,
  PRIMARY KEY (account_id, day)
);

INSERT INTO account_days
SELECT account_id, day, bool_or(has_followers) FROM (
  SELECT account_id, (DATE '1970-01-01' + CAST(floor(epoch_ms(slot) / 86400000) AS INTEGER)) AS day,
         followers IS NOT NULL AS has_followers
  FROM profile_snapshots
  UNION ALL
  SELECT account_id, (DATE '1970-01-01' + CAST(floor(epoch_ms(slot) / 86400000) AS INTEGER)), false
  FROM post_metric_snapshots
  UNION ALL
  SELECT account_id, (DATE '1970-01-01' + CAST(floor(epoch_ms(created_at) / 86400000) AS INTEGER)), false
  FROM posts
) GROUP BY account_id, day
ORDER BY day, account_id;
