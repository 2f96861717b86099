-- Version 7: files kept with an item (the PDF of an imported paper) and the annotations made on
-- them in the reader or brought in from the PDF itself. The files live beside the knowledge base
-- in "<kb>.files/" (a copy) or where the user keeps them (a link); never inside the database.
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
