#pragma once

#include "model/error.h"
#include "model/progress.h"

#include <QObject>

#include <cstdint>
#include <functional>
#include <optional>
#include <utility>

namespace plenum::ui {

/// Runs WORK (a call to the team server) on a worker thread and then DONE on CONTEXT's thread with
/// the error it threw, if any. Returns at once; a dialog stays responsive while the server answers.
/// CONTEXT must outlive the work (a dialog waits for it before it closes). PROGRESS is what WORK
/// gets to report progress and to ask whether to stop.
void runTeamWork(QObject *context, std::function<void(const core::Progress &)> work,
    std::function<void(const std::optional<core::Error> &)> done, core::Progress progress = {});

/// DONE of TOTAL as a progress widget's value and maximum: widgets count in int, so a larger total
/// is scaled down.
[[nodiscard]] std::pair<int, int> progressSteps(std::int64_t done, std::int64_t total);

/// The interface-language sentence for E's kind as a team server means it ("the server refused",
/// "cannot be reached"): the generic sentences speak of the knowledge base file.
[[nodiscard]] QString teamErrorLead(const core::Error &e);

/// Core's sentence for E (it names the server and the problem) after an interface-language sentence
/// for its kind as a team server means it, for a dialog's error line.
[[nodiscard]] QString teamErrorText(const core::Error &e);

} // namespace plenum::ui
