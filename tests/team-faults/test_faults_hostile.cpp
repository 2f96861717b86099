// A hostile team server (issue 18): its superuser drops the schema's checks and plants objects
// with '../' IDs, oversized fields, malformed JSON shapes, attachment paths outside the
// knowledge base, SQL and shell in strings, invalid UTF-8. The client must answer each with a
// clear error or store it as plain data: never write outside its knowledge base, never run
// anything, never lose what it already had.
#include "faultfixture.h"

#include "storage/attachments.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <set>

using namespace plenum;
using namespace plenum::teamtest;

namespace {

/// Every file under ROOT except the server's folder, relative to ROOT.
std::set<QString> filesUnder(const QString &root)
{
    std::set<QString> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = QDir(root).relativeFilePath(it.next());
        if (!rel.startsWith(QLatin1String("pg/")))
            files.insert(rel);
    }
    return files;
}

/// Makes the server hostile: its superuser lifts the checks on objects that the schema has.
void dropServerChecks(PgServer &server)
{
    server.query(QStringLiteral("ALTER TABLE plenum.objects DROP CONSTRAINT IF EXISTS objects_entity_id_check"));
    server.query(QStringLiteral("ALTER TABLE plenum.objects DROP CONSTRAINT IF EXISTS objects_type_check"));
}

/// Plants object ENTITY_ID of TYPE at the next library version; DATA is an SQL expression over t.data,
/// the data of the valid object st-base-0 (e.g. "t.data || jsonb_build_object('text', 'x')").
void plant(PgServer &server, const QString &entityId, const QString &type, const QString &data)
{
    server.query(QStringLiteral("UPDATE plenum.libraries SET version = version + 1 WHERE name = 'faults'"));
    server.query(QStringLiteral("INSERT INTO plenum.objects (library_id, entity_id, type, data, version, changed_by) "
                                "SELECT t.library_id, $1, $2, %1, l.version, 'mallory' FROM plenum.objects t "
                                "JOIN plenum.libraries l ON l.id = t.library_id WHERE t.entity_id = 'st-base-0'")
                     .arg(data),
        { entityId, type });
}

struct Hostile {
    const char *what;
    const char *entityId;
    const char *type;
    const char *data;
};

// clang-format off
const Hostile kHostile[] = {
    { "an ID climbing out of the folder", "../../../evil", "statement", "t.data || jsonb_build_object('id', '../../../evil')" },
    { "an absolute path as ID", "/tmp/plenum-team-evil", "statement", "t.data || jsonb_build_object('id', '/tmp/plenum-team-evil')" },
    { "an ID that differs from the record's", "st-mask", "statement", "t.data || jsonb_build_object('id', '../st-mask')" },
    { "an unknown type", "st-type", "script", "t.data || jsonb_build_object('id', 'st-type', 'type', 'script')" },
    { "a 20 MB field", "st-huge", "statement", "t.data || jsonb_build_object('id', 'st-huge', 'text', repeat('x', 20000000))" },
    { "data that is an array", "st-array", "statement", "'[1,2,3]'::jsonb" },
    { "data that is a string", "st-string", "statement", "to_jsonb('DROP TABLE entities'::text)" },
    { "no data on a live object", "st-null", "statement", "NULL" },
    { "a text that is a number", "st-num", "statement", "t.data || jsonb_build_object('id', 'st-num', 'text', 5)" },
    { "aliases that are not a list", "st-alias", "statement", "t.data || jsonb_build_object('id', 'st-alias', 'aliases', 'x')" },
    { "a link out of the folder", "st-link", "statement",
      "t.data || jsonb_build_object('id', 'st-link', 'links', jsonb_build_array(jsonb_build_object('relation', 'supports', 'target', '../../etc/passwd')))" },
    { "a link with an invented relation", "st-rel", "statement",
      "t.data || jsonb_build_object('id', 'st-rel', 'links', jsonb_build_array(jsonb_build_object('relation', 'owns', 'target', 'st-base-1')))" },
    { "tags that are objects", "st-tags", "statement", "t.data || jsonb_build_object('id', 'st-tags', 'tags', jsonb_build_array(jsonb_build_object('a', 1)))" },
    { "attachments pointing outside the knowledge base", "st-attach", "statement",
      "t.data || jsonb_build_object('id', 'st-attach', 'attachments', jsonb_build_array(jsonb_build_object("
      "'path', '../../../../tmp/plenum-team-evil.pdf', 'file', '/tmp/plenum-team-evil2.pdf', 'name', '../evil.pdf', 'sha256', 'x')))" },
    { "nesting 5000 levels deep", "st-deep", "statement",
      "t.data || jsonb_build_object('id', 'st-deep', 'extra', (repeat('[', 5000) || repeat(']', 5000))::jsonb)" },
};
// clang-format on

/// The bytes SQLite stores as the text of statement ID.
QByteArray storedText(const QString &kbPath, const QString &id)
{
    auto db = core::Database::open(kbPath, core::Database::OpenMode::ReadOnly);
    auto q = db.prepare("SELECT hex(CAST(text AS BLOB)) FROM statements WHERE id = ?1");
    q.bind(1, id);
    return q.next() ? QByteArray::fromHex(q.text(0).toLatin1()) : QByteArray();
}

} // namespace

TEST_CASE("Hostile server: bad objects are refused with a clear error or kept as data, nothing written outside the kb",
    "[team][faults]")
{
    FaultFixture f;
    f.createLibrary(5);
    dropServerChecks(f.server);
    const QString folder = QFileInfo(f.kbB).absolutePath();
    const QString attachments = QDir(folder).relativeFilePath(core::attachmentsFolder(f.kbB));

    for (const Hostile &h : kHostile) {
        INFO("the server sends " << h.what);
        const auto before = libraryState(f.kbB);
        const auto filesBefore = filesUnder(folder);
        plant(f.server, QString::fromUtf8(h.entityId), QString::fromUtf8(h.type), QString::fromUtf8(h.data));
        QString message;
        try {
            f.b->sync();
        } catch (const core::Error &e) {
            message = e.message();
        }
        INFO("the member said: " << (message.isEmpty() ? QStringLiteral("(nothing: synced)") : message));
        const auto after = libraryState(f.kbB);
        if (!message.isEmpty()) { // refused: a sentence, and nothing the member had changed
            CHECK(message.size() < 1000);
            CHECK(f.b->status().lastError == message);
            CHECK(firstDifference(before, after).isEmpty());
        } else { // kept as data: under an ID of the proper form, everything else as it was
            for (const auto &[id, line] : after)
                CHECK(QRegularExpression(QStringLiteral("^[a-z0-9][a-z0-9._:-]{0,199}$")).match(id).hasMatch());
            for (const auto &[id, line] : before)
                CHECK(after.count(id) == 1);
        }
        for (const QString &file : filesUnder(folder)) {
            INFO("file " << file);
            CHECK((filesBefore.count(file) == 1 || file.startsWith(QLatin1String("b.db"))
                || file.startsWith(attachments + QLatin1Char('/'))));
        }
        CHECK_FALSE(QFileInfo::exists(QStringLiteral("/tmp/plenum-team-evil")));
        CHECK_FALSE(QFileInfo::exists(QStringLiteral("/tmp/plenum-team-evil.pdf")));
        CHECK_FALSE(QFileInfo::exists(QStringLiteral("/tmp/plenum-team-evil2.pdf")));
        // The server is put right again (an object a member took is deleted the proper way, with
        // a tombstone); the member then syncs as before.
        f.server.query(QStringLiteral("UPDATE plenum.libraries SET version = version + 1 WHERE name = 'faults'"));
        if (message.isEmpty())
            f.server.query(
                QStringLiteral("UPDATE plenum.objects o SET deleted = true, data = NULL, version = l.version "
                               "FROM plenum.libraries l WHERE l.id = o.library_id AND o.changed_by = 'mallory'"));
        else
            f.server.query(QStringLiteral("DELETE FROM plenum.objects WHERE changed_by = 'mallory'"));
        CHECK_NOTHROW(f.b->sync());
        f.server.query(QStringLiteral("DELETE FROM plenum.objects WHERE changed_by = 'mallory'"));
    }
    // What B kept of an object (a link to a missing item dropped) it may push back as its own.
    f.a->sync();
    requireSameLibrary(f.kbA, f.freshMember(QStringLiteral("dave")));
}

TEST_CASE("Hostile server: SQL and shell commands in strings are stored as text and never run", "[team][faults]")
{
    FaultFixture f;
    f.createLibrary(5);
    const QString sql = QStringLiteral("'); DROP TABLE statements; --\" ; DELETE FROM entities; SELECT '");
    const QString shell
        = QStringLiteral("$(touch /tmp/plenum-team-pwned) `touch /tmp/plenum-team-pwned2` | rm -rf ~ ;");
    addStatements(f.kbA, QStringLiteral("st-strings-"), 2);
    setStatementText(f.kbA, QStringLiteral("st-strings-0"), sql);
    setStatementText(f.kbA, QStringLiteral("st-strings-1"), shell);
    f.a->sync();
    // and the same planted by the server's superuser, bypassing the client that escapes them
    f.server.query(QStringLiteral("UPDATE plenum.libraries SET version = version + 1 WHERE name = 'faults'"));
    f.server.query(QStringLiteral("UPDATE plenum.objects o SET version = l.version, data = jsonb_set(o.data, '{text}', "
                                  "to_jsonb($1::text)) FROM plenum.libraries l WHERE l.id = o.library_id AND "
                                  "o.entity_id = 'st-base-1'"),
        { sql + shell });
    f.b->sync();
    CHECK(statementText(f.kbB, QStringLiteral("st-base-1")) == sql + shell);
    CHECK(statementText(f.kbB, QStringLiteral("st-strings-0")) == sql);
    CHECK(statementText(f.kbB, QStringLiteral("st-strings-1")) == shell);
    CHECK(statementText(f.kbB, QStringLiteral("st-base-1")) == sql + shell);
    CHECK(libraryState(f.kbB).size() == 7);
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("/tmp/plenum-team-pwned")));
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("/tmp/plenum-team-pwned2")));
}

TEST_CASE("Hostile server: invalid UTF-8 from a SQL_ASCII database is refused, never stored broken", "[team][faults]")
{
    FaultFixture f;
    f.server.query(
        QStringLiteral("CREATE DATABASE hostile ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"));
    addStatements(f.kbA, QStringLiteral("st-base-"), 3);
    QString url = f.server.ownerUrl(QStringLiteral("faults"));
    url.replace(QLatin1String("/postgres?"), QLatin1String("/hostile?"));
    core::team::TeamSync a(f.kbA);
    a.create(core::team::TeamUrl::parse(url), QStringLiteral("faults"));
    a.addMember(QStringLiteral("bob"), QStringLiteral("bob-pw-1"), QStringLiteral("editor"));
    QString bobUrl = f.server.memberUrl(QStringLiteral("bob"), QStringLiteral("bob-pw-1"), QStringLiteral("faults"));
    bobUrl.replace(QLatin1String("/postgres?"), QLatin1String("/hostile?"));
    core::team::TeamSync b(f.kbB);
    b.join(core::team::TeamUrl::parse(bobUrl));

    f.server.query(QStringLiteral("UPDATE plenum.libraries SET version = version + 1"), {}, QStringLiteral("hostile"));
    f.server.query(
        QStringLiteral("UPDATE plenum.objects o SET version = l.version, data = jsonb_set(o.data, '{text}', "
                       "to_jsonb(convert_from('\\x6261645f80fffe'::bytea, 'SQL_ASCII'))) FROM plenum.libraries l "
                       "WHERE l.id = o.library_id AND o.entity_id = 'st-base-1'"),
        {}, QStringLiteral("hostile"));
    QString message;
    try {
        b.sync();
    } catch (const core::Error &e) {
        message = e.message();
    }
    INFO("the member said: " << message);
    const QByteArray stored = storedText(f.kbB, QStringLiteral("st-base-1"));
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8.decode(stored);
    CHECK_FALSE(utf8.hasError()); // what SQLite holds is valid UTF-8 (replacement characters at worst)
    if (!message.isEmpty())
        CHECK(decoded.startsWith(QLatin1String("st-base- 1")));
    CHECK(libraryState(f.kbB).size() == 3);
}

namespace {

/// The process's peak resident memory so far, in MB (VmHWM).
long peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong() / 1024;
    return 0;
}

} // namespace

TEST_CASE("Hostile server: a page of 60 objects of 15 MB each does not make the member hold them all in memory",
    "[team][faults]")
{
    FaultFixture f;
    f.createLibrary(5);
    // Each object is just under the 16 MB limit for one object, and is refused on its type once
    // read; 900 MB in all, which one page of 2,000 objects would fetch at once.
    f.server.query(QStringLiteral("UPDATE plenum.libraries SET version = version + 1 WHERE name = 'faults'"));
    f.server.query(QStringLiteral("INSERT INTO plenum.objects (library_id, entity_id, type, data, version, changed_by) "
                                  "SELECT t.library_id, 'st-heavy-' || n, 'statement', t.data || jsonb_build_object("
                                  "'id', 'st-heavy-' || n, 'type', 'note', 'text', repeat(md5(n::text), 470000)), "
                                  "l.version, 'mallory' FROM plenum.objects t JOIN plenum.libraries l ON l.id = "
                                  "t.library_id, generate_series(1, 60) n WHERE t.entity_id = 'st-base-0'"));
    const auto before = libraryState(f.kbB);
    const long peakBefore = peakRssMb();
    const QString message = f.syncFailure(*f.b);
    const long growth = peakRssMb() - peakBefore;
    INFO("peak memory grew by " << growth << " MB; the member said: " << message);
    CHECK(firstDifference(before, libraryState(f.kbB)).isEmpty());
    CHECK(growth < 512);
}
