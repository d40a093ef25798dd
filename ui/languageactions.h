// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QActionGroup;
class QAction;
class QMenu;

/**
 * The entries of View ▸ Language in a menu: "System Language" and one
 * checkable action per embedded translation (each named in its own
 * language); triggering one switches through LanguageManager::switchTo().
 * Owned by the menu; retranslates its entries (and, when asked to, the menu's
 * title) on LanguageChange. Made by LanguageManager::fillLanguageMenu().
 */
class LanguageActions final : public QObject
{
    Q_OBJECT

public:
    LanguageActions(QMenu *menu, bool setsTitle);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateChecked();

    QMenu *m_menu;
    bool m_setsTitle;
    QActionGroup *m_group = nullptr;
    QAction *m_system = nullptr;
};
