// Export targets (issue 12): never through a symbolic link, never into a folder or FIFO, and on a
// full disk or a read-only folder a message naming the file with nothing half-written.
#include "testsupport.h"

#include "export/exportfile.h"
#include "model/error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace plenum;

namespace {

QString messageOf(const std::function<void()> &call)
{
    try {
        call();
    } catch (const core::Error &e) {
        return e.message();
    }
    return {};
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

TEST_CASE("an export never writes through a symbolic link, dangling or not", "[export][hostile]")
{
    test::TempDir dir;
    QDir().mkpath(dir.path("out"));
    const QString outside = dir.path("outside.txt");
    const QString link = dir.path("out/notes.md");
    REQUIRE(QFile::link(outside, link)); // dangling: outside.txt does not exist yet
    const QString expected = QStringLiteral("%1 is a symbolic link; exports never write through links. Remove it or "
                                            "choose another file name.")
                                 .arg(link);
    CHECK(messageOf([&] { core::checkExportTarget(link, false); }) == expected);
    CHECK(messageOf([&] { core::checkExportTarget(link, true); }) == expected);
    CHECK_FALSE(QFileInfo::exists(outside));
    // The writer itself replaces a link rather than following it, whatever a caller checked.
    core::writeExportFile(link, "new");
    CHECK_FALSE(QFileInfo::exists(outside));
    CHECK_FALSE(QFileInfo(link).isSymLink());
    CHECK(QFileInfo(link).size() == 3);
}

TEST_CASE("an export target that is a folder, a FIFO or in a missing folder is refused by name", "[export][hostile]")
{
    test::TempDir dir;
    QDir().mkpath(dir.path("folder.md"));
    CHECK(messageOf([&] { core::checkExportTarget(dir.path("folder.md"), true); })
        == dir.path("folder.md") + QStringLiteral(" is a folder; expected the name of a file to write."));
    const QString fifo = dir.path("pipe.md");
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    CHECK(messageOf([&] { core::checkExportTarget(fifo, true); })
        == fifo
            + QStringLiteral(
                " is not a regular file (a FIFO, socket or device); expected the name of a file to write."));
    CHECK(messageOf([&] { core::checkExportTarget(dir.path("no/such/x.md"), false); })
        == QStringLiteral("Cannot write %1: the folder %2 does not exist.")
               .arg(dir.path("no/such/x.md"), dir.path("no/such")));
    test::writeFile(dir.path("old.md"), "old");
    CHECK(messageOf([&] { core::checkExportTarget(dir.path("old.md"), false); })
        == dir.path("old.md") + QStringLiteral(" already exists; add --force to replace it."));
    CHECK(messageOf([&] { core::checkExportTarget(dir.path("old.md"), true); }).isEmpty());
    CHECK(messageOf([&] { core::checkExportTarget(dir.path("new.md"), false); }).isEmpty());
}

TEST_CASE(
    "a write that runs out of space names the file and leaves the old one and no temporary file", "[export][hostile]")
{
    test::TempDir dir;
    const QString path = dir.path("big.md");
    test::writeFile(path, "the old export");
    const QByteArray before = test::fileHash(path);
    // A file size limit makes write() fail part-way, as a full disk does, without needing a mount.
    struct rlimit old { };
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &old) == 0);
    const auto previous = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = old;
    small.rlim_cur = 64 * 1024;
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
    const QString message = messageOf([&] { core::writeExportFile(path, QByteArray(1024 * 1024, 'x')); });
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, previous);
    CHECK(message
        == QStringLiteral("Cannot write %1: the file is larger than this system allows; nothing was written.")
               .arg(path));
    CHECK(test::fileHash(path) == before);
    CHECK(entries(dir.path(".")) == QStringList { QStringLiteral("big.md") });
}

TEST_CASE(
    "a write on a full tmpfs or into a read-only folder names the file and leaves nothing behind", "[export][hostile]")
{
    test::TempDir dir;
    const QString mount = dir.path("small");
    QDir().mkpath(mount);
    const QByteArray native = QFile::encodeName(mount);
    // Root (CI containers) can mount a 64 KB tmpfs; elsewhere the folder's permissions stand in.
    const bool mounted = ::geteuid() == 0
        && std::system(("mount -t tmpfs -o size=64k tmpfs '" + native + "' 2>/dev/null").constData()) == 0;
    if (mounted) {
        const QString message
            = messageOf([&] { core::writeExportFile(mount + QStringLiteral("/a.md"), QByteArray(1024 * 1024, 'x')); });
        CHECK(message
            == QStringLiteral("Cannot write %1: the disk is full; nothing was written.")
                   .arg(mount + QStringLiteral("/a.md")));
        CHECK(entries(mount).isEmpty());
        REQUIRE(std::system(("mount -o remount,ro '" + native + "'").constData()) == 0);
    } else {
        REQUIRE(::geteuid() != 0);
        REQUIRE(::chmod(native.constData(), 0555) == 0);
    }
    const QString message = messageOf([&] { core::writeExportFile(mount + QStringLiteral("/b.md"), "text"); });
    CHECK(message.startsWith(QStringLiteral("Cannot write %1: the folder ").arg(mount + QStringLiteral("/b.md"))));
    CHECK(message.endsWith(QStringLiteral("; nothing was written.")));
    CHECK(entries(mount).isEmpty());
    if (mounted)
        CHECK(std::system(("umount '" + native + "'").constData()) == 0);
    else
        ::chmod(native.constData(), 0755);
}
