#include "model/jsonpath.h"

namespace plenum::core::jsonpath {

QJsonValue get(const QJsonObject &object, const QString &path)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return object.value(path);
    const QJsonValue inner = object.value(path.left(dot));
    if (!inner.isObject())
        return QJsonValue::Undefined;
    return get(inner.toObject(), path.mid(dot + 1));
}

void set(QJsonObject &object, const QString &path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        object.insert(path, value);
        return;
    }
    const QString head = path.left(dot);
    QJsonObject inner = object.value(head).toObject();
    set(inner, path.mid(dot + 1), value);
    object.insert(head, inner);
}

} // namespace plenum::core::jsonpath
