#pragma once

#include "storage/database.h"

namespace plenum::core::migrator {

/// The schema version this build writes.
inline constexpr int kLatestVersion = 12;
/// PRAGMA application_id of every Plenum knowledge base ("PLNM").
inline constexpr int kApplicationId = 0x504C4E4D;

struct Outcome {
    int fromVersion = 0;
    int toVersion = 0;
    bool created = false; ///< true when the schema was created in an empty database
};

/// Brings the database to kLatestVersion: creates the schema in an empty file, or runs each
/// pending migration in its own transaction. Refuses newer and non-Plenum databases.
Outcome migrate(Database &db);

/// Runs migrations 1..version on an empty database (tests use it to build old databases).
void createAtVersion(Database &db, int version);

} // namespace plenum::core::migrator
