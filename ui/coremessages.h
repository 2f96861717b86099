#pragma once

#include <QString>

#include <functional>

namespace plenum::ui {

/// Core's English sentence MESSAGE (core::Error::message()) in the interface language, for the
/// sentences a user meets while editing, linking, tagging, collecting and importing: each is
/// matched against the English template core writes and worded again from its translation, with
/// the item type named as the interface names it and each field as FIELD_LABEL names it (the
/// label of the editor's input; the stored name when it is null or returns empty). A sentence
/// not in the table is returned unchanged.
QString coreMessageText(const QString &message, const std::function<QString(const QString &)> &fieldLabel = {});

/// Every English template coreMessageText() knows (tests check each is translated).
QStringList coreMessageTemplates();

/// How many of ENGLISH's placeholders are another program's words (the citation engine's, Qt's),
/// which a translation may leave out.
int coreMessageDetails(const QString &english);

} // namespace plenum::ui
