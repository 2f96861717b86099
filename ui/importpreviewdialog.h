#pragma once

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace plenum::ui {

/// What a bibliography import will do, shown before it writes anything: each record read with its
/// title and year and whether it is new, already in the knowledge base (it is merged) or new but
/// looking like a reference already there; the fields Plenum does not understand (kept with the
/// reference); and the records it must skip. Import accepts, Cancel rejects.
class ImportPreviewDialog final : public QDialog {
    Q_OBJECT
public:
    /// PREVIEW is the dry run's summary (core::importFile's json, with "titles": {id: title}
    /// naming the references it mentions) of the file FILE_NAME.
    ImportPreviewDialog(const QString &fileName, const QJsonObject &preview, QWidget *parent = nullptr);

    /// What importing a paper or document (core::importFile's json for it) will create, for
    /// people in the interface language: title, authors or issuer, sections, statements,
    /// references and what was not understood.
    [[nodiscard]] static QString documentSummary(const QJsonObject &preview);

    /// A skipped record of a summary ({"line", "reason"}) as the list shows it.
    [[nodiscard]] static QString skippedText(const QJsonObject &skipped);

    [[nodiscard]] QLabel *summary() const { return m_summary; }
    [[nodiscard]] QTableWidget *entries() const { return m_entries; }
    [[nodiscard]] QListWidget *skipped() const { return m_skipped; }
    [[nodiscard]] QPushButton *importButton() const { return m_import; }

private:
    static QString fieldLabel(const QString &field);
    void fillEntries(const QJsonObject &preview);

    QLabel *m_summary;
    QTableWidget *m_entries;
    QListWidget *m_skipped;
    QPushButton *m_import;
};

} // namespace plenum::ui
