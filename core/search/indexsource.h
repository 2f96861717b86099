#pragma once

#include "model/item.h"
#include "storage/database.h"

#include <QList>
#include <QPair>
#include <QString>

#include <cstdint>
#include <optional>

namespace plenum::core::search {

/// Start date → Central Committee term of every national congress: dated items without a linked
/// milestone take the term in office on their date.
using Congresses = QList<QPair<QString, int>>;

/// What the index holds for one item, as its sources read it now.
struct IndexedItem {
    QString entityId;
    ItemType type = ItemType::Note;
    QString title; ///< names, one a line
    QString aliases; ///< one a line
    QString body;
    std::int64_t layout = 0; ///< the row id without its serial (type, term, year, language)
    std::int64_t digest = 0; ///< 64 bits of a hash of title, aliases and body
};

/// The SELECT of every item's indexed text (columns: id, type, title, aliases, body, date,
/// declared language, linked term), over the knowledge base attached as "kb".
extern const char kAllSources[];
/// The same for one item, ?1 = its id.
extern const char kOneSource[];

/// The congresses of the knowledge base attached to DB as "kb", by start date.
Congresses loadCongresses(Database &db);
/// The item on SOURCE's current row (a kAllSources or kOneSource statement); nullopt for a row of
/// an unknown type.
std::optional<IndexedItem> readIndexedItem(const Query &source, const Congresses &congresses);

} // namespace plenum::core::search
