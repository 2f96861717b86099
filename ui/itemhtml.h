#pragma once

#include <QJsonObject>
#include <QString>

namespace plenum::ui {

/// The HTML of an item page, from core::itemDetail. Every stored string is escaped; links to
/// other items use the "item:" scheme and only http(s) sources become clickable.
QString itemHtml(const QJsonObject &detail);

} // namespace plenum::ui
