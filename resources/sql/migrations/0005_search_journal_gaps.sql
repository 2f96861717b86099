-- Version 5: every edit the search index depends on reaches the change journal, also when it is
-- made with the stock sqlite3 tool: an alias updated (renamed or moved to another item), a typed
-- row inserted after its entity in another transaction, a document's date (its undated
-- statements take it), a milestone's term (the items linked to it take it) and an item's id
-- renamed.
CREATE TRIGGER aliases_change_upd AFTER UPDATE ON aliases BEGIN
    INSERT INTO changes(entity_id) VALUES (old.entity_id);
    INSERT INTO changes(entity_id) SELECT new.entity_id WHERE new.entity_id <> old.entity_id;
END;
CREATE TRIGGER milestones_change_ins AFTER INSERT ON milestones BEGIN INSERT INTO changes(entity_id) VALUES (new.id); END;
CREATE TRIGGER documents_change_ins AFTER INSERT ON documents BEGIN INSERT INTO changes(entity_id) VALUES (new.id); END;
CREATE TRIGGER statements_change_ins AFTER INSERT ON statements BEGIN INSERT INTO changes(entity_id) VALUES (new.id); END;
CREATE TRIGGER refs_change_ins AFTER INSERT ON refs BEGIN INSERT INTO changes(entity_id) VALUES (new.id); END;
CREATE TRIGGER concepts_change_ins AFTER INSERT ON concepts BEGIN INSERT INTO changes(entity_id) VALUES (new.id); END;
CREATE TRIGGER notes_change_ins AFTER INSERT ON notes BEGIN INSERT INTO changes(entity_id) VALUES (new.id); END;
CREATE TRIGGER documents_change_statements AFTER UPDATE OF date ON documents WHEN new.date IS NOT old.date BEGIN
    INSERT INTO changes(entity_id) SELECT id FROM statements WHERE document_id = new.id AND date IS NULL;
END;
CREATE TRIGGER milestones_change_linked AFTER UPDATE OF term ON milestones WHEN new.term IS NOT old.term BEGIN
    INSERT INTO changes(entity_id) SELECT DISTINCT source_id FROM links WHERE target_id = new.id AND rejected = 0;
END;
-- An item's id renamed: its old id leaves the index.
CREATE TRIGGER entities_change_rename AFTER UPDATE OF id ON entities WHEN new.id <> old.id BEGIN INSERT INTO changes(entity_id) VALUES (old.id); END;
CREATE TRIGGER milestones_change_rename AFTER UPDATE OF id ON milestones WHEN new.id <> old.id BEGIN INSERT INTO changes(entity_id) VALUES (old.id); END;
CREATE TRIGGER documents_change_rename AFTER UPDATE OF id ON documents WHEN new.id <> old.id BEGIN INSERT INTO changes(entity_id) VALUES (old.id); END;
CREATE TRIGGER statements_change_rename AFTER UPDATE OF id ON statements WHEN new.id <> old.id BEGIN INSERT INTO changes(entity_id) VALUES (old.id); END;
CREATE TRIGGER refs_change_rename AFTER UPDATE OF id ON refs WHEN new.id <> old.id BEGIN INSERT INTO changes(entity_id) VALUES (old.id); END;
CREATE TRIGGER concepts_change_rename AFTER UPDATE OF id ON concepts WHEN new.id <> old.id BEGIN INSERT INTO changes(entity_id) VALUES (old.id); END;
CREATE TRIGGER notes_change_rename AFTER UPDATE OF id ON notes WHEN new.id <> old.id BEGIN INSERT INTO changes(entity_id) VALUES (old.id); END;
