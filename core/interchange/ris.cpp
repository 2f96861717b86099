#include "interchange/bibformats.h"

#include "model/error.h"
#include "text/scripts.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace plenum::core::bib {

namespace {

struct TypeMap {
    const char *ris;
    const char *csl;
};
// The first entry for a CSL type is the one written on export.
constexpr TypeMap kTypes[] = {
    { "JOUR", "article-journal" },
    { "BOOK", "book" },
    { "CHAP", "chapter" },
    { "CONF", "paper-conference" },
    { "THES", "thesis" },
    { "RPRT", "report" },
    { "ELEC", "webpage" },
    { "UNPB", "manuscript" },
    { "CPAPER", "paper-conference" },
    { "WEB", "webpage" },
    { "GEN", "manuscript" },
    { "EJOUR", "article-journal" },
    { "MGZN", "article-journal" },
    { "NEWS", "article-journal" },
    { "EBOOK", "book" },
    { "EDBOOK", "book" },
};

// RIS tags stored in named extra keys (shared with BibTeX field names) rather than "ris_XX".
struct ExtraTag {
    const char *tag;
    const char *key;
};
constexpr ExtraTag kExtraTags[] = { { "AB", "abstract" }, { "KW", "keywords" }, { "SN", "issn" }, { "CY", "address" },
    { "LA", "language" }, { "ED", "editor" } };

QString extraKeyOf(const QString &tag)
{
    for (const ExtraTag &e : kExtraTags)
        if (tag == QLatin1String(e.tag))
            return QLatin1String(e.key);
    return QStringLiteral("ris_") + tag;
}

// Tags whose repeated lines are one list (joined with "; " in extra).
bool isListTag(const QString &tag)
{
    return tag == QLatin1String("KW") || tag == QLatin1String("ED") || tag == QLatin1String("A2")
        || tag == QLatin1String("A3") || tag == QLatin1String("A4");
}

QString nameLine(const QJsonObject &n)
{
    if (n.contains(QStringLiteral("literal")))
        return n.value(QStringLiteral("literal")).toString();
    const QString given = n.value(QStringLiteral("given")).toString();
    const QString family = n.value(QStringLiteral("family")).toString();
    return given.isEmpty() ? family : family + QStringLiteral(", ") + given;
}

QJsonObject risName(const QString &text)
{
    // A RIS author without a comma is a single name as written: keep it literal unless it is Chinese.
    if (!text.contains(QLatin1Char(',')) && !scripts::containsHan(text))
        return { { QStringLiteral("literal"), text } };
    return parseName(text);
}

Entry toEntry(const QList<QPair<QString, QString>> &tags, int line)
{
    QJsonObject o, extra;
    QJsonArray authors;
    QMap<QString, QStringList> rest;
    QString type, sp, ep;
    for (const auto &[tag, value] : tags) {
        if (tag == QLatin1String("TY"))
            type = value;
        else if (tag == QLatin1String("AU") || tag == QLatin1String("A1"))
            authors.append(risName(value));
        else
            rest[tag].append(value);
    }
    auto takeFirst = [&](std::initializer_list<const char *> names) -> QString {
        for (const char *n : names) {
            auto it = rest.find(QLatin1String(n));
            if (it != rest.end() && !it->isEmpty()) {
                const QString v = it->takeFirst();
                if (it->isEmpty())
                    rest.erase(it);
                return v;
            }
        }
        return {};
    };
    QString csl;
    for (const TypeMap &t : kTypes)
        if (type == QLatin1String(t.ris) && csl.isEmpty())
            csl = QLatin1String(t.csl);
    if (csl.isEmpty())
        csl = QStringLiteral("manuscript");
    for (const TypeMap &t : kTypes)
        if (csl == QLatin1String(t.csl)) {
            if (type != QLatin1String(t.ris))
                extra.insert(QStringLiteral("ris_type"), type);
            break;
        }
    o.insert(QStringLiteral("csl_type"), csl);
    auto put = [&](const char *key, const QString &v) {
        if (!v.isEmpty())
            o.insert(QLatin1String(key), v);
    };
    put("citation_key", takeFirst({ "ID" }));
    put("title", takeFirst({ "TI", "T1" }));
    if (!authors.isEmpty())
        o.insert(QStringLiteral("authors"), authors);
    put("container", takeFirst({ "T2", "JO", "JF", "BT" }));
    const QString py = takeFirst({ "PY", "Y1" });
    static const QRegularExpression year(QStringLiteral("^(\\d{4})"));
    const auto m = year.match(py);
    if (m.hasMatch()) {
        o.insert(QStringLiteral("year"), m.captured(1).toInt());
        if (py != m.captured(1))
            extra.insert(QStringLiteral("ris_PY"), py);
    } else if (!py.isEmpty()) {
        extra.insert(QStringLiteral("ris_PY"), py);
    }
    put("volume", takeFirst({ "VL" }));
    put("issue", takeFirst({ "IS" }));
    sp = takeFirst({ "SP" });
    ep = takeFirst({ "EP" });
    put("pages", ep.isEmpty() ? sp : sp + QLatin1Char('-') + ep);
    put("doi", takeFirst({ "DO" }));
    put("url", takeFirst({ "UR" }));
    put("publisher", takeFirst({ "PB" }));
    if (rest.contains(QStringLiteral("N1")))
        put("note", rest.take(QStringLiteral("N1")).join(QLatin1Char('\n')));
    for (auto it = rest.cbegin(); it != rest.cend(); ++it)
        extra.insert(
            extraKeyOf(it.key()), it.value().join(isListTag(it.key()) ? QStringLiteral("; ") : QStringLiteral("\n")));
    if (!extra.isEmpty())
        o.insert(QStringLiteral("extra"), extra);
    return { o, line };
}

} // namespace

QList<Entry> parseRis(const QByteArray &data, const QString &fileName)
{
    static const QRegularExpression tagLine(QStringLiteral("^([A-Z][A-Z0-9])  -(?: (.*))?$"));
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'));
    QList<Entry> entries;
    QList<QPair<QString, QString>> current;
    int start = 0;
    auto fail = [&](int line, const QString &expected, const QString &found) {
        throw Error(ErrorCode::InvalidData,
            QStringLiteral("%1:%2: expected %3, found \"%4\".").arg(fileName).arg(line).arg(expected, found));
    };
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString(lines[i]).remove(QLatin1Char('\r'));
        const auto m = tagLine.match(line);
        if (!m.hasMatch()) {
            if (line.trimmed().isEmpty())
                continue;
            if (start == 0)
                fail(i + 1, QStringLiteral("a \"TY  - \" line starting a record"), line.left(40));
            current.last().second += QLatin1Char(' ') + line.trimmed(); // a wrapped long value
            continue;
        }
        const QString tag = m.captured(1);
        const QString value = m.captured(2).trimmed();
        if (start == 0) {
            if (tag != QLatin1String("TY"))
                fail(i + 1, QStringLiteral("a \"TY  - \" line starting a record"), line.left(40));
            start = i + 1;
        } else if (tag == QLatin1String("TY")) {
            fail(i + 1, QStringLiteral("\"ER  - \" ending the record started on line %1").arg(start), line.left(40));
        }
        if (tag == QLatin1String("ER")) {
            Entry e = toEntry(current, start);
            if (e.fields.value(QStringLiteral("title")).toString().isEmpty())
                throw Error(ErrorCode::InvalidData,
                    QStringLiteral("%1:%2: the record has no title; expected a TI or T1 line.")
                        .arg(fileName)
                        .arg(start));
            entries.append(e);
            current.clear();
            start = 0;
        } else {
            current.append({ tag, value });
        }
    }
    if (start != 0)
        fail(static_cast<int>(lines.size()),
            QStringLiteral("\"ER  - \" ending the record started on line %1").arg(start),
            QStringLiteral("the end of the file"));
    return entries;
}

QByteArray writeRis(const QList<QJsonObject> &references)
{
    QString out;
    for (const QJsonObject &r : references) {
        const QString csl = r.value(QStringLiteral("csl_type")).toString(QStringLiteral("article-journal"));
        QJsonObject extra = r.value(QStringLiteral("extra")).toObject();
        QString type = extra.take(QStringLiteral("ris_type")).toString();
        for (const TypeMap &t : kTypes)
            if (type.isEmpty() && csl == QLatin1String(t.csl))
                type = QLatin1String(t.ris);
        if (type.isEmpty())
            type = QStringLiteral("GEN");
        auto tag = [&](const char *name, const QString &value) {
            for (const QString &v : value.split(QLatin1Char('\n')))
                if (!v.isEmpty())
                    out += QStringLiteral("%1  - %2\n").arg(QLatin1String(name), v);
        };
        tag("TY", type);
        tag("ID", r.value(QStringLiteral("citation_key")).toString());
        tag("TI", r.value(QStringLiteral("title")).toString());
        for (const QJsonValue &a : r.value(QStringLiteral("authors")).toArray())
            tag("AU", nameLine(a.toObject()));
        tag("T2", r.value(QStringLiteral("container")).toString());
        const QString py = extra.take(QStringLiteral("ris_PY")).toString();
        tag("PY",
            py.isEmpty() && r.contains(QStringLiteral("year"))
                ? QString::number(r.value(QStringLiteral("year")).toInteger())
                : py);
        tag("VL", r.value(QStringLiteral("volume")).toString());
        tag("IS", r.value(QStringLiteral("issue")).toString());
        const QString pages = r.value(QStringLiteral("pages")).toString();
        const qsizetype dash = pages.indexOf(QLatin1Char('-'));
        tag("SP", dash < 0 ? pages : pages.left(dash));
        if (dash >= 0)
            tag("EP", pages.mid(dash + 1));
        tag("DO", r.value(QStringLiteral("doi")).toString());
        tag("UR", r.value(QStringLiteral("url")).toString());
        tag("PB", r.value(QStringLiteral("publisher")).toString());
        tag("N1", r.value(QStringLiteral("note")).toString());
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
            QString t;
            for (const ExtraTag &e : kExtraTags)
                if (it.key() == QLatin1String(e.key))
                    t = QLatin1String(e.tag);
            if (t.isEmpty() && it.key().startsWith(QLatin1String("ris_")) && it.key().size() == 6)
                t = it.key().mid(4);
            const QString value = it.value().toString();
            if (it.key() == QLatin1String("bibtex_type"))
                continue;
            if (t.isEmpty()) { // a field from another format: keep it as a labelled note
                tag("N1", QStringLiteral("%1: %2").arg(it.key(), value).replace(QLatin1Char('\n'), QLatin1Char(' ')));
                continue;
            }
            const QStringList parts = isListTag(t) ? value.split(QStringLiteral("; ")) : QStringList { value };
            for (const QString &p : parts)
                tag(t.toLatin1().constData(), p);
        }
        out += QStringLiteral("ER  - \n\n");
    }
    return out.toUtf8();
}

} // namespace plenum::core::bib
