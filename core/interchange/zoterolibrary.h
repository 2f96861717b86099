#pragma once

#include "interchange/bibformats.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace plenum::core::zotero {

/// A regular Zotero item as a CSL item, with what hangs off it.
struct Item {
    QString key; ///< Zotero's item key ("ABCD2345")
    bib::Entry entry; ///< a CSL item; entry.line is Zotero's itemID
    QStringList tags; ///< Zotero tags, then each collection holding it ("Parent/Child")
    QStringList attachments; ///< files (storage:… resolved against the data folder) and linked URLs
};

/// A note: a child of an item (PARENT_KEY set) or standalone.
struct Note {
    QString key;
    QString parentKey;
    QString title;
    QString text; ///< the note's HTML as plain text, paragraphs separated by blank lines
};

struct Library {
    QList<Item> items;
    QList<Note> notes;
    QList<bib::Skipped> skipped; ///< items left out (line: Zotero's itemID) and why
    bool copied = false; ///< true when Zotero held the file locked and a snapshot was read
};

/// Reads the Zotero library PATH (zotero.sqlite in a Zotero data folder) without writing it:
/// opened read-only; when Zotero is running and holds it locked, a snapshot is first copied
/// with SQLite's backup API into a temporary file. Items in the trash are left out. Throws
/// Error InvalidData when PATH is not a Zotero database.
Library readLibrary(const QString &path);

/// Zotero's name for a field or creator type as a CSL variable (docs/import-formats.md);
/// empty when CSL has none.
QString cslVariable(const QString &zoteroField);
/// Zotero's item type as a CSL type ("document" when unknown).
QString cslType(const QString &zoteroType);

} // namespace plenum::core::zotero
