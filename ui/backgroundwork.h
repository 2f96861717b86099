#pragma once

#include "model/progress.h"

#include <QString>

#include <functional>

class QWidget;

namespace plenum::ui {

/// Runs WORK on a worker thread and returns when it is done, the GUI kept responsive meanwhile
/// (a modal progress dialog titled LABEL over PARENT appears if it takes more than a moment; its
/// Cancel makes the progress callback return false). WORK's core::Error is rethrown here, on the
/// GUI thread; any other exception becomes Error Internal. WORK must not touch widgets.
void runInBackground(QWidget *parent, const QString &label, const std::function<void(const core::Progress &)> &work);

} // namespace plenum::ui
