#include "ui/editors/itemeditor.h"

#include "model/cslitem.h"
#include "model/error.h"
#include "model/jsonpath.h"
#include "queries/itemedits.h"
#include "storage/itemtags.h"
#include "storage/repository.h"
#include "ui/coremessages.h"
#include "ui/editors/authorlisteditor.h"
#include "ui/labels.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace plenum::ui {

namespace {

enum class Input { Line, Text, Choice, Integer, List, Authors, Date };

struct FieldSpec {
    const char *key;
    const char *label;
    Input input;
    QStringList choices = {};
};

const QStringList kStatementKinds { "quote", "paraphrase", "claim", "statistic" };
const QStringList kLanguages { "zh", "en" };
const QStringList kDocumentKinds { "report", "decision", "communique", "resolution", "proposal", "plan", "regulation",
    "paper", "other" };
const QStringList kMilestoneKinds { "other_event", "cc_plenum", "national_congress" };
const QStringList kVerification { "", "verified", "partly_inconsistent", "unverified", "wrong" };
// The CSL types a researcher of policy meets most; anything else imported is kept as it is.
const QStringList kCslTypes { "article-journal", "book", "chapter", "paper-conference", "report", "thesis",
    "article-newspaper", "article-magazine", "webpage", "legislation", "manuscript", "document" };

QList<FieldSpec> specsOf(core::ItemType type)
{
    using core::ItemType;
    switch (type) {
    case ItemType::Milestone:
        return { { "name_zh", QT_TRANSLATE_NOOP("ItemEditor", "Name (Chinese)"), Input::Line },
            { "name_en", QT_TRANSLATE_NOOP("ItemEditor", "Name (English)"), Input::Line },
            { "kind", QT_TRANSLATE_NOOP("ItemEditor", "Kind"), Input::Choice, kMilestoneKinds },
            { "term", QT_TRANSLATE_NOOP("ItemEditor", "Term"), Input::Integer },
            { "session", QT_TRANSLATE_NOOP("ItemEditor", "Session"), Input::Integer },
            { "start_date", QT_TRANSLATE_NOOP("ItemEditor", "Start (YYYY-MM-DD)"), Input::Line },
            { "end_date", QT_TRANSLATE_NOOP("ItemEditor", "End (YYYY-MM-DD)"), Input::Line },
            { "summary_zh", QT_TRANSLATE_NOOP("ItemEditor", "Summary (Chinese)"), Input::Text },
            { "summary_en", QT_TRANSLATE_NOOP("ItemEditor", "Summary (English)"), Input::Text } };
    case ItemType::Concept:
        return { { "name_zh", QT_TRANSLATE_NOOP("ItemEditor", "Name (Chinese)"), Input::Line },
            { "name_en", QT_TRANSLATE_NOOP("ItemEditor", "Name (English)"), Input::Line },
            { "definition_zh", QT_TRANSLATE_NOOP("ItemEditor", "Definition (Chinese)"), Input::Text },
            { "definition_en", QT_TRANSLATE_NOOP("ItemEditor", "Definition (English)"), Input::Text } };
    case ItemType::Document:
        return { { "title_zh", QT_TRANSLATE_NOOP("ItemEditor", "Title (Chinese)"), Input::Line },
            { "title_en", QT_TRANSLATE_NOOP("ItemEditor", "Title (English)"), Input::Line },
            { "kind", QT_TRANSLATE_NOOP("ItemEditor", "Kind"), Input::Choice, kDocumentKinds },
            { "date", QT_TRANSLATE_NOOP("ItemEditor", "Date"), Input::Line },
            { "language", QT_TRANSLATE_NOOP("ItemEditor", "Written in"), Input::Choice, kLanguages },
            { "authors", QT_TRANSLATE_NOOP("ItemEditor", "Authors (; between)"), Input::List },
            { "affiliation", QT_TRANSLATE_NOOP("ItemEditor", "Affiliation"), Input::Line },
            { "keywords", QT_TRANSLATE_NOOP("ItemEditor", "Keywords (; between)"), Input::List },
            { "abstract", QT_TRANSLATE_NOOP("ItemEditor", "Abstract"), Input::Text }, { "doi", "DOI", Input::Line },
            { "url", "URL", Input::Line },
            { "summary_zh", QT_TRANSLATE_NOOP("ItemEditor", "Summary (Chinese)"), Input::Text },
            { "summary_en", QT_TRANSLATE_NOOP("ItemEditor", "Summary (English)"), Input::Text } };
    case ItemType::Reference:
        return { { "type", QT_TRANSLATE_NOOP("ItemEditor", "Type"), Input::Choice, kCslTypes },
            { "title", QT_TRANSLATE_NOOP("ItemEditor", "Title"), Input::Line },
            { "author", QT_TRANSLATE_NOOP("ItemEditor", "Authors"), Input::Authors },
            { "editor", QT_TRANSLATE_NOOP("ItemEditor", "Editors"), Input::Authors },
            { "container-title", QT_TRANSLATE_NOOP("ItemEditor", "Published in"), Input::Line },
            { "issued", QT_TRANSLATE_NOOP("ItemEditor", "Date (YYYY, YYYY-MM or YYYY-MM-DD)"), Input::Date },
            { "volume", QT_TRANSLATE_NOOP("ItemEditor", "Volume"), Input::Line },
            { "issue", QT_TRANSLATE_NOOP("ItemEditor", "Issue"), Input::Line },
            { "page", QT_TRANSLATE_NOOP("ItemEditor", "Pages"), Input::Line },
            { "publisher", QT_TRANSLATE_NOOP("ItemEditor", "Publisher"), Input::Line },
            { "publisher-place", QT_TRANSLATE_NOOP("ItemEditor", "Place"), Input::Line },
            { "genre", QT_TRANSLATE_NOOP("ItemEditor", "Genre (e.g. PhD thesis)"), Input::Line },
            { "DOI", "DOI", Input::Line }, { "ISBN", "ISBN", Input::Line }, { "URL", "URL", Input::Line },
            { "citation-key", QT_TRANSLATE_NOOP("ItemEditor", "Citation key"), Input::Line },
            { "note", QT_TRANSLATE_NOOP("ItemEditor", "Note"), Input::Text } };
    case ItemType::Statement:
        return { { "text", QT_TRANSLATE_NOOP("ItemEditor", "Text"), Input::Text },
            { "kind", QT_TRANSLATE_NOOP("ItemEditor", "Kind"), Input::Choice, kStatementKinds },
            { "language", QT_TRANSLATE_NOOP("ItemEditor", "Written in"), Input::Choice, kLanguages },
            { "document", QT_TRANSLATE_NOOP("ItemEditor", "Source document"), Input::Line },
            { "locator", QT_TRANSLATE_NOOP("ItemEditor", "Where in it"), Input::Line },
            { "date", QT_TRANSLATE_NOOP("ItemEditor", "Date"), Input::Line },
            { "verification.status", QT_TRANSLATE_NOOP("ItemEditor", "Claim check"), Input::Choice, kVerification },
            { "verification.evidence", QT_TRANSLATE_NOOP("ItemEditor", "Evidence"), Input::Text },
            { "verification.source", QT_TRANSLATE_NOOP("ItemEditor", "Evidence source"), Input::Line } };
    case ItemType::Note:
        return { { "title", QT_TRANSLATE_NOOP("ItemEditor", "Title"), Input::Line },
            { "body", QT_TRANSLATE_NOOP("ItemEditor", "Text"), Input::Text } };
    }
    return {};
}

// The fields each CSL type shows beyond type, title, authors, date, key and note.
const QStringList kTypedFields { "container-title", "volume", "issue", "page", "publisher", "publisher-place", "genre",
    "DOI", "ISBN", "URL" };

QStringList referenceFieldsOf(const QString &cslType)
{
    static const QMap<QString, QStringList> fields {
        { "article-journal", { "container-title", "volume", "issue", "page", "DOI", "URL" } },
        { "article-newspaper", { "container-title", "page", "URL" } },
        { "article-magazine", { "container-title", "volume", "issue", "page", "URL" } },
        { "book", { "publisher", "publisher-place", "volume", "ISBN", "DOI", "URL" } },
        { "chapter", { "container-title", "publisher", "publisher-place", "page", "ISBN", "DOI" } },
        { "paper-conference", { "container-title", "publisher", "publisher-place", "page", "DOI", "URL" } },
        { "report", { "publisher", "publisher-place", "genre", "issue", "URL", "DOI" } },
        { "thesis", { "publisher", "publisher-place", "genre", "URL" } },
        { "webpage", { "container-title", "URL" } },
        { "legislation", { "container-title", "issue", "URL" } },
    };
    return fields.value(cslType, kTypedFields); // other types show all
}

// "2019", "2019-05" or "2019-05-03" as a CSL date; anything else as the date's literal.
QJsonValue cslDate(const QString &text)
{
    if (text.isEmpty())
        return {};
    static const QRegularExpression ymd(QStringLiteral("^(\\d{1,4})(?:-(\\d{1,2}))?(?:-(\\d{1,2}))?$"));
    const auto m = ymd.match(text);
    if (!m.hasMatch())
        return QJsonObject { { QStringLiteral("literal"), text } };
    return core::csl::date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

QString joined(const QJsonValue &v)
{
    QStringList parts;
    for (const QJsonValue &p : v.toArray())
        parts.append(p.toString());
    return parts.join(QStringLiteral("; "));
}

QStringList split(const QString &text, QChar separator)
{
    QStringList parts;
    for (const QString &p : text.split(separator))
        if (!p.trimmed().isEmpty())
            parts.append(p.trimmed());
    return parts;
}

// Sets or (for an empty value) removes a field; "a.b" paths reach one level into an object.
void putField(QJsonObject &fields, const QString &key, const QJsonValue &value)
{
    const bool empty = value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty())
        || (value.isArray() && value.toArray().isEmpty());
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        if (empty)
            fields.remove(key);
        else
            fields.insert(key, value);
        return;
    }
    QJsonObject inner = fields.value(key.left(dot)).toObject();
    if (empty)
        inner.remove(key.mid(dot + 1));
    else
        inner.insert(key.mid(dot + 1), value);
    if (inner.isEmpty())
        fields.remove(key.left(dot));
    else
        fields.insert(key.left(dot), inner);
}

} // namespace

ItemEditor::ItemEditor(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel)
    , m_form(nullptr)
    , m_problem(new QLabel)
    , m_save(new QPushButton(tr("Save")))
{
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->hide();
    m_save->setDefault(true);
    m_save->setToolTip(tr("Save (Ctrl+Return)"));
    auto *cancel = new QPushButton(tr("Cancel"));
    cancel->setToolTip(tr("Cancel (Esc)"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(new QWidget);
    m_form = new QFormLayout(scroll->widget());
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &ItemEditor::save);
    connect(cancel, &QPushButton::clicked, this, &ItemEditor::cancelled);
    for (const QKeySequence &keys : { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter),
             QKeySequence(QKeySequence::Save) })
        new QShortcut(keys, this, this, &ItemEditor::save, Qt::WidgetWithChildrenShortcut);
    new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &ItemEditor::cancelled, Qt::WidgetWithChildrenShortcut);
}

void ItemEditor::addInput(const QString &key, const QString &label, QWidget *input)
{
    input->setAccessibleName(label);
    input->setObjectName(key);
    m_inputs.insert(key, input);
    m_form->addRow(tr("%1:").arg(label), input);
}

void ItemEditor::build(core::ItemType type)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_inputs.clear();
    m_names.clear();
    for (const FieldSpec &spec : specsOf(type)) {
        const QString key = QLatin1String(spec.key), label = QCoreApplication::translate("ItemEditor", spec.label);
        switch (spec.input) {
        case Input::Line:
        case Input::List:
        case Input::Date:
        case Input::Integer: {
            auto *edit = new QLineEdit;
            if (spec.input == Input::Integer)
                edit->setValidator(new QIntValidator(0, 9999, edit));
            addInput(key, label, edit);
            break;
        }
        case Input::Text: {
            auto *edit = new QPlainTextEdit;
            edit->setTabChangesFocus(true);
            edit->setFixedHeight(key == QLatin1String("text") || key == QLatin1String("body") ? 110 : 64);
            addInput(key, label, edit);
            break;
        }
        case Input::Choice: {
            auto *combo = new QComboBox;
            for (const QString &choice : spec.choices)
                combo->addItem(choice.isEmpty() ? tr("(not checked)") : kindLabel(choice), choice);
            addInput(key, label, combo);
            break;
        }
        case Input::Authors: {
            auto *names = new AuthorListEditor(
                key == QLatin1String("editor") ? AuthorListEditor::Role::Editors : AuthorListEditor::Role::Authors);
            m_names.insert(key, names);
            addInput(key, label, names);
            break;
        }
        }
    }
    addInput(QStringLiteral("aliases_zh"), tr("Also known as (Chinese, ; between)"), new QLineEdit);
    addInput(QStringLiteral("aliases_en"), tr("Also known as (English, ; between)"), new QLineEdit);
    addInput(QStringLiteral("tags"), tr("Tags (, between)"), new QLineEdit);
    if (auto *type = qobject_cast<QComboBox *>(
            input(m_original.type == core::ItemType::Reference ? QStringLiteral("type") : QString())))
        connect(type, &QComboBox::currentIndexChanged, this, &ItemEditor::showReferenceFields);
}

void ItemEditor::edit(core::Repository *repo, const core::Item &item, const QStringList &tags, bool isNew)
{
    m_repo = repo;
    m_original = item;
    m_isNew = isNew;
    build(item.type);
    fill();
    auto *tagEdit = static_cast<QLineEdit *>(input(QStringLiteral("tags")));
    tagEdit->setText(tags.join(QStringLiteral(", ")));
    if (auto *document = qobject_cast<QLineEdit *>(input(QStringLiteral("document"))); document && repo) {
        auto *completer = new QCompleter(repo->itemIds(core::ItemType::Document), document);
        completer->setFilterMode(Qt::MatchContains);
        document->setCompleter(completer);
    }
    const QString kind = typeLabel(core::typeName(item.type));
    m_heading->setText(
        QStringLiteral("<h2>%1</h2>")
            .arg((isNew ? tr("New %1").arg(kind) : tr("Edit %1 “%2”").arg(kind, item.id)).toHtmlEscaped()));
    m_problem->clear();
    m_problem->hide();
    showReferenceFields();
    if (QLayoutItem *first = m_form->itemAt(0, QFormLayout::FieldRole); first && first->widget())
        first->widget()->setFocus();
}

void ItemEditor::fill()
{
    for (auto it = m_inputs.cbegin(); it != m_inputs.cend(); ++it) {
        const QJsonValue v = core::jsonpath::get(m_original.fields, it.key());
        if (v.isObject() && qobject_cast<QLineEdit *>(it.value())) { // a CSL date
            static_cast<QLineEdit *>(it.value())->setText(core::csl::dateText(v.toObject()));
            continue;
        }
        if (auto *line = qobject_cast<QLineEdit *>(it.value()))
            line->setText(v.isArray() ? joined(v) : v.isDouble() ? QString::number(v.toInteger()) : v.toString());
        else if (auto *text = qobject_cast<QPlainTextEdit *>(it.value()))
            text->setPlainText(v.toString());
        else if (auto *combo = qobject_cast<QComboBox *>(it.value())) {
            int index = combo->findData(v.toString());
            if (index < 0 && !v.toString().isEmpty()) { // an imported value the list does not offer stays choosable
                combo->addItem(kindLabel(v.toString()), v.toString());
                index = combo->count() - 1;
            }
            combo->setCurrentIndex(std::max(index, 0));
        }
    }
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
        it.value()->setAuthors(m_original.fields.value(it.key()).toArray());
    for (const char *language : { "zh", "en" }) {
        QStringList aliases;
        for (const core::Alias &a : m_original.aliases)
            if (a.language == QLatin1String(language))
                aliases.append(a.text);
        static_cast<QLineEdit *>(input(QStringLiteral("aliases_") + QLatin1String(language)))
            ->setText(aliases.join(QStringLiteral("; ")));
    }
}

void ItemEditor::showReferenceFields()
{
    auto *type = qobject_cast<QComboBox *>(
        input(m_original.type == core::ItemType::Reference ? QStringLiteral("type") : QString()));
    if (!type)
        return;
    const QStringList shown = referenceFieldsOf(type->currentData().toString());
    for (const QString &key : kTypedFields)
        if (QWidget *w = input(key)) {
            // A field that holds a value stays visible whatever the type, so nothing is hidden away.
            m_form->setRowVisible(w, shown.contains(key) || !value(key).isEmpty());
        }
}

QString ItemEditor::value(const QString &key) const
{
    QWidget *w = input(key);
    if (auto *line = qobject_cast<QLineEdit *>(w))
        return line->text().trimmed();
    if (auto *text = qobject_cast<QPlainTextEdit *>(w))
        return text->toPlainText().trimmed();
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return combo->currentData().toString();
    return {};
}

core::Item ItemEditor::item() const
{
    core::Item item = m_original;
    for (const FieldSpec &spec : specsOf(item.type)) {
        const QString key = QLatin1String(spec.key), text = value(key);
        switch (spec.input) {
        case Input::Integer:
            putField(item.fields, key, text.isEmpty() ? QJsonValue() : QJsonValue(text.toLongLong()));
            break;
        case Input::List:
            putField(item.fields, key, QJsonArray::fromStringList(split(text, QLatin1Char(';'))));
            break;
        case Input::Authors:
            putField(item.fields, key, m_names.value(key)->authors());
            break;
        case Input::Date: {
            // An unchanged date keeps its stored form (a range, a season, circa).
            const QJsonValue stored = m_original.fields.value(key);
            if (!(stored.isObject() && core::csl::dateText(stored.toObject()) == text))
                putField(item.fields, key, cslDate(text));
            break;
        }
        default:
            putField(item.fields, key, text);
        }
    }
    item.aliases.clear();
    for (const char *language : { "zh", "en" })
        for (const QString &alias :
            split(value(QStringLiteral("aliases_") + QLatin1String(language)), QLatin1Char(';')))
            item.aliases.append({ alias, QLatin1String(language) });
    return item;
}

QStringList ItemEditor::tags() const
{
    return split(value(QStringLiteral("tags")), QLatin1Char(','));
}

QString ItemEditor::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void ItemEditor::save()
{
    const core::Item edited = item();
    try {
        if (m_repo)
            core::validateItem(*m_repo, edited);
        for (const QString &tag : tags())
            (void)core::normalisedTag(tag);
    } catch (const core::Error &e) {
        // Named as the form names its fields, in the interface language.
        const auto label = [this](const QString &key) {
            QWidget *w = input(key);
            return w ? w->accessibleName() : QString();
        };
        QString problem = coreMessageText(e.message(), label);
        // The form is the item's own: its type and ID ("Statement st-12: …") go without saying.
        const QString subject = typeLabel(core::typeName(edited.type)) + QLatin1Char(' ') + edited.id;
        if (problem.startsWith(subject) && problem.size() > subject.size() + 1)
            problem = problem.mid(subject.size() + 1).trimmed();
        m_problem->setText(tr("Cannot save yet: %1").arg(problem));
        m_problem->show();
        // The cursor goes to the field the message names.
        for (auto it = m_inputs.cbegin(); it != m_inputs.cend(); ++it)
            if (e.message().contains(QStringLiteral("\"%1\"").arg(it.key()))) {
                it.value()->setFocus();
                break;
            }
        return;
    }
    m_problem->hide();
    emit saveRequested(edited, tags());
}

} // namespace plenum::ui
