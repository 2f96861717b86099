#pragma once

#include "torturetrial.h"

namespace torture {

/// Issue 12's reproduction, scripted: a GUI-like process holds its connections and runs one
/// background TASK ("import", "reindex" or "export") on a connection of its own; then
/// `plenum-cli stats`; the GUI writes; a plenum-cli import writes; the GUI writes and quits
/// cleanly. Then the file must pass integrity_check and hold every write, also when only the .db
/// file is copied elsewhere (what a user who copies "the one SQLite file" keeps). Returns the
/// problems found, one sentence each; DIR is a fresh folder.
QStringList runScenario(const Config &config, const QString &dir, const QString &task);

} // namespace torture
