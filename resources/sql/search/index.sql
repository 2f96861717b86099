-- Plenum search index: a derived file next to the knowledge base (<kb>.search.sqlite) that the app
-- rebuilds whenever it is missing, damaged or written by another index version. It needs the
-- "plenum" FTS5 tokenizer, which only Plenum registers; the knowledge base itself never does.

CREATE TABLE search_meta (
    key    TEXT PRIMARY KEY NOT NULL,
    value  TEXT NOT NULL
) WITHOUT ROWID;

-- One row per indexed item, holding the text the full-text index was built from (FTS5 needs it
-- to delete a row and to make snippets). The id packs type, Central Committee term, year and
-- language (see searchindex.cpp) so filters and facets read the rowid alone.
CREATE TABLE search_docs (
    id         INTEGER PRIMARY KEY,
    entity_id  TEXT NOT NULL UNIQUE,
    title      TEXT NOT NULL,
    aliases    TEXT NOT NULL,
    body       TEXT NOT NULL
);

CREATE VIRTUAL TABLE search_fts USING fts5(
    title, aliases, body,
    content = 'search_docs', content_rowid = 'id', tokenize = 'plenum'
);
