#include "cli/showcommand.h"

#include "model/cslitem.h"
#include "queries/itemdetail.h"
#include "storage/repository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace plenum::cli {

namespace {

// A CSL item with its names and dates written out, the extension's kept fields under "extra".
QJsonObject referenceText(const QJsonObject &item)
{
    QJsonObject out;
    for (auto it = item.begin(); it != item.end(); ++it) {
        const auto kind = core::csl::variableKind(it.key());
        if (kind == core::csl::VariableKind::Name) {
            QStringList names;
            for (const QJsonValue &n : it.value().toArray())
                names.append(core::csl::nameText(n.toObject()));
            out.insert(it.key(), names.join(QStringLiteral("; ")));
        } else if (kind == core::csl::VariableKind::Date) {
            out.insert(it.key(), core::csl::dateText(it.value().toObject()));
        } else if (kind == core::csl::VariableKind::Standard) {
            out.insert(it.key(), core::csl::plainText(it.value().toString()));
        } else if (kind) {
            out.insert(it.key(), it.value());
        }
    }
    if (!core::csl::extra(item).isEmpty())
        out.insert(QStringLiteral("extra"), core::csl::extra(item));
    return out;
}

QString scalar(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return QString::fromUtf8(QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
                                 .toJson(QJsonDocument::Compact));
}

void section(QString &out, const QString &heading, const QJsonArray &rows,
    const std::function<QString(const QJsonObject &)> &line)
{
    if (rows.isEmpty())
        return;
    out += QStringLiteral("\n%1 (%2)\n").arg(heading).arg(rows.size());
    for (const QJsonValue &v : rows)
        out += QStringLiteral("  ") + line(v.toObject()) + QLatin1Char('\n');
}

QString idTitle(const QJsonObject &o)
{
    return QStringLiteral("%1  %2").arg(
        o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("title")).toString());
}

} // namespace

QJsonObject showJson(core::Repository &repo, const QString &id)
{
    return core::itemDetail(repo, id);
}

QString showText(core::Repository &repo, const QString &id)
{
    const QJsonObject d = core::itemDetail(repo, id);
    QString out = QStringLiteral("%1 [%2]\n%3\n")
                      .arg(d.value(QStringLiteral("id")).toString(), d.value(QStringLiteral("type")).toString(),
                          d.value(QStringLiteral("title")).toString());
    QJsonObject fields = d.value(QStringLiteral("fields")).toObject();
    if (fields.contains(QStringLiteral("csl"))) // a reference: its CSL variables, names and dates as text
        fields = referenceText(fields.value(QStringLiteral("csl")).toObject());
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.value().isObject()) {
            const QJsonObject inner = it.value().toObject();
            for (auto jt = inner.begin(); jt != inner.end(); ++jt)
                out += QStringLiteral("  %1.%2: %3\n").arg(it.key(), jt.key(), scalar(jt.value()));
        } else {
            out += QStringLiteral("  %1: %2\n").arg(it.key(), scalar(it.value()));
        }
    }
    QStringList aliases;
    for (const QJsonValue &a : d.value(QStringLiteral("aliases")).toArray())
        aliases.append(a.toObject().value(QStringLiteral("text")).toString());
    if (!aliases.isEmpty())
        out += QStringLiteral("  aliases: %1\n").arg(aliases.join(QStringLiteral("; ")));

    if (d.contains(QStringLiteral("first_appearance")) && d.value(QStringLiteral("first_appearance")).isObject()) {
        const QJsonObject f = d.value(QStringLiteral("first_appearance")).toObject();
        out += QStringLiteral("  first appears in: %1 (%2)\n")
                   .arg(f.value(QStringLiteral("title")).toString(), f.value(QStringLiteral("date")).toString());
    }
    section(out, QStringLiteral("History"), d.value(QStringLiteral("history")).toArray(), [](const QJsonObject &o) {
        return QStringLiteral("%1  %2  %3 — %4")
            .arg(o.value(QStringLiteral("date")).toString(), o.value(QStringLiteral("milestone")).toString(),
                o.value(QStringLiteral("relation")).toString(), o.value(QStringLiteral("note")).toString());
    });
    section(out, QStringLiteral("Broader"), d.value(QStringLiteral("broader")).toArray(), idTitle);
    section(out, QStringLiteral("Narrower"), d.value(QStringLiteral("narrower")).toArray(), idTitle);
    section(out, QStringLiteral("Related"), d.value(QStringLiteral("related")).toArray(), idTitle);
    section(out, QStringLiteral("Documents"), d.value(QStringLiteral("documents")).toArray(), idTitle);
    section(out, QStringLiteral("Concepts"), d.value(QStringLiteral("concepts")).toArray(), [](const QJsonObject &o) {
        return QStringLiteral("%1  %2 (%3)")
            .arg(o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("title")).toString(),
                o.value(QStringLiteral("relation")).toString());
    });
    section(out, QStringLiteral("Statements"), d.value(QStringLiteral("statements")).toArray(), idTitle);
    section(out, QStringLiteral("Links"), d.value(QStringLiteral("links")).toArray(), [](const QJsonObject &o) {
        return QStringLiteral("%1 → %2  %3")
            .arg(o.value(QStringLiteral("relation")).toString(), o.value(QStringLiteral("target")).toString(),
                o.value(QStringLiteral("target_title")).toString());
    });
    section(out, QStringLiteral("Backlinks"), d.value(QStringLiteral("backlinks")).toArray(), [](const QJsonObject &o) {
        return QStringLiteral("%1 ← %2 [%3]  %4")
            .arg(o.value(QStringLiteral("relation")).toString(), o.value(QStringLiteral("source")).toString(),
                o.value(QStringLiteral("source_type")).toString(), o.value(QStringLiteral("source_title")).toString());
    });
    QStringList sources;
    for (const QJsonValue &s : d.value(QStringLiteral("sources")).toArray())
        sources.append(QStringLiteral("  ") + s.toString());
    if (!sources.isEmpty())
        out += QStringLiteral("\nSources\n") + sources.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return out;
}

} // namespace plenum::cli
