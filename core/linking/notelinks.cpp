#include "linking/notelinks.h"

#include "model/cslitem.h"
#include "storage/repository.h"
#include "text/scripts.h"

#include <QRegularExpression>
#include <QSet>

namespace plenum::core {

namespace {

int codePoints(QStringView text)
{
    return static_cast<int>(text.toUcs4().size());
}

// "Author year, p. 12" for one citation; the key as written when it names no reference.
QString citationText(Repository &repo, const NoteToken &t)
{
    const QString id = resolveNoteToken(repo, t);
    QString text = QLatin1Char('@') + t.key;
    if (!id.isEmpty()) {
        const QJsonObject item = repo.item(id).fields;
        const QJsonArray authors = csl::names(item);
        const auto year = csl::year(item);
        QStringList parts;
        if (!authors.isEmpty() && !t.suppressAuthor)
            parts.append(csl::familyOrLiteral(authors.first().toObject()));
        if (year)
            parts.append(QString::number(*year));
        if (!parts.isEmpty())
            text = parts.join(QLatin1Char(' '));
    }
    return t.locator.isEmpty() ? text : text + QStringLiteral(", ") + t.locator;
}

QString withoutEmphasis(QString text)
{
    static const QRegularExpression marks(
        QStringLiteral(R"re((\*\*|\*|`)(?=\S)([^*`\n]*?\S)\1)re"), QRegularExpression::UseUnicodePropertiesOption);
    return text.replace(marks, QStringLiteral("\\2"));
}

} // namespace

QList<NoteToken> scanNote(const QString &body)
{
    QList<NoteToken> tokens;
    // Possessive runs that stop at the next bracket: each match attempt scans at most to the next
    // "[", so the scan is linear (a greedy "[^…]*@" was quadratic on "[@@@@…" without a "]").
    static const QRegularExpression link(QStringLiteral("\\[\\[([^\\[\\]|\\n]++)(?:\\|([^\\[\\]\\n]++))?\\]\\]"));
    static const QRegularExpression cite(QStringLiteral("\\[([^\\[\\]\\n@]*+@[^\\[\\]\\n]*+)\\](?!\\()"));
    static const QRegularExpression item(
        QStringLiteral("^\\s*-?@([\\w\\p{L}][\\w\\p{L}:.#$%&+?<>~/-]*?)\\s*(?:,\\s*(.*))?$"));
    QString masked = body;
    for (auto it = link.globalMatch(body); it.hasNext();) {
        const auto m = it.next();
        tokens.append({ NoteToken::Kind::ItemLink, m.captured(1).trimmed(), m.captured(2).trimmed(), {},
            m.capturedStart(), m.capturedEnd(), 0 });
        masked.replace(m.capturedStart(), m.capturedLength(), QString(m.capturedLength(), QLatin1Char(' ')));
    }
    int group = 0;
    for (auto it = cite.globalMatch(masked); it.hasNext();) {
        const auto m = it.next();
        QList<NoteToken> parts;
        bool valid = true;
        for (const QString &part : m.captured(1).split(QLatin1Char(';'))) {
            const auto pm = item.match(part);
            if (!pm.hasMatch()) {
                valid = false;
                break;
            }
            QString key = pm.captured(1);
            while (key.endsWith(QLatin1Char('.')) || key.endsWith(QLatin1Char(':')))
                key.chop(1);
            parts.append({ NoteToken::Kind::Citation, key, {}, pm.captured(2).trimmed(), m.capturedStart(),
                m.capturedEnd(), group + 1, part.trimmed().startsWith(QLatin1Char('-')) });
        }
        if (valid && !parts.isEmpty()) {
            ++group;
            tokens += parts;
        }
    }
    std::stable_sort(
        tokens.begin(), tokens.end(), [](const NoteToken &a, const NoteToken &b) { return a.start < b.start; });
    return tokens;
}

QString resolveNoteToken(Repository &repo, const NoteToken &token)
{
    if (token.kind == NoteToken::Kind::ItemLink)
        return repo.resolve(token.key);
    auto q = repo.database().prepare("SELECT id FROM refs WHERE citation_key = ?1");
    q.bind(1, token.key);
    return q.next() ? q.text(0) : QString();
}

bool mostlyChinese(QStringView text)
{
    const auto [han, latin, other] = scripts::countScripts(text);
    return han > 0 && han * 2 >= latin + other;
}

QString itemName(Repository &repo, const QString &id, bool chinese)
{
    const auto item = repo.findItem(id);
    if (!item)
        return id;
    for (const char *key : { chinese ? "name_zh" : "name_en", chinese ? "title_zh" : "title_en",
             chinese ? "name_en" : "name_zh", chinese ? "title_en" : "title_zh", "title" })
        if (!item->text(QLatin1String(key)).isEmpty())
            return item->text(QLatin1String(key));
    return repo.title(id);
}

QString itemLinkText(Repository &repo, const NoteToken &token, bool chinese)
{
    if (!token.label.isEmpty())
        return token.label;
    const QString id = repo.resolve(token.key);
    return id.isEmpty() || id != token.key ? token.key : itemName(repo, id, chinese);
}

QString renderedNoteText(Repository &repo, const QString &markup)
{
    const bool zh = mostlyChinese(markup);
    const QList<NoteToken> tokens = scanNote(markup);
    QString out;
    qsizetype at = 0;
    for (qsizetype i = 0; i < tokens.size();) {
        const NoteToken &t = tokens.at(i);
        out += withoutEmphasis(markup.mid(at, t.start - at));
        if (t.kind == NoteToken::Kind::ItemLink) {
            out += itemLinkText(repo, t, zh);
            ++i;
        } else {
            QStringList cites;
            for (; i < tokens.size() && tokens.at(i).kind == NoteToken::Kind::Citation && tokens.at(i).group == t.group;
                 ++i)
                cites.append(citationText(repo, tokens.at(i)));
            out += QStringLiteral("(%1)").arg(cites.join(QStringLiteral("; ")));
        }
        at = t.end;
    }
    return out + withoutEmphasis(markup.mid(at));
}

NoteLinks noteLinks(Repository &repo, const QString &noteId, const QString &body)
{
    NoteLinks out;
    QSet<QString> seen; // [@a; @a] or the same bracket twice at one span
    qsizetype counted = 0; // code points are counted once, token by token (tokens come in order)
    int pointsBefore = 0;
    for (const NoteToken &t : scanNote(body)) {
        const bool citation = t.kind == NoteToken::Kind::Citation;
        const QString target = resolveNoteToken(repo, t);
        if (target.isEmpty()) {
            out.unresolved.append(citation ? QLatin1Char('@') + t.key : QStringLiteral("[[%1]]").arg(t.key));
            continue;
        }
        if (target == noteId)
            continue;
        Link l;
        l.sourceId = noteId;
        l.targetId = target;
        l.relation = citation ? Relation::Cites : Relation::Mentions;
        pointsBefore += codePoints(QStringView(body).mid(counted, t.start - counted));
        counted = t.start;
        l.spanStart = pointsBefore;
        l.spanEnd = l.spanStart.value() + codePoints(QStringView(body).mid(t.start, t.end - t.start));
        l.matched = body.mid(t.start, t.end - t.start);
        l.note = t.locator;
        const QString identity = QStringLiteral("%1|%2|%3").arg(l.targetId, relationName(l.relation)).arg(*l.spanStart);
        if (!seen.contains(identity)) {
            seen.insert(identity);
            out.links.append(l);
        }
    }
    return out;
}

QStringList saveNote(Repository &repo, const Item &note)
{
    Transaction tx(repo.database());
    if (repo.typeOf(note.id))
        repo.updateItem(note);
    else
        repo.createItem(note);
    const NoteLinks derived = noteLinks(repo, note.id, note.text(QStringLiteral("body")));
    QList<Link> kept;
    for (const Link &l : repo.outgoingLinks(note.id)) {
        const bool fromBody = l.origin == LinkOrigin::Manual && l.spanStart.has_value()
            && (l.relation == Relation::Mentions || l.relation == Relation::Cites);
        if (fromBody)
            repo.removeLink(l.rowId);
        else
            kept.append(l);
    }
    for (const Link &l : derived.links) {
        bool byHand = false; // the same link already added by hand (no span): do not show it twice
        for (const Link &k : kept)
            byHand = byHand || (k.targetId == l.targetId && k.relation == l.relation && !k.spanStart);
        if (!byHand)
            repo.addLink(l);
    }
    tx.commit();
    return derived.unresolved;
}

} // namespace plenum::core
