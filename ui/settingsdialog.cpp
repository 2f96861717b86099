#include "ui/settingsdialog.h"

#include "ui/appearance.h"
#include "ui/settings.h"
#include "ui/stylechoices.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace plenum::ui {

namespace {
void select(QComboBox *box, const QString &value)
{
    box->setCurrentIndex(std::max(0, box->findData(value)));
}
} // namespace

SettingsDialog::SettingsDialog(const QString &backupFolder, QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox)
    , m_theme(new QComboBox)
    , m_fontSize(new QSpinBox)
    , m_style(new QComboBox)
    , m_attachments(new QLineEdit)
    , m_teamSync(new QComboBox)
{
    setWindowTitle(tr("Settings"));
    const Settings settings;
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    select(m_language, settings.language());
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    select(m_theme, settings.theme());
    m_fontSize->setRange(0, 32);
    m_fontSize->setSpecialValueText(tr("System size"));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(settings.fontSize());
    // Style titles are the styles' own names (most CSL styles have an English title only).
    m_style->setProperty("plenumProperName", true);
    const QList<StyleChoice> styles = styleChoices();
    for (const StyleChoice &style : styles)
        m_style->addItem(style.label, style.id);
    m_style->setCurrentIndex(styleChoiceIndex(styles, settings.exportStyle()));
    m_teamSync->addItem(tr("Off (only Sync Now)"), 0);
    m_teamSync->addItem(tr("Every minute"), 1);
    m_teamSync->addItem(tr("Every 5 minutes"), 5);
    m_teamSync->addItem(tr("Every 15 minutes"), 15);
    m_teamSync->setCurrentIndex(std::max(0, m_teamSync->findData(settings.teamSyncMinutes())));
    m_attachments->setText(QDir::toNativeSeparators(settings.attachmentFolder()));
    m_attachments->setPlaceholderText(tr("the “.files” folder next to the knowledge base"));
    auto *browse = new QPushButton(tr("Choose…"));
    auto *attachments = new QHBoxLayout;
    attachments->addWidget(m_attachments, 1);
    attachments->addWidget(browse);
    auto *backups = new QPushButton(tr("Backup schedule…"));
    auto *backupRow = new QHBoxLayout;
    auto *folder = new QLabel(QDir::toNativeSeparators(backupFolder));
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    folder->setWordWrap(true);
    backupRow->addWidget(folder, 1);
    backupRow->addWidget(backups);

    auto *form = new QFormLayout;
    form->addRow(tr("Interface &language:"), m_language);
    form->addRow(QString(), new QLabel(tr("A new language takes effect when Plenum starts again.")));
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Font size:"), m_fontSize);
    form->addRow(tr("Default &citation style:"), m_style);
    auto *attachmentLabel = new QLabel(tr("&Attachment folder:"));
    attachmentLabel->setBuddy(m_attachments); // a row holding a layout gets no buddy of its own
    form->addRow(attachmentLabel, attachments);
    form->addRow(tr("Team library &sync:"), m_teamSync);
    form->addRow(tr("Backups:"), backupRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(backups, &QPushButton::clicked, this, &SettingsDialog::backupsRequested);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Attachment folder"), m_attachments->text());
        if (!dir.isEmpty())
            m_attachments->setText(QDir::toNativeSeparators(dir));
    });
}

bool SettingsDialog::save()
{
    Settings settings;
    const bool languageChanged = settings.language() != m_language->currentData().toString();
    settings.setLanguage(m_language->currentData().toString());
    settings.setTheme(m_theme->currentData().toString());
    settings.setFontSize(m_fontSize->value());
    settings.setExportStyle(m_style->currentData().toString());
    settings.setAttachmentFolder(QDir::fromNativeSeparators(m_attachments->text().trimmed()));
    settings.setTeamSyncMinutes(m_teamSync->currentData().toInt());
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        applyTheme(*app, settings.theme(), settings.fontSize());
    return languageChanged;
}

} // namespace plenum::ui
