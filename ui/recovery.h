#pragma once

#include <QString>

#include <memory>

class QWidget;

namespace plenum::core {
class KnowledgeBase;
}

namespace plenum::ui {

class ErrorReporter;

/// Opens the knowledge base at PATH (creating it when CREATE). When the file turns out damaged or
/// not a knowledge base and a backup exists, offers to restore the latest backup (the damaged file
/// is kept beside it, never overwritten) and opens that. Other failures go to ERRORS. Returns
/// null when nothing could be opened.
std::unique_ptr<core::KnowledgeBase> openKnowledgeBase(
    QWidget *parent, const QString &path, bool create, ErrorReporter &errors);

} // namespace plenum::ui
