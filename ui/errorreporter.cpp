#include "ui/errorreporter.h"

#include <QMessageBox>

namespace plenum::ui {

DialogErrorReporter::DialogErrorReporter(QWidget *parent)
    : m_parent(parent)
{
}

void DialogErrorReporter::report(const QString &what, const QString &message)
{
    QMessageBox::warning(m_parent, what, message);
}

} // namespace plenum::ui
