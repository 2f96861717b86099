-- Version 12: a knowledge base can belong to a team library on a PostgreSQL server (issue 18).

-- The team library this knowledge base is joined to (at most one row): where, as whom, how far
-- it has pulled (library_version; pull_version/pull_entity: the last object of an unfinished
-- pull), how far the change journal has been pushed, and the push id of a push not yet
-- acknowledged (sent again after a cut, so the server applies it once).
CREATE TABLE team_settings (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    url              TEXT NOT NULL,
    library          TEXT NOT NULL,
    library_id       INTEGER NOT NULL,
    member           TEXT NOT NULL,
    role             TEXT NOT NULL DEFAULT '',
    library_version  INTEGER NOT NULL DEFAULT 0,
    pull_version     INTEGER NOT NULL DEFAULT 0,
    pull_entity      TEXT NOT NULL DEFAULT '',
    pushed_seq       INTEGER NOT NULL DEFAULT 0,
    pending_push_id  TEXT,
    pending_push_seq INTEGER,
    pending_push_data TEXT,
    last_sync        TEXT,
    last_error       TEXT NOT NULL DEFAULT ''
);

-- Each synced item as it was last agreed with the server: the base of three-way merges.
CREATE TABLE sync_base (
    entity_id  TEXT PRIMARY KEY NOT NULL,
    version    INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    data       TEXT,
    seq        INTEGER NOT NULL DEFAULT 0, -- the change journal's position when it was last agreed
    links_pending INTEGER NOT NULL DEFAULT 0 -- links skipped because their target had not arrived
) WITHOUT ROWID;
CREATE INDEX sync_base_links_pending ON sync_base(entity_id) WHERE links_pending = 1;

-- Fields both sides changed, waiting for the user. field "*" is a whole item deleted on one side.
CREATE TABLE sync_conflicts (
    entity_id       TEXT NOT NULL,
    field           TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('edit-edit', 'delete-edit', 'edit-delete')),
    base            TEXT,
    local           TEXT,
    remote          TEXT,
    merged          TEXT NOT NULL DEFAULT '',
    remote_version  INTEGER NOT NULL,
    remote_data     TEXT,
    PRIMARY KEY (entity_id, field)
) WITHOUT ROWID;
