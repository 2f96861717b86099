#pragma once

#include <QJsonObject>
#include <QString>

namespace plenum::core {
class Repository;
}

namespace plenum::ui {

/// The HTML of an item page, from core::itemDetail. Every stored string is escaped; links to
/// other items use the "item:" scheme and only http(s) sources become clickable. With REPO, the
/// items the fields name (a statement's source document) and a note's [[links]] and [@citations]
/// are shown by their titles and names, as links, instead of their IDs and markup.
QString itemHtml(const QJsonObject &detail, core::Repository *repo = nullptr);

/// TEXT escaped for HTML with its Latin runs in italics and its CJK runs upright: Chinese type has
/// no italic, and a slanted Han character is a synthesised distortion.
QString quotedContextHtml(const QString &text);

} // namespace plenum::ui
