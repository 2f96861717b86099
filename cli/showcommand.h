#pragma once

#include <QJsonObject>
#include <QString>

namespace plenum::core {
class Repository;
}

namespace plenum::cli {

/// `show ID --json`: the item detail of core::itemDetail.
QJsonObject showJson(core::Repository &repo, const QString &id);
/// `show ID`: the same, as readable text.
QString showText(core::Repository &repo, const QString &id);

} // namespace plenum::cli
