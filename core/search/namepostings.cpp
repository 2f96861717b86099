#include "search/namepostings.h"

#include "search/impactindex.h"
#include "search/searchrun.h"
#include "text/searchtext.h"

#include <QStringList>

#include <algorithm>

namespace plenum::core::search {

namespace {

// SQLite's varint (readVarint() reads it): big-endian groups of 7 bits, the high bit set on all
// but the last, and a ninth byte of 8 bits for values of 57 bits or more.
void appendVarint(QByteArray &out, std::uint64_t v)
{
    unsigned char bytes[9];
    if ((v >> 56) != 0) {
        bytes[8] = static_cast<unsigned char>(v);
        v >>= 8;
        for (int i = 7; i >= 0; --i, v >>= 7)
            bytes[i] = static_cast<unsigned char>((v & 0x7F) | 0x80);
        out.append(reinterpret_cast<const char *>(bytes), 9);
        return;
    }
    int n = 0;
    do {
        bytes[n++] = static_cast<unsigned char>((v & 0x7F) | 0x80);
        v >>= 7;
    } while (v != 0);
    bytes[0] &= 0x7F;
    while (n-- > 0)
        out.append(char(bytes[n]));
}

using Rows = std::vector<std::pair<std::int64_t, std::uint32_t>>;

// ROWS (ascending) as search_names stores them: per row, the varint of its id's distance from the
// row before (the first from 0), then the varint of its weighted frequency.
QByteArray encodeRows(const Rows &rows)
{
    QByteArray out;
    out.reserve(qsizetype(rows.size()) * 3);
    std::int64_t last = 0;
    for (const auto &[row, frequency] : rows) {
        appendVarint(out, std::uint64_t(row - last));
        appendVarint(out, frequency);
        last = row;
    }
    return out;
}

template <typename Each> void decodeRows(QByteArrayView data, Each each)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    const auto *end = p + data.size();
    std::uint64_t row = 0;
    while (p < end) {
        row += readVarint(p, end);
        each(std::int64_t(row), std::uint32_t(readVarint(p, end)));
    }
}

Rows storedRows(Query &read, const QString &key)
{
    Rows rows;
    read.reset();
    read.bindAll(key);
    if (read.next())
        decodeRows(read.blobView(0), [&](std::int64_t row, std::uint32_t f) { rows.emplace_back(row, f); });
    return rows;
}

void writeRows(Database &db, const QString &key, const Rows &rows)
{
    db.prepare("INSERT OR REPLACE INTO search_names(key, rows, postings) VALUES (?1, ?2, ?3)")
        .bindAll(key, std::int64_t(rows.size()), encodeRows(rows))
        .run();
}

// The sink of one column's tokens: FTS5's positions (a colocated token shares the position of the
// token before it, except at the start of a column).
// TOKENS keeps its strings from column to column (their buffers are reused); COUNT are this one's.
struct ColumnSink {
    std::vector<std::string> *tokens;
    std::vector<int> *positions;
    std::size_t count = 0;
    int size = 0;
};

int collectPositioned(void *context, bool colocated, const char *token, int length, int, int)
{
    auto *sink = static_cast<ColumnSink *>(context);
    if (!colocated || sink->size == 0)
        ++sink->size;
    if (sink->count < sink->tokens->size())
        (*sink->tokens)[sink->count].assign(token, std::size_t(length));
    else
        sink->tokens->emplace_back(token, std::size_t(length));
    ++sink->count;
    sink->positions->push_back(sink->size - 1);
    return 0;
}

} // namespace

QString nameKey(const QString &phraseText)
{
    return tokens(phraseText, TokenizeMode::Query).join(QLatin1Char(' '));
}

std::map<QString, QString> wantedNames(Database &db)
{
    std::map<QString, QString> names;
    auto q = db.prepare("SELECT name_en FROM kb.concepts UNION ALL SELECT name_zh FROM kb.concepts"
                        " UNION ALL SELECT name_en FROM kb.milestones UNION ALL SELECT name_zh FROM kb.milestones"
                        " UNION ALL SELECT a.alias FROM kb.aliases a JOIN kb.entities e ON e.id = a.entity_id"
                        "   WHERE e.type IN ('concept', 'milestone', 'document')");
    while (q.next())
        if (const QString name = q.text(0); !name.trimmed().isEmpty())
            if (QString key = nameKey(name); !key.isEmpty())
                names.try_emplace(std::move(key), name);
    return names;
}

NameWriter::NameWriter(Database &db, const std::map<QString, QString> &names, bool complete)
    : m_db(db)
    , m_complete(complete)
{
    for (const auto &[key, text] : names) {
        Name name { key, {}, {} };
        for (const QString &t : key.split(QLatin1Char(' ')))
            name.tokens.push_back(t.toStdString());
        m_byFirstToken[name.tokens.front()].push_back(m_names.size());
        m_names.push_back(std::move(name));
    }
}

void NameWriter::add(std::int64_t rowid, const QString &title, const QString &aliases, const QString &body)
{
    if (m_names.empty())
        return;
    m_rowHits.clear();
    const QString *columns[3] = { &title, &aliases, &body };
    for (int c = 0; c < 3; ++c)
        if (!columns[c]->isEmpty())
            matchColumn(c, columns[c]->toStdString());
    std::sort(m_rowHits.begin(), m_rowHits.end());
    for (std::size_t i = 0; i < m_rowHits.size();) {
        const std::size_t name = m_rowHits[i].first;
        std::uint32_t frequency = 0;
        for (; i < m_rowHits.size() && m_rowHits[i].first == name; ++i)
            frequency += m_rowHits[i].second;
        m_names[name].rows.emplace_back(rowid, frequency);
    }
}

// Every instance of a name in one column: its first token at some position, each next token at
// the positions after it; weighted by the column's weight, as plenum_postings() sums instances.
void NameWriter::matchColumn(int column, const std::string &utf8)
{
    m_positions.clear();
    ColumnSink sink { &m_tokens, &m_positions };
    tokenize(std::string_view(utf8), TokenizeMode::Document, collectPositioned, &sink);
    const std::size_t count = sink.count;
    m_starts.assign(std::size_t(sink.size) + 1, count);
    for (std::size_t i = count; i-- > 0;)
        m_starts[std::size_t(m_positions[i])] = i;
    const auto hasAt = [&](int position, const std::string &token) {
        if (position >= sink.size)
            return false;
        for (std::size_t i = m_starts[std::size_t(position)]; i < count && m_positions[i] == position; ++i)
            if (m_tokens[i] == token)
                return true;
        return false;
    };
    const auto weight = std::uint32_t(kColumnWeights[column]);
    for (std::size_t i = 0; i < count; ++i) {
        const auto it = m_byFirstToken.find(m_tokens[i]);
        if (it == m_byFirstToken.end())
            continue;
        for (const std::size_t name : it->second) {
            const std::vector<std::string> &toks = m_names[name].tokens;
            bool all = true;
            for (std::size_t k = 1; k < toks.size() && all; ++k)
                all = hasAt(m_positions[i] + int(k), toks[k]);
            if (all)
                m_rowHits.emplace_back(name, weight);
        }
    }
}

void NameWriter::flush()
{
    auto read = m_db.prepare("SELECT postings FROM search_names WHERE key = ?1");
    for (Name &name : m_names) {
        if (name.rows.empty() && !m_complete)
            continue;
        Rows rows = m_complete ? Rows {} : storedRows(read, name.key);
        rows.insert(rows.end(), name.rows.begin(), name.rows.end());
        // Rows come in serial order; the row id's layout bits sit above the serial.
        std::sort(rows.begin(), rows.end());
        writeRows(m_db, name.key, rows);
        name.rows.clear();
    }
}

std::map<QString, QString> storedNameKeys(Database &db)
{
    std::map<QString, QString> keys;
    auto q = db.prepare("SELECT key FROM search_names");
    while (q.next())
        keys.emplace(q.text(0), q.text(0));
    return keys;
}

int storeNames(Database &db, const std::map<QString, QString> &wanted, const std::map<QString, QString> &stored)
{
    std::vector<QString> unwanted;
    std::map<QString, QString> missing = wanted;
    for (const auto &[key, text] : stored)
        if (missing.erase(key) == 0)
            unwanted.push_back(key);
    auto remove = db.prepare("DELETE FROM search_names WHERE key = ?1");
    for (const QString &key : unwanted) {
        remove.reset();
        remove.bindAll(key).run();
    }
    for (const auto &[key, text] : missing) {
        Rows rows;
        walkPhrase(db, phraseMatch(QueryPhrase { text, false, 0 }), {},
            [&rows](std::int64_t row, std::int64_t f) { rows.emplace_back(row, std::uint32_t(f)); });
        writeRows(db, key, rows);
    }
    return int(missing.size());
}

bool namesInStep(Database &db)
{
    auto q = db.prepare("SELECT (SELECT value FROM search_meta WHERE key = 'names_serial')"
                        " = (SELECT value FROM search_meta WHERE key = 'serial')");
    return q.next() && q.integer(0) == 1;
}

std::shared_ptr<PhrasePostings> storedName(
    Database &db, const QString &key, const std::function<const RowLengths &()> &lengthsOf)
{
    auto q = db.prepare("SELECT rows, postings FROM search_names WHERE key = ?1");
    q.bindAll(key);
    if (!q.next())
        return nullptr;
    const RowLengths &lengths = lengthsOf();
    auto postings = std::make_shared<PhrasePostings>();
    const auto rows = std::size_t(std::max<std::int64_t>(0, q.integer(0)));
    postings->rows.reserve(rows);
    postings->frequency.reserve(rows);
    postings->length.reserve(rows);
    bool known = true;
    decodeRows(q.blobView(1), [&](std::int64_t row, std::uint32_t f) {
        const std::uint32_t length = lengths.of(row);
        known = known && length > 0;
        postings->rows.push_back(row);
        postings->frequency.push_back(float(f));
        postings->length.push_back(length);
    });
    if (!known || postings->rows.size() != rows)
        throw Error(ErrorCode::Corrupt,
            QStringLiteral("The search index %1 is damaged: the stored rows of \"%2\" do not match it.")
                .arg(db.path(), key));
    return postings;
}

QStringList namesProblems(Database &db, bool namesCurrent)
{
    QStringList problems;
    if (!namesInStep(db))
        return problems; // not used by searches until the next rebuild writes them
    const std::map<QString, QString> wanted = wantedNames(db);
    std::map<QString, QString> texts = namesCurrent ? wanted : std::map<QString, QString> {};
    for (const auto &[key, rows] : storedNames(db)) {
        const auto text = wanted.find(key);
        if (text == wanted.end()) {
            if (namesCurrent)
                problems.append(
                    QStringLiteral("The search index keeps the rows of \"%1\", which is no name.").arg(key));
            continue;
        }
        texts.erase(key);
        Rows walked;
        walkPhrase(db, phraseMatch(QueryPhrase { text->second, false, 0 }), {},
            [&walked](std::int64_t row, std::int64_t f) { walked.emplace_back(row, std::uint32_t(f)); });
        if (walked != rows)
            problems.append(QStringLiteral("The search index keeps %1 rows of the name \"%2\", and %3 rows match it.")
                                .arg(rows.size())
                                .arg(text->second)
                                .arg(walked.size()));
    }
    for (const auto &[key, text] : texts)
        problems.append(QStringLiteral("The search index keeps no rows of the name \"%1\".").arg(text));
    return problems;
}

std::map<QString, std::vector<std::pair<std::int64_t, std::uint32_t>>> storedNames(Database &db)
{
    std::map<QString, Rows> all;
    auto q = db.prepare("SELECT key, postings FROM search_names ORDER BY key");
    while (q.next()) {
        Rows &rows = all[q.text(0)];
        decodeRows(q.blobView(1), [&](std::int64_t row, std::uint32_t f) { rows.emplace_back(row, f); });
    }
    return all;
}

} // namespace plenum::core::search
