#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace plenum::core::team {

/// A field both sides changed to different values.
struct FieldConflict {
    QString field;
    QJsonValue base, local, remote; ///< Undefined where the side has no such field
    QString merged; ///< note bodies: the three-way text merge with conflict markers
};

struct MergeResult {
    QJsonObject merged; ///< conflicting fields keep the local value
    QList<FieldConflict> conflicts;
};

/// Field-wise three-way merge of an item's object (objectdata.h): a field one side changed takes
/// that side; a field both changed differently is a conflict (a note body merged as text first:
/// changes to different lines merge cleanly).
MergeResult mergeObjects(const QJsonObject &base, const QJsonObject &local, const QJsonObject &remote);

/// Three-way text merge (libgit2's git_merge_file): the merged text, or nullopt with MARKED set
/// to the text with <<<<<<< local / ======= / >>>>>>> remote markers when lines conflict.
std::optional<QString> mergeText(const QString &base, const QString &local, const QString &remote, QString &marked);

} // namespace plenum::core::team
