// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTemporaryDir>
#include <QTest>

#include "models/report.h"
#include "models/storage/sqliteprojectstore.h"
#include "reviewfixture.h"

namespace {

const QString newNatural = QStringLiteral("t3/new/natural");

std::optional<Decimal> valueOf(const SqliteProjectStore &store, qint64 reportId, const QString &key)
{
    const auto report = store.loadReport(reportId);
    return report ? report->cells[std::size_t(ReviewFixture::cellIndex(*report, key))].value : std::nullopt;
}

} // namespace

/** ProjectStore::saveReviews, cellValues and the review counts of the report list. */
class TestStoreReviews final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void savesSeveralReportsAtOnce();
    void failureWritesNothing();
    void cellValuesOfCurrentReports();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteProjectStore> m_store;
    qint64 m_first = 0;
    qint64 m_second = 0;
};

void TestStoreReviews::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString location = m_dir->filePath(QStringLiteral("p.sqlite"));
    QVERIFY(ReviewFixture::importSeeds(location, {QStringLiteral("000_fb8decbe9b2e9cc0.txt"),
                                                  QStringLiteral("004_19e7a58c87b6c757.txt")}));
    m_store = std::make_unique<SqliteProjectStore>();
    QVERIFY(m_store->open(location));
    const auto reports = m_store->reports();
    QCOMPARE(reports->size(), std::size_t(2));
    m_first = reports->at(0).id;
    m_second = reports->at(1).id;
}

void TestStoreReviews::savesSeveralReportsAtOnce()
{
    auto findings = *m_store->findings(m_second);
    Finding extra;
    extra.checkId = QStringLiteral("t3.balance");
    extra.severity = Severity::Error;
    extra.cells = QStringList{newNatural};
    extra.status = ReviewStatus::Confirmed;
    extra.note = QStringLiteral("checked by phone");
    findings.push_back(extra);
    const std::vector<ReportReview> reviews{
        {m_first, {{newNatural, Decimal(3)}}, *m_store->findings(m_first)},
        {m_second, {{newNatural, Decimal(4)}, {QStringLiteral("t3/new/total"), std::nullopt}}, findings},
    };
    QVERIFY2(m_store->saveReviews(reviews), qPrintable(m_store->errorString()));
    QCOMPARE(valueOf(*m_store, m_first, newNatural), std::optional<Decimal>(Decimal(3)));
    QCOMPARE(valueOf(*m_store, m_second, newNatural), std::optional<Decimal>(Decimal(4)));
    QCOMPARE(valueOf(*m_store, m_second, QStringLiteral("t3/new/total")), std::optional<Decimal>());
    QCOMPARE(m_store->edits(m_first)->size(), std::size_t(1));
    QCOMPARE(m_store->edits(m_second)->size(), std::size_t(2));
    const auto stored = *m_store->findings(m_second);
    QCOMPARE(stored.size(), findings.size());
    QCOMPARE(stored.back().status, ReviewStatus::Confirmed);
    QCOMPARE(stored.back().note, QStringLiteral("checked by phone"));

    const auto reports = *m_store->reports();
    QCOMPARE(reports[0].correctedCellCount, 1);
    QCOMPARE(reports[1].correctedCellCount, 2);
    // The confirmed finding is not open; the stored ones of seed 004 are none.
    QCOMPARE(reports[1].openErrorCount, 0);
}

void TestStoreReviews::failureWritesNothing()
{
    const auto findingsBefore = *m_store->findings(m_first);
    const std::vector<ReportReview> reviews{
        {m_first, {{newNatural, Decimal(3)}}, {}},
        {m_second, {{QStringLiteral("t3/nonsense/natural"), Decimal(4)}}, {}},
    };
    QVERIFY(!m_store->saveReviews(reviews));
    QVERIFY(m_store->errorString().contains(QStringLiteral("t3/nonsense/natural")));
    QCOMPARE(m_store->error(), ProjectStore::Error::Other);
    // Rolled back: the first report's change and its emptied findings are not there.
    QCOMPARE(valueOf(*m_store, m_first, newNatural), std::optional<Decimal>(Decimal(0)));
    QCOMPARE(m_store->edits(m_first)->size(), std::size_t(0));
    QCOMPARE(m_store->findings(m_first)->size(), findingsBefore.size());
}

void TestStoreReviews::cellValuesOfCurrentReports()
{
    QVERIFY(m_store->setCellValue(m_second, QStringLiteral("t3/new/total"), Decimal(9)));
    const auto values = m_store->cellValues(QStringLiteral("t3/new/total"));
    QVERIFY(values);
    QCOMPARE(values->size(), std::size_t(2));
    QCOMPARE(values->at(0).reportId, m_first);
    QCOMPARE(values->at(0).value, std::optional<Decimal>(Decimal(0)));
    QCOMPARE(values->at(1).reportId, m_second);
    QCOMPARE(values->at(1).value, std::optional<Decimal>(Decimal(9)));
    // A key only the 2021 format has.
    const auto only2021 = m_store->cellValues(QStringLiteral("t3/other_misc/total"));
    QCOMPARE(only2021->size(), std::size_t(1));
    QCOMPARE(m_store->cellValues(QStringLiteral("nonsense"))->size(), std::size_t(0));
}

QTEST_GUILESS_MAIN(TestStoreReviews)
#include "test_storereviews.moc"
