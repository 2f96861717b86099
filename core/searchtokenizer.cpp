#include "searchtokenizer.h"

#include "searchtext.h"

#include <sqlite3.h>

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

// The tokenizer keeps no state, so any non-null handle will do.
int createTokenizer(void *, const char **, int, Fts5Tokenizer **out)
{
    static int dummy = 0;
    *out = reinterpret_cast<Fts5Tokenizer *>(&dummy);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *) {}

int runTokenizer(Fts5Tokenizer *, void *ftsContext, int flags, const char *text, int length,
                 int (*xToken)(void *, int, const char *, int, int, int))
{
    TokenizeMode mode = TokenizeMode::Document;
    if (flags & FTS5_TOKENIZE_QUERY)
        mode = (flags & FTS5_TOKENIZE_PREFIX) ? TokenizeMode::Prefix : TokenizeMode::Query;
    Forward f{ftsContext, xToken};
    if (text == nullptr || length <= 0)
        return SQLITE_OK;
    return tokenize(std::string_view(text, static_cast<std::size_t>(length)), mode, forwardToken, &f);
}

// bm25 without the inverse document frequency: FTS5's bm25() counts every match of every phrase
// on its first call, which is what makes a frequent term slow. Ranking a bounded candidate set
// with this costs only the candidates. Arguments: one weight per column.
void boundedRank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    const int columns = api->xColumnCount(fts);
    sqlite3_int64 rows = 0;
    if (api->xRowCount(fts, &rows) != SQLITE_OK || rows <= 0) {
        sqlite3_result_double(ctx, 0);
        return;
    }
    int instances = 0;
    api->xInstCount(fts, &instances);
    std::vector<int> tf(std::size_t(columns) * std::size_t(api->xPhraseCount(fts)), 0);
    for (int i = 0; i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK)
            ++tf[std::size_t(phrase) * std::size_t(columns) + std::size_t(column)];
    }
    double score = 0;
    for (int c = 0; c < columns; ++c) {
        sqlite3_int64 total = 0;
        int length = 0;
        api->xColumnTotalSize(fts, c, &total);
        api->xColumnSize(fts, c, &length);
        const double average = total > 0 ? double(total) / double(rows) : 1.0;
        const double weight = c < argc ? sqlite3_value_double(argv[c]) : 1.0;
        for (std::size_t p = 0; p * std::size_t(columns) < tf.size(); ++p) {
            const double f = tf[p * std::size_t(columns) + std::size_t(c)];
            if (f > 0)
                score += weight * f * (k1 + 1) / (f + k1 * (1 - b + b * double(length) / average));
        }
    }
    sqlite3_result_double(ctx, -score);  // negative like bm25(): smaller is better
}

} // namespace

void registerTokenizer(Database &db)
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
    fts5_tokenizer tokenizer{createTokenizer, deleteTokenizer, runTokenizer};
    rc = api->xCreateTokenizer(api, kTokenizerName, nullptr, &tokenizer, nullptr);
    if (rc == SQLITE_OK)
        rc = api->xCreateFunction(api, kBoundedRankName, nullptr, boundedRank, nullptr);
    if (rc != SQLITE_OK)
        db.fail(rc, QStringLiteral("registering the search tokenizer"));
}

} // namespace plenum::core::search
