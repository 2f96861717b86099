#include "uitestsupport.h"

#include "templatekb.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTimer>

namespace plenum::test {

QList<ui::ErrorReport> RecordingReporter::take()
{
    QList<ui::ErrorReport> taken = std::move(entries);
    entries.clear();
    reports.clear();
    return taken;
}

void RecordingReporter::show(const ui::ErrorReport &report)
{
    entries.append(report);
    reports.append(report.what + QStringLiteral(": ") + report.message
        + (report.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(report.detail)));
}

void prepareGuiTest()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QStandardPaths::setTestModeEnabled(true);
    // Settings of its own for each test process: ctest runs the English and Chinese runs of a test
    // side by side, and one changing the citation style must not change the other's.
    static QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
}

std::unique_ptr<ui::MainWindow> openWindow(const QTemporaryDir &dir, ui::ErrorReporter &reporter, QSize size)
{
    auto window = std::make_unique<ui::MainWindow>(
        copyTemplateKb(dir.filePath(QStringLiteral("kb.db")), core::KnowledgeBase::Content::Bundled), &reporter);
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

void whenModal(const std::function<bool(QWidget *)> &handler)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto ticks = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, handler, ticks] {
        QWidget *modal = QApplication::activeModalWidget();
        if ((modal && modal->isVisible() && handler(modal)) || ++*ticks > 3000) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

QString screenshotPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("PLENUM_SCREENSHOT_DIR");
    const QString language = qEnvironmentVariable("PLENUM_TEST_LANGUAGE", QStringLiteral("en"));
    if (dir.isEmpty())
        return {};
    return dir + QLatin1Char('/') + name + (language == QLatin1String("en") ? QString() : QLatin1Char('-') + language)
        + QStringLiteral(".png");
}

GuiTest::GuiTest()
{
    prepareGuiTest();
}

void GuiTest::cleanup()
{
    // Taken first, so one failing test does not fail every test after it.
    const QStringList unexpected = m_errors.reports;
    m_errors.take();
    QVERIFY2(unexpected.isEmpty(),
        qPrintable(QStringLiteral("errors were reported:\n  ") + unexpected.join(QStringLiteral("\n  "))));
}

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('\n')) {
            QTest::keyClick(widget, Qt::Key_Return);
        } else if (c.unicode() < 0x80) {
            QTest::keyClicks(widget, QString(c));
        } else {
            QInputMethodEvent event;
            event.setCommitString(QString(c));
            QApplication::sendEvent(widget, &event);
        }
    }
}

QList<QPair<QString, QString>> visibleTexts(QWidget *root)
{
    QList<QPair<QString, QString>> texts;
    const auto add = [&](const QObject *where, const QString &text) {
        QTextDocument doc;
        doc.setHtml(text);
        const QString plain = Qt::mightBeRichText(text) ? doc.toPlainText() : text;
        if (!plain.trimmed().isEmpty())
            texts.append({ where->metaObject()->className() + QStringLiteral(" ") + where->objectName(), plain });
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if ((!w->isVisibleTo(root) && w != root) || w->property("plenumProperName").toBool())
            continue;
        if (w->isWindow())
            add(w, w->windowTitle());
        if (auto *l = qobject_cast<QLabel *>(w))
            add(l, l->text());
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(b, b->text());
        else if (auto *e = qobject_cast<QLineEdit *>(w))
            add(e, e->placeholderText());
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            add(g, g->title());
        else if (auto *t = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < t->count(); ++i)
                add(t, t->tabText(i));
        else if (auto *c = qobject_cast<QComboBox *>(w))
            add(c, c->currentText());
        else if (auto *s = qobject_cast<QSpinBox *>(w))
            add(s, s->specialValueText() + s->suffix());
        else if (auto *h = qobject_cast<QHeaderView *>(w); h && h->model())
            for (int i = 0; i < h->count(); ++i)
                add(h, h->model()->headerData(i, h->orientation()).toString());
        for (const QAction *a : w->actions())
            if (!a->isSeparator())
                add(w, a->text());
    }
    return texts;
}

QString untranslated(const QString &text, const QString &language)
{
    static const QRegularExpression snake(QStringLiteral("\\b[a-z]+_[a-z_]+\\b"));
    if (snake.match(text).hasMatch())
        return QStringLiteral("a raw name");
    if (language == QLatin1String("zh_CN")) {
        // English that may stay: names, file formats, key names and the language's own name.
        static const QRegularExpression allowed(QStringLiteral(
            "Plenum|English|APA|GB/T|BibTeX|RIS|CSL|JSON|PDF|ODT|HTML|Markdown|EndNote|RefWorks|NoteExpress|Zotero|"
            "plenum-kb|UTF-8|YYYY|MM|DD|Ctrl|Shift|Alt|Del(ete)?|Home|Enter|Tab|Esc|Backspace|Space|PgUp|PgDown|F\\d+|"
            "pt|Wheel|CC"));
        QString rest = text;
        // File names are the user's: a path, or a name with the extension of a file Plenum reads.
        static const QRegularExpression path(
            QStringLiteral("\\S*[/\\\\]\\S*|[\\w.-]+\\.(plenum-kb|jsonl|bib|ris|json|enw|txt|md|pdf|csl)\\b"));
        rest.remove(path);
        rest.remove(allowed);
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
        if (const auto m = word.match(rest); m.hasMatch())
            return QStringLiteral("English \"%1\" in the Chinese interface").arg(m.captured());
        static const QRegularExpression halfColon(QStringLiteral("\\p{Han}:"));
        if (halfColon.match(text).hasMatch())
            return QStringLiteral("a half-width colon after Chinese");
    }
    return {};
}

QStringList untranslatedTexts(QWidget *root, const QString &language, const QString &bilingual)
{
    QStringList problems;
    for (const auto &[widget, text] : visibleTexts(root)) {
        if (widget.endsWith(QLatin1String(" data"))
            || (widget.startsWith(QLatin1String("QLineEdit")) && !bilingual.isEmpty() && text == bilingual))
            continue;
        if (const QString why = untranslated(text, language); !why.isEmpty())
            problems.append(QStringLiteral("%1 in %2: “%3”").arg(why, widget, text));
    }
    return problems;
}

void GuiTest::cleanupTestCase()
{
    cleanup();
}

} // namespace plenum::test
