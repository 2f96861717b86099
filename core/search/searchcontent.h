#pragma once

#include "storage/database.h"

#include <QString>

namespace plenum::core::search {

/// The name of the virtual table module that serves the search index its text from the knowledge base.
inline constexpr char kContentModuleName[] = "plenum_text";

/// The title text the index holds for a name or title column (what is indexed and what is read back).
QString indexedTitle(const QString &title);

/// Registers the virtual table module "plenum_text" on DB's connection. A table of it has the
/// columns (title, aliases, body) and one row per row of search_docs(id, entity_id); each row's
/// text is read on demand from the attached knowledge base with SOURCE_SQL (?1 = entity id,
/// columns: id, type, title, aliases, body), so the index stores no copy of the text. A row whose
/// item is gone reads as empty text. SOURCE_SQL must outlive the connection.
void registerContentModule(Database &db, const char *sourceSql);

} // namespace plenum::core::search
