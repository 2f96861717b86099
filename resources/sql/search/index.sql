-- Plenum search index: a derived file next to the knowledge base (<kb>.search.sqlite) that the app
-- rebuilds whenever it is missing, damaged or written by another index version. It needs the
-- "plenum" FTS5 tokenizer and the "plenum_text" module, which only Plenum registers; the knowledge
-- base itself never does.

CREATE TABLE search_meta (
    key    TEXT PRIMARY KEY NOT NULL,
    value  TEXT NOT NULL
) WITHOUT ROWID;

-- One row per indexed item. The id packs type, Central Committee term, year and language (see
-- searchindex.cpp) so filters and facets read the rowid alone.
CREATE TABLE search_docs (
    id         INTEGER PRIMARY KEY,
    entity_id  TEXT NOT NULL UNIQUE
);

-- Rows still in search_fts whose item changed or went away. FTS5 can only delete a row given the
-- text it indexed, which the knowledge base may no longer hold (an edit with the sqlite3 tool), so
-- searches skip these ids and the index is rebuilt when they become many.
CREATE TABLE search_dead (
    id  INTEGER PRIMARY KEY
);

-- The text of each search_docs row, read on demand from the attached knowledge base (for
-- highlights), so the index keeps no copy of it.
CREATE VIRTUAL TABLE search_text USING plenum_text;

CREATE VIRTUAL TABLE search_fts USING fts5(
    title, aliases, body,
    content = 'search_text', tokenize = 'plenum'
);
