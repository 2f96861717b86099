#pragma once

#include <QString>

class QWidget;

namespace plenum::ui {

/// The one way errors reach the user; tests substitute a recorder.
class ErrorReporter {
public:
    virtual ~ErrorReporter() = default;
    /// Tells the user that WHAT failed and why (MESSAGE is a complete sentence).
    virtual void report(const QString &what, const QString &message) = 0;
};

/// Shows errors in a message box over PARENT.
class DialogErrorReporter final : public ErrorReporter {
public:
    explicit DialogErrorReporter(QWidget *parent);
    void report(const QString &what, const QString &message) override;

private:
    QWidget *m_parent;
};

} // namespace plenum::ui
