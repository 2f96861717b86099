#pragma once

#include <QString>
#include <QStringList>

#include <map>

namespace plenum::teamtest {

/// Every item of a knowledge base as one canonical line each (type, fields, sources, aliases,
/// tags, manual outgoing links), keyed by ID: two knowledge bases hold the same library exactly
/// when their states are equal. Opens the file read-only for the call only.
std::map<QString, QString> libraryState(const QString &kbPath);

/// Where two canonical lines first differ, with some context from each.
QString whereDiffers(const QString &a, const QString &b);
/// The first difference between two states, "" when equal ("only in A: st-1", "st-2 differs: …").
QString firstDifference(const std::map<QString, QString> &a, const std::map<QString, QString> &b);

/// Adds COUNT statements with IDs PREFIX0 … PREFIX(COUNT-1) (text "PREFIX i: …" plus TEXT_BYTES
/// of filler) in one transaction, the way a bulk import writes them (journaled by the triggers);
/// every tenth supports the next one (a manual link).
void addStatements(const QString &kbPath, const QString &prefix, int count, int textBytes = 200);
/// Sets the text of statement ID (through the repository, like an edit in the app).
void setStatementText(const QString &kbPath, const QString &id, const QString &text);
/// Deletes item ID (through the repository).
void deleteItem(const QString &kbPath, const QString &id);
/// The text of statement ID, "" when absent.
QString statementText(const QString &kbPath, const QString &id);

} // namespace plenum::teamtest
