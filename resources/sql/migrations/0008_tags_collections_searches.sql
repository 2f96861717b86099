-- Version 8: collections (an item can sit in several, in the order the user put it there) and
-- saved searches, both shown in the navigator; tag and collection changes reach the change journal
-- so the search index and other programs' views catch up.
CREATE TABLE collections (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (name <> '' AND length(name) <= 200),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE collection_items (
    collection_id  INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    entity_id      TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (collection_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX collection_items_entity ON collection_items(entity_id);

CREATE TABLE saved_searches (
    name        TEXT PRIMARY KEY NOT NULL CHECK (name <> '' AND length(name) <= 200),
    query       TEXT NOT NULL CHECK (query <> ''),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) WITHOUT ROWID;

-- The sqlite3 tool runs with foreign_keys off: these keep memberships from dangling there too.
CREATE TRIGGER entities_cleanup_collections AFTER DELETE ON entities BEGIN
    DELETE FROM collection_items WHERE entity_id = old.id;
END;
CREATE TRIGGER collections_cleanup AFTER DELETE ON collections BEGIN
    DELETE FROM collection_items WHERE collection_id = old.id;
END;

CREATE TRIGGER entity_tags_change_ins AFTER INSERT ON entity_tags BEGIN INSERT INTO changes(entity_id) VALUES (new.entity_id); END;
CREATE TRIGGER entity_tags_change_del AFTER DELETE ON entity_tags BEGIN INSERT INTO changes(entity_id) VALUES (old.entity_id); END;
CREATE TRIGGER collection_items_change_ins AFTER INSERT ON collection_items BEGIN INSERT INTO changes(entity_id) VALUES (new.entity_id); END;
CREATE TRIGGER collection_items_change_del AFTER DELETE ON collection_items BEGIN INSERT INTO changes(entity_id) VALUES (old.entity_id); END;
