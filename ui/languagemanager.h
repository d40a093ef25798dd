// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QMenu;
class QWidget;

/**
 * The UI language: which translations are embedded (`:/i18n/govinfo_<lang>.qm`),
 * which one is installed, and switching at runtime. Switching installs our
 * translator and Qt's own (`qtbase_<lang>`), sets the default QLocale (the
 * grids pick their label language from it) and remembers the choice
 * (QSettings); Qt then sends every widget a LanguageChange event.
 * Call from the GUI thread, after the QCoreApplication exists.
 */
class LanguageManager final
{
    Q_DECLARE_TR_FUNCTIONS(LanguageManager)

public:
    /// Language codes of the embedded translations ("en", "zh_CN"), sorted.
    static QStringList availableLanguages();
    /// The best available language for a locale: same language and territory,
    /// else the same language; "en" when none fits.
    static QString languageForLocale(const QLocale &locale);
    /// The language remembered in QSettings; empty to follow the system.
    static QString savedLanguage();
    /// The remembered language, or the system locale's.
    static QString startupLanguage();
    /// The language installed last; empty before the first install().
    static QString currentLanguage();

    /// Installs the translations of language (empty: the system locale's).
    /// Returns false when our translation for it is missing; English (the
    /// source language) is then in use.
    static bool install(const QString &language);
    /// install(), and remembers the choice (empty: follow the system).
    static bool switchTo(const QString &language);
    /// The language's name in itself ("English", "简体中文").
    static QString nativeName(const QString &language);

    /// Adds "System Language" and one checkable entry per available language
    /// to menu (the caller titles it); choosing one switches at once.
    static void fillLanguageMenu(QMenu *menu);
    /// A filled "Language" menu owned by parent, titled and retranslated by itself.
    static QMenu *createLanguageMenu(QWidget *parent);
};
