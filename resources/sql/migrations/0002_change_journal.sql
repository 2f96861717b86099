-- Version 2: a change journal the derived search index catches up from.

-- Change journal: every write bumps a counter the search index compares against to catch up
-- with edits made while the app was closed or by other tools.
CREATE TABLE changes (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    entity_id   TEXT NOT NULL,
    changed_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX changes_entity ON changes(entity_id);
CREATE TRIGGER entities_change_ins AFTER INSERT ON entities BEGIN INSERT INTO changes(entity_id) VALUES (new.id); END;
CREATE TRIGGER entities_change_upd AFTER UPDATE ON entities BEGIN INSERT INTO changes(entity_id) VALUES (new.id); END;
CREATE TRIGGER entities_change_del AFTER DELETE ON entities BEGIN INSERT INTO changes(entity_id) VALUES (old.id); END;
CREATE TRIGGER milestones_change_upd AFTER UPDATE ON milestones BEGIN INSERT INTO changes(entity_id) VALUES (new.id); END;
CREATE TRIGGER documents_change_upd AFTER UPDATE ON documents BEGIN INSERT INTO changes(entity_id) VALUES (new.id); END;
CREATE TRIGGER statements_change_upd AFTER UPDATE ON statements BEGIN INSERT INTO changes(entity_id) VALUES (new.id); END;
CREATE TRIGGER refs_change_upd AFTER UPDATE ON refs BEGIN INSERT INTO changes(entity_id) VALUES (new.id); END;
CREATE TRIGGER concepts_change_upd AFTER UPDATE ON concepts BEGIN INSERT INTO changes(entity_id) VALUES (new.id); END;
CREATE TRIGGER notes_change_upd AFTER UPDATE ON notes BEGIN INSERT INTO changes(entity_id) VALUES (new.id); END;
CREATE TRIGGER aliases_change_ins AFTER INSERT ON aliases BEGIN INSERT INTO changes(entity_id) VALUES (new.entity_id); END;
CREATE TRIGGER aliases_change_del AFTER DELETE ON aliases BEGIN INSERT INTO changes(entity_id) VALUES (old.entity_id); END;

