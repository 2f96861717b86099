#pragma once

#include "model/error.h"
#include "ui/errorreporter.h"

#include <concepts>
#include <exception>
#include <functional>
#include <utility>

namespace plenum::ui {

/// The error a std::exception that escaped core (bad_alloc, a library's own exception) becomes.
[[nodiscard]] core::Error unexpectedError(const std::exception &e);

/// Runs ACTION, a way in from Qt's event loop to core (a slot, a timer, a link handler, a model
/// refresh). A core::Error, or failing that any std::exception, is reported as WHAT through ERRORS
/// and ends here: nothing thrown crosses the event loop, and the window stays usable. Returns
/// false when ACTION failed.
template <typename Action> bool guard(ErrorReporter &errors, const QString &what, Action &&action)
{
    try {
        std::invoke(std::forward<Action>(action));
        return true;
    } catch (const core::Error &e) {
        errors.report(what, e);
    } catch (const std::exception &e) {
        errors.report(what, unexpectedError(e));
    }
    return false;
}

/// SLOT wrapped for connect(): every call runs under guard() and reports as WHAT. The wrapper
/// takes as many of the signal's arguments as SLOT does.
template <typename Slot> auto guarded(ErrorReporter &errors, QString what, Slot slot)
{
    return [&errors, what = std::move(what), slot = std::move(slot) ](
        auto &&...args) requires std::invocable<const Slot &, decltype(args)...>
    {
        guard(errors, what, [&] { std::invoke(slot, std::forward<decltype(args)>(args)...); });
    };
}

} // namespace plenum::ui
