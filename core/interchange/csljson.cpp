#include "interchange/bibformats.h"

#include "model/cslitem.h"
#include "model/error.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace plenum::core::bib {

namespace {

int lineOf(const QByteArray &data, qsizetype offset)
{
    return static_cast<int>(data.left(offset).count('\n')) + 1;
}

// Byte offsets where each top-level array element starts, so messages can name a line.
QList<qsizetype> itemOffsets(const QByteArray &data)
{
    QList<qsizetype> offsets;
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (depth == 1)
                offsets.append(i);
            ++depth;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return offsets;
}

// ITEM as Plenum stores it: "id" becomes the citation key when there is none, variables CSL
// does not define move to the extension; empty when the item is unusable (REASON says why).
QJsonObject storedItem(QJsonObject item, QString &reason)
{
    const QJsonValue id = item.take(QStringLiteral("id"));
    if (!item.contains(QStringLiteral("citation-key")) && id.isString() && !id.toString().isEmpty())
        item.insert(QStringLiteral("citation-key"), id);
    QJsonObject extra = csl::extra(item);
    for (const QString &key : item.keys()) {
        if (key == QLatin1String(csl::kExtension) || csl::variableKind(key))
            continue;
        extra.insert(key, item.take(key));
    }
    item = csl::withExtra(item, extra);
    reason = csl::problem(item);
    return reason.isEmpty() ? item : QJsonObject();
}

} // namespace

ParseResult parseCslJson(const QByteArray &data, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        throw Error(ErrorCode::InvalidData,
            QStringLiteral("%1:%2: expected CSL-JSON, but the JSON is malformed: %3.")
                .arg(fileName)
                .arg(lineOf(data, error.offset))
                .arg(error.errorString()));
    if (!doc.isArray() && !doc.isObject())
        throw Error(ErrorCode::InvalidData, QStringLiteral("%1:1: expected a JSON array of CSL items.").arg(fileName));
    // A single item is accepted as a one-item list (citation.js and Zotero write both).
    const QJsonArray items = doc.isArray() ? doc.array() : QJsonArray { doc.object() };
    const QList<qsizetype> offsets = doc.isArray() ? itemOffsets(data) : QList<qsizetype> { 0 };
    ParseResult result;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const int line = i < offsets.size() ? lineOf(data, offsets[i]) : 1;
        if (!items[i].isObject()) {
            result.skipped.append({ line, QStringLiteral("item %1 is not an object").arg(i + 1) });
            continue;
        }
        QString reason;
        const QJsonObject item = storedItem(items[i].toObject(), reason);
        if (item.isEmpty())
            result.skipped.append({ line, QStringLiteral("item %1: %2").arg(i + 1).arg(reason) });
        else
            result.entries.append({ item, line });
    }
    return result;
}

QByteArray writeCslJson(const QList<QJsonObject> &references)
{
    QJsonArray items;
    int n = 0;
    for (const QJsonObject &r : references) {
        ++n;
        const QString key = csl::citationKey(r);
        items.append(csl::exportable(r, key.isEmpty() ? QStringLiteral("item-%1").arg(n) : key));
    }
    return QJsonDocument(items).toJson(QJsonDocument::Indented);
}

} // namespace plenum::core::bib
