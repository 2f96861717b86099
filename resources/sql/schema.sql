-- Plenum knowledge base schema (the current version, applied to a new database in one go).
-- Older databases reach the same shape through resources/sql/migrations/; a test checks both agree.
-- Plain SQL only: no custom functions, collations or tokenizers, so the stock sqlite3 tool can
-- read and write this file. The search index lives in a separate, rebuildable file.

-- Every item has one row here; IDs are unique across types so links and the CLI can name any item.
CREATE TABLE entities (
    id            TEXT PRIMARY KEY NOT NULL CHECK (length(id) BETWEEN 1 AND 200),
    type          TEXT NOT NULL CHECK (type IN ('milestone', 'document', 'statement', 'reference', 'concept', 'note')),
    sources       TEXT NOT NULL DEFAULT '[]',  -- JSON array of strings
    import_hash   TEXT,                        -- hash of the record as an import last wrote it; NULL for user items
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) WITHOUT ROWID;
CREATE INDEX entities_type ON entities(type);

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
CREATE INDEX milestones_start ON milestones(start_date);

CREATE TABLE documents (
    id          TEXT PRIMARY KEY NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('report', 'decision', 'communique', 'resolution', 'proposal', 'plan', 'regulation', 'paper', 'other')),
    title_en    TEXT NOT NULL DEFAULT '',
    title_zh    TEXT NOT NULL DEFAULT '',
    date        TEXT,
    language    TEXT NOT NULL DEFAULT 'zh',
    authors     TEXT NOT NULL DEFAULT '[]',  -- JSON array of strings
    affiliation TEXT NOT NULL DEFAULT '',
    keywords    TEXT NOT NULL DEFAULT '[]',  -- JSON array of strings
    abstract    TEXT NOT NULL DEFAULT '',
    doi         TEXT NOT NULL DEFAULT '',
    url         TEXT NOT NULL DEFAULT '',
    summary_en  TEXT NOT NULL DEFAULT '',
    summary_zh  TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (title_en <> '' OR title_zh <> '')
) WITHOUT ROWID;

CREATE TABLE statements (
    id                    TEXT PRIMARY KEY NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    text                  TEXT NOT NULL CHECK (text <> ''),
    language              TEXT NOT NULL DEFAULT 'zh',
    kind                  TEXT NOT NULL DEFAULT 'paraphrase' CHECK (kind IN ('quote', 'paraphrase', 'claim', 'statistic')),
    document_id           TEXT REFERENCES documents(id) ON DELETE SET NULL,
    locator               TEXT NOT NULL DEFAULT '',
    date                  TEXT,
    verification_status   TEXT CHECK (verification_status IN ('verified', 'partly_inconsistent', 'unverified', 'wrong')),
    verification_evidence TEXT NOT NULL DEFAULT '',
    verification_source   TEXT NOT NULL DEFAULT '',
    stat_series           TEXT,
    stat_value            REAL,
    stat_unit             TEXT,
    stat_date             TEXT,
    created_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) WITHOUT ROWID;
CREATE INDEX statements_document ON statements(document_id);
CREATE INDEX statements_series ON statements(stat_series) WHERE stat_series IS NOT NULL;

-- "references" is an SQL keyword, hence "refs".
-- One CSL-JSON item per reference (model/cslitem.h); the other columns are derived from it.
CREATE TABLE "refs" (
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
CREATE INDEX refs_doi ON refs(lower(doi)) WHERE doi <> '';

CREATE TABLE concepts (
    id             TEXT PRIMARY KEY NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    name_en        TEXT NOT NULL DEFAULT '',
    name_zh        TEXT NOT NULL DEFAULT '',
    definition_en  TEXT NOT NULL DEFAULT '',
    definition_zh  TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (name_en <> '' OR name_zh <> '')
) WITHOUT ROWID;

CREATE TABLE notes (
    id          TEXT PRIMARY KEY NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    title       TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL DEFAULT '',  -- Markdown with [[id]] links and [@key] citations
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) WITHOUT ROWID;

CREATE TABLE aliases (
    entity_id   TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias       TEXT NOT NULL CHECK (alias <> ''),
    language    TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'zh')),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE INDEX aliases_alias ON aliases(alias);

CREATE TABLE tags (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (name <> ''),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE entity_tags (
    entity_id   TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (entity_id, tag_id)
) WITHOUT ROWID;

CREATE TABLE links (
    id          INTEGER PRIMARY KEY,
    source_id   TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    target_id   TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    relation    TEXT NOT NULL CHECK (relation IN ('mentions', 'cites', 'defines', 'supports', 'contradicts', 'related',
                                                  'broader', 'narrower', 'first_appears_in', 'reshaped_by',
                                                  'adopted_at', 'about', 'duplicate_of')),
    origin      TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('manual', 'auto')),
    note        TEXT NOT NULL DEFAULT '',
    position    INTEGER,              -- order within the source, e.g. entry [n] of a reference list
    span_start  INTEGER,              -- auto links: matched span in the source text, in code points
    span_end    INTEGER,
    matched     TEXT,
    rejected    INTEGER NOT NULL DEFAULT 0 CHECK (rejected IN (0, 1)),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (source_id <> target_id),
    CHECK ((span_start IS NULL) = (span_end IS NULL)),
    CHECK (span_start IS NULL OR span_end >= span_start)
);
CREATE UNIQUE INDEX links_unique ON links(source_id, target_id, relation, coalesce(span_start, -1), coalesce(position, -1));
CREATE INDEX links_target ON links(target_id, relation);

-- The sqlite3 tool runs with foreign_keys off unless told otherwise; these triggers keep the
-- "no dangling link" promise there too. Deleting a typed row removes its entity and vice versa.
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
CREATE TRIGGER documents_cleanup AFTER DELETE ON documents BEGIN
    UPDATE statements SET document_id = NULL WHERE document_id = old.id;
    DELETE FROM entities WHERE id = old.id;
END;
CREATE TRIGGER statements_cleanup AFTER DELETE ON statements BEGIN DELETE FROM entities WHERE id = old.id; END;
CREATE TRIGGER refs_cleanup AFTER DELETE ON refs BEGIN DELETE FROM entities WHERE id = old.id; END;
CREATE TRIGGER concepts_cleanup AFTER DELETE ON concepts BEGIN DELETE FROM entities WHERE id = old.id; END;
CREATE TRIGGER notes_cleanup AFTER DELETE ON notes BEGIN DELETE FROM entities WHERE id = old.id; END;
CREATE TRIGGER tags_cleanup AFTER DELETE ON tags BEGIN DELETE FROM entity_tags WHERE tag_id = old.id; END;

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

CREATE TABLE meta (
    key    TEXT PRIMARY KEY NOT NULL,
    value  TEXT NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER links_change_ins AFTER INSERT ON links BEGIN INSERT INTO changes(entity_id) VALUES (new.source_id); END;
CREATE TRIGGER links_change_upd AFTER UPDATE ON links BEGIN
    INSERT INTO changes(entity_id) VALUES (old.source_id);
    INSERT INTO changes(entity_id) SELECT new.source_id WHERE new.source_id <> old.source_id;
END;
CREATE TRIGGER links_change_del AFTER DELETE ON links BEGIN INSERT INTO changes(entity_id) VALUES (old.source_id); END;

-- Files kept with an item and the annotations made on them (migration 0007).
CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY,
    item_id     TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    mode        TEXT NOT NULL CHECK (mode IN ('copy', 'link')),
    path        TEXT NOT NULL CHECK (length(path) > 0),  -- copy: relative to "<kb>.files/"; link: absolute
    file_name   TEXT NOT NULL,                           -- the name it had when it was added
    original    TEXT NOT NULL DEFAULT '',                -- where it was added from
    media_type  TEXT NOT NULL DEFAULT 'application/pdf',
    size        INTEGER NOT NULL CHECK (size >= 0),
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    pages       INTEGER CHECK (pages IS NULL OR pages >= 0),
    added_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (item_id, sha256)
);
CREATE INDEX attachments_item ON attachments(item_id);

CREATE TABLE annotations (
    id             INTEGER PRIMARY KEY,
    attachment_id  INTEGER NOT NULL REFERENCES attachments(id) ON DELETE CASCADE,
    statement_id   TEXT REFERENCES entities(id) ON DELETE SET NULL,  -- the quote it made, if any
    page           INTEGER NOT NULL CHECK (page >= 1),
    rects          TEXT NOT NULL DEFAULT '[]',  -- JSON [[x, y, w, h], …] in points, origin top left
    color          TEXT NOT NULL DEFAULT '#ffd400' CHECK (length(color) = 7 AND color GLOB '#*'),
    text           TEXT NOT NULL DEFAULT '',    -- the text it covers
    comment        TEXT NOT NULL DEFAULT '',
    origin         TEXT NOT NULL DEFAULT 'reader' CHECK (origin IN ('reader', 'pdf')),
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX annotations_attachment ON annotations(attachment_id, page);
CREATE INDEX annotations_statement ON annotations(statement_id);

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
-- Team library (version 12, issue 18).
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
