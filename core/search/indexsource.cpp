#include "search/indexsource.h"

#include "search/rowid.h"
#include "search/searchcontent.h"
#include "text/scripts.h"

#include <QCryptographicHash>

namespace plenum::core::search {

// What each item type contributes: title (names), aliases, body, date, declared language, linked term.
// clang-format off
#define PLENUM_ALIASES(x) "coalesce((SELECT group_concat(a.alias, char(10)) FROM kb.aliases a WHERE a.entity_id = " x "), '')"
#define PLENUM_TERM(x)                                                                                                  \
    "(SELECT max(lm.term) FROM kb.links l JOIN kb.milestones lm ON lm.id = l.target_id WHERE l.source_id = " x      \
    " AND l.rejected = 0)"
#define PLENUM_JSON_LIST(col) "CASE WHEN json_valid(" col ") THEN coalesce((SELECT group_concat(value, '; ') FROM json_each(" col ") WHERE type = 'text'), '') ELSE '' END"
#define PLENUM_SOURCE(WHERE_M, WHERE_C, WHERE_D, WHERE_R, WHERE_S, WHERE_N)                                           \
    "SELECT m.id, 'milestone', m.name_en || char(10) || m.name_zh, " PLENUM_ALIASES("m.id") ", "                        \
    "m.summary_en || char(10) || m.summary_zh, m.start_date, NULL, m.term FROM kb.milestones m " WHERE_M               \
    " UNION ALL SELECT c.id, 'concept', c.name_en || char(10) || c.name_zh, " PLENUM_ALIASES("c.id") ", "              \
    "c.definition_en || char(10) || c.definition_zh, NULL, NULL, " PLENUM_TERM("c.id") " FROM kb.concepts c " WHERE_C \
    " UNION ALL SELECT d.id, 'document', d.title_en || char(10) || d.title_zh, " PLENUM_ALIASES("d.id") ", "           \
    "d.summary_en || char(10) || d.summary_zh || char(10) || d.abstract || char(10) || " PLENUM_JSON_LIST("d.authors") \
    " || char(10) || " PLENUM_JSON_LIST("d.keywords") " || char(10) || d.affiliation, d.date, d.language, "            \
    PLENUM_TERM("d.id") " FROM kb.documents d " WHERE_D                                                                 \
    " UNION ALL SELECT r.id, 'reference', r.title, " PLENUM_ALIASES("r.id") ", "                                       \
    "CASE WHEN json_valid(r.authors) THEN coalesce((SELECT group_concat(coalesce(json_extract(value, '$.literal'), "   \
    "trim(coalesce(json_extract(value, '$.given'), '') || ' ' || coalesce(json_extract(value, '$.family'), ''))), "   \
    "'; ') FROM json_each(r.authors) WHERE type = 'object'), '') ELSE '' END || char(10) || r.container || char(10) "  \
    "|| r.publisher, CAST(r.year AS TEXT), NULL, " PLENUM_TERM("r.id") " FROM kb.refs r " WHERE_R                      \
    " UNION ALL SELECT s.id, 'statement', '', " PLENUM_ALIASES("s.id") ", s.text, "                                    \
    "coalesce(s.date, (SELECT sd.date FROM kb.documents sd WHERE sd.id = s.document_id)), s.language, "                \
    PLENUM_TERM("s.id") " FROM kb.statements s " WHERE_S                                                                \
    " UNION ALL SELECT n.id, 'note', n.title, " PLENUM_ALIASES("n.id") ", n.body, NULL, NULL, " PLENUM_TERM("n.id")    \
    " FROM kb.notes n " WHERE_N
// clang-format on

const char kAllSources[] = PLENUM_SOURCE("", "", "", "", "", "");
const char kOneSource[] = PLENUM_SOURCE(
    "WHERE m.id = ?1", "WHERE c.id = ?1", "WHERE d.id = ?1", "WHERE r.id = ?1", "WHERE s.id = ?1", "WHERE n.id = ?1");

namespace {

int languageBits(const QString &declared, const QString &title, const QString &body)
{
    if (declared == QLatin1String("zh"))
        return 1;
    if (declared == QLatin1String("en"))
        return 2;
    int bits = 0;
    for (const QString *s : { &title, &body })
        scripts::forEachCodePoint(*s, [&](char32_t c) {
            if (scripts::isHan(c))
                bits |= 1;
            else if (scripts::isLatinLetter(c))
                bits |= 2;
            return bits != 3;
        });
    return bits;
}

std::int64_t digestOf(const QString &title, const QString &aliases, const QString &body)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString *s : { &title, &aliases, &body }) {
        hash.addData(s->toUtf8());
        hash.addData(QByteArrayView("\0", 1));
    }
    const QByteArray bytes = hash.result();
    std::int64_t digest = 0;
    for (int i = 0; i < 8; ++i)
        digest = (digest << 8) | std::uint8_t(bytes[i]);
    return digest;
}

} // namespace

Congresses loadCongresses(Database &db)
{
    Congresses congresses;
    auto c = db.prepare("SELECT start_date, term FROM kb.milestones WHERE kind = 'national_congress' AND term IS NOT "
                        "NULL ORDER BY start_date");
    while (c.next())
        congresses.append({ c.text(0), static_cast<int>(c.integer(1)) });
    return congresses;
}

std::optional<IndexedItem> readIndexedItem(const Query &source, const Congresses &congresses)
{
    const auto type = typeFromName(source.text(1));
    if (!type)
        return std::nullopt;
    IndexedItem item;
    item.entityId = source.text(0);
    item.type = *type;
    item.title = indexedTitle(source.text(2));
    item.aliases = source.text(3);
    item.body = source.text(4);
    const QString date = source.text(5);
    int term = source.isNull(7) ? 0 : static_cast<int>(source.integer(7));
    if (term == 0 && !date.isEmpty())
        for (const auto &[start, t] : congresses)
            if (start.left(date.size()) <= date)
                term = t;
    item.layout
        = rowid::pack(*type, term, date.left(4).toInt(), languageBits(source.text(6), item.title, item.body), 0);
    item.digest = digestOf(item.title, item.aliases, item.body);
    return item;
}

} // namespace plenum::core::search
