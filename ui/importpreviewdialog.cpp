#include "ui/importpreviewdialog.h"

#include "ui/coremessages.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace plenum::ui {

namespace {

enum Column { LineColumn, TitleColumn, YearColumn, ResultColumn, FieldsColumn, ColumnCount };

QStringList strings(const QJsonValue &v)
{
    return v.toVariant().toStringList();
}

} // namespace

// A field of a bibliography file named as the reference editor names it, in the Chinese interface
// (in English the file's own name, e.g. "year", is clearer); empty for the rest.
QString ImportPreviewDialog::fieldLabel(const QString &field)
{
    if (QLocale().language() != QLocale::Chinese)
        return {};
    static const QHash<QString, const char *> labels { { QStringLiteral("title"), QT_TR_NOOP("Title") },
        { QStringLiteral("year"), QT_TR_NOOP("Year") }, { QStringLiteral("date"), QT_TR_NOOP("Date") },
        { QStringLiteral("author"), QT_TR_NOOP("Authors") }, { QStringLiteral("volume"), QT_TR_NOOP("Volume") },
        { QStringLiteral("number"), QT_TR_NOOP("Issue") }, { QStringLiteral("pages"), QT_TR_NOOP("Pages") },
        { QStringLiteral("publisher"), QT_TR_NOOP("Publisher") },
        { QStringLiteral("abstract"), QT_TR_NOOP("Abstract") },
        { QStringLiteral("keywords"), QT_TR_NOOP("Keywords") } };
    const char *label = labels.value(field.toLower());
    return label ? tr(label) : QString();
}

QString ImportPreviewDialog::documentSummary(const QJsonObject &preview)
{
    const QJsonObject doc = preview.value(QStringLiteral("document")).toObject();
    QStringList lines { tr("Creates the document “%1”.").arg(doc.value(QStringLiteral("title")).toString()) };
    const std::pair<const char *, const char *> fields[] = { { "authors", QT_TR_NOOP("Authors: %1") },
        { "affiliation", QT_TR_NOOP("Affiliation: %1") }, { "keywords", QT_TR_NOOP("Keywords: %1") },
        { "doi", QT_TR_NOOP("DOI: %1") }, { "issuer", QT_TR_NOOP("Issued by: %1") }, { "date", QT_TR_NOOP("Date: %1") },
        { "number", QT_TR_NOOP("Document number: %1") }, { "adopted_by", QT_TR_NOOP("Adopted by: %1") },
        { "source", QT_TR_NOOP("Source: %1") }, { "url", QT_TR_NOOP("URL: %1") } };
    for (const auto &[key, label] : fields) {
        const QJsonValue v = doc.value(QLatin1String(key));
        const QString text = v.isArray() ? v.toVariant().toStringList().join(QStringLiteral(", ")) : v.toString();
        if (!text.isEmpty())
            lines.append(tr(label).arg(text));
    }
    const QJsonArray sections = preview.value(QStringLiteral("sections")).toArray();
    if (!sections.isEmpty())
        lines.append(tr("Sections:"));
    for (const QJsonValue &v : sections) {
        const QJsonObject o = v.toObject();
        lines.append(QString(2 + 2 * o.value(QStringLiteral("level")).toInt(), QLatin1Char(' '))
            + QStringLiteral("%1 %2")
                  .arg(o.value(QStringLiteral("number")).toString(), o.value(QStringLiteral("title")).toString())
                  .trimmed());
    }
    lines.append(
        tr("Statements (quotations): %1 paragraphs or parts, %2 figure captions; %3 citation markers, %4 of them "
           "linked.")
            .arg(preview.value(QStringLiteral("statements")).toArray().size())
            .arg(preview.value(QStringLiteral("figures")).toArray().size())
            .arg(preview.value(QStringLiteral("citation_markers")).toInt())
            .arg(preview.value(QStringLiteral("marker_links")).toInt()));
    int created = 0, existing = 0;
    for (const QJsonValue &v : preview.value(QStringLiteral("references")).toArray())
        ++(v.toObject().value(QStringLiteral("created")).toBool() ? created : existing);
    if (created + existing > 0)
        lines.append(
            tr("Its reference list: %1 new references, %2 already in the knowledge base.").arg(created).arg(existing));
    // Entries read only in part: the researcher checks them before citing them.
    for (const QJsonValue &v : preview.value(QStringLiteral("references")).toArray()) {
        const QJsonObject o = v.toObject();
        QStringList problems;
        for (const QJsonValue &p : o.value(QStringLiteral("problems")).toArray())
            problems.append(coreMessageText(p.toString()));
        if (!problems.isEmpty())
            lines.append(tr("Reference [%1], line %2: %3")
                             .arg(o.value(QStringLiteral("position")).toInt())
                             .arg(o.value(QStringLiteral("line")).toInt())
                             .arg(problems.join(tr("; "))));
    }
    for (const QJsonValue &v : preview.value(QStringLiteral("not_understood")).toArray()) {
        const QJsonObject o = v.toObject(); // a paper's issues have a line; a document's are sentences
        const QString message
            = coreMessageText(v.isString() ? v.toString() : o.value(QStringLiteral("message")).toString());
        const int line = o.value(QStringLiteral("line")).toInt();
        lines.append(line > 0 ? tr("Not understood, line %1: %2").arg(line).arg(message)
                              : tr("Not understood: %1").arg(message));
    }
    return lines.join(QLatin1Char('\n'));
}

QString ImportPreviewDialog::skippedText(const QJsonObject &skipped)
{
    // The reason is core's phrase about the file's text, worded in the interface language.
    return tr("Line %1: %2")
        .arg(skipped.value(QStringLiteral("line")).toInt())
        .arg(coreMessageText(skipped.value(QStringLiteral("reason")).toString(), fieldLabel));
}

ImportPreviewDialog::ImportPreviewDialog(const QString &fileName, const QJsonObject &preview, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel)
    , m_entries(new QTableWidget(0, ColumnCount))
    , m_skipped(new QListWidget)
    , m_import(nullptr)
{
    setWindowTitle(tr("Import %1").arg(fileName));
    const bool kb = preview.value(QStringLiteral("format")).toString() == QLatin1String("plenum-kb");
    const int read = preview.value(QStringLiteral("read")).toInt();
    const auto count = [&](const char *key) {
        const QJsonValue v = preview.value(QLatin1String(key));
        return v.isArray() ? static_cast<int>(v.toArray().size()) : v.toInt();
    };
    const int added = count("added");
    const int merged = kb ? count("updated") : count("duplicates");
    const int skipped = count("skipped");
    m_summary->setWordWrap(true);
    if (kb)
        m_summary->setText(tr("%1 records in %2: %3 new, %4 that update the ones imported before, %5 already here "
                              "unchanged, %6 you edited here (kept as you left them). Nothing is written until you "
                              "choose Import.")
                               .arg(read)
                               .arg(fileName)
                               .arg(added)
                               .arg(merged)
                               .arg(count("unchanged"))
                               .arg(count("conflicts")));
    else
        m_summary->setText(tr("%1 records in %2: %3 new, %4 already in the knowledge base (they only fill in what it "
                              "lacks), %5 that cannot be read. Nothing is written until you choose Import.")
                               .arg(read)
                               .arg(fileName)
                               .arg(added)
                               .arg(merged)
                               .arg(skipped));
    m_entries->setHorizontalHeaderLabels(
        { tr("Line"), tr("Title"), tr("Year"), tr("Will be"), tr("Fields not understood") });
    m_entries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entries->verticalHeader()->hide();
    m_entries->setWordWrap(false);
    m_entries->setAccessibleName(tr("Records to import"));
    fillEntries(preview);
    m_entries->setColumnHidden(FieldsColumn, kb); // a field a plenum-kb file cannot hold refuses the file
    m_entries->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    for (const int c : { LineColumn, YearColumn, ResultColumn, FieldsColumn })
        m_entries->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_skipped->setAccessibleName(tr("Records that cannot be read"));
    for (const QJsonValue &v : preview.value(QStringLiteral("skipped")).toArray())
        m_skipped->addItem(skippedText(v.toObject()));
    auto *skippedLabel = new QLabel(tr("Skipped (the other records are imported):"));
    skippedLabel->setVisible(skipped > 0);
    m_skipped->setVisible(skipped > 0);
    m_skipped->setMaximumHeight(90);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(added + merged > 0);
    m_import->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_entries, 1);
    layout->addWidget(skippedLabel);
    layout->addWidget(m_skipped);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 460);
}

void ImportPreviewDialog::fillEntries(const QJsonObject &preview)
{
    const QJsonObject titles = preview.value(QStringLiteral("titles")).toObject();
    const auto titleOf = [&](const QString &id) {
        const QString title = titles.value(id).toString();
        return title.isEmpty() ? id : title;
    };
    const QJsonArray entries = preview.value(QStringLiteral("entries")).toArray();
    m_entries->setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const QJsonObject e = entries.at(row).toObject();
        QString result;
        QString tip;
        const QString status = e.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("updated")) {
            result = tr("Updates the stored one");
            tip = tr("Stored as imported before and not edited since: this file's version replaces it.");
        } else if (status == QLatin1String("unchanged")) {
            result = tr("Already here: unchanged");
        } else if (status == QLatin1String("conflict")) {
            result = tr("Kept as you edited it");
            tip = tr("You changed it after it was imported; your version stays and this file's is not written.");
        } else if (status == QLatin1String("duplicate")) {
            result = tr("Already here: merged");
            tip = tr("The same work as “%1”, which keeps its values and takes only the fields it lacks.")
                      .arg(titleOf(e.value(QStringLiteral("id")).toString()));
        } else if (const QStringList like = strings(e.value(QStringLiteral("possible_duplicates"))); !like.isEmpty()) {
            result = tr("New: a possible duplicate");
            QStringList named;
            for (const QString &id : like)
                named.append(tr("“%1”").arg(titleOf(id)));
            tip = tr("It looks like %1; merge them afterwards if they are one work.")
                      .arg(named.join(QStringLiteral(", ")));
        } else {
            result = tr("New");
        }
        const int year = e.value(QStringLiteral("year")).toInt();
        const QString cells[ColumnCount] = { QString::number(e.value(QStringLiteral("line")).toInt()),
            e.value(QStringLiteral("title")).toString(), year ? QString::number(year) : QString(), result,
            strings(e.value(QStringLiteral("not_understood"))).join(QStringLiteral(", ")) };
        for (int c = 0; c < ColumnCount; ++c) {
            auto *cell = new QTableWidgetItem(cells[c]);
            cell->setToolTip(c == ResultColumn ? tip : cells[c]);
            m_entries->setItem(row, c, cell);
        }
    }
}

} // namespace plenum::ui
