#pragma once

#include <QJsonObject>
#include <QString>

namespace plenum::core::jsonpath {

/// The value at a dotted path ("verification.status"); undefined when absent.
QJsonValue get(const QJsonObject &object, const QString &path);
/// Sets the value at a dotted path, creating nested objects on the way.
void set(QJsonObject &object, const QString &path, const QJsonValue &value);

} // namespace plenum::core::jsonpath
