#pragma once

#include "model/item.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace plenum::core {

class Repository;

/// The interchange format of docs/format.md: JSON Lines, one record per line.
namespace kb {

inline constexpr int kFormatVersion = 2; ///< 2: a reference is {"csl": CSL item}; 1 (flat fields) is still read

/// One record of a plenum-kb file: an item, its manual links, and where it was read.
struct Record {
    Item item;
    QList<Link> links; ///< sourceId is the item's ID
    QString file;
    int line = 0;
};

/// Parses a plenum-kb file; throws InvalidData naming the file, line and field on any fault.
QList<Record> parse(const QByteArray &data, const QString &fileName);

/// One record from its JSON OBJECT, checked as parse() checks line LINE of FILENAME (the current
/// format version), without the text round trip: for callers that already hold the object.
Record recordFromJson(const QJsonObject &object, const QString &fileName, int line);

/// The canonical one-line JSON of a record: fixed key order, empty values left out.
QByteArray serialize(const Record &record);

/// A stable hash of a record's canonical form, used to tell user edits from imported content.
QString hash(const Record &record);

/// The record as stored: the item with its manual outgoing links.
Record readRecord(Repository &repo, const QString &id);

/// A whole knowledge base (or the items IDS, when given) as a plenum-kb file.
QByteArray exportFile(Repository &repo, const QStringList &ids = {});

} // namespace kb
} // namespace plenum::core
