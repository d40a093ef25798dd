// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include "ui/importdialog.h"
#include "ui/languagemanager.h"

namespace {

QAction *languageAction(QMenu *menu, const QString &language)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->isCheckable() && action->data().toString() == language)
            return action;
    }
    return nullptr;
}

} // namespace

class TestLanguageManager final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void availableLanguages();
    void languageForLocale_data();
    void languageForLocale();
    void menuSwitchesAtRuntime();
    void startupLanguageIsRemembered();
};

void TestLanguageManager::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("govinfo-review-test"));
    QCoreApplication::setApplicationName(QStringLiteral("test_languagemanager"));
    QSettings().clear();
}

void TestLanguageManager::cleanupTestCase()
{
    QSettings().clear();
}

void TestLanguageManager::availableLanguages()
{
    QCOMPARE(LanguageManager::availableLanguages(), (QStringList{QStringLiteral("en"), QStringLiteral("zh_CN")}));
    QCOMPARE(LanguageManager::nativeName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
    QCOMPARE(LanguageManager::nativeName(QStringLiteral("en")), QStringLiteral("English"));
}

void TestLanguageManager::languageForLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");

    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("zh_TW: same language") << QStringLiteral("zh_TW") << QStringLiteral("zh_CN");
    QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("en");
    QTest::newRow("de_DE: none, English") << QStringLiteral("de_DE") << QStringLiteral("en");
    QTest::newRow("C") << QStringLiteral("C") << QStringLiteral("en");
}

void TestLanguageManager::languageForLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QCOMPARE(LanguageManager::languageForLocale(QLocale(locale)), language);
}

void TestLanguageManager::menuSwitchesAtRuntime()
{
    QVERIFY(LanguageManager::install(QStringLiteral("en")));
    QWidget window;
    QMenu *menu = LanguageManager::createLanguageMenu(&window);
    ImportDialog dialog(QStringLiteral("unused.sqlite"), {}, &window); // never shown: nothing is imported
    QCOMPARE(menu->title(), QStringLiteral("&Language"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Import Reports"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));

    QAction *chinese = languageAction(menu, QStringLiteral("zh_CN"));
    QVERIFY(chinese);
    QCOMPARE(chinese->text(), QStringLiteral("简体中文"));
    chinese->trigger();
    QCOMPARE(LanguageManager::currentLanguage(), QStringLiteral("zh_CN"));
    QCOMPARE(LanguageManager::savedLanguage(), QStringLiteral("zh_CN"));
    QCOMPARE(QLocale().language(), QLocale::Chinese); // the grids' label language
    // LanguageChange reaches the widgets through the event loop.
    QTRY_COMPARE(menu->title(), QStringLiteral("语言(&L)"));
    QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("导入报告"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消")); // qtbase_zh_CN
    menu->popup(QPoint(0, 0)); // aboutToShow updates the check marks
    QVERIFY(chinese->isChecked());
    menu->hide();

    QAction *english = languageAction(menu, QStringLiteral("en"));
    QVERIFY(english);
    english->trigger();
    QTRY_COMPARE(menu->title(), QStringLiteral("&Language"));
    QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Import Reports"));
    QCOMPARE(QLocale().language(), QLocale::English);

    QAction *system = languageAction(menu, QString());
    QVERIFY(system);
    system->trigger();
    QCOMPARE(LanguageManager::savedLanguage(), QString());
    QCOMPARE(LanguageManager::currentLanguage(), LanguageManager::languageForLocale(QLocale::system()));
}

void TestLanguageManager::startupLanguageIsRemembered()
{
    QSettings().clear();
    QCOMPARE(LanguageManager::startupLanguage(), LanguageManager::languageForLocale(QLocale::system()));
    LanguageManager::switchTo(QStringLiteral("zh_CN"));
    QCOMPARE(LanguageManager::startupLanguage(), QStringLiteral("zh_CN"));
    // A remembered language that is no longer embedded falls back to the system's.
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
    QCOMPARE(LanguageManager::startupLanguage(), LanguageManager::languageForLocale(QLocale::system()));
    LanguageManager::install(QStringLiteral("en"));
}

QTEST_MAIN(TestLanguageManager)
#include "test_languagemanager.moc"
