#include "search/searchcontent.h"

#include <sqlite3.h>

#include <array>
#include <string>

namespace plenum::core::search {

namespace {

// FTS5 reads a row's text through this table only to highlight hits (and in integrity checks), so
// a lookup by row id is the path that matters; a full scan exists for completeness.
struct ContentTable {
    sqlite3_vtab base {};
    sqlite3 *db = nullptr;
    const char *sourceSql = nullptr;
    sqlite3_stmt *entity = nullptr; // row id → entity id
    sqlite3_stmt *source = nullptr; // entity id → text
};

struct ContentCursor {
    sqlite3_vtab_cursor base {};
    sqlite3_stmt *scan = nullptr; // full scans only
    sqlite3_int64 rowid = 0;
    bool eof = true;
    std::array<std::string, 3> text;
};

int connect(sqlite3 *db, void *aux, int, const char *const *, sqlite3_vtab **out, char **)
{
    const int rc = sqlite3_declare_vtab(db, "CREATE TABLE x(title, aliases, body)");
    if (rc != SQLITE_OK)
        return rc;
    auto *table = new ContentTable;
    table->db = db;
    table->sourceSql = static_cast<const char *>(aux);
    *out = &table->base;
    return SQLITE_OK;
}

int disconnect(sqlite3_vtab *vtab)
{
    auto *table = reinterpret_cast<ContentTable *>(vtab);
    sqlite3_finalize(table->entity);
    sqlite3_finalize(table->source);
    delete table;
    return SQLITE_OK;
}

int bestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto &c = info->aConstraint[i];
        if (c.usable && c.iColumn == -1 && c.op == SQLITE_INDEX_CONSTRAINT_EQ) {
            info->aConstraintUsage[i].argvIndex = 1;
            info->aConstraintUsage[i].omit = 1;
            info->idxNum = 1;
            info->estimatedCost = 1;
            info->estimatedRows = 1;
            info->idxFlags = SQLITE_INDEX_SCAN_UNIQUE;
            return SQLITE_OK;
        }
    }
    info->idxNum = 0;
    info->estimatedCost = 1e9;
    return SQLITE_OK;
}

int openCursor(sqlite3_vtab *, sqlite3_vtab_cursor **out)
{
    *out = &(new ContentCursor)->base;
    return SQLITE_OK;
}

int closeCursor(sqlite3_vtab_cursor *cursor)
{
    auto *c = reinterpret_cast<ContentCursor *>(cursor);
    sqlite3_finalize(c->scan);
    delete c;
    return SQLITE_OK;
}

int prepare(ContentTable *table, sqlite3_stmt **stmt, const char *sql)
{
    return *stmt ? sqlite3_reset(*stmt) : sqlite3_prepare_v2(table->db, sql, -1, stmt, nullptr);
}

// Loads the text of the row with C's row id.
int load(ContentTable *table, ContentCursor *c)
{
    for (std::string &s : c->text)
        s.clear();
    int rc = prepare(table, &table->entity, "SELECT entity_id FROM main.search_docs WHERE id = ?1");
    if (rc != SQLITE_OK)
        return rc;
    sqlite3_bind_int64(table->entity, 1, c->rowid);
    if (sqlite3_step(table->entity) != SQLITE_ROW)
        return sqlite3_reset(table->entity);
    rc = prepare(table, &table->source, table->sourceSql);
    if (rc != SQLITE_OK)
        return rc;
    sqlite3_bind_value(table->source, 1, sqlite3_column_value(table->entity, 0));
    if (sqlite3_step(table->source) == SQLITE_ROW) {
        const auto column = [&](int i) {
            return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(table->source, i)),
                sqlite3_column_bytes(table->source, i));
        };
        c->text[0] = indexedTitle(column(2)).toStdString();
        c->text[1] = column(3).toStdString();
        c->text[2] = column(4).toStdString();
    }
    rc = sqlite3_reset(table->source);
    const int entityRc = sqlite3_reset(table->entity);
    return rc != SQLITE_OK ? rc : entityRc;
}

int nextRow(sqlite3_vtab_cursor *cursor)
{
    auto *c = reinterpret_cast<ContentCursor *>(cursor);
    if (c->scan == nullptr) {
        c->eof = true;
        return SQLITE_OK;
    }
    const int rc = sqlite3_step(c->scan);
    if (rc != SQLITE_ROW) {
        c->eof = true;
        return rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
    c->rowid = sqlite3_column_int64(c->scan, 0);
    c->eof = false;
    return load(reinterpret_cast<ContentTable *>(cursor->pVtab), c);
}

int filterRows(sqlite3_vtab_cursor *cursor, int idxNum, const char *, int, sqlite3_value **argv)
{
    auto *c = reinterpret_cast<ContentCursor *>(cursor);
    auto *table = reinterpret_cast<ContentTable *>(cursor->pVtab);
    sqlite3_finalize(c->scan);
    c->scan = nullptr;
    if (idxNum == 1) {
        // A missing row reads as empty text, so a highlight never fails on an item deleted meanwhile.
        c->rowid = sqlite3_value_int64(argv[0]);
        c->eof = false;
        return load(table, c);
    }
    const int rc = sqlite3_prepare_v2(table->db, "SELECT id FROM main.search_docs ORDER BY id", -1, &c->scan, nullptr);
    return rc != SQLITE_OK ? rc : nextRow(cursor);
}

int atEnd(sqlite3_vtab_cursor *cursor)
{
    return reinterpret_cast<ContentCursor *>(cursor)->eof ? 1 : 0;
}

int columnText(sqlite3_vtab_cursor *cursor, sqlite3_context *ctx, int i)
{
    const std::string &s = reinterpret_cast<ContentCursor *>(cursor)->text.at(std::size_t(i));
    sqlite3_result_text(ctx, s.data(), int(s.size()), SQLITE_TRANSIENT);
    return SQLITE_OK;
}

int rowId(sqlite3_vtab_cursor *cursor, sqlite3_int64 *out)
{
    *out = reinterpret_cast<ContentCursor *>(cursor)->rowid;
    return SQLITE_OK;
}

const sqlite3_module kModule = {
    /* iVersion */ 0, connect, connect, bestIndex, disconnect, disconnect, openCursor, closeCursor, filterRows, nextRow,
    atEnd, columnText, rowId, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
    nullptr
};

} // namespace

QString indexedTitle(const QString &title)
{
    return title.trimmed();
}

void registerContentModule(Database &db, const char *sourceSql)
{
    const int rc = sqlite3_create_module(db.handle(), kContentModuleName, &kModule, const_cast<char *>(sourceSql));
    if (rc != SQLITE_OK)
        db.fail(rc, QStringLiteral("registering the search index's text table"));
}

} // namespace plenum::core::search
