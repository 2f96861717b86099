-- Version 6: a reference is stored as one CSL-JSON item (CSL 1.0.2) in refs.csl; the columns
-- SQL reads (title, citation_key, authors, year, doi, …) are derived from it, so they cannot
-- disagree. Old rows are converted by plenum_reference_csl() (storage/legacyreference.cpp,
-- registered by the migrator): every field kept, "extra" keys translated to CSL variables where
-- they map, the rest in the "_plenum" extension. docs/format.md.
CREATE TABLE refs_new (
    id            TEXT PRIMARY KEY NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    csl           TEXT NOT NULL CHECK (json_valid(csl) AND json_type(csl) = 'object'),  -- the CSL item
    csl_type      TEXT GENERATED ALWAYS AS (coalesce(json_extract(csl, '$.type'), 'article-journal')) VIRTUAL,
    citation_key  TEXT GENERATED ALWAYS AS (json_extract(csl, '$."citation-key"')) VIRTUAL UNIQUE,
    -- the title as text: without the CSL rich-text span that protects case
    title         TEXT GENERATED ALWAYS AS (replace(replace(coalesce(json_extract(csl, '$.title'), ''),
                      '<span class="nocase">', ''), '</span>', '')) VIRTUAL CHECK (title <> ''),
    authors       TEXT GENERATED ALWAYS AS (coalesce(json_extract(csl, '$.author'), '[]')) VIRTUAL,
    container     TEXT GENERATED ALWAYS AS (replace(replace(coalesce(json_extract(csl, '$."container-title"'), ''),
                      '<span class="nocase">', ''), '</span>', '')) VIRTUAL,
    year          INTEGER GENERATED ALWAYS AS (CAST(json_extract(csl, '$.issued."date-parts"[0][0]') AS INTEGER)) VIRTUAL,
    doi           TEXT GENERATED ALWAYS AS (coalesce(json_extract(csl, '$.DOI'), '')) VIRTUAL,
    publisher     TEXT GENERATED ALWAYS AS (coalesce(json_extract(csl, '$.publisher'), '')) VIRTUAL,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) WITHOUT ROWID;
INSERT INTO refs_new (id, csl, created_at, updated_at)
    SELECT id, plenum_reference_csl(json_object('csl_type', csl_type, 'citation_key', citation_key, 'title', title,
               'authors', json(authors), 'container', container, 'year', year, 'volume', volume, 'issue', issue,
               'pages', pages, 'doi', doi, 'url', url, 'publisher', publisher, 'note', note, 'extra', json(extra))),
           created_at, updated_at
    FROM refs;
-- Dropping refs drops its index and triggers; entities_cleanup names refs and is kept as it is.
DROP TABLE refs;
PRAGMA legacy_alter_table = ON;
ALTER TABLE refs_new RENAME TO "refs";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX refs_doi ON refs(lower(doi)) WHERE doi <> '';
CREATE TRIGGER refs_cleanup AFTER DELETE ON refs BEGIN DELETE FROM entities WHERE id = old.id; END;
CREATE TRIGGER refs_change_upd AFTER UPDATE ON refs BEGIN INSERT INTO changes(entity_id) VALUES (new.id); END;
CREATE TRIGGER refs_change_ins AFTER INSERT ON refs BEGIN INSERT INTO changes(entity_id) VALUES (new.id); END;
CREATE TRIGGER refs_change_rename AFTER UPDATE OF id ON refs WHEN new.id <> old.id BEGIN INSERT INTO changes(entity_id) VALUES (old.id); END;
-- Names were repaired on the way (国务院 is one institution): the search index reads them again.
INSERT INTO changes(entity_id) SELECT id FROM refs;
