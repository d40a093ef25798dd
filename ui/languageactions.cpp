// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/languageactions.h"

#include <QActionGroup>
#include <QEvent>
#include <QMenu>

#include "ui/languagemanager.h"

LanguageActions::LanguageActions(QMenu *menu, bool setsTitle)
    : QObject(menu)
    , m_menu(menu)
    , m_setsTitle(setsTitle)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageActions"));
    m_system = m_menu->addAction(QString());
    m_system->setCheckable(true);
    m_system->setData(QString());
    m_group->addAction(m_system);
    m_menu->addSeparator();
    for (const QString &language : LanguageManager::availableLanguages()) {
        // Each language in its own name: findable whatever the current language.
        QAction *action = m_menu->addAction(LanguageManager::nativeName(language));
        action->setCheckable(true);
        action->setData(language);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this, [](QAction *action) {
        LanguageManager::switchTo(action->data().toString());
    });
    connect(m_menu, &QMenu::aboutToShow, this, &LanguageActions::updateChecked);
    m_menu->installEventFilter(this);
    retranslateUi();
}

bool LanguageActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void LanguageActions::retranslateUi()
{
    if (m_setsTitle)
        m_menu->setTitle(tr("&Language"));
    m_system->setText(tr("&System Language"));
    updateChecked();
}

void LanguageActions::updateChecked()
{
    const QString saved = LanguageManager::savedLanguage();
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toString() == saved);
}
