// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/languagemanager.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

#include "ui/languageactions.h"

namespace {

const QString LanguageKey = QStringLiteral("ui/language");
const QString ResourceFolder = QStringLiteral(":/i18n");
const QString Prefix = QStringLiteral("govinfo_");
const QString English = QStringLiteral("en");

/** The translators in use, owned by the application object. */
struct Installed
{
    QPointer<QTranslator> ours;
    QPointer<QTranslator> qt;
    QString language;
};

Installed &installed()
{
    static Installed state;
    return state;
}

void remove(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

QStringList LanguageManager::availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(ResourceFolder).entryList({Prefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString &file : files)
        languages.append(file.mid(Prefix.size(), file.size() - Prefix.size() - 3));
    languages.sort();
    return languages;
}

QString LanguageManager::languageForLocale(const QLocale &locale)
{
    const QStringList languages = availableLanguages();
    if (languages.contains(locale.name()))
        return locale.name();
    for (const QString &language : languages) {
        if (QLocale(language).language() == locale.language())
            return language;
    }
    return English;
}

QString LanguageManager::savedLanguage()
{
    return QSettings().value(LanguageKey).toString();
}

QString LanguageManager::startupLanguage()
{
    const QString saved = savedLanguage();
    if (!saved.isEmpty() && availableLanguages().contains(saved))
        return saved;
    return languageForLocale(QLocale::system());
}

QString LanguageManager::currentLanguage()
{
    return installed().language;
}

bool LanguageManager::install(const QString &language)
{
    const QString chosen = language.isEmpty() ? languageForLocale(QLocale::system()) : language;
    Installed &state = installed();
    remove(state.ours);
    remove(state.qt);

    // Qt's first, ours after: the translator installed last is asked first.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + chosen, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        state.qt = qt;
    } else {
        delete qt; // English needs none
    }
    auto *ours = new QTranslator(QCoreApplication::instance());
    const bool loaded = ours->load(Prefix + chosen, ResourceFolder);
    if (loaded) {
        QCoreApplication::installTranslator(ours);
        state.ours = ours;
    } else {
        delete ours;
    }
    state.language = loaded ? chosen : English;
    QLocale::setDefault(QLocale(state.language));
    return loaded;
}

bool LanguageManager::switchTo(const QString &language)
{
    QSettings().setValue(LanguageKey, language);
    return install(language);
}

QString LanguageManager::nativeName(const QString &language)
{
    const QLocale locale(language);
    if (locale.language() == QLocale::English)
        return QStringLiteral("English"); // not CLDR's "American English"
    if (locale.language() == QLocale::Chinese)
        return locale.script() == QLocale::TraditionalChineseScript ? QStringLiteral("繁體中文")
                                                                   : QStringLiteral("简体中文");
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.isEmpty() ? language : name;
}

void LanguageManager::fillLanguageMenu(QMenu *menu)
{
    new LanguageActions(menu, false);
}

QMenu *LanguageManager::createLanguageMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("languageMenu"));
    new LanguageActions(menu, true);
    return menu;
}
