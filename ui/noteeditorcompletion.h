#pragma once

#include "queries/notes.h"

#include <QString>

class QModelIndex;
class QStandardItemModel;

namespace plenum::ui {

/// What a completion row is matched by: every name, alias and key, one per line.
inline constexpr int kCompletionMatchRole = Qt::UserRole + 40;
/// The item the row stands for.
inline constexpr int kCompletionIdRole = Qt::UserRole + 41;
/// The texts the row may insert (QStringList), the preferred first.
inline constexpr int kCompletionNamesRole = Qt::UserRole + 42;

/// One row per item: its name in the interface's order, its type and, inside the row, its aliases.
void fillItemCompletions(QStandardItemModel *model, const QList<core::ItemCompletion> &items);
/// One row per reference: its citation key, first author (et al.), year and title.
void fillCitationCompletions(QStandardItemModel *model, const QList<core::CitationCompletion> &references);

/// The text to write for row INDEX after the user typed PREFIX: the first of its names that
/// starts with PREFIX, else the first that contains it (so a match on an alias writes that
/// alias), else its preferred name.
QString completionText(const QModelIndex &index, const QString &prefix);

} // namespace plenum::ui
