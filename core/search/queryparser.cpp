#include "search/queryparser.h"

#include "text/searchtext.h"

#include <QRegularExpression>

namespace plenum::core::search {

namespace {

struct Term {
    QString text;
    bool phrase = false;
    bool prefix = false;
    bool negated = false;
};

struct Lexeme {
    enum Kind { Term, Or, Not } kind = Term;
    search::Term term;
    QString raw;
};

bool hasTokens(const search::Term &t)
{
    return !tokens(t.text, t.prefix ? TokenizeMode::Prefix : TokenizeMode::Query).isEmpty();
}

QString quoted(const search::Term &t)
{
    QString text = t.text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"') + (t.prefix ? QStringLiteral("*") : QString());
}

// Applies key:value; false when KEY is not a filter (the lexeme is then searched as text).
bool applyFilter(const QString &key, const QString &value, QueryFilters &f, QStringList &ignored)
{
    const QString k = key.toLower();
    static const QStringList keys = { QStringLiteral("type"), QStringLiteral("milestone"), QStringLiteral("concept"),
        QStringLiteral("year"), QStringLiteral("lang") };
    if (!keys.contains(k))
        return false;
    const QString raw = key + QLatin1Char(':') + value;
    if (value.isEmpty()) {
        ignored.append(raw);
        return true;
    }
    if (k == QLatin1String("type")) {
        for (QString name : value.toLower().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto type = typeFromName(name);
            if (!type && name.endsWith(QLatin1Char('s')))
                type = typeFromName(name.chopped(1));
            if (type && !f.types.contains(*type))
                f.types.append(*type);
            else if (!type)
                ignored.append(QStringLiteral("type:") + name);
        }
    } else if (k == QLatin1String("milestone")) {
        f.milestones.append(value);
    } else if (k == QLatin1String("concept")) {
        f.concepts.append(value);
    } else if (k == QLatin1String("lang")) {
        const QString lang = value.toLower();
        if (lang == QLatin1String("zh") || lang == QLatin1String("en"))
            f.language = lang;
        else
            ignored.append(raw);
    } else {
        static const QRegularExpression years(QStringLiteral("^(\\d{4})?(?:(\\.\\.|-)(\\d{4})?)?$"));
        const auto m = years.match(value);
        if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(3).isEmpty())) {
            ignored.append(raw);
        } else {
            const bool range = !m.captured(2).isEmpty();
            if (!m.captured(1).isEmpty())
                f.yearFrom = m.captured(1).toInt();
            if (!m.captured(3).isEmpty())
                f.yearTo = m.captured(3).toInt();
            else if (!range)
                f.yearTo = f.yearFrom;
            if (f.yearFrom && f.yearTo && *f.yearFrom > *f.yearTo)
                std::swap(*f.yearFrom, *f.yearTo);
        }
    }
    return true;
}

QList<Lexeme> lex(const QString &text, QueryFilters &filters, QStringList &ignored)
{
    QList<Lexeme> out;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        bool negated = false;
        if (text.at(i) == QLatin1Char('-') && i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
            negated = true;
            ++i;
        }
        if (text.at(i) == QLatin1Char('"')) {
            const qsizetype close = text.indexOf(QLatin1Char('"'), i + 1);
            const qsizetype end = close < 0 ? n : close;
            Lexeme l;
            l.term = { text.mid(i + 1, end - i - 1), true, false, negated };
            i = close < 0 ? n : close + 1;
            while (i < n && text.at(i) == QLatin1Char('*')) {
                l.term.prefix = true;
                ++i;
            }
            l.raw = l.term.text;
            out.append(l);
            continue;
        }
        qsizetype end = i;
        while (end < n && !text.at(end).isSpace() && text.at(end) != QLatin1Char('"'))
            ++end;
        QString word = text.mid(i, end - i);
        i = end;
        Lexeme l;
        l.raw = word;
        if (word == QLatin1String("OR") || word == QLatin1String("|") || word == QLatin1String("||")) {
            l.kind = Lexeme::Or;
        } else if (word == QLatin1String("NOT")) {
            l.kind = Lexeme::Not;
        } else if (word == QLatin1String("AND") || word == QLatin1String("&&")) {
            continue;
        } else {
            while (word.startsWith(QLatin1Char('-'))) {
                word.remove(0, 1);
                negated = true;
            }
            const qsizetype colon = word.indexOf(QLatin1Char(':'));
            if (colon > 0 && !negated && applyFilter(word.left(colon), word.mid(colon + 1), filters, ignored))
                continue;
            while (word.endsWith(QLatin1Char('*'))) {
                word.chop(1);
                l.term.prefix = true;
            }
            l.term.text = word;
            l.term.negated = negated;
        }
        out.append(l);
    }
    return out;
}

// A group of alternatives (OR) that must match; the clauses of a query are ANDed.
using Clause = QList<search::Term>;

void expandAliases(QList<Clause> &clauses, const AliasLookup &lookup, QList<Expansion> &expansions)
{
    constexpr int kMaxWords = 8;
    constexpr int kMaxAlternatives = 12;
    QList<Clause> out;
    for (qsizetype i = 0; i < clauses.size();) {
        // Words that can join a multi-word name: single plain words, not prefixes.
        auto plainWord = [&](qsizetype k) {
            return k < clauses.size() && clauses[k].size() == 1 && !clauses[k][0].phrase && !clauses[k][0].prefix;
        };
        const bool phrase = clauses[i].size() == 1 && clauses[i][0].phrase && !clauses[i][0].prefix;
        qsizetype matchedCount = 0;
        std::optional<AliasEntry> entry;
        QString matched;
        if (phrase) {
            entry = lookup(foldKey(clauses[i][0].text));
            matched = clauses[i][0].text;
            matchedCount = entry ? 1 : 0;
        } else if (plainWord(i)) {
            qsizetype last = i;
            while (last + 1 < clauses.size() && last + 1 - i < kMaxWords && plainWord(last + 1))
                ++last;
            for (qsizetype k = last; k >= i && !entry; --k) {
                QStringList words;
                for (qsizetype w = i; w <= k; ++w)
                    words.append(clauses[w][0].text);
                matched = words.join(QLatin1Char(' '));
                entry = lookup(foldKey(matched));
                matchedCount = entry ? k - i + 1 : 0;
            }
        }
        if (!entry) {
            out.append(clauses[i]);
            ++i;
            continue;
        }
        Clause alternatives { search::Term { matched, true, false, false } };
        QStringList seen { foldKey(matched) };
        Expansion e { matched, entry->entityId, {} };
        for (const QString &name : entry->names) {
            const QString key = foldKey(name);
            if (key.isEmpty() || seen.contains(key) || alternatives.size() >= kMaxAlternatives)
                continue;
            seen.append(key);
            alternatives.append(search::Term { name, true, false, false });
            e.added.append(name);
        }
        if (!e.added.isEmpty())
            expansions.append(e);
        out.append(alternatives);
        i += matchedCount;
    }
    clauses = out;
}

QString clauseExpression(const Clause &c)
{
    QStringList parts;
    for (const auto &t : c)
        parts.append(quoted(t));
    return parts.size() == 1 ? parts.first() : QLatin1Char('(') + parts.join(QLatin1String(" OR ")) + QLatin1Char(')');
}

} // namespace

ParsedQuery parseQuery(const QString &input, const AliasLookup &aliases)
{
    ParsedQuery q;
    QString text = input;
    if (text.size() > kMaxQueryChars) {
        text.truncate(kMaxQueryChars);
        if (text.back().isHighSurrogate())
            text.chop(1);
        q.truncated = true;
    }
    // FTS5 reads its expression as a C string: a NUL would cut it inside a quoted term.
    for (QChar &c : text)
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            c = QLatin1Char(' ');
    const QList<Lexeme> lexemes = lex(text, q.filters, q.ignored);

    QList<Clause> clauses;
    Clause negatives;
    bool pendingOr = false;
    bool pendingNot = false;
    int terms = 0;
    for (const Lexeme &l : lexemes) {
        if (l.kind == Lexeme::Or) {
            if (pendingOr || clauses.isEmpty())
                q.ignored.append(l.raw);
            pendingOr = !clauses.isEmpty();
            continue;
        }
        if (l.kind == Lexeme::Not) {
            if (pendingNot)
                q.ignored.append(l.raw);
            pendingNot = true;
            continue;
        }
        search::Term t = l.term;
        t.negated = t.negated || pendingNot;
        pendingNot = false;
        if (!hasTokens(t)) {
            if (!l.raw.isEmpty())
                q.ignored.append(l.raw);
            pendingOr = false;
            continue;
        }
        if (++terms > kMaxQueryTerms) {
            q.truncated = true;
            break;
        }
        if (t.negated)
            negatives.append(t);
        else if (pendingOr)
            clauses.last().append(t);
        else
            clauses.append(Clause { t });
        pendingOr = false;
    }
    if (pendingOr)
        q.ignored.append(QStringLiteral("OR"));
    if (pendingNot)
        q.ignored.append(QStringLiteral("NOT"));
    if (aliases)
        expandAliases(clauses, aliases, q.expansions);
    if (clauses.isEmpty())
        return q;
    QStringList parts;
    for (const Clause &c : clauses) {
        parts.append(clauseExpression(c));
        for (const auto &t : c)
            q.phrases.append({ t.text, t.prefix, int(parts.size() - 1) });
    }
    for (const auto &t : negatives)
        q.phrases.append({ t.text, t.prefix, -1 });
    q.expression = parts.join(QLatin1String(" AND "));
    if (!negatives.isEmpty())
        q.expression = QLatin1Char('(') + q.expression + QLatin1String(") NOT ") + clauseExpression(negatives);
    q.namesExpression = QStringLiteral("{title aliases} : (") + q.expression + QLatin1Char(')');
    return q;
}

} // namespace plenum::core::search
