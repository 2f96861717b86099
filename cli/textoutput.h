#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace plenum::cli {

/// Columns a string takes in a terminal: East Asian wide characters count two.
int displayWidth(QStringView text);

/// A plain-text table with aligned columns, sized for CJK text.
class TextTable {
public:
    explicit TextTable(QStringList headers);
    void addRow(QStringList cells);
    /// The table, one line per row, headers first.
    [[nodiscard]] QString render() const;

private:
    QList<QStringList> m_rows;
};

} // namespace plenum::cli
