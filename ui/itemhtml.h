#pragma once

#include <QJsonObject>
#include <QString>

namespace plenum::ui {

/// The HTML of an item page, from core::itemDetail. Every stored string is escaped; links to
/// other items use the "item:" scheme and only http(s) sources become clickable.
QString itemHtml(const QJsonObject &detail);

/// TEXT escaped for HTML with its Latin runs in italics and its CJK runs upright: Chinese type has
/// no italic, and a slanted Han character is a synthesised distortion.
QString quotedContextHtml(const QString &text);

} // namespace plenum::ui
