// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The review window switches language as a whole: every menu, label, button,
// tab, header, tooltip and chart title it shows in English is Chinese after
// View ▸ Language ▸ 简体中文, at once (no restart, no widget left behind), and
// English again after switching back. Run with the embedded translations.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

#include "models/reportschema.h"
#include "models/review/projectdocument.h"
#include "ui/chartspanel.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"

namespace {

void addText(QStringList *texts, const QString &where, const QString &text)
{
    if (!text.trimmed().isEmpty())
        texts->append(where + QStringLiteral(": ") + text);
}

void addMenu(QStringList *texts, const QMenu *menu, const QMenu *languages)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        // Each language is named in itself, whatever the interface language.
        if (menu == languages && !action->data().toString().isEmpty())
            continue;
        addText(texts, QStringLiteral("action"), action->text());
        addText(texts, QStringLiteral("action tip"), action->statusTip());
        if (action->menu())
            addMenu(texts, action->menu(), languages);
    }
}

/// Everything the window itself says (not the reports' data), in a stable order.
QStringList chromeTexts(const MainWindow &window)
{
    QStringList texts;
    addText(&texts, QStringLiteral("title"), window.windowTitle());
    for (const QAction *menu : window.menuBar()->actions()) {
        addText(&texts, QStringLiteral("menu"), menu->text());
        addMenu(&texts, menu->menu(), window.languageMenu());
    }
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        const QString kind = QString::fromLatin1(widget->metaObject()->className());
        addText(&texts, kind + QStringLiteral(" tip"), widget->toolTip());
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            addText(&texts, kind, label->text());
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            addText(&texts, kind, button->text());
        if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
            addText(&texts, kind, edit->placeholderText());
        if (const auto *dock = qobject_cast<const QDockWidget *>(widget))
            addText(&texts, kind, dock->windowTitle());
        if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                addText(&texts, kind, combo->itemText(i));
        }
        if (const auto *tabs = qobject_cast<const QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                addText(&texts, kind, tabs->tabText(i));
                addText(&texts, kind + QStringLiteral(" tab tip"), tabs->tabToolTip(i));
            }
        }
        if (const auto *header = qobject_cast<const QHeaderView *>(widget); header && header->model()) {
            for (int i = 0; i < header->count(); ++i) {
                addText(&texts, kind, header->model()->headerData(i, header->orientation()).toString());
                addText(&texts, kind + QStringLiteral(" tip"),
                        header->model()->headerData(i, header->orientation(), Qt::ToolTipRole).toString());
            }
        }
    }
    const ChartsPanel *charts = window.chartsPanel();
    for (int which = 0; which < ChartsPanel::ChartCount; ++which) {
        const QChart *chart = charts->chart(ChartsPanel::Chart(which));
        addText(&texts, QStringLiteral("chart"), chart->title());
        for (const QAbstractAxis *axis : chart->axes())
            addText(&texts, QStringLiteral("axis"), axis->titleText());
    }
    return texts;
}

/// The English words of a text, without what is data: file names, cell keys,
/// check ids and encoding names read the same in every language.
QStringList englishWords(const QString &text)
{
    static const QRegularExpression data(QStringLiteral(
        R"(\S+\.(txt|html|htm|md|sqlite)\b|\bt[234](/\w+)+|\b[a-z0-9]+\.[a-z_]+\b|UTF-8|GB18030|CSV)"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    QString rest = text;
    rest.remove(data);
    QStringList words;
    for (auto it = word.globalMatch(rest); it.hasNext();)
        words << it.next().captured();
    return words;
}

QAction *languageAction(const MainWindow &window, const QString &language)
{
    for (QAction *action : window.languageMenu()->actions()) {
        if (action->data().toString() == language)
            return action;
    }
    return nullptr;
}

} // namespace

class TestMainWindowLanguage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyPanelSwitches();

private:
    QTemporaryDir m_dir;
};

void TestMainWindowLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("govinfo-review-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_mainwindowlanguage"));
    QSettings().clear();
    QVERIFY(LanguageManager::install(QStringLiteral("en")));
}

void TestMainWindowLanguage::cleanupTestCase()
{
    QSettings().clear();
}

void TestMainWindowLanguage::everyPanelSwitches()
{
    MainWindow window;
    QVERIFY(window.openProject(m_dir.filePath(QStringLiteral("language.sqlite"))));
    QVERIFY2(window.importPathsNow({QStringLiteral(GOVINFO_TEST_DATA "/seeds")}), qPrintable(window.errorString()));
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // A 2021 report with a failed check and an edit to undo: every panel has something to say.
    ProjectDocument *document = window.document();
    qint64 reportId = 0;
    for (int row = 0; row < document->reportCount(); ++row) {
        if (document->reportSummary(row).fileName == u"004_19e7a58c87b6c757.txt")
            reportId = document->reportSummary(row).id;
    }
    document->setCurrentReport(reportId);
    const int cell = ReportSchema::instance().format(QStringLiteral("2021"))->indexOf(QStringLiteral("t3/new/natural"));
    document->setCellValue(reportId, cell, Decimal(7));
    document->setCurrentCell(cell);
    QCOMPARE(window.undoAction()->isEnabled(), true);

    const QStringList english = chromeTexts(window);
    QVERIFY(english.contains(QStringLiteral("QDockWidget: Charts")));
    QVERIFY(english.contains(QStringLiteral("GridHeaderView: Natural persons")));

    QAction *chinese = languageAction(window, QStringLiteral("zh_CN"));
    QVERIFY(chinese);
    chinese->trigger();
    QCoreApplication::processEvents(); // LanguageChange is posted to the window
    QCOMPARE(LanguageManager::currentLanguage(), QStringLiteral("zh_CN"));

    const QStringList translated = chromeTexts(window);
    QCOMPARE(translated.size(), english.size());
    QStringList untranslated;
    const QString undoText = window.document()->undoStack()->undoText();
    for (int i = 0; i < english.size(); ++i) {
        // An edit made in English keeps its English name in the history; the verb around it is checked below.
        QString words = english[i].section(QStringLiteral(": "), 1);
        words.remove(undoText);
        if (!englishWords(words).isEmpty() && translated[i] == english[i])
            untranslated << english[i];
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));
    // The ones a reviewer sees first, exactly.
    for (const QString &expected :
         {QStringLiteral("QDockWidget: 图表"), QStringLiteral("QDockWidget: 问题"), QStringLiteral("menu: 文件(&F)"),
          QStringLiteral("QTabWidget: 表三 依申请公开"), QStringLiteral("GridHeaderView: 自然人"),
          QStringLiteral("QTabWidget: 本报告"), QStringLiteral("chart: 各年度报告数（按格式）")})
        QVERIFY2(translated.contains(expected), qPrintable(expected));
    QCOMPARE(window.undoAction()->text(), QStringLiteral("撤销 %1(&U)").arg(undoText));
    QCOMPARE(window.redoAction()->text(), QStringLiteral("重做(&R)"));
    // Qt's own strings come from qtbase_zh_CN.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));

    QAction *english2 = languageAction(window, QStringLiteral("en"));
    QVERIFY(english2);
    english2->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(chromeTexts(window), english);
}

QTEST_MAIN(TestMainWindowLanguage)
#include "test_mainwindowlanguage.moc"
