#pragma once

// Template knowledge bases for the tests: creating a bundled knowledge base (schema, bundled
// records, automatic links) costs far more than a test does with it, so each build of a test
// binary creates one the real way (KnowledgeBase::open) and every test gets a copy of it.
#include "facade/knowledgebase.h"

#include <QString>

#include <memory>

namespace plenum::test {

/// The template knowledge base for CONTENT in PLENUM_TEST_TEMPLATE_DIR, created when missing.
/// Its name carries the schema version, a hash of the bundled content and schema files and the
/// running binary's size and time, so a template is never used by a build it did not come from.
/// Concurrent test processes each create into a private file and rename it into place.
QString templateKbPath(core::KnowledgeBase::Content content);

/// Copies the template for CONTENT to PATH (SQLite's backup API; PATH must not exist) and opens it.
std::unique_ptr<core::KnowledgeBase> copyTemplateKb(const QString &path, core::KnowledgeBase::Content content);

} // namespace plenum::test
