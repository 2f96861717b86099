#include "search/searchtokenizer.h"

#include "text/scripts.h"
#include "text/searchtext.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <vector>

namespace plenum::core::search {

namespace {

struct Forward {
    void *ftsContext;
    int (*xToken)(void *, int, const char *, int, int, int);
};

int forwardToken(void *context, bool colocated, const char *token, int length, int start, int end)
{
    auto *f = static_cast<Forward *>(context);
    return f->xToken(f->ftsContext, colocated ? FTS5_TOKEN_COLOCATED : 0, token, length, start, end);
}

// The tokenizer's handle is the connection's RankState (for RankState::matchOnly).
int createTokenizer(void *state, const char **, int, Fts5Tokenizer **out)
{
    *out = static_cast<Fts5Tokenizer *>(state);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *) { }

struct QueryToken {
    std::string text;
    bool colocated;
    int start;
    int end;
};

int keepToken(void *context, bool colocated, const char *token, int length, int start, int end)
{
    static_cast<std::vector<QueryToken> *>(context)->push_back(
        { std::string(token, std::size_t(length)), colocated, start, end });
    return SQLITE_OK;
}

// True when the last of TOKS is the CJK character that ends the bigram before it: the character a
// query phrase ends with so that highlights cover it (see tokenize()). Every row holding that
// bigram at a position holds the character at the next one, so without it the phrase matches the
// same rows with the same instances, and FTS5 reads one doclist less for each.
bool endsWithBigramTail(const std::vector<QueryToken> &toks)
{
    if (toks.size() < 2 || toks.back().colocated || toks[toks.size() - 2].colocated)
        return false;
    const QString tail = QString::fromStdString(toks.back().text);
    const QString bigram = QString::fromStdString(toks[toks.size() - 2].text);
    const QList<uint> t = tail.toUcs4(), b = bigram.toUcs4();
    return t.size() == 1 && b.size() == 2 && b[1] == t[0] && scripts::isUnspacedLetter(char32_t(t[0]))
        && scripts::isUnspacedLetter(char32_t(b[0]));
}

// A query phrase without its bigram tail (RankState::matchOnly).
int tokenizeForMatch(void *ftsContext, std::string_view text, int (*xToken)(void *, int, const char *, int, int, int))
{
    std::vector<QueryToken> toks;
    if (const int rc = tokenize(text, TokenizeMode::Query, keepToken, &toks); rc != SQLITE_OK)
        return rc;
    if (endsWithBigramTail(toks))
        toks.pop_back();
    for (const QueryToken &t : toks)
        if (const int rc = xToken(
                ftsContext, t.colocated ? FTS5_TOKEN_COLOCATED : 0, t.text.data(), int(t.text.size()), t.start, t.end);
            rc != SQLITE_OK)
            return rc;
    return SQLITE_OK;
}

int runTokenizer(Fts5Tokenizer *handle, void *ftsContext, int flags, const char *text, int length,
    int (*xToken)(void *, int, const char *, int, int, int))
{
    TokenizeMode mode = TokenizeMode::Document;
    if (flags & FTS5_TOKENIZE_QUERY)
        mode = (flags & FTS5_TOKENIZE_PREFIX) ? TokenizeMode::Prefix : TokenizeMode::Query;
    Forward f { ftsContext, xToken };
    if (text == nullptr || length <= 0)
        return SQLITE_OK;
    const std::string_view view(text, static_cast<std::size_t>(length));
    if (mode == TokenizeMode::Query && reinterpret_cast<RankState *>(handle)->matchOnly)
        return tokenizeForMatch(ftsContext, view, xToken);
    return tokenize(view, mode, forwardToken, &f);
}

struct PhraseCount {
    std::int64_t hits = 0;
    std::int64_t limit = 0;
};

int countPhraseRow(const Fts5ExtensionApi *, Fts5Context *, void *context)
{
    auto *c = static_cast<PhraseCount *>(context);
    return ++c->hits >= c->limit ? SQLITE_DONE : SQLITE_OK;
}

// Each phrase's IDF, from the given document frequencies or counted (once per generation).
int loadIdf(const Fts5ExtensionApi *api, Fts5Context *fts, RankState *state, int phrases)
{
    sqlite3_int64 rows = 0, tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    state->averageLength = rows > 0 ? double(tokens) / double(rows) : 1.0;
    state->idf.assign(std::size_t(phrases), 1e-6);
    const bool given = int(state->df.size()) == phrases;
    for (int i = 0; i < phrases && rc == SQLITE_OK; ++i) {
        PhraseCount count { 0, std::max<std::int64_t>(1, state->idfCountLimit) };
        if (given)
            count.hits = state->df[std::size_t(i)];
        else
            rc = api->xQueryPhrase(fts, i, &count, countPhraseRow);
        // With one phrase the IDF scales every score alike: the order stays bm25's.
        if (!given && count.hits >= count.limit && phrases > 1)
            state->capped = true;
        state->idf[std::size_t(i)] = rankIdf(rows, count.hits);
    }
    if (rc == SQLITE_OK)
        state->countedGeneration = state->generation;
    return rc;
}

// FTS5's bm25 (same k1, b, weights, length normalisation over all columns and IDF floor), with
// document frequencies given or counted once per RankState generation, and synonyms per clause.
void boundedRank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    auto *state = static_cast<RankState *>(api->xUserData(fts));
    const int phrases = api->xPhraseCount(fts);
    if (state->countedGeneration != state->generation || int(state->idf.size()) != phrases) {
        if (const int rc = loadIdf(api, fts, state, phrases); rc != SQLITE_OK) {
            sqlite3_result_error_code(ctx, rc);
            return;
        }
    }
    std::vector<double> &frequency = state->frequency;
    frequency.assign(std::size_t(phrases), 0.0);
    int instances = 0;
    api->xInstCount(fts, &instances);
    for (int i = 0; i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK && phrase < phrases)
            frequency[std::size_t(phrase)] += column < argc ? sqlite3_value_double(argv[column]) : 1.0;
    }
    int length = state->lengths != nullptr ? int(state->lengths->of(api->xRowid(fts))) : 0;
    if (length == 0)
        api->xColumnSize(fts, -1, &length);
    const bool clauses = int(state->clauseOf.size()) == phrases;
    std::vector<double> &best = state->best;
    best.assign(clauses ? std::size_t(phrases) : 0, 0.0);
    double score = 0;
    for (std::size_t p = 0; p < frequency.size(); ++p) {
        const double s = state->idf[p] * rankTerm(frequency[p], length, state->averageLength);
        if (!clauses)
            score += s;
        else if (const int c = state->clauseOf[p]; c >= 0 && c < phrases)
            best[std::size_t(c)] = std::max(best[std::size_t(c)], s);
    }
    for (const double s : best)
        score += s;
    sqlite3_result_double(ctx, -score); // negative like bm25(): smaller is better
}

// plenum_postings(): phrase 0's weighted frequency in the row (see kPostingsName).
void phrasePosting(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    // Phrase 0's instances alone, without the sorted array of every phrase's that xInst() builds.
    double frequency = 0;
    Fts5PhraseIter it {};
    int column = 0, offset = 0;
    for (int rc = api->xPhraseFirst(fts, 0, &it, &column, &offset); rc == SQLITE_OK && column >= 0;
         api->xPhraseNext(fts, &it, &column, &offset))
        frequency += column < argc ? sqlite3_value_double(argv[column]) : 1.0;
    if (frequency != std::floor(frequency) || frequency < 0 || frequency > double(1 << 24)) {
        sqlite3_result_error(ctx, "plenum_postings: weights must be whole numbers", -1);
        return;
    }
    sqlite3_result_int64(ctx, sqlite3_int64(frequency));
}

} // namespace

RankState *registerTokenizer(Database &db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db.handle(), "SELECT fts5(?1)", -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        rc = sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
    if (api == nullptr)
        throw Error(ErrorCode::Internal,
            QStringLiteral("Cannot search %1: this SQLite library has no FTS5 full-text search.").arg(db.path()));
    auto state = std::make_unique<RankState>();
    fts5_tokenizer tokenizer { createTokenizer, deleteTokenizer, runTokenizer };
    // The state outlives the tokenizer: plenum_rank()'s destructor frees it with the connection.
    rc = api->xCreateTokenizer(api, kTokenizerName, state.get(), &tokenizer, nullptr);
    if (rc == SQLITE_OK)
        rc = api->xCreateFunction(
            api, kBoundedRankName, state.get(), boundedRank, [](void *p) { delete static_cast<RankState *>(p); });
    if (rc == SQLITE_OK)
        rc = api->xCreateFunction(api, kPostingsName, state.get(), phrasePosting, nullptr);
    if (rc != SQLITE_OK)
        db.fail(rc, QStringLiteral("registering the search tokenizer"));
    return state.release();
}

} // namespace plenum::core::search
