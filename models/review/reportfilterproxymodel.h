// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

/**
 * Filters and sorts a ReportListModel: by text (file name or agency,
 * case-insensitive), format, year and "has open errors". Sorts by
 * ItemRoles::RawValueRole, so years and counts sort as numbers.
 */
class ReportFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ReportFilterProxyModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReportFilterProxyModel)

    QString text() const { return m_text; }
    void setText(const QString &text);
    /// Empty for every format.
    QString format() const { return m_format; }
    void setFormat(const QString &format);
    /// 0 for every year.
    int year() const { return m_year; }
    void setYear(int year);
    bool openErrorsOnly() const { return m_openErrorsOnly; }
    void setOpenErrorsOnly(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_format;
    int m_year = 0;
    bool m_openErrorsOnly = false;
};
