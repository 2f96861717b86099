#include "ui/editors/authorlisteditor.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace plenum::ui {

namespace {
constexpr int kNameRole = Qt::UserRole + 1;
}

AuthorListEditor::AuthorListEditor(Role role, QWidget *parent)
    : QWidget(parent)
    , m_role(role)
    , m_list(new QListWidget)
    , m_literal(new QCheckBox(tr("Organisation or name kept as written")))
    , m_family(new QLineEdit)
    , m_given(new QLineEdit)
    , m_literalName(new QLineEdit)
{
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setMaximumHeight(110);
    const bool editors = role == Role::Editors;
    m_list->setAccessibleName(editors ? tr("Editors") : tr("Authors"));
    m_family->setPlaceholderText(tr("Family name"));
    m_given->setPlaceholderText(tr("Given name"));
    m_literalName->setPlaceholderText(tr("Full name"));
    m_family->setAccessibleName(tr("Family name"));
    m_given->setAccessibleName(tr("Given name"));
    m_literalName->setAccessibleName(tr("Full name"));
    auto *add = new QPushButton(editors ? tr("Add Editor") : tr("Add Author"));
    auto *remove = new QPushButton(editors ? tr("Remove Editor") : tr("Remove Author"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *names = new QHBoxLayout;
    names->addWidget(m_family);
    names->addWidget(m_given);
    names->addWidget(m_literalName);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(names);
    layout->addWidget(m_literal);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &AuthorListEditor::addAuthor);
    connect(remove, &QPushButton::clicked, this, &AuthorListEditor::removeAuthor);
    connect(m_list, &QListWidget::currentRowChanged, this, &AuthorListEditor::showCurrent);
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, &AuthorListEditor::changed);
    for (QLineEdit *edit : { m_family, m_given, m_literalName })
        connect(edit, &QLineEdit::textEdited, this, &AuthorListEditor::storeCurrent);
    connect(m_literal, &QCheckBox::toggled, this, [this] {
        storeCurrent();
        showCurrent();
    });
    auto *up = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_list, [this] { moveAuthor(-1); });
    auto *down = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_list, [this] { moveAuthor(1); });
    up->setContext(Qt::WidgetShortcut);
    down->setContext(Qt::WidgetShortcut);
    showCurrent();
}

QString AuthorListEditor::display(const QJsonObject &name) const
{
    const QString literal = name.value(QStringLiteral("literal")).toString();
    if (!literal.isEmpty())
        return literal;
    const QString family = name.value(QStringLiteral("family")).toString();
    const QString given = name.value(QStringLiteral("given")).toString();
    if (family.isEmpty())
        return m_role == Role::Editors ? tr("(new editor)") : tr("(new author)");
    return given.isEmpty() ? family : QStringLiteral("%1, %2").arg(family, given);
}

void AuthorListEditor::setAuthors(const QJsonArray &authors)
{
    m_list->clear();
    for (const QJsonValue &a : authors) {
        // Older records keep a plain string: it is a literal name.
        const QJsonObject name
            = a.isString() ? QJsonObject { { QStringLiteral("literal"), a.toString() } } : a.toObject();
        auto *item = new QListWidgetItem(display(name), m_list);
        item->setData(kNameRole, name);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    showCurrent();
}

QJsonArray AuthorListEditor::authors() const
{
    QJsonArray out;
    for (int i = 0; i < m_list->count(); ++i) {
        QJsonObject name = m_list->item(i)->data(kNameRole).toJsonObject();
        for (const QString &key : name.keys())
            if (name.value(key).toString().trimmed().isEmpty())
                name.remove(key);
        if (!name.isEmpty())
            out.append(name);
    }
    return out;
}

void AuthorListEditor::addAuthor()
{
    auto *item = new QListWidgetItem(display({}), m_list);
    item->setData(kNameRole, QJsonObject {});
    m_list->setCurrentItem(item);
    m_literal->setChecked(false);
    m_family->setFocus();
    emit changed();
}

void AuthorListEditor::removeAuthor()
{
    delete m_list->takeItem(m_list->currentRow());
    showCurrent();
    emit changed();
}

void AuthorListEditor::moveAuthor(int by)
{
    const int row = m_list->currentRow(), to = row + by;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
    emit changed();
}

void AuthorListEditor::showCurrent()
{
    m_loading = true;
    const QListWidgetItem *item = m_list->currentItem();
    const QJsonObject name = item ? item->data(kNameRole).toJsonObject() : QJsonObject();
    const bool literal = name.contains(QStringLiteral("literal")) || (m_literal->isChecked() && name.isEmpty());
    m_literal->setChecked(literal);
    m_family->setText(name.value(QStringLiteral("family")).toString());
    m_given->setText(name.value(QStringLiteral("given")).toString());
    m_literalName->setText(name.value(QStringLiteral("literal")).toString());
    m_family->setVisible(!literal);
    m_given->setVisible(!literal);
    m_literalName->setVisible(literal);
    for (QWidget *w : { static_cast<QWidget *>(m_family), static_cast<QWidget *>(m_given),
             static_cast<QWidget *>(m_literalName), static_cast<QWidget *>(m_literal) })
        w->setEnabled(item != nullptr);
    m_loading = false;
}

void AuthorListEditor::storeCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (m_loading || !item)
        return;
    QJsonObject name;
    if (m_literal->isChecked()) {
        // Switching a personal name to literal keeps it readable: "Family Given" becomes the literal.
        QString literal = m_literalName->text();
        if (literal.isEmpty())
            literal = QStringList { m_family->text(), m_given->text() }.join(QLatin1Char(' ')).trimmed();
        name.insert(QStringLiteral("literal"), literal);
    } else {
        name.insert(QStringLiteral("family"), m_family->text().isEmpty() ? m_literalName->text() : m_family->text());
        if (!m_given->text().isEmpty())
            name.insert(QStringLiteral("given"), m_given->text());
    }
    item->setData(kNameRole, name);
    item->setText(display(name));
    emit changed();
}

} // namespace plenum::ui
