-- Version 4: link changes reach the change journal, so the search index's milestone: and
-- concept: filters and term facets follow links added, edited or removed.
CREATE TRIGGER links_change_ins AFTER INSERT ON links BEGIN INSERT INTO changes(entity_id) VALUES (new.source_id); END;
CREATE TRIGGER links_change_upd AFTER UPDATE ON links BEGIN
    INSERT INTO changes(entity_id) VALUES (old.source_id);
    INSERT INTO changes(entity_id) SELECT new.source_id WHERE new.source_id <> old.source_id;
END;
CREATE TRIGGER links_change_del AFTER DELETE ON links BEGIN INSERT INTO changes(entity_id) VALUES (old.source_id); END;
