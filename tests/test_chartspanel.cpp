// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QValueAxis>

#include "models/report.h"
#include "models/review/projectdocument.h"
#include "models/storage/sqliteprojectstore.h"
#include "reviewfixture.h"
#include "ui/chartspanel.h"
#include "ui/languagemanager.h"

namespace {

const QString seed004 = QStringLiteral("004_19e7a58c87b6c757.txt");

QAbstractBarSeries *series(const ChartsPanel &panel, ChartsPanel::Chart which)
{
    return qobject_cast<QAbstractBarSeries *>(panel.chart(which)->series().value(0));
}

/// Every bar set as "label: v1 v2 ...".
QStringList bars(const ChartsPanel &panel, ChartsPanel::Chart which)
{
    QStringList lines;
    for (const QBarSet *set : series(panel, which)->barSets()) {
        QStringList values;
        for (int i = 0; i < set->count(); ++i)
            values.append(QString::number(set->at(i)));
        lines.append(set->label() + u": " + values.join(u' '));
    }
    return lines;
}

double axisMaximum(const ChartsPanel &panel, ChartsPanel::Chart which)
{
    const QList<QAbstractAxis *> axes = panel.chart(which)->axes();
    for (const QAbstractAxis *axis : axes) {
        if (const auto *values = qobject_cast<const QValueAxis *>(axis))
            return values->max();
    }
    return -1;
}

} // namespace

class TestChartsPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelsWaitUntilShown();
    void projectCharts();
    void outcomeFollowsSelectionAndEdits();
    void titlesFollowTheLanguage();

private:
    void setCell(qint64 reportId, const QString &key, qint64 value);

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_document;
};

void TestChartsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("govinfo-review-test"));
    QCoreApplication::setApplicationName(QStringLiteral("test_chartspanel"));
    QVERIFY(LanguageManager::install(QStringLiteral("en")));
}

void TestChartsPanel::init()
{
    const QString location = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite"));
    QVERIFY(ReviewFixture::importSeeds(location, ReviewFixture::seedNames()));
    m_document = std::make_unique<ProjectDocument>(std::make_unique<SqliteProjectStore>());
    QVERIFY(m_document->open(location));
}

void TestChartsPanel::cleanup()
{
    m_document.reset();
}

void TestChartsPanel::setCell(qint64 reportId, const QString &key, qint64 value)
{
    const Report *report = m_document->report(reportId);
    QVERIFY(report);
    m_document->setCellValue(reportId, ReviewFixture::cellIndex(*report, key), Decimal(value));
}

void TestChartsPanel::modelsWaitUntilShown()
{
    // Hidden (a dock tab behind another), the panel reads nothing from the project.
    ChartsPanel panel(m_document.get());
    for (int which = 0; which < ChartsPanel::ChartCount; ++which)
        QVERIFY(!panel.model(ChartsPanel::Chart(which)));
    QCOMPARE(panel.categories(ChartsPanel::ReportsByYearChart), QStringList());
    panel.show();
    for (int which = 0; which < ChartsPanel::ChartCount; ++which)
        QVERIFY(panel.model(ChartsPanel::Chart(which)));
    QVERIFY(!panel.categories(ChartsPanel::ReportsByYearChart).isEmpty());
    // Shown again, it keeps the models it made.
    const QAbstractItemModel *applications = panel.model(ChartsPanel::ApplicationsByYearChart);
    panel.hide();
    panel.show();
    QCOMPARE(panel.model(ChartsPanel::ApplicationsByYearChart), applications);
}

void TestChartsPanel::projectCharts()
{
    ChartsPanel panel(m_document.get());
    panel.show();
    // 002: 2019; 000, 001, 003: 2020 (all 2019 format); 004: 2021.
    QCOMPARE(panel.categories(ChartsPanel::ReportsByYearChart),
             (QStringList{QStringLiteral("2019"), QStringLiteral("2020"), QStringLiteral("2021")}));
    QCOMPARE(bars(panel, ChartsPanel::ReportsByYearChart),
             (QStringList{QStringLiteral("2019 format: 1 3 0"), QStringLiteral("2021 format: 0 0 1"),
                          QStringLiteral("Not recognised: 0 0 0")}));
    QCOMPARE(axisMaximum(panel, ChartsPanel::ReportsByYearChart), 3.0);

    const QAbstractItemModel *findings = panel.model(ChartsPanel::FindingsByCheckChart);
    QStringList checks;
    QStringList counts;
    for (int row = 0; row < findings->rowCount(); ++row) {
        checks.append(findings->index(row, 0).data().toString());
        counts.append(findings->index(row, 1).data().toString());
    }
    QVERIFY(checks.contains(QStringLiteral("cell.missing")));
    QCOMPARE(panel.categories(ChartsPanel::FindingsByCheckChart), checks);
    QCOMPARE(bars(panel, ChartsPanel::FindingsByCheckChart),
             QStringList{QStringLiteral("Open findings: ") + counts.join(u' ')});

    QCOMPARE(panel.categories(ChartsPanel::ApplicationsByYearChart),
             (QStringList{QStringLiteral("2019"), QStringLiteral("2020"), QStringLiteral("2021")}));
    setCell(ReviewFixture::reportId(*m_document, seed004), QStringLiteral("t3/new/total"), 37);
    QCOMPARE(bars(panel, ChartsPanel::ApplicationsByYearChart),
             QStringList{QStringLiteral("Applications received: 0 0 37")});
    QVERIFY(axisMaximum(panel, ChartsPanel::ApplicationsByYearChart) >= 37);
    m_document->undoStack()->undo();
    QCOMPARE(bars(panel, ChartsPanel::ApplicationsByYearChart),
             QStringList{QStringLiteral("Applications received: 0 0 0")});
}

void TestChartsPanel::outcomeFollowsSelectionAndEdits()
{
    ChartsPanel panel(m_document.get());
    panel.show();
    QCOMPARE(panel.categories(ChartsPanel::OutcomeChart), QStringList());
    QCOMPARE(panel.chart(ChartsPanel::OutcomeChart)->title(),
             QStringLiteral("How applications were handled (select a report)"));

    const qint64 id = ReviewFixture::reportId(*m_document, seed004);
    m_document->setCurrentReport(id);
    QCOMPARE(panel.categories(ChartsPanel::OutcomeChart),
             (QStringList{QStringLiteral("Disclosed"), QStringLiteral("Partly disclosed"),
                          QStringLiteral("Not disclosed"), QStringLiteral("Cannot be provided"),
                          QStringLiteral("Not processed"), QStringLiteral("Other handling"),
                          QStringLiteral("Carried forward")}));
    QCOMPARE(panel.chart(ChartsPanel::OutcomeChart)->title(),
             QStringLiteral("How applications were handled: 灵武市临河镇人民政府 2021 (none this year)"));

    setCell(id, QStringLiteral("t3/granted/total"), 12);
    setCell(id, QStringLiteral("t3/denied_secret/total"), 2);
    QCOMPARE(bars(panel, ChartsPanel::OutcomeChart), QStringList{QStringLiteral("Applications: 12 0 2 0 0 0 0")});
    QCOMPARE(panel.chart(ChartsPanel::OutcomeChart)->title(),
             QStringLiteral("How applications were handled: 灵武市临河镇人民政府 2021"));
    QCOMPARE(axisMaximum(panel, ChartsPanel::OutcomeChart), 20.0); // 12 * 1.08, nice numbers

    m_document->setCurrentReport(0);
    QCOMPARE(panel.categories(ChartsPanel::OutcomeChart), QStringList());
    QCOMPARE(panel.chart(ChartsPanel::OutcomeChart)->title(),
             QStringLiteral("How applications were handled (select a report)"));
}

void TestChartsPanel::titlesFollowTheLanguage()
{
    ChartsPanel panel(m_document.get());
    panel.show();
    QCOMPARE(panel.chart(ChartsPanel::ReportsByYearChart)->title(), QStringLiteral("Reports by year and format"));
    QVERIFY(LanguageManager::install(QStringLiteral("zh_CN")));
    QTRY_COMPARE(panel.chart(ChartsPanel::ReportsByYearChart)->title(), QStringLiteral("各年度报告数（按格式）"));
    QVERIFY(LanguageManager::install(QStringLiteral("en")));
    QTRY_COMPARE(panel.chart(ChartsPanel::ReportsByYearChart)->title(), QStringLiteral("Reports by year and format"));
}

QTEST_MAIN(TestChartsPanel)
#include "test_chartspanel.moc"
