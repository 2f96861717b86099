-- Version 11: a milestone says how well its dates are attested (verification status, evidence
-- and source, as statements do), and a milestone no source dates keeps its dates empty instead of
-- a guess (the 7th plenum of the 14th Central Committee). SQLite cannot drop NOT NULL in place, so
-- the table is copied aside and rebuilt; its index and triggers are made again as they were.
DROP TRIGGER entities_cleanup;
CREATE TABLE milestones_copy AS SELECT * FROM milestones;
DROP TABLE milestones;
CREATE TABLE milestones (
    id          TEXT PRIMARY KEY NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('national_congress', 'cc_plenum', 'other_event')),
    term        INTEGER CHECK (term IS NULL OR term > 0),
    session     INTEGER CHECK (session IS NULL OR session >= 0),
    name_en     TEXT NOT NULL,
    name_zh     TEXT NOT NULL,
    start_date  TEXT CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    end_date    TEXT CHECK (end_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    summary_en  TEXT NOT NULL DEFAULT '',
    summary_zh  TEXT NOT NULL DEFAULT '',
    verification_status   TEXT CHECK (verification_status IN ('verified', 'partly_inconsistent', 'unverified', 'wrong')),
    verification_evidence TEXT NOT NULL DEFAULT '',
    verification_source   TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK ((start_date IS NULL) = (end_date IS NULL)),
    CHECK (end_date >= start_date)
) WITHOUT ROWID;
INSERT INTO milestones (id, kind, term, session, name_en, name_zh, start_date, end_date, summary_en, summary_zh,
                        created_at, updated_at)
    SELECT id, kind, term, session, name_en, name_zh, start_date, end_date, summary_en, summary_zh, created_at,
           updated_at FROM milestones_copy;
DROP TABLE milestones_copy;
CREATE INDEX milestones_start ON milestones(start_date);
CREATE TRIGGER entities_cleanup AFTER DELETE ON entities BEGIN
    DELETE FROM links WHERE source_id = old.id OR target_id = old.id;
    DELETE FROM aliases WHERE entity_id = old.id;
    DELETE FROM entity_tags WHERE entity_id = old.id;
    DELETE FROM milestones WHERE id = old.id;
    DELETE FROM documents WHERE id = old.id;
    DELETE FROM statements WHERE id = old.id;
    DELETE FROM refs WHERE id = old.id;
    DELETE FROM concepts WHERE id = old.id;
    DELETE FROM notes WHERE id = old.id;
END;
CREATE TRIGGER milestones_cleanup AFTER DELETE ON milestones BEGIN DELETE FROM entities WHERE id = old.id; END;
CREATE TRIGGER milestones_change_upd AFTER UPDATE ON milestones BEGIN INSERT INTO changes(entity_id) VALUES (new.id); END;
CREATE TRIGGER milestones_change_ins AFTER INSERT ON milestones BEGIN INSERT INTO changes(entity_id) VALUES (new.id); END;
CREATE TRIGGER milestones_change_linked AFTER UPDATE OF term ON milestones WHEN new.term IS NOT old.term BEGIN
    INSERT INTO changes(entity_id) SELECT DISTINCT source_id FROM links WHERE target_id = new.id AND rejected = 0;
END;
CREATE TRIGGER milestones_change_rename AFTER UPDATE OF id ON milestones WHEN new.id <> old.id BEGIN INSERT INTO changes(entity_id) VALUES (old.id); END;
