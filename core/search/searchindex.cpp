#include "search/searchindex.h"
#include "model/resourcetext.h"
#include "storage/kbfiles.h"

#include "search/searchcontent.h"
#include "search/searchtokenizer.h"
#include "storage/migrator.h"
#include "text/scripts.h"
#include "text/searchtext.h"

#include <QFile>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <set>

namespace plenum::core::search {

namespace {

// The index row id packs what filters and facets need, so they never read a row:
// bits 56–58 type (1–6), 51–55 Central Committee term, 43–50 year − 1900, 41–42 language
// (1 zh, 2 en, 3 both), 0–40 a serial number. Within a type, higher ids are more recent.
constexpr int kTypeShift = 56;
constexpr int kTermShift = 51;
constexpr int kYearShift = 43;
constexpr int kLangShift = 41;
constexpr std::int64_t kSerialMask = (std::int64_t(1) << kLangShift) - 1;

// Statements, the bulk of a large knowledge base and the only type without titles, come last so
// that "everything with a title" is one id range.
constexpr ItemType kTypeByCode[] = { ItemType::Note, ItemType::Milestone, ItemType::Concept, ItemType::Document,
    ItemType::Reference, ItemType::Note, ItemType::Statement };
constexpr int kStatementCode = 6;

int typeCode(ItemType t)
{
    for (int code = 1; code < int(std::size(kTypeByCode)); ++code)
        if (kTypeByCode[code] == t)
            return code;
    return 0;
}

std::int64_t packId(ItemType type, int term, int year, int lang, std::int64_t serial)
{
    const int yearCode = year > 1900 && year < 2156 ? year - 1900 : 0;
    return (std::int64_t(typeCode(type)) << kTypeShift) | (std::int64_t(std::clamp(term, 0, 31)) << kTermShift)
        | (std::int64_t(yearCode) << kYearShift) | (std::int64_t(lang & 3) << kLangShift) | (serial & kSerialMask);
}

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

// Every filter is a bound parameter; ?1 is the MATCH expression, ?2/?3 the row-id range. Only the
// filters a search uses are written into its statements (filterSql()), since every condition costs
// time per match and a frequent term has hundreds of thousands. %F marks where they go.
#define PLENUM_SCORE "plenum_rank(search_fts, 10.0, 5.0, 1.0)"

const char kExactRank[] = "SELECT rowid, " PLENUM_SCORE " AS score FROM search_fts WHERE search_fts MATCH ?1"
                          "%F ORDER BY score LIMIT ?10";
const char kRecentCandidates[] = "SELECT rowid, " PLENUM_SCORE " FROM search_fts WHERE search_fts MATCH ?1"
                                 "%F ORDER BY rowid DESC LIMIT ?10";
const char kCappedCount[] = "SELECT count(*) FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH ?1%F LIMIT ?10)";
const char kFacets[] = "SELECT rowid >> 43, count(*) FROM search_fts WHERE search_fts MATCH ?1%F GROUP BY rowid >> 43";
const char kCount[] = "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?1%F";
// FTS5's own snippet() may cut a multi-token phrase at the window's end, so hits carry the
// highlighted columns and cropSnippet() picks the window.
const char kHighlight[] = "SELECT d.entity_id, search_fts.title, search_fts.body, highlight(search_fts, 2, ?2, ?3), "
                          "highlight(search_fts, 0, ?2, ?3), highlight(search_fts, 1, ?2, ?3) "
                          "FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid WHERE search_fts MATCH ?1 AND "
                          "search_fts.rowid = ?4";

// BEGIN (deferred, unlike Transaction's BEGIN IMMEDIATE) so the attached knowledge base is only
// read-locked: the app can keep writing it while the index catches up.
class IndexTransaction {
public:
    explicit IndexTransaction(Database &db)
        : m_db(db)
    {
        m_db.exec("BEGIN");
    }
    IndexTransaction(const IndexTransaction &) = delete;
    IndexTransaction &operator=(const IndexTransaction &) = delete;
    ~IndexTransaction()
    {
        if (m_open)
            sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
    void commit()
    {
        m_db.exec("COMMIT");
        m_open = false;
    }

private:
    Database &m_db;
    bool m_open = true;
};

void removeIndexFiles(const QString &path)
{
    for (const char *suffix : { "", "-wal", "-shm", "-journal" }) {
        const QString file = path + QLatin1String(suffix);
        if (QFile::exists(file) && !QFile::remove(file))
            throw Error(ErrorCode::FileError,
                QStringLiteral("Cannot replace the search index %1: the file cannot be removed.").arg(file));
    }
}

QString metaValue(Database &db, const char *key)
{
    auto q = db.prepare("SELECT value FROM search_meta WHERE key = ?1");
    q.bindAll(QString::fromLatin1(key));
    return q.next() ? q.text(0) : QString();
}

void setMeta(Database &db, const char *key, const QString &value)
{
    db.prepare("INSERT OR REPLACE INTO search_meta(key, value) VALUES (?1, ?2)")
        .bindAll(QString::fromLatin1(key), value.isNull() ? QStringLiteral("") : value)
        .run();
}

struct Bounds {
    std::int64_t low = 0;
    std::int64_t high = std::numeric_limits<std::int64_t>::max();
    std::int64_t typeMask = 0x7E;
    int yearLow = 0;
    int yearHigh = 255;
    int lang = 0;
};

Bounds boundsFor(const QueryFilters &f, const SearchOptions &o)
{
    Bounds b;
    QList<ItemType> types = f.types;
    if (o.type) {
        // The option narrows what the query allows; conflicting restrictions match nothing.
        types = types.isEmpty() || types.contains(*o.type) ? QList<ItemType> { *o.type } : QList<ItemType> {};
        if (types.isEmpty())
            b.typeMask = 0;
    }
    if (!types.isEmpty()) {
        b.typeMask = 0;
        int lo = 7, hi = 0;
        for (const ItemType t : types) {
            b.typeMask |= std::int64_t(1) << typeCode(t);
            lo = std::min(lo, typeCode(t));
            hi = std::max(hi, typeCode(t));
        }
        b.low = std::int64_t(lo) << kTypeShift;
        b.high = (std::int64_t(hi + 1) << kTypeShift) - 1;
    }
    if (f.yearFrom)
        b.yearLow = std::clamp(*f.yearFrom - 1900, 1, 255);
    if (f.yearTo)
        b.yearHigh = std::clamp(*f.yearTo - 1900, 0, 255);
    if (f.yearFrom && !f.yearTo)
        b.yearHigh = 255;
    if (f.yearTo && !f.yearFrom)
        b.yearLow = 1;
    if (!f.language.isEmpty())
        b.lang = f.language == QLatin1String("zh") ? 1 : 2;
    return b;
}

struct Range {
    std::int64_t low;
    std::int64_t high;
};

bool hasYearFilter(const Bounds &b)
{
    return b.yearLow > 0 || b.yearHigh < 255;
}
bool hasTypeFilter(const Bounds &b)
{
    return b.typeMask != 0x7E;
}

// The conditions of a search's filters; parameters ?4 type bit mask, ?5/?6 year codes, ?7 language
// bits, ?8 milestone, ?9 concept. DEAD: search_dead has rows to skip.
QByteArray filterSql(const Bounds &b, const QueryFilters &f, bool dead)
{
    QByteArray sql = " AND rowid BETWEEN ?2 AND ?3";
    if (hasTypeFilter(b))
        sql += " AND ((?4 >> ((rowid >> 56) & 7)) & 1)";
    if (hasYearFilter(b))
        sql += " AND ((rowid >> 43) & 255) BETWEEN ?5 AND ?6";
    if (b.lang != 0)
        sql += " AND ((rowid >> 41) & ?7) <> 0";
    for (const auto &[list, param] : { std::pair { &f.milestones, "?8" }, std::pair { &f.concepts, "?9" } })
        if (!list->isEmpty())
            sql += QByteArray(" AND rowid IN (SELECT d.id FROM search_docs d WHERE d.entity_id = ") + param
                + " OR d.entity_id IN (SELECT l.source_id FROM kb.links l WHERE l.target_id = " + param
                + " AND l.rejected = 0))";
    if (dead)
        sql += " AND rowid NOT IN (SELECT id FROM search_dead)";
    return sql;
}

QByteArray withFilters(const char *sql, const QByteArray &filters)
{
    return QByteArray(sql).replace("%F", filters);
}

void bindFilters(Query &q, const QString &expression, const Bounds &b, const QueryFilters &f, const Range &range)
{
    q.reset();
    q.bind(1, expression).bind(2, range.low).bind(3, range.high);
    if (hasTypeFilter(b))
        q.bind(4, b.typeMask);
    if (hasYearFilter(b))
        q.bind(5, b.yearLow).bind(6, b.yearHigh);
    if (b.lang != 0)
        q.bind(7, b.lang);
    if (!f.milestones.isEmpty())
        q.bind(8, f.milestones.first());
    if (!f.concepts.isEmpty())
        q.bind(9, f.concepts.first());
}

// About MAX_CHARS of TEXT around its first highlighted match, never cutting a match or a mark.
QString cropSnippet(QString text, const QString &open, const QString &close, int maxChars)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const qsizetype first = text.indexOf(open);
    qsizetype start = first < 0 ? 0 : std::max<qsizetype>(0, first - maxChars / 4);
    qsizetype end = std::min<qsizetype>(text.size(), start + maxChars);
    const qsizetype lastOpen = end > 0 ? text.lastIndexOf(open, end - 1) : -1;
    if (lastOpen >= start) {
        const qsizetype c = text.indexOf(close, lastOpen);
        if (c >= 0 && c + close.size() > end)
            end = c + close.size();
    }
    if (start > 0 && text.at(start).isLowSurrogate())
        --start;
    if (end < text.size() && text.at(end).isLowSurrogate())
        ++end;
    return (start > 0 ? QStringLiteral("…") : QString()) + text.mid(start, end - start).trimmed()
        + (end < text.size() ? QStringLiteral("…") : QString());
}

QString statementTitle(const QString &body)
{
    constexpr int kTitleChars = 80;
    QString t = body.simplified();
    if (t.size() > kTitleChars) {
        t.truncate(kTitleChars);
        if (t.back().isHighSurrogate())
            t.chop(1);
        t += QStringLiteral("…");
    }
    return t;
}

} // namespace

QString SearchIndex::indexPath(const QString &kbPath)
{
    return searchIndexPath(kbPath);
}

SearchIndex::SearchIndex(Database db, QString kbPath)
    : m_db(std::move(db))
    , m_kbPath(std::move(kbPath))
{
    m_rank = registerTokenizer(m_db);
    m_rank->idfCountLimit = kExactRankLimit;
    registerContentModule(m_db, kOneSource);
    m_db.prepare("ATTACH DATABASE ?1 AS kb").bindAll(kbAttachName(m_kbPath)).run();
}

SearchIndex::~SearchIndex() = default;

Database SearchIndex::openFile(const QString &kbPath)
{
    Database db = Database::open(indexPath(kbPath), Database::OpenMode::Create);
    if (!db.prepare("SELECT 1 FROM sqlite_schema").next()) {
        // A new file: incremental auto-vacuum lets rebuild() hand back the pages merging leaves free.
        db.exec("PRAGMA auto_vacuum = INCREMENTAL");
        db.exec("VACUUM");
    }
    db.exec("PRAGMA cache_size = -65536");
    return db;
}

std::unique_ptr<SearchIndex> SearchIndex::open(const QString &kbPath, const Progress &progress)
{
    if (!QFile::exists(kbPath))
        throw Error(
            ErrorCode::NotFound, QStringLiteral("Cannot search %1: the knowledge base does not exist.").arg(kbPath));
    const QString path = indexPath(kbPath);
    std::unique_ptr<SearchIndex> index;
    bool valid = false;
    try {
        index.reset(new SearchIndex(openFile(kbPath), kbPath));
        const bool hasMeta = index->m_db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'search_meta'").next();
        valid = hasMeta && metaValue(index->m_db, "version") == QString::number(kVersion)
            && index->lastAppliedSeq() <= index->journalHead();
        if (valid) // a damaged file often opens fine and fails on the first real read
            index->m_db.exec("SELECT count(*) FROM search_fts WHERE search_fts MATCH 'plenum'");
    } catch (const Error &e) {
        // The knowledge base's problems are the caller's; the index's are ours to repair.
        if (e.code() == ErrorCode::Locked || e.code() == ErrorCode::ReadOnly || !QFile::exists(kbPath))
            throw;
        index.reset();
        valid = false;
    }
    if (!valid) {
        index.reset();
        removeIndexFiles(path);
        index.reset(new SearchIndex(openFile(kbPath), kbPath));
        index->rebuild(progress);
        index->m_state = IndexState::Rebuilt;
        return index;
    }
    index->m_serial = metaValue(index->m_db, "serial").toLongLong();
    for (const QString &key : metaValue(index->m_db, "type_terms").split(QLatin1Char(','), Qt::SkipEmptyParts))
        index->m_typeTerms.insert(key.toInt());
    index->loadAliases();
    if (index->catchUp(progress) > 0)
        index->m_state = IndexState::CaughtUp;
    return index;
}

std::int64_t SearchIndex::lastAppliedSeq()
{
    return metaValue(m_db, "last_seq").toLongLong();
}

std::int64_t SearchIndex::journalHead()
{
    auto q = m_db.prepare("SELECT coalesce(max(seq), 0) FROM kb.changes");
    return q.next() ? q.integer(0) : 0;
}

std::int64_t SearchIndex::itemCount()
{
    auto q = m_db.prepare("SELECT count(*) FROM search_docs");
    return q.next() ? q.integer(0) : 0;
}

QStringList SearchIndex::verify()
{
    QStringList problems;
    {
        auto q = m_db.prepare("PRAGMA main.integrity_check");
        if (q.next() && q.text(0) != QLatin1String("ok"))
            problems.append(QStringLiteral("The index file is damaged (%1).").arg(q.text(0)));
    }
    const auto count = [this](const char *sql) {
        auto q = m_db.prepare(sql);
        return q.next() ? q.integer(0) : 0;
    };
    // FTS5 checks its postings against the text it reads from the knowledge base now. Rows of
    // edited items wait in search_dead with postings of their old text until the next rebuild,
    // so the check only means something while there are none.
    if (count("SELECT count(*) FROM search_dead") == 0) {
        try {
            m_db.exec("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')");
        } catch (const Error &e) {
            problems.append(QStringLiteral("The full-text index does not match its rows (%1)").arg(e.message()));
        }
    }
    if (const auto missing = count("SELECT count(*) FROM kb.entities e WHERE NOT EXISTS "
                                   "(SELECT 1 FROM search_docs d WHERE d.entity_id = e.id)"))
        problems.append(QStringLiteral("%1 items of the knowledge base are missing from the index.").arg(missing));
    if (const auto extra = count("SELECT count(*) FROM search_docs d WHERE NOT EXISTS "
                                 "(SELECT 1 FROM kb.entities e WHERE e.id = d.entity_id)"))
        problems.append(QStringLiteral("%1 indexed items no longer exist in the knowledge base.").arg(extra));
    if (lastAppliedSeq() != journalHead())
        problems.append(QStringLiteral("The index has not applied the knowledge base's latest changes."));
    return problems;
}

void SearchIndex::createSchema()
{
    m_db.execScript(resourceText(QStringLiteral(":/plenum/sql/search/index.sql")));
}

void SearchIndex::loadAliases()
{
    m_aliasKeys.clear();
    m_aliasNames.clear();
    auto q = m_db.prepare(
        "SELECT id, name_en FROM kb.concepts UNION ALL SELECT id, name_zh FROM kb.concepts"
        " UNION ALL SELECT id, name_en FROM kb.milestones UNION ALL SELECT id, name_zh FROM kb.milestones"
        " UNION ALL SELECT a.entity_id, a.alias FROM kb.aliases a JOIN kb.entities e ON e.id = a.entity_id"
        "   WHERE e.type IN ('concept', 'milestone', 'document')");
    while (q.next()) {
        const QString id = q.text(0);
        const QString name = q.text(1);
        const QString key = foldKey(name);
        if (key.isEmpty())
            continue;
        m_aliasKeys.insert(key, id);
        QStringList &names = m_aliasNames[id];
        if (!names.contains(name))
            names.append(name);
    }
    m_congresses.clear();
    auto c = m_db.prepare(
        "SELECT start_date, term FROM kb.milestones WHERE kind = 'national_congress' AND term IS NOT NULL"
        " ORDER BY start_date");
    while (c.next())
        m_congresses.append({ c.text(0), static_cast<int>(c.integer(1)) });
}

void SearchIndex::indexRows(Query &source, const Progress &progress, std::int64_t total, std::int64_t &done)
{
    auto doc = m_db.prepare("INSERT INTO search_docs(id, entity_id) VALUES (?1, ?2)");
    auto fts = m_db.prepare("INSERT INTO search_fts(rowid, title, aliases, body) VALUES (?1, ?2, ?3, ?4)");
    while (source.next()) {
        const auto type = typeFromName(source.text(1));
        if (!type)
            continue;
        const QString title = indexedTitle(source.text(2));
        const QString aliases = source.text(3);
        const QString body = source.text(4);
        const QString date = source.text(5);
        const int year = date.left(4).toInt();
        int term = source.isNull(7) ? 0 : static_cast<int>(source.integer(7));
        if (term == 0 && !date.isEmpty())
            for (const auto &[start, t] : m_congresses)
                if (start.left(date.size()) <= date)
                    term = t;
        const std::int64_t id = packId(*type, term, year, languageBits(source.text(6), title, body), ++m_serial);
        doc.reset();
        doc.bindAll(id, source.text(0)).run();
        m_typeTerms.insert(int(id >> kTermShift));
        fts.reset();
        fts.bindAll(id, title, aliases, body).run();
        if ((++done % 1000 == 0 || done == 1) && progress && !progress(done, total))
            throw Error(ErrorCode::Cancelled, QStringLiteral("Indexing %1 was cancelled.").arg(m_kbPath));
    }
}

void SearchIndex::rebuild(const Progress &progress)
{
    m_db.exec("PRAGMA synchronous = OFF");
    IndexTransaction tx(m_db);
    for (const char *drop :
        { "DROP TABLE IF EXISTS search_fts", "DROP TABLE IF EXISTS search_text", "DROP TABLE IF EXISTS search_docs",
            "DROP TABLE IF EXISTS search_dead", "DROP TABLE IF EXISTS search_meta" })
        m_db.exec(drop);
    createSchema();
    // Bulk build: buffer 64 MB of postings per segment and merge only once, in 'optimize' at the
    // end, instead of merging small segments over and over while rows arrive.
    m_db.exec("INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', 67108864)");
    m_db.exec("INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', 0)");
    m_db.exec("INSERT INTO search_fts(search_fts, rank) VALUES ('crisismerge', 64)");
    loadAliases();
    const std::int64_t head = journalHead();
    std::int64_t total = 0;
    {
        auto q = m_db.prepare("SELECT count(*) FROM kb.entities");
        total = q.next() ? q.integer(0) : 0;
    }
    m_serial = 0;
    m_typeTerms.clear();
    std::int64_t done = 0;
    auto source = m_db.prepare(kAllSources);
    indexRows(source, progress, total, done);
    m_db.exec("INSERT INTO search_fts(search_fts) VALUES ('optimize')");
    // Back to FTS5's defaults for the small incremental writes of catchUp().
    m_db.exec("INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', 1048576)");
    m_db.exec("INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', 4)");
    m_db.exec("INSERT INTO search_fts(search_fts, rank) VALUES ('crisismerge', 16)");
    setMeta(m_db, "version", QString::number(kVersion));
    setMeta(m_db, "last_seq", QString::number(head));
    saveCounters();
    tx.commit();
    m_db.exec("PRAGMA synchronous = NORMAL");
    // A rebuild writes the whole index through the WAL; fold it back so the file stays compact.
    m_db.exec("PRAGMA incremental_vacuum");
    m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    if (progress)
        progress(total, total);
}

void SearchIndex::saveCounters()
{
    setMeta(m_db, "serial", QString::number(m_serial));
    QStringList keys;
    for (const int key : m_typeTerms)
        keys.append(QString::number(key));
    setMeta(m_db, "type_terms", keys.join(QLatin1Char(',')));
}

// The row stays in search_fts (deleting it there needs the text it was indexed from, which may be
// gone); searches skip it through search_dead until the next rebuild.
void SearchIndex::removeEntity(const QString &id)
{
    auto old = m_db.prepare("SELECT id FROM search_docs WHERE entity_id = ?1");
    old.bindAll(id);
    if (!old.next())
        return;
    const std::int64_t rowid = old.integer(0);
    m_db.prepare("INSERT OR IGNORE INTO search_dead(id) VALUES (?1)").bindAll(rowid).run();
    m_db.prepare("DELETE FROM search_docs WHERE id = ?1").bindAll(rowid).run();
}

std::int64_t SearchIndex::deadRows()
{
    auto q = m_db.prepare("SELECT count(*) FROM search_dead");
    return q.next() ? q.integer(0) : 0;
}

std::int64_t SearchIndex::catchUp(const Progress &progress)
{
    const std::int64_t last = lastAppliedSeq();
    const std::int64_t head = journalHead();
    if (head == last)
        return 0;
    if (head < last) { // the journal was reset or the file replaced: nothing to compare with
        rebuild(progress);
        return itemCount();
    }
    std::int64_t changed = 0;
    {
        auto q = m_db.prepare("SELECT count(DISTINCT entity_id) FROM kb.changes WHERE seq > ?1 AND seq <= ?2");
        q.bindAll(last, head);
        changed = q.next() ? q.integer(0) : 0;
    }
    // Reindexing item by item costs several times what a bulk rebuild costs per item, and every
    // item reindexed leaves a dead row behind that searches must skip.
    const std::int64_t items = itemCount();
    if ((changed > 20000 && changed > items / 4) || deadRows() + changed > std::max<std::int64_t>(1000, items / 10)) {
        rebuild(progress);
        return changed;
    }
    IndexTransaction tx(m_db);
    auto ids = m_db.prepare("SELECT DISTINCT entity_id FROM kb.changes WHERE seq > ?1 AND seq <= ?2");
    ids.bindAll(last, head);
    auto source = m_db.prepare(kOneSource);
    std::int64_t done = 0;
    while (ids.next()) {
        const QString id = ids.text(0);
        removeEntity(id);
        source.reset();
        source.bindAll(id);
        indexRows(source, progress, changed, done);
    }
    setMeta(m_db, "last_seq", QString::number(head));
    saveCounters();
    tx.commit();
    loadAliases();
    return changed;
}

ParsedQuery SearchIndex::parse(const QString &text, bool expandAliases)
{
    AliasLookup lookup;
    if (expandAliases)
        lookup = [this](const QString &key) -> std::optional<AliasEntry> {
            const auto it = m_aliasKeys.constFind(key);
            if (it == m_aliasKeys.cend())
                return std::nullopt;
            return AliasEntry { *it, m_aliasNames.value(*it) };
        };
    return parseQuery(text, lookup);
}

// The row-id ranges a search walks, ascending. The year sits below the type and the Central
// Committee term in the row id, so with a year filter each (type, term) present gets its own range
// and a search for recent years never walks the matches of older ones.
namespace {

std::vector<Range> scanRanges(const Bounds &b, const std::set<int> &typeTerms)
{
    if (!hasYearFilter(b))
        return { { b.low, b.high } };
    std::vector<Range> ranges;
    for (const int key : typeTerms) {
        if (((b.typeMask >> (key >> (kTypeShift - kTermShift))) & 1) == 0)
            continue;
        const std::int64_t base = std::int64_t(key) << kTermShift;
        const std::int64_t low = std::max(b.low, base | (std::int64_t(b.yearLow) << kYearShift));
        const std::int64_t high = std::min(b.high, base | ((std::int64_t(b.yearHigh + 1) << kYearShift) - 1));
        if (low <= high)
            ranges.push_back({ low, high });
    }
    return ranges;
}

} // namespace

SearchResults SearchIndex::search(const QString &text, const SearchOptions &options)
{
    catchUp();
    SearchResults r;
    r.query = parse(text, options.expandAliases);
    const QString &expr = r.query.expression;
    if (expr.isEmpty()) {
        r.total = 0;
        return r;
    }
    const QueryFilters &f = r.query.filters;
    const Bounds b = boundsFor(f, options);
    const std::vector<Range> ranges = scanRanges(b, m_typeTerms);
    bool dead = false;
    {
        auto q = m_db.prepare("SELECT EXISTS (SELECT 1 FROM search_dead)");
        dead = q.next() && q.integer(0) != 0;
    }
    const QByteArray filters = filterSql(b, f, dead);
    const auto prepare = [&](const char *sql) { return m_db.prepare(withFilters(sql, filters).constData()); };
    // Runs Q over every range (most recent first when DESCENDING), rebinding; PER_RANGE binds the
    // rest and reads the rows, and returns false to stop.
    const auto overRanges = [&](Query &q, const QString &expression, bool descending, const auto &perRange) {
        for (std::size_t i = 0; i < ranges.size(); ++i) {
            const Range &range = ranges[descending ? ranges.size() - 1 - i : i];
            bindFilters(q, expression, b, f, range);
            if (!perRange(q, range))
                return;
        }
    };
    // One count of document frequencies per search, bounded like the candidates, shared by every
    // statement below (the names expression has the same phrases, restricted to titles and aliases).
    m_rank->capped = false;
    m_rank->idfCountLimit = kRankCandidates;
    ++m_rank->generation;

    // Rank: exactly when the matches are few enough; otherwise over all title/alias matches plus
    // the most recent matches, so a one-character query never scores half the index.
    QList<QPair<std::int64_t, double>> ranked;
    const int offset = std::max(0, options.offset);
    const auto byScore
        = [](const auto &x, const auto &y) { return x.second != y.second ? x.second > y.second : x.first < y.first; };
    if (options.limit > 0) {
        // The first walk scores the most recent matches: when there are no more than kRankCandidates
        // (an AND of frequent words that rarely meet, a narrow filter), that is all of them, found
        // and ranked in one walk; otherwise they are the bounded ranking's candidates.
        const auto recent = [&](bool names, std::int64_t wanted, const auto &add) {
            auto q = prepare(kRecentCandidates);
            std::int64_t taken = 0;
            // Statements have no titles: the names pass never walks their matches.
            const QString &expression = names ? r.query.namesExpression : expr;
            const std::int64_t statements = std::int64_t(kStatementCode) << kTypeShift;
            overRanges(q, expression, true, [&](Query &q, const Range &range) {
                if (names && range.low >= statements)
                    return true;
                if (names)
                    q.bind(3, std::min(range.high, statements - 1));
                q.bind(10, wanted - taken);
                for (; q.next(); ++taken)
                    add(q.integer(0), -q.real(1));
                return taken < wanted;
            });
            return taken;
        };
        const std::int64_t found = recent(false, kRankCandidates + 1, [&](std::int64_t id, double score) {
            ranked.append({ id, score });
        });
        std::int64_t capCount = found;
        if (found > kRankCandidates) {
            capCount = 0;
            auto capped = prepare(kCappedCount);
            overRanges(capped, expr, false, [&](Query &q, const Range &) {
                q.bind(10, kExactRankLimit + 1 - capCount);
                capCount += q.next() ? q.integer(0) : 0;
                return capCount <= kExactRankLimit;
            });
        }
        if (found <= kRankCandidates) {
            r.total = found;
            std::sort(ranked.begin(), ranked.end(), byScore);
            r.exactRanking = !m_rank->capped;
        } else if (capCount <= kExactRankLimit) {
            r.total = capCount;
            ranked.clear();
            auto q = prepare(kExactRank);
            overRanges(q, expr, false, [&](Query &q, const Range &) {
                q.bind(10, offset + options.limit);
                while (q.next())
                    ranked.append({ q.integer(0), -q.real(1) });
                return true;
            });
            std::sort(ranked.begin(), ranked.end(), byScore);
            r.exactRanking = !m_rank->capped;
        } else {
            r.exactRanking = false;
            // The recent matches of the first walk plus every title and alias match. A row both
            // find keeps its first score, over all columns.
            std::map<std::int64_t, double> candidates;
            for (qsizetype i = 0; i < std::min<qsizetype>(ranked.size(), kRankCandidates); ++i)
                candidates.emplace(ranked[i].first, ranked[i].second);
            recent(true, kExactRankLimit, [&](std::int64_t id, double score) { candidates.emplace(id, score); });
            ranked.clear();
            for (const auto &[id, score] : candidates)
                ranked.append({ id, score });
            std::sort(ranked.begin(), ranked.end(), [](const auto &x, const auto &y) {
                return x.second != y.second ? x.second > y.second : x.first > y.first;
            });
        }
        ranked = ranked.mid(offset, options.limit);
    }

    auto snip = m_db.prepare(kHighlight);
    for (const auto &[id, score] : ranked) {
        snip.reset();
        snip.bind(1, expr).bind(2, options.markOpen).bind(3, options.markClose).bind(4, id);
        if (!snip.next())
            continue;
        SearchHit hit;
        hit.id = snip.text(0);
        hit.type = kTypeByCode[(id >> kTypeShift) & 7];
        hit.title = hit.type == ItemType::Statement
            ? statementTitle(snip.text(2))
            : snip.text(1).split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral(" · "));
        // The body where it matched, else the names, else the aliases.
        QString column = snip.text(3);
        for (int c = 4; c <= 5 && (options.markOpen.isEmpty() || !column.contains(options.markOpen)); ++c)
            if (snip.text(c).contains(options.markOpen))
                column = snip.text(c);
        hit.snippet = cropSnippet(column, options.markOpen, options.markClose, std::max(options.snippetChars, 10));
        hit.score = score;
        r.hits.append(hit);
    }

    if (options.facets) {
        auto facets = prepare(kFacets);
        std::map<int, std::int64_t> types, terms, years;
        std::int64_t total = 0;
        overRanges(facets, expr, false, [&](Query &q, const Range &) {
            while (q.next()) {
                const std::int64_t key = q.integer(0); // id >> 43: type, term, year
                const std::int64_t n = q.integer(1);
                total += n;
                types[int((key >> (kTypeShift - kYearShift)) & 7)] += n;
                if (const int term = int((key >> (kTermShift - kYearShift)) & 31))
                    terms[term] += n;
                if (const int year = int(key & 255))
                    years[1900 + year] += n;
            }
            return true;
        });
        r.total = total;
        for (const ItemType t : kAllItemTypes)
            if (const auto it = types.find(typeCode(t)); it != types.end())
                r.byType.append({ typeName(t), it->second });
        for (const auto &[term, n] : terms)
            r.byTerm.append({ QString::number(term), n });
        for (const auto &[year, n] : years)
            r.byYear.append({ QString::number(year), n });
    } else if (options.count && (r.total < 0 || !r.exactRanking)) {
        auto count = prepare(kCount);
        r.total = 0;
        overRanges(count, expr, false, [&](Query &q, const Range &) {
            r.total += q.next() ? q.integer(0) : 0;
            return true;
        });
    } else if (!options.count && !r.exactRanking) {
        r.total = -1;
    }
    return r;
}

void SearchIndex::interrupt()
{
    sqlite3_interrupt(m_db.handle());
}

} // namespace plenum::core::search
