-- Peer groups: named sets of organisations (own and peers) ranked side by side, such as
-- "Buurgemeenten" (neighbouring municipalities). No foreign keys (see 003: DuckDB cannot update
-- a referenced row); the action that saves a group checks the organisation ids.

CREATE SEQUENCE peer_group_id_seq START 1;
CREATE TABLE peer_groups (
  id          INTEGER PRIMARY KEY DEFAULT nextval('peer_group_id_seq'),
  name        VARCHAR NOT NULL UNIQUE,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE peer_group_members (
  group_id         INTEGER NOT NULL,
  organisation_id  INTEGER NOT NULL,
  PRIMARY KEY (group_id, organisation_id)
);
