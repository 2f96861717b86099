#pragma once

#include <QString>
#include <QStringList>

class QCollator;

namespace plenum::ui {

/// An item type ("milestone", …) as the interface names it, translated.
QString typeLabel(const QString &type);
/// A stored enumeration value ("cc_plenum", "paraphrase", …) as a reader wants it, translated;
/// anything else is returned unchanged.
QString kindLabel(const QString &value);

/// A stored relation ("first_appears_in", …) as a reader names it, translated.
QString relationLabel(const QString &relation);

/// True when the interface is in Chinese (the default locale is Chinese).
bool chineseInterface();
/// A bilingual name in the interface's order: "社会治理 · social governance" in Chinese, else English first.
QString bilingual(const QString &en, const QString &zh, const QString &separator = QStringLiteral(" · "));
/// A stored title "English · 中文" (Repository::title, the search index) in the interface's order.
QString titleInInterfaceOrder(const QString &title);
/// The interface language's name of a bilingual item: Chinese in the Chinese interface (English when it has none).
QString primaryName(const QString &en, const QString &zh);
/// The interface language's sort order: pinyin for Chinese, else English alphabetical.
QCollator interfaceCollator();

} // namespace plenum::ui
