// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <array>

class ProjectDocument;
class QAbstractBarSeries;
class QAbstractItemModel;
class QBarCategoryAxis;
class QChart;
class QTabWidget;
class QVBarModelMapper;
class QValueAxis;

/**
 * The charts of a project, one tab each, sized and styled for a slide:
 * how the selected report's applications were handled (t3 by outcome), the
 * project's reports by year and format, its open findings by check, and the
 * applications it received by year. Every chart reads an item model of the
 * core (OutcomeModel, ReportsByYearModel, FindingsByCheckModel,
 * ApplicationsByYearModel) through a QVBarModelMapper, so it follows edits,
 * re-checks and imports by itself. The models are made when the panel is
 * first shown: until someone looks at the charts, opening or importing into
 * a project does not read their numbers from it.
 */
class ChartsPanel final : public QWidget
{
    Q_OBJECT

public:
    enum Chart { OutcomeChart, ReportsByYearChart, FindingsByCheckChart, ApplicationsByYearChart, ChartCount };

    explicit ChartsPanel(ProjectDocument *document, QWidget *parent = nullptr);
    ~ChartsPanel() override;
    Q_DISABLE_COPY_MOVE(ChartsPanel)

    QChart *chart(Chart which) const;
    /// nullptr until the panel was first shown.
    QAbstractItemModel *model(Chart which) const;
    /// The category labels on the chart's axis, in order (for tests).
    QStringList categories(Chart which) const;
    void setCurrentChart(Chart which);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /** One chart: a bar series fed by a model, categories from a column or the vertical header. */
    struct ChartParts
    {
        QAbstractItemModel *model = nullptr;
        QChart *chart = nullptr;
        QAbstractBarSeries *series = nullptr;
        QVBarModelMapper *mapper = nullptr;
        QBarCategoryAxis *categoryAxis = nullptr;
        QValueAxis *valueAxis = nullptr;
        int categoryColumn = -1; ///< -1: the vertical header
    };

    void setUpChart(Chart which, QAbstractBarSeries *series, int firstColumn, int lastColumn, int categoryColumn,
                    bool horizontal);
    void attachModel(Chart which, QAbstractItemModel *model);
    void updateAxes(Chart which);
    void updateOutcomeTitle();
    void retranslateUi();

    ProjectDocument *m_document;
    QTabWidget *m_tabs = nullptr;
    std::array<ChartParts, ChartCount> m_charts;
};
