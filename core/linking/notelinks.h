#pragma once

#include "model/item.h"

#include <QList>
#include <QString>

namespace plenum::core {

class Repository;

/// One `[[id-or-alias]]` link or `[@key, locator]` citation in a note body.
struct NoteToken {
    enum class Kind { ItemLink, Citation };
    Kind kind = Kind::ItemLink;
    QString key; ///< the ID or alias (links) or citation key (citations) as written
    QString label; ///< for [[id|label]]: the text to show
    QString locator; ///< for citations: "p. 12" and the like
    qsizetype start = 0; ///< UTF-16 offsets of the whole bracket in the body
    qsizetype end = 0;
    int group = 0; ///< citations in one bracket ([@a; @b]) share a group number
    bool suppressAuthor = false; ///< [-@a]: the year (or number) without the author
};

/// The links and citations of a note body, in order. Citations follow pandoc: [@a], [@a, p. 12], [@a; @b].
QList<NoteToken> scanNote(const QString &body);

/// The item TOKEN names: an ID, alias or name for [[…]], a citation key for [@…]; empty if none.
QString resolveNoteToken(Repository &repo, const NoteToken &token);

/// Whether TEXT is mostly Chinese (at least as many Han characters as all others together).
bool mostlyChinese(QStringView text);
/// Item ID's name in Chinese (CHINESE) or English where it has one, else in the other language;
/// the ID itself when there is no such item.
QString itemName(Repository &repo, const QString &id, bool chinese);
/// The text a reader sees for item link TOKEN: its label, the alias or name as written, or for an
/// ID the item's name (in Chinese when CHINESE).
QString itemLinkText(Repository &repo, const NoteToken &token, bool chinese);

/// A passage of a note (MARKUP) as a reader sees it: [[id]] links become the item's name (in the
/// passage's language), [[x|label]] its label, an alias or name as written; [@a, p. 12; @b]
/// citations "(Author year, p. 12; Author year)"; paired Markdown emphasis and code marks are dropped.
QString renderedNoteText(Repository &repo, const QString &markup);

/// The body's links as stored: `mentions` for [[…]], `cites` for [@…], manual, with the span in code points.
struct NoteLinks {
    QList<Link> links;
    QStringList unresolved; ///< "[[x]]" / "@key" that name nothing in the knowledge base
};

/// Resolves the tokens of BODY (IDs, aliases and names; citation keys) into links from NOTE_ID.
NoteLinks noteLinks(Repository &repo, const QString &noteId, const QString &body);

/// Creates or updates NOTE and, in the same transaction, replaces the links derived from its body
/// (manual mentions/cites links that carry a span) so the note shows up in backlinks.
/// Links added by hand (without a span) are kept. Returns what could not be resolved.
QStringList saveNote(Repository &repo, const Item &note);

} // namespace plenum::core
