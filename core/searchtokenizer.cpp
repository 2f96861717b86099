#include "searchtokenizer.h"

#include "searchtext.h"

#include <sqlite3.h>

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
    if (rc != SQLITE_OK)
        db.fail(rc, QStringLiteral("registering the search tokenizer"));
}

} // namespace plenum::core::search
