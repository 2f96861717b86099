#include "search/impactindex.h"

#include "search/rowid.h"
#include "search/searchtokenizer.h"
#include "text/searchtext.h"

#include <QByteArray>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>

namespace plenum::core::search {

static_assert(kLayoutShift == rowid::kLang.shift);

namespace {

// Impacts are stored as 16-bit fractions of rankTerm()'s ceiling, rounded up so they stay bounds.
constexpr double kImpactCeiling = kRankK1 + 1;
constexpr int kEntryBytes = 8; // layout (uint32, little-endian) + impact (uint16) + rows (uint16)

std::uint16_t quantize(double impact)
{
    const double q = std::ceil(impact / kImpactCeiling * 65535.0);
    return std::uint16_t(std::clamp(q, 1.0, 65535.0));
}

double dequantize(std::uint16_t q)
{
    return double(q) * kImpactCeiling / 65535.0;
}

struct RowTokens {
    std::unordered_map<std::string, double> frequency; // weighted over the columns
    double weight = 1;
    int length = 0;
};

int collectToken(void *context, bool colocated, const char *token, int length, int, int)
{
    auto *row = static_cast<RowTokens *>(context);
    if (!colocated || row->length == 0)
        ++row->length;
    row->frequency[std::string(token, std::size_t(length))] += row->weight;
    return 0;
}

RowTokens tokenizeRow(const QString &title, const QString &aliases, const QString &body)
{
    RowTokens row;
    const QString *columns[3] = { &title, &aliases, &body };
    for (int c = 0; c < 3; ++c) {
        const QByteArray utf8 = columns[c]->toUtf8();
        row.weight = kColumnWeights[c];
        const int before = row.length;
        row.length = 0; // FTS5 counts a leading colocated token; per column
        tokenize(
            std::string_view(utf8.constData(), std::size_t(utf8.size())), TokenizeMode::Document, collectToken, &row);
        row.length += before;
    }
    return row;
}

// What a block holds for one token: the quantized bound and how many rows hold the token (a
// block's rows have one serial chunk, at most 2^kBlockShift serials, so the count fits 16 bits).
struct Entry {
    std::uint16_t impact = 0;
    std::uint16_t rows = 0;
};
using Entries = std::map<std::uint32_t, Entry>; // layout → entry

// Adds DATA's entries to OUT: bounds by their maximum, rows summed (rows indexed later add to a
// block's count; catch-up only ever adds rows, see ImpactWriter).
void decode(const void *data, int bytes, Entries &out)
{
    const auto *p = static_cast<const unsigned char *>(data);
    for (int i = 0; i + kEntryBytes <= bytes; i += kEntryBytes) {
        const std::uint32_t layout = std::uint32_t(p[i]) | std::uint32_t(p[i + 1]) << 8 | std::uint32_t(p[i + 2]) << 16
            | std::uint32_t(p[i + 3]) << 24;
        Entry &slot = out[layout];
        slot.impact = std::max(slot.impact, std::uint16_t(p[i + 4] | p[i + 5] << 8));
        slot.rows = std::uint16_t(std::min(65535, slot.rows + (p[i + 6] | p[i + 7] << 8)));
    }
}

QByteArray encode(const Entries &entries)
{
    QByteArray out;
    out.reserve(qsizetype(entries.size()) * kEntryBytes);
    for (const auto &[layout, e] : entries)
        for (const int b : { int(layout), int(layout >> 8), int(layout >> 16), int(layout >> 24), int(e.impact),
                 int(e.impact >> 8), int(e.rows), int(e.rows >> 8) })
            out.append(char(b & 0xFF));
    return out;
}

// Calls EACH with the key and entry of every block of Q's rows (chunk, data), as search_impacts holds them.
template <typename Each> void eachBlock(Query &q, Each each)
{
    Entries entries;
    while (q.next()) {
        const std::int64_t chunk = q.integer(0);
        entries.clear();
        const QByteArray data = q.blob(1);
        decode(data.constData(), int(data.size()), entries);
        for (const auto &[layout, e] : entries)
            each((std::int64_t(layout) << (kLayoutShift - kBlockShift)) | chunk, e);
    }
}

// TOKEN's blocks (key → impact), ascending by key.
std::vector<std::pair<std::int64_t, double>> tokenBlocks(Query &q, const QString &token)
{
    std::vector<std::pair<std::int64_t, double>> blocks;
    q.reset();
    q.bindAll(token);
    eachBlock(q, [&](std::int64_t key, const Entry &e) { blocks.emplace_back(key, dequantize(e.impact)); });
    std::sort(blocks.begin(), blocks.end());
    return blocks;
}

using Blocks = std::vector<std::pair<std::int64_t, double>>;

// Blocks in both, combined by COMBINE (INTERSECT) or blocks in either (union, absent = 0).
template <typename Combine> Blocks merge(const Blocks &a, const Blocks &b, bool intersect, Combine combine)
{
    Blocks out;
    std::size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (j == b.size() || (i < a.size() && a[i].first < b[j].first)) {
            if (!intersect)
                out.push_back(a[i]);
            ++i;
        } else if (i == a.size() || b[j].first < a[i].first) {
            if (!intersect)
                out.push_back(b[j]);
            ++j;
        } else {
            out.emplace_back(a[i].first, combine(a[i].second, b[j].second));
            ++i;
            ++j;
        }
    }
    return out;
}

} // namespace

std::uint64_t readVarint(const unsigned char *&p, const unsigned char *end)
{
    std::uint64_t v = 0;
    for (int i = 0; i < 9 && p < end; ++i) {
        const unsigned char c = *p++;
        if (i == 8)
            return (v << 8) | c;
        v = (v << 7) | (c & 0x7F);
        if (!(c & 0x80))
            break;
    }
    return v;
}

int rowLength(const QString &title, const QString &aliases, const QString &body)
{
    return tokenizeRow(title, aliases, body).length;
}

ImpactWriter::ImpactWriter(Database &db, double reference)
    : m_db(db)
    , m_reference(reference > 0 ? reference : 1.0)
{
}

void ImpactWriter::add(std::int64_t rowid, const QString &title, const QString &aliases, const QString &body)
{
    const std::int64_t chunk = rowid::kSerial.of(rowid) >> kBlockShift;
    if (chunk != m_chunk && m_chunk >= 0)
        flushChunk();
    m_chunk = chunk;
    const auto layout = std::uint32_t(rowid >> kLayoutShift);
    const RowTokens row = tokenizeRow(title, aliases, body);
    m_lengths.emplace_back(rowid::kSerial.of(rowid), std::uint32_t(std::max(0, row.length)));
    for (const auto &[token, f] : row.frequency) {
        ++m_df[token];
        Collected &c = m_impacts[token][layout];
        c.best = std::max(c.best, rankTerm(f, row.length, m_reference));
        ++c.rows;
    }
}

namespace {

// The lengths DATA holds from serial FIRST on, written into LENGTHS (grown as needed); returns
// the serial after the last one.
std::size_t decodeLengths(std::int64_t first, QByteArrayView data, std::vector<std::uint32_t> &lengths)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    const auto *end = p + data.size();
    auto serial = std::size_t(std::max<std::int64_t>(0, first));
    for (; p < end; ++serial) {
        const auto length = std::uint32_t(readVarint(p, end));
        if (serial >= lengths.size())
            lengths.resize(std::max(serial + 1, lengths.size() * 3 / 2));
        lengths[serial] = length;
    }
    return serial;
}

// V as readVarint() reads it (big-endian groups of 7 bits, the high bit set on all but the last).
void appendVarint(QByteArray &out, std::uint32_t v)
{
    unsigned char groups[5];
    int n = 0;
    do {
        groups[n++] = static_cast<unsigned char>(v & 0x7F);
        v >>= 7;
    } while (v != 0);
    while (n-- > 0)
        out.append(char(groups[n] | (n > 0 ? 0x80 : 0)));
}

} // namespace

// Writes the lengths of the chunk's rows, after those search_lengths holds for it (catch-up only
// ever appends serials).
void ImpactWriter::flushLengths()
{
    if (m_lengths.empty())
        return;
    const std::int64_t chunk = m_lengths.front().first >> kBlockShift;
    std::int64_t first = m_lengths.front().first;
    std::vector<std::uint32_t> lengths;
    auto read = m_db.prepare("SELECT first, data FROM search_lengths WHERE chunk = ?1");
    read.bindAll(chunk);
    if (read.next()) {
        first = read.integer(0);
        lengths.resize(decodeLengths(0, read.blobView(1), lengths));
    }
    if (m_lengths.front().first < first) {
        // Not after what the chunk holds: cannot happen (serials only grow), kept correct anyway.
        lengths.insert(lengths.begin(), std::size_t(first - m_lengths.front().first), 0);
        first = m_lengths.front().first;
    }
    for (const auto &[serial, length] : m_lengths) {
        const auto at = std::size_t(serial - first);
        if (at >= lengths.size())
            lengths.resize(at + 1);
        lengths[at] = length;
    }
    QByteArray data;
    data.reserve(qsizetype(lengths.size()) * 2);
    for (const std::uint32_t length : lengths)
        appendVarint(data, length);
    m_db.prepare("INSERT OR REPLACE INTO search_lengths(chunk, first, data) VALUES (?1, ?2, ?3)")
        .bindAll(chunk, first, data)
        .run();
    m_lengths.clear();
}

std::vector<std::uint32_t> readLengths(Database &db)
{
    std::vector<std::uint32_t> lengths;
    auto q = db.prepare("SELECT first, data FROM search_lengths ORDER BY chunk");
    std::size_t end = 0;
    while (q.next())
        end = std::max(end, decodeLengths(q.integer(0), q.blobView(1), lengths));
    lengths.resize(end);
    return lengths;
}

void readLengths(Database &db, const std::vector<std::int64_t> &chunks, std::vector<std::uint32_t> &lengths)
{
    auto q = db.prepare("SELECT first, data FROM search_lengths WHERE chunk = ?1");
    for (const std::int64_t chunk : chunks) {
        q.reset();
        q.bindAll(chunk);
        if (q.next())
            decodeLengths(q.integer(0), q.blobView(1), lengths);
    }
}

void ImpactWriter::flushChunk()
{
    flushLengths();
    if (m_impacts.empty())
        return;
    auto read = m_db.prepare("SELECT data FROM search_impacts WHERE token = ?1 AND chunk = ?2");
    auto write = m_db.prepare("INSERT OR REPLACE INTO search_impacts(token, chunk, data) VALUES (?1, ?2, ?3)");
    Entries entries;
    for (const auto &[token, layouts] : m_impacts) {
        const QString t = QString::fromStdString(token);
        entries.clear();
        read.reset();
        read.bindAll(t, m_chunk);
        if (read.next()) {
            const QByteArray old = read.blob(0);
            decode(old.constData(), int(old.size()), entries);
        }
        for (const auto &[layout, c] : layouts) {
            Entry &slot = entries[layout];
            slot.impact = std::max(slot.impact, quantize(c.best));
            slot.rows = std::uint16_t(std::min(65535, slot.rows + c.rows));
        }
        write.reset();
        write.bindAll(t, m_chunk, encode(entries)).run();
    }
    m_impacts.clear();
}

void ImpactWriter::flush()
{
    flushChunk();
    auto df = m_db.prepare("INSERT INTO search_terms(token, df) VALUES (?1, ?2) "
                           "ON CONFLICT(token) DO UPDATE SET df = df + excluded.df");
    for (const auto &[token, n] : m_df) {
        df.reset();
        df.bindAll(QString::fromStdString(token), n).run();
    }
    m_df.clear();
}

FtsTotals ftsTotals(Database &db)
{
    FtsTotals t;
    auto q = db.prepare("SELECT block FROM search_fts_data WHERE id = 1");
    if (!q.next())
        return t;
    const QByteArray data = q.blob(0);
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const auto *end = p + data.size();
    t.rows = std::int64_t(readVarint(p, end));
    while (p < end)
        t.tokens += std::int64_t(readVarint(p, end));
    return t;
}

std::int64_t tokenDf(Database &db, const QString &token)
{
    auto q = db.prepare("SELECT df FROM search_terms WHERE token = ?1");
    q.bindAll(token);
    return q.next() ? q.integer(0) : 0;
}

std::map<std::uint32_t, std::int64_t> tokenRows(Database &db, const QString &token)
{
    auto q = db.prepare("SELECT data FROM search_impacts WHERE token = ?1");
    q.bindAll(token);
    std::map<std::uint32_t, std::int64_t> rows;
    Entries entries;
    while (q.next()) {
        entries.clear();
        const QByteArray data = q.blob(0);
        decode(data.constData(), int(data.size()), entries);
        for (const auto &[layout, e] : entries)
            rows[layout] += e.rows;
    }
    return rows;
}

std::vector<std::pair<std::int64_t, std::int64_t>> tokenBlockRows(Database &db, const QString &token)
{
    auto q = db.prepare("SELECT chunk, data FROM search_impacts WHERE token = ?1");
    q.bindAll(token);
    std::map<std::int64_t, std::int64_t> rows;
    eachBlock(q, [&](std::int64_t key, const Entry &e) { rows[key] += e.rows; });
    return { rows.begin(), rows.end() };
}

std::optional<std::vector<BlockBound>> blockBounds(
    Database &db, const QList<QueryPhrase> &phrases, const std::vector<double> &idf, double reference, double average)
{
    auto q = db.prepare("SELECT chunk, data FROM search_impacts WHERE token = ?1");
    std::map<int, Blocks> clauses; // clause → block → its best phrase's bound
    for (qsizetype p = 0; p < phrases.size(); ++p) {
        const QueryPhrase &phrase = phrases[p];
        if (phrase.clause < 0)
            continue;
        QStringList toks = search::tokens(phrase.text, phrase.prefix ? TokenizeMode::Prefix : TokenizeMode::Query);
        if (phrase.prefix && !toks.isEmpty())
            toks.removeLast();
        if (toks.isEmpty())
            return std::nullopt;
        // A phrase occurs at most as often as each of its tokens, in the same row.
        Blocks blocks = tokenBlocks(q, toks.first());
        for (qsizetype t = 1; t < toks.size() && !blocks.empty(); ++t)
            blocks = merge(blocks, tokenBlocks(q, toks[t]), true, [](double a, double b) { return std::min(a, b); });
        for (auto &[key, bound] : blocks)
            bound *= idf[std::size_t(p)];
        const auto [it, added] = clauses.try_emplace(phrase.clause, blocks);
        if (!added)
            it->second = merge(it->second, blocks, false, [](double a, double b) { return std::max(a, b); });
    }
    Blocks all;
    bool first = true;
    for (const auto &[clause, blocks] : clauses) {
        all = first ? blocks : merge(all, blocks, true, [](double a, double b) { return a + b; });
        first = false;
    }
    // Scores grow at most in proportion to the average row length (see rankTerm()); the margin
    // covers rounding in the sums.
    const double scale = std::max(1.0, average / reference) * (1 + 1e-9);
    std::vector<BlockBound> out;
    out.reserve(all.size());
    for (const auto &[key, bound] : all)
        out.push_back({ key, bound * scale });
    return out;
}

} // namespace plenum::core::search
