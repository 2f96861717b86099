#pragma once

#include "kbstate.h"
#include "pgserver.h"
#include "team/teamsync.h"
#include "testsupport.h"

#include <memory>

namespace plenum::teamtest {

/// A server of its own, and member A (the superuser, who created library "faults") and member B
/// (editor "bob"), each with an empty knowledge base of its own. Members connect through PORT
/// when one is given (a cutproxy in front of the server), else directly.
class FaultFixture {
public:
    FaultFixture();
    /// A creates the library with BASE_ITEMS statements (st-base-N), adds bob, B joins; with
    /// TIMEOUT, both URLs carry timeout=TIMEOUT (seconds a silent server is waited for).
    void createLibrary(int baseItems, int port = 0, int timeout = 0);
    /// A new member NAME (editor) with a new knowledge base joined through PORT; its path.
    QString freshMember(const QString &name, int port = 0);
    /// The error sync() of MEMBER throws (fails the test when it succeeds); never the password.
    QString syncFailure(core::team::TeamSync &member);
    /// The library version the server records (superuser query of plenum.libraries).
    qint64 serverVersion();
    /// Live objects of the library on the server (not tombstones), by entity ID.
    qint64 serverObjects();

    test::TempDir tmp;
    PgServer server;
    QString kbA, kbB;
    std::unique_ptr<core::team::TeamSync> a, b;
};

/// Fails the test with the first difference when the two knowledge bases differ item by item.
void requireSameLibrary(const QString &kbX, const QString &kbY);
/// Checks that every item of PARTIAL (a member whose pull was interrupted) equals FULL's.
void checkSubsetOf(const std::map<QString, QString> &partial, const std::map<QString, QString> &full);

} // namespace plenum::teamtest
