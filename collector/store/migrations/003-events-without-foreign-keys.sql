-- DuckDB performs an UPDATE as delete + insert, so a row that another table references by foreign key
-- cannot be updated at all: removing or renaming an account with an event failed. Events keep their
-- links as plain columns; the actions that add events check them.

CREATE TABLE events_new (
  id               INTEGER PRIMARY KEY DEFAULT nextval('event_id_seq'),
  organisation_id  INTEGER NOT NULL,
  account_id       INTEGER,
  kind             VARCHAR NOT NULL CHECK (kind IN ('exit', 'pause', 'resume', 'campaign', 'note')),
  starts_on        DATE NOT NULL,
  ends_on          DATE,
  title            VARCHAR NOT NULL,
  note             VARCHAR,
  created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);

INSERT INTO events_new SELECT id, organisation_id, account_id, kind, starts_on, ends_on, title, note, created_at FROM events;

DROP TABLE events;

ALTER TABLE events_new RENAME TO events;
