#pragma once

#include "model/item.h"
#include "storage/itemsnapshot.h"

#include <QStringList>

#include <cstdint>

namespace plenum::core {

class Repository;

// The edits the GUI's editors and the CLI make to any item: each one transaction, checked first
// with a message that names the field. The change journal (triggers) lets the search index and
// other programs' views catch up, as for every write.

/// Checks ITEM as an editor would save it; throws InvalidData naming the field that breaks a rule
/// (a statement's kind, a date that is not YYYY, YYYY-MM or YYYY-MM-DD, a document that does not exist, …).
void validateItem(Repository &repo, const Item &item);
/// Validates ITEM, then creates it (when its ID is new) or replaces it, and gives it TAGS: one transaction.
void saveItem(Repository &repo, const Item &item, const QStringList &tags);
/// A new, unused ID for an item of TYPE: "statement-12", "milestone-3", …
QString newItemId(Repository &repo, ItemType type);
/// Adds a link made by hand; NotFound when either end is missing, InvalidData when it links an item
/// to itself, Conflict when the same link exists. Returns its row id.
std::int64_t addManualLink(Repository &repo, Link link);
/// A new statement (not yet stored) quoting TEXT from item SOURCE_ID: it names the source document
/// when SOURCE_ID is one, else links to SOURCE_ID as "about". InvalidData when TEXT is blank.
ItemSnapshot statementFromText(Repository &repo, const QString &text, const QString &sourceId);

} // namespace plenum::core
