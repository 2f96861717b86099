-- Plenum search index: a derived file next to the knowledge base (<kb>.search.sqlite) that the app
-- rebuilds whenever it is missing, damaged or written by another index version. It needs the
-- "plenum" FTS5 tokenizer and the "plenum_text" module, which only Plenum registers; the knowledge
-- base itself never does. Every open runs this script: IF NOT EXISTS makes it a no-op on a built
-- index and gives a new file the search_meta table whose write lock every index writer takes first.

-- version, last_seq (the knowledge base's change journal position applied), journal_mark (that
-- journal row, to notice a knowledge base replaced by another copy), serial (the last row id
-- serial handed out), type_terms, congresses.
CREATE TABLE IF NOT EXISTS search_meta (
    key    TEXT PRIMARY KEY NOT NULL,
    value  TEXT NOT NULL
) WITHOUT ROWID;

-- One row per indexed item. The id packs type, Central Committee term, year and language (the
-- layout is defined once, in core/search/rowid.h) so filters and facets read the rowid alone.
-- digest: 64 bits of a hash of the text indexed, so check can compare the index with the data.
CREATE TABLE IF NOT EXISTS search_docs (
    id         INTEGER PRIMARY KEY,
    entity_id  TEXT NOT NULL UNIQUE,
    digest     INTEGER NOT NULL
);

-- Rows still in search_fts whose item changed or went away. FTS5 can only delete a row given the
-- text it indexed, which the knowledge base may no longer hold (an edit with the sqlite3 tool), so
-- searches skip these ids and the index is rebuilt when they become many.
CREATE TABLE IF NOT EXISTS search_dead (
    id  INTEGER PRIMARY KEY
);

-- The text of each search_docs row, read on demand from the attached knowledge base (for
-- highlights), so the index keeps no copy of it.
CREATE VIRTUAL TABLE IF NOT EXISTS search_text USING plenum_text;

CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
    title, aliases, body,
    content = 'search_text', tokenize = 'plenum'
);

-- Exact ranking without scoring every match (docs/adr/0014-exact-ranking-by-block-bounds.md).
-- df: rows of search_fts holding the token (bm25's document frequency of a one-token phrase).
CREATE TABLE IF NOT EXISTS search_terms (
    token  TEXT PRIMARY KEY NOT NULL,
    df     INTEGER NOT NULL
) WITHOUT ROWID;

-- For each token and chunk of row-id serials (serial >> kBlockShift), the highest bm25 term score
-- a row of each layout (type, term, year, language) gives the token, computed with the average row
-- length in search_meta's impact_reference: 6 bytes per layout (uint32 layout, uint16 score as a
-- fraction of bm25's ceiling k1 + 1, rounded up). A search scores the blocks whose bound can
-- still reach its page, best bound first, and stops when none can.
-- Every row's length in tokens (all columns, as FTS5's search_fts_docsize counts them), by serial:
-- per chunk of 2^14 serials (serial >> 14), the varint lengths of serials first, first + 1, …
-- (0 where no row has the serial). Phrase postings score from it without a lookup per row.
CREATE TABLE IF NOT EXISTS search_lengths (
    chunk  INTEGER PRIMARY KEY,
    first  INTEGER NOT NULL,
    data   BLOB NOT NULL
);

CREATE TABLE IF NOT EXISTS search_impacts (
    token  TEXT NOT NULL,
    chunk  INTEGER NOT NULL,
    data   BLOB NOT NULL,
    PRIMARY KEY (token, chunk)
) WITHOUT ROWID;

-- The rows every name and alias of a concept, milestone or document matches as a phrase
-- (docs/adr/0031-names-postings-kept-with-the-index.md), by key: the name's query tokens joined by
-- spaces. postings: per row, ascending, the varint of its row id's distance from the row before
-- (the first from 0), then the varint of the phrase's weighted frequency in it (as
-- plenum_postings() gives it). Written by the transactions that write search_fts; used only while
-- search_meta's names_serial equals its serial.
CREATE TABLE IF NOT EXISTS search_names (
    key       TEXT PRIMARY KEY NOT NULL,
    rows      INTEGER NOT NULL,
    postings  BLOB NOT NULL
);
