// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class ProjectDocument;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTreeView;
class ReportFilterProxyModel;
class ReportListModel;

/**
 * The project's reports: a sortable list (file name, agency, year, format,
 * status icon and open findings) with filters by text, format, year and
 * "has open errors", and a summary line for the whole project. The current
 * row is the document's current report, both ways.
 */
class ReportListView final : public QWidget
{
    Q_OBJECT

public:
    explicit ReportListView(ProjectDocument *document, QWidget *parent = nullptr);
    ~ReportListView() override;
    Q_DISABLE_COPY_MOVE(ReportListView)

    QTreeView *view() const { return m_view; }
    ReportListModel *model() const { return m_model; }
    ReportFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *formatCombo() const { return m_format; }
    QComboBox *yearCombo() const { return m_year; }
    QCheckBox *openErrorsCheck() const { return m_openErrors; }
    QLabel *summaryLabel() const { return m_summary; }

    /// The selected reports in list order (for "export selected").
    QList<qint64> selectedReports() const;
    /// The reports the list shows, as sorted and filtered (F8 walks them in this order).
    QList<qint64> reportsInViewOrder() const;
    /// Makes the report current; false when the filter hides it.
    bool selectReport(qint64 reportId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateSummary();
    void updateYears();
    void onCurrentRowChanged(const QModelIndex &current);
    void onCurrentReportChanged(qint64 reportId);

    ProjectDocument *m_document;
    ReportListModel *m_model = nullptr;
    ReportFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_year = nullptr;
    QCheckBox *m_openErrors = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    bool m_syncing = false;
};
