// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chartspanel.h"

#include <algorithm>
#include <cmath>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QBarSeries>
#include <QHorizontalBarSeries>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QValueAxis>

#include "models/review/applicationsbyyearmodel.h"
#include "models/review/findingsbycheckmodel.h"
#include "models/review/itemroles.h"
#include "models/review/outcomemodel.h"
#include "models/review/projectdocument.h"
#include "models/review/reportsbyyearmodel.h"

namespace {

/// A count axis that only shows whole numbers: at most ten steps, each a whole number.
void setCountRange(QValueAxis *axis, double maximum)
{
    const double top = std::max(1.0, maximum);
    if (top <= 10) {
        axis->setRange(0, std::ceil(top));
        axis->setTickCount(int(std::ceil(top)) + 1);
        return;
    }
    axis->setRange(0, top * 1.08); // room for the value labels over the longest bar
    axis->applyNiceNumbers();
}

} // namespace

ChartsPanel::ChartsPanel(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_tabs(new QTabWidget(this))
{
    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    setUpChart(OutcomeChart, new QHorizontalBarSeries(this), OutcomeModel::ValueColumn, OutcomeModel::ValueColumn,
               OutcomeModel::LabelColumn, true);
    setUpChart(ReportsByYearChart, new QStackedBarSeries(this), ReportsByYearModel::Format2019Column,
               ReportsByYearModel::Pre2019Column, -1, false);
    setUpChart(FindingsByCheckChart, new QHorizontalBarSeries(this), FindingsByCheckModel::CountColumn,
               FindingsByCheckModel::CountColumn, FindingsByCheckModel::CheckColumn, true);
    setUpChart(ApplicationsByYearChart, new QBarSeries(this), ApplicationsByYearModel::ApplicationsColumn,
               ApplicationsByYearModel::ApplicationsColumn, ApplicationsByYearModel::YearColumn, false);
    // The outcome chart's title names the report, also when its model stays empty.
    connect(document, &ProjectDocument::currentReportChanged, this, &ChartsPanel::updateOutcomeTitle);
    retranslateUi();
}

ChartsPanel::~ChartsPanel() = default;

void ChartsPanel::setUpChart(Chart which, QAbstractBarSeries *series, int firstColumn, int lastColumn,
                             int categoryColumn, bool horizontal)
{
    ChartParts &parts = m_charts[std::size_t(which)];
    parts.series = series;
    parts.categoryColumn = categoryColumn;

    parts.chart = new QChart;
    parts.chart->setTheme(QChart::ChartThemeLight);
    parts.chart->setAnimationOptions(QChart::NoAnimation);
    parts.chart->setBackgroundRoundness(0);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    parts.chart->setTitleFont(titleFont);
    parts.chart->addSeries(series);
    series->setLabelsVisible(true);
    series->setLabelsPosition(which == ReportsByYearChart ? QAbstractBarSeries::LabelsCenter
                                                          : QAbstractBarSeries::LabelsOutsideEnd);

    // The mapper makes the bar sets: labels outside the bars must be dark on
    // the white plot, those inside stacked bars light on the bar colour.
    const QColor labelColor = which == ReportsByYearChart ? QColor(Qt::white) : palette().color(QPalette::WindowText);
    connect(series, &QAbstractBarSeries::barsetsAdded, this, [labelColor](const QList<QBarSet *> &sets) {
        for (QBarSet *set : sets)
            set->setLabelColor(labelColor);
    });

    parts.mapper = new QVBarModelMapper(this);
    parts.mapper->setFirstBarSetColumn(firstColumn);
    parts.mapper->setLastBarSetColumn(lastColumn);
    parts.mapper->setSeries(series);

    parts.categoryAxis = new QBarCategoryAxis(parts.chart);
    parts.valueAxis = new QValueAxis(parts.chart);
    parts.valueAxis->setLabelFormat(QStringLiteral("%d"));
    parts.chart->addAxis(parts.categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    parts.chart->addAxis(parts.valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(parts.categoryAxis);
    series->attachAxis(parts.valueAxis);
    // Several formats stack and need a legend; a single series says it in the title.
    parts.chart->legend()->setVisible(lastColumn > firstColumn);
    parts.chart->legend()->setAlignment(Qt::AlignBottom);

    auto *view = new QChartView(parts.chart, m_tabs);
    view->setRenderHint(QPainter::Antialiasing);
    m_tabs->addTab(view, QString());
}

void ChartsPanel::showEvent(QShowEvent *event)
{
    if (!m_charts[OutcomeChart].model) {
        attachModel(OutcomeChart, new OutcomeModel(m_document, this));
        attachModel(ReportsByYearChart, new ReportsByYearModel(m_document, this));
        attachModel(FindingsByCheckChart, new FindingsByCheckModel(m_document, this));
        attachModel(ApplicationsByYearChart, new ApplicationsByYearModel(m_document, this));
    }
    QWidget::showEvent(event);
}

void ChartsPanel::attachModel(Chart which, QAbstractItemModel *model)
{
    ChartParts &parts = m_charts[std::size_t(which)];
    parts.model = model;
    parts.mapper->setModel(model);
    const auto update = [this, which] { updateAxes(which); };
    connect(model, &QAbstractItemModel::modelReset, this, update);
    connect(model, &QAbstractItemModel::rowsInserted, this, update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, update);
    connect(model, &QAbstractItemModel::dataChanged, this, update);
    connect(model, &QAbstractItemModel::headerDataChanged, this, update);
    connect(model, &QAbstractItemModel::layoutChanged, this, update);
    updateAxes(which);
}

QChart *ChartsPanel::chart(Chart which) const
{
    return m_charts[std::size_t(which)].chart;
}

QAbstractItemModel *ChartsPanel::model(Chart which) const
{
    return m_charts[std::size_t(which)].model;
}

QStringList ChartsPanel::categories(Chart which) const
{
    return m_charts[std::size_t(which)].categoryAxis->categories();
}

void ChartsPanel::setCurrentChart(Chart which)
{
    m_tabs->setCurrentIndex(int(which));
}

void ChartsPanel::updateAxes(Chart which)
{
    ChartParts &parts = m_charts[std::size_t(which)];
    if (!parts.model)
        return;
    QStringList categories;
    double maximum = 0;
    for (int row = 0; row < parts.model->rowCount(); ++row) {
        categories.append(parts.categoryColumn < 0
                              ? parts.model->headerData(row, Qt::Vertical).toString()
                              : parts.model->index(row, parts.categoryColumn).data().toString());
        double total = 0; // stacked bars reach the sum of their sets
        for (const QBarSet *set : parts.series->barSets()) {
            const double value = row < set->count() ? set->at(row) : 0;
            total = parts.series->type() == QAbstractSeries::SeriesTypeStackedBar ? total + value
                                                                                   : std::max(total, value);
        }
        maximum = std::max(maximum, total);
    }
    parts.categoryAxis->setCategories(categories);
    setCountRange(parts.valueAxis, maximum);
    if (which == OutcomeChart)
        updateOutcomeTitle(); // it names the report
}

void ChartsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        for (int which = 0; which < ChartCount; ++which)
            updateAxes(Chart(which)); // the models' labels follow the language too
    }
    QWidget::changeEvent(event);
}

void ChartsPanel::retranslateUi()
{
    m_tabs->setTabText(OutcomeChart, tr("This Report"));
    m_tabs->setTabText(ReportsByYearChart, tr("Reports by Year"));
    m_tabs->setTabText(FindingsByCheckChart, tr("Open Findings"));
    m_tabs->setTabText(ApplicationsByYearChart, tr("Applications by Year"));

    updateOutcomeTitle();
    ChartParts &outcome = m_charts[OutcomeChart];
    outcome.categoryAxis->setTitleText(QString());
    outcome.valueAxis->setTitleText(tr("Applications"));

    ChartParts &byYear = m_charts[ReportsByYearChart];
    byYear.chart->setTitle(tr("Reports by year and format"));
    byYear.categoryAxis->setTitleText(tr("Report year"));
    byYear.valueAxis->setTitleText(tr("Reports"));

    ChartParts &findings = m_charts[FindingsByCheckChart];
    findings.chart->setTitle(tr("Open findings by check"));
    findings.categoryAxis->setTitleText(QString());
    findings.valueAxis->setTitleText(tr("Open findings"));

    ChartParts &applications = m_charts[ApplicationsByYearChart];
    applications.chart->setTitle(tr("Applications received by year"));
    applications.categoryAxis->setTitleText(tr("Report year"));
    applications.valueAxis->setTitleText(tr("Applications received"));
}

void ChartsPanel::updateOutcomeTitle()
{
    ChartParts &outcome = m_charts[OutcomeChart];
    const ReportSummary *current = nullptr;
    const int row = m_document->rowOfReport(m_document->currentReportId());
    if (m_document->currentReportId() != 0 && row >= 0)
        current = &m_document->reportSummary(row);
    if (!current) {
        outcome.chart->setTitle(tr("How applications were handled (select a report)"));
        return;
    }
    if (!outcome.model || outcome.model->rowCount() == 0) {
        outcome.chart->setTitle(tr("%1: no table 3 to chart").arg(current->agency.isEmpty() ? current->fileName
                                                                                            : current->agency));
        return;
    }
    const QString name = current->agency.isEmpty() ? current->fileName : current->agency;
    const QString year = current->year > 0 ? QString::number(current->year) : QString();
    qint64 handled = 0;
    for (int outcomeRow = 0; outcomeRow < outcome.model->rowCount(); ++outcomeRow)
        handled += outcome.model->index(outcomeRow, OutcomeModel::ValueColumn).data(ItemRoles::RawValueRole).toLongLong();
    // An empty chart says why: a township often has no application all year.
    if (handled == 0)
        outcome.chart->setTitle(tr("How applications were handled: %1 %2 (none this year)").arg(name, year));
    else
        outcome.chart->setTitle(tr("How applications were handled: %1 %2").arg(name, year));
}
