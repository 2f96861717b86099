#include "interchange/taggedformat.h"

#include "interchange/cslvalues.h"
#include "model/error.h"
#include "text/textdecode.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace plenum::core::bib::tagged {

namespace {

struct Field {
    QString tag;
    QString value;
};

struct Record {
    QString type;
    QList<Field> fields;
    int line = 0;
};

bool typeMatches(const char *types, const QString &csl)
{
    if (*types == '\0')
        return true;
    for (const QString &t : QString::fromLatin1(types).split(QLatin1Char(',')))
        if (t == csl)
            return true;
    return false;
}

const TagRule *ruleFor(const Format &format, const QString &tag, const QString &csl)
{
    for (const TagRule &r : format.tags)
        if (tag == QLatin1String(r.tag) && typeMatches(r.types, csl))
            return &r;
    return nullptr;
}

// The lines of TEXT as records, and what could not be read as one.
class Splitter {
public:
    Splitter(const Syntax &syntax, const QString &fileName)
        : m_syntax(syntax)
        , m_file(fileName)
    {
    }
    QList<Record> records;
    QList<Skipped> skipped;

    void run(const QStringList &lines);

private:
    void line(const QString &text, int number);
    void startRecord(const QString &type, int number);
    void finishRecord();
    void orphan(int number, bool tagged);
    void closeOrphans();

    const Syntax &m_syntax;
    QString m_file;
    std::optional<Record> m_current;
    int m_orphanStart = 0;
    bool m_orphanTagged = false;
};

void Splitter::run(const QStringList &lines)
{
    for (int i = 0; i < lines.size(); ++i)
        line(lines.at(i), i + 1);
    if (m_current && !m_syntax.endTag.isEmpty()) {
        skipped.append({ m_current->line,
            QStringLiteral("the file ends inside this record; expected an \"%1\" line closing it")
                .arg(m_syntax.endTag) });
        m_current.reset();
    }
    finishRecord();
    closeOrphans();
}

void Splitter::line(const QString &raw, int number)
{
    QString text = raw;
    text.remove(QLatin1Char('\r'));
    if (number == 1 && text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.trimmed().isEmpty()) {
        if (m_syntax.endTag.isEmpty()) { // a blank line ends a record (and a run of stray lines)
            finishRecord();
            closeOrphans();
        }
        return;
    }
    const auto tagged = m_syntax.split(text);
    if (!tagged) {
        // A value over several lines: an indented line continues a wrapped one, else starts a new line.
        if (m_current && !m_current->fields.isEmpty())
            m_current->fields.last().value
                += (text.at(0).isSpace() ? QLatin1Char(' ') : QLatin1Char('\n')) + text.trimmed();
        else if (m_current)
            m_current->type += QLatin1Char(' ') + text.trimmed();
        else
            orphan(number, false);
        return;
    }
    const auto &[tag, value] = *tagged;
    if (tag == m_syntax.typeTag) {
        startRecord(value, number);
    } else if (!m_current) {
        orphan(number, true);
        if (tag == m_syntax.endTag)
            closeOrphans();
    } else if (tag == m_syntax.endTag) {
        finishRecord();
    } else {
        m_current->fields.append({ tag, value });
    }
}

void Splitter::startRecord(const QString &type, int number)
{
    closeOrphans();
    if (m_current && !m_syntax.endTag.isEmpty()) {
        skipped.append({ m_current->line,
            QStringLiteral("this record has no \"%1\" line before the next record (line %2)")
                .arg(m_syntax.endTag)
                .arg(number) });
        m_current.reset();
    }
    finishRecord();
    m_current = Record { type.trimmed(), {}, number };
}

void Splitter::finishRecord()
{
    if (!m_current)
        return;
    if (m_current->fields.isEmpty())
        skipped.append({ m_current->line, QStringLiteral("the record holds nothing but its type") });
    else
        records.append(*m_current);
    m_current.reset();
}

void Splitter::orphan(int number, bool tagged)
{
    if (m_orphanStart == 0)
        m_orphanStart = number;
    m_orphanTagged = m_orphanTagged || tagged;
}

void Splitter::closeOrphans()
{
    if (m_orphanStart == 0)
        return;
    skipped.append({ m_orphanStart,
        m_orphanTagged ? QStringLiteral("a record without a \"%1\" line (its type)").arg(m_syntax.typeTag)
                       : QStringLiteral("text that is not %1").arg(QLatin1String(m_syntax.formatName)) });
    m_orphanStart = 0;
    m_orphanTagged = false;
}

QString cslTypeOf(const Format &format, const QString &name)
{
    for (const TypeRule &t : format.types)
        if (name.compare(QLatin1String(t.name), Qt::CaseInsensitive) == 0)
            return QLatin1String(t.csl);
    return {};
}

int partCount(const QJsonObject &date)
{
    return static_cast<int>(date.value(QStringLiteral("date-parts")).toArray().first().toArray().size());
}

QString cleanDoi(QString doi)
{
    static const QRegularExpression prefix(
        QStringLiteral("^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)"), QRegularExpression::CaseInsensitiveOption);
    return doi.remove(prefix).trimmed();
}

// One record's fields applied through the tag table.
class ItemBuilder {
public:
    ItemBuilder(const Format &format, const QString &csl)
        : m_format(format)
        , m_csl(csl)
    {
        m_item.insert(QStringLiteral("type"), csl);
    }
    void add(const Field &f);
    QJsonObject finish();
    QStringList notes;

private:
    void text(const TagRule &rule, const QString &tag, const QString &value);
    const Format &m_format;
    QString m_csl;
    QJsonObject m_item;
    QString m_pageStart, m_pageEnd;
    QStringList m_keywords;
};

void ItemBuilder::add(const Field &f)
{
    const QString value = f.value.trimmed();
    if (value.isEmpty())
        return;
    const TagRule *rule = ruleFor(m_format, f.tag, m_csl);
    if (!rule) { // Zotero keeps what it cannot map as a note; so do we
        notes.append(QStringLiteral("%1: %2").arg(f.tag, value));
        return;
    }
    const QString variable = QLatin1String(rule->variable);
    switch (rule->kind) {
    case Kind::Text:
        text(*rule, f.tag, value);
        break;
    case Kind::Names: {
        QJsonArray names = m_item.value(variable).toArray();
        for (const QJsonObject &n : cslNames(value))
            names.append(n);
        m_item.insert(variable, names);
        break;
    }
    case Kind::Date:
    case Kind::Year: {
        const QJsonObject date = cslDate(value);
        const QJsonObject old = m_item.value(variable).toObject();
        if (old.isEmpty() || partCount(old) < partCount(date))
            m_item.insert(variable, date);
        break;
    }
    case Kind::PageStart:
        m_pageStart = value;
        break;
    case Kind::PageEnd:
        m_pageEnd = value;
        break;
    case Kind::Keywords: {
        static const QRegularExpression separators(QStringLiteral("\\s*[;；,，\\n]\\s*"));
        for (const QString &k : value.split(separators, Qt::SkipEmptyParts))
            if (!m_keywords.contains(k))
                m_keywords.append(k);
        break;
    }
    case Kind::Note: {
        const QString old = m_item.value(variable).toString();
        m_item.insert(variable, old.isEmpty() ? value : old + QLatin1Char('\n') + value);
        break;
    }
    case Kind::Serial: {
        static const QRegularExpression issn(QStringLiteral("^\\d{4}-?\\d{3}[\\dXx]$"));
        TagRule serial = *rule;
        serial.variable = issn.match(value).hasMatch() ? "ISSN" : "ISBN";
        text(serial, f.tag, value);
        break;
    }
    }
}

void ItemBuilder::text(const TagRule &rule, const QString &tag, const QString &raw)
{
    const QString variable = QLatin1String(rule.variable);
    QString value = variable == QLatin1String("abstract") ? raw : raw.simplified();
    if (variable == QLatin1String("DOI"))
        value = cleanDoi(value);
    const QString old = m_item.value(variable).toString();
    if (old.isEmpty())
        m_item.insert(variable, value);
    else if (old != value) // a second, different value: kept, as Zotero does, in the note
        notes.append(QStringLiteral("%1: %2").arg(tag, value));
}

QJsonObject ItemBuilder::finish()
{
    // A book's or thesis's SP is its page count, unless an end page or a range shows it is a span.
    const QString count = m_item.value(QStringLiteral("number-of-pages")).toString();
    if ((!m_pageEnd.isEmpty() && m_pageStart.isEmpty() && !count.isEmpty()) || count.contains(QLatin1Char('-'))) {
        m_pageStart = count;
        m_item.remove(QStringLiteral("number-of-pages"));
    }
    if (!m_pageStart.isEmpty() || !m_pageEnd.isEmpty()) {
        const bool range = m_pageStart.contains(QLatin1Char('-')) || m_pageEnd.isEmpty() || m_pageStart.isEmpty();
        const QString page
            = range ? (m_pageStart.isEmpty() ? m_pageEnd : m_pageStart) : m_pageStart + QLatin1Char('-') + m_pageEnd;
        if (!m_item.contains(QStringLiteral("page")))
            m_item.insert(QStringLiteral("page"), page);
    }
    if (!m_keywords.isEmpty())
        m_item.insert(QStringLiteral("keyword"), m_keywords.join(QStringLiteral(", ")));
    if (!m_item.contains(QStringLiteral("container-title")) && m_item.contains(QStringLiteral("container-title-short")))
        m_item.insert(QStringLiteral("container-title"), m_item.value(QStringLiteral("container-title-short")));
    if (!notes.isEmpty()) {
        const QString old = m_item.value(QStringLiteral("note")).toString();
        m_item.insert(QStringLiteral("note"),
            ((old.isEmpty() ? QStringList {} : QStringList { old }) + notes).join(QLatin1Char('\n')));
    }
    return m_item;
}

} // namespace

ParseResult parse(const Format &format, const QString &text, const QString &fileName)
{
    Splitter splitter(format.syntax, fileName);
    splitter.run(text.split(QLatin1Char('\n')));
    if (splitter.records.isEmpty() && !splitter.skipped.isEmpty()) // not this format at all
        throw Error(ErrorCode::InvalidData,
            QStringLiteral("%1:%2: %3; no %4 record was found.")
                .arg(fileName)
                .arg(splitter.skipped.first().line)
                .arg(splitter.skipped.first().reason, QLatin1String(format.syntax.formatName)));
    ParseResult result;
    result.skipped = splitter.skipped;
    for (const Record &r : splitter.records) {
        QString csl = cslTypeOf(format, r.type);
        ItemBuilder builder(format, csl.isEmpty() ? QLatin1String(format.syntax.defaultCsl) : csl);
        if (csl.isEmpty()) // an unknown type: read as the default, its name kept in the note
            builder.notes.append(QStringLiteral("%1: %2").arg(format.syntax.typeTag, r.type));
        for (const Field &f : r.fields)
            builder.add(f);
        result.entries.append({ builder.finish(), r.line });
    }
    std::sort(result.skipped.begin(), result.skipped.end(),
        [](const Skipped &a, const Skipped &b) { return a.line < b.line; });
    return result;
}

ParseResult parse(const Format &format, const QByteArray &data, const QString &fileName)
{
    return parse(format, decodedText(data), fileName);
}

namespace {

QString valueText(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
}

// The lines one rule writes for ITEM.
QStringList valuesFor(const Format &format, const TagRule &rule, const QJsonObject &item)
{
    const QString variable = QLatin1String(rule.variable);
    const QJsonValue v = item.value(variable);
    const QString joiner = format.syntax.listSeparator;
    QStringList out;
    switch (rule.kind) {
    case Kind::Text:
    case Kind::Note:
    case Kind::Serial:
        out.append(valueText(v));
        break;
    case Kind::Names:
        for (const QJsonValue &n : v.toArray())
            out.append(nameText(n.toObject()));
        if (!joiner.isEmpty() && !out.isEmpty())
            out = QStringList { out.join(joiner) };
        break;
    case Kind::Year:
        if (const int y = dateYear(v.toObject()); y != 0)
            out.append(QString::number(y));
        break;
    case Kind::Date: {
        bool hasYearRule = false;
        for (const TagRule &r : format.tags)
            hasYearRule = hasYearRule || (r.kind == Kind::Year && variable == QLatin1String(r.variable));
        if (!hasYearRule || partCount(v.toObject()) > 1 || v.toObject().contains(QStringLiteral("season"))
            || v.toObject().contains(QStringLiteral("literal")))
            out.append(dateText(v.toObject(), format.syntax.dateSeparator));
        break;
    }
    case Kind::PageStart:
    case Kind::PageEnd: {
        const QString page = item.value(QStringLiteral("page")).toString();
        const qsizetype dash = page.indexOf(QLatin1Char('-'));
        if (rule.kind == Kind::PageStart)
            out.append(dash < 0 ? page : page.left(dash));
        else if (dash >= 0)
            out.append(page.mid(dash + 1));
        break;
    }
    case Kind::Keywords: {
        static const QRegularExpression separators(QStringLiteral("\\s*[;,]\\s*"));
        out = item.value(QStringLiteral("keyword")).toString().split(separators, Qt::SkipEmptyParts);
        if (!joiner.isEmpty() && !out.isEmpty())
            out = QStringList { out.join(joiner) };
        break;
    }
    }
    out.removeAll(QString());
    return out;
}

void writeLine(QString &out, const Syntax &syntax, const QString &tag, const QString &value)
{
    const QStringList lines = value.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    out += syntax.writeLine.arg(tag, lines.value(0)) + QLatin1Char('\n'); // "ER  - " keeps its space
    for (qsizetype i = 1; i < lines.size(); ++i)
        out += lines.at(i) + QLatin1Char('\n');
}

QString typeNameOf(const Format &format, const QString &csl)
{
    for (const TypeRule &t : format.types)
        if (csl == QLatin1String(t.csl))
            return QLatin1String(t.name);
    return QLatin1String(format.syntax.defaultName);
}

} // namespace

QByteArray write(const Format &format, const QList<QJsonObject> &items)
{
    QString out;
    for (const QJsonObject &item : items) {
        const QString csl = item.value(QStringLiteral("type")).toString();
        writeLine(out, format.syntax, format.syntax.typeTag, typeNameOf(format, csl));
        QSet<QString> written; // a variable several rules could write goes out once
        for (const TagRule &rule : format.tags) {
            if (rule.readOnly || !typeMatches(rule.types, csl))
                continue;
            const QString key = QLatin1String(rule.variable) + QString::number(static_cast<int>(rule.kind));
            if (written.contains(key) || !item.contains(QLatin1String(rule.variable)))
                continue;
            written.insert(key);
            for (const QString &v : valuesFor(format, rule, item))
                writeLine(out, format.syntax, QLatin1String(rule.tag), v);
        }
        if (!format.syntax.endTag.isEmpty())
            writeLine(out, format.syntax, format.syntax.endTag, QString());
        out += QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace plenum::core::bib::tagged
