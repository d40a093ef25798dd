// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include "models/exportsource.h"
#include "models/projectexporter.h"
#include "models/report.h"
#include "models/storage/importsession.h"
#include "models/storage/sqliteprojectstore.h"
#include "models/storage/storeexportsource.h"
#include "parser/parserfilesource.h"

namespace {

const QString seeds = QStringLiteral(GOVINFO_TEST_DATA "/seeds");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The files named in a tidy UTF-8 export, once each, in order.
QStringList exportedFiles(const QByteArray &csv)
{
    QStringList files;
    const QList<QByteArray> lines = csv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString file = QString::fromUtf8(lines[i].left(lines[i].indexOf(',')));
        if (!file.isEmpty() && !files.contains(file))
            files.append(file);
    }
    return files;
}

/// Fails to read one report, on every thread: a read error in any batch.
class FailingSource final : public ExportSource
{
public:
    FailingSource(std::unique_ptr<ExportSource> inner, qint64 failing)
        : m_inner(std::move(inner))
        , m_failing(failing)
    {
    }
    std::optional<std::vector<ReportSummary>> reports() override { return m_inner->reports(); }
    const Report *report(qint64 reportId, bool valuesOnly) override
    {
        return reportId == m_failing ? nullptr : m_inner->report(reportId, valuesOnly);
    }
    const std::vector<Finding> *findings(qint64 reportId) override { return m_inner->findings(reportId); }
    QString errorString() const override { return QStringLiteral("report %1 cannot be read").arg(m_failing); }
    std::unique_ptr<ExportSource> openAnother() const override
    {
        auto inner = m_inner->openAnother();
        return inner ? std::make_unique<FailingSource>(std::move(inner), m_failing) : nullptr;
    }

private:
    std::unique_ptr<ExportSource> m_inner;
    qint64 m_failing;
};

} // namespace

class TestProjectExporter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void selection_data();
    void selection();
    void sameBytesAsCsvExporter();
    void unwritableFileIsNamed();
    void everyThreadWritesTheSameBytes_data();
    void everyThreadWritesTheSameBytes();
    void readErrorOnAnyThreadKeepsTheOldFile();

private:
    /// A project of copies of the seeds, a few batches of them.
    QString manyReports(int count);

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteProjectStore> m_store;
    std::vector<qint64> m_ids;
};

void TestProjectExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = std::make_unique<SqliteProjectStore>();
    QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("project.sqlite"))));
    const ImportSummary summary = ImportSession(*m_store, ParserFileSource()).run({seeds});
    QCOMPARE(summary.read, 5);
    m_ids = summary.reportIds;
}

void TestProjectExporter::cleanupTestCase()
{
    m_store.reset();
}

void TestProjectExporter::selection_data()
{
    QTest::addColumn<int>("selection");
    QTest::addColumn<QList<int>>("selectedSeeds");
    QTest::addColumn<QStringList>("expected");

    const auto name = [](int seed) {
        static const QStringList names = {
            QStringLiteral("000_fb8decbe9b2e9cc0.txt"), QStringLiteral("001_bd2728a2fb5b3f82.txt"),
            QStringLiteral("002_9fd22329478e75da.txt"), QStringLiteral("003_ae670e83d15f685b.txt"),
            QStringLiteral("004_19e7a58c87b6c757.txt")};
        return names[seed];
    };
    QTest::newRow("all") << int(ProjectExporter::Selection::All) << QList<int>()
                         << QStringList{name(0), name(1), name(2), name(3), name(4)};
    QTest::newRow("selected 3 and 1") << int(ProjectExporter::Selection::Selected) << QList<int>{3, 1}
                                      << QStringList{name(1), name(3)};
    QTest::newRow("selected none") << int(ProjectExporter::Selection::Selected) << QList<int>() << QStringList();
    // cell.missing (an error) in 000 (blank t4 cells), 001 (t4 without numbers)
    // and 002 (cut off); report.sections and text.table are warnings only.
    QTest::newRow("without open errors") << int(ProjectExporter::Selection::WithoutOpenErrors) << QList<int>()
                                         << QStringList{name(3), name(4)};
}

void TestProjectExporter::selection()
{
    QFETCH(int, selection);
    QFETCH(QList<int>, selectedSeeds);
    QFETCH(QStringList, expected);

    StoreExportSource source(*m_store);
    ProjectExporter exporter(source);
    ProjectExporter::Options options;
    options.selection = ProjectExporter::Selection(selection);
    for (int seed : selectedSeeds)
        options.reportIds.append(m_ids[std::size_t(seed)]);
    const QString path = m_dir.filePath(QStringLiteral("out.csv"));
    QVERIFY2(exporter.exportTo(path, options), qPrintable(exporter.errorString()));
    QCOMPARE(exporter.exportedCount(), int(expected.size()));
    QCOMPARE(exportedFiles(readFile(path)), expected);
}

void TestProjectExporter::sameBytesAsCsvExporter()
{
    for (const auto encoding : {CsvExporter::Encoding::Utf8, CsvExporter::Encoding::Utf8Bom,
                                CsvExporter::Encoding::Gb18030}) {
        for (const auto layout : {CsvExporter::Layout::Tidy, CsvExporter::Layout::Wide}) {
            const QString direct = m_dir.filePath(QStringLiteral("direct.csv"));
            CsvExporter csv(layout, encoding);
            QVERIFY(csv.begin(direct));
            for (const qint64 id : m_ids)
                QVERIFY(csv.addReport(*m_store->loadReport(id), *m_store->findings(id)));
            QVERIFY(csv.commit());

            StoreExportSource source(*m_store);
            ProjectExporter exporter(source);
            ProjectExporter::Options options;
            options.layout = layout;
            options.encoding = encoding;
            const QString path = m_dir.filePath(QStringLiteral("project.csv"));
            QVERIFY(exporter.exportTo(path, options));
            QCOMPARE(readFile(path), readFile(direct));
        }
    }
}

void TestProjectExporter::unwritableFileIsNamed()
{
    StoreExportSource source(*m_store);
    ProjectExporter exporter(source);
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/out.csv"));
    QVERIFY(!exporter.exportTo(path, {}));
    QVERIFY2(exporter.errorString().contains(QStringLiteral("out.csv")), qPrintable(exporter.errorString()));
    QCOMPARE(exporter.exportedCount(), 0);
}

QString TestProjectExporter::manyReports(int count)
{
    const QString location = m_dir.filePath(QStringLiteral("many-%1.sqlite").arg(count));
    if (QFile::exists(location))
        return location;
    SqliteProjectStore store;
    if (!store.open(location))
        return {};
    store.setDurability(ProjectStore::Durability::Deferred);
    for (int i = 0; i < count; ++i) {
        const qint64 seed = m_ids[std::size_t(i) % m_ids.size()];
        auto report = m_store->loadReport(seed);
        // Another file with other content: stored as a report of its own.
        report->fileName = QStringLiteral("copy-%1-%2").arg(i, 3, 10, QLatin1Char('0')).arg(report->fileName);
        report->text.append(QString::number(i));
        report->contentHash.clear();
        if (!store.addReport(*report, *m_store->findings(seed)))
            return {};
    }
    return location;
}

void TestProjectExporter::everyThreadWritesTheSameBytes_data()
{
    QTest::addColumn<CsvExporter::Layout>("layout");
    QTest::addColumn<CsvExporter::Encoding>("encoding");
    QTest::addColumn<int>("selection");
    QTest::newRow("tidy") << CsvExporter::Layout::Tidy << CsvExporter::Encoding::Utf8 << int(ProjectExporter::Selection::All);
    QTest::newRow("wide") << CsvExporter::Layout::Wide << CsvExporter::Encoding::Utf8 << int(ProjectExporter::Selection::All);
    QTest::newRow("gb18030") << CsvExporter::Layout::Tidy << CsvExporter::Encoding::Gb18030
                             << int(ProjectExporter::Selection::All);
    QTest::newRow("without open errors") << CsvExporter::Layout::Wide << CsvExporter::Encoding::Utf8
                                         << int(ProjectExporter::Selection::WithoutOpenErrors);
}

void TestProjectExporter::everyThreadWritesTheSameBytes()
{
    QFETCH(CsvExporter::Layout, layout);
    QFETCH(CsvExporter::Encoding, encoding);
    QFETCH(int, selection);
    // 150 reports: three batches, more than one thread can take.
    const QString location = manyReports(150);
    QVERIFY(!location.isEmpty());
    SqliteProjectStore store;
    QVERIFY(store.open(location));

    // One report after the other, by hand.
    const QString direct = m_dir.filePath(QStringLiteral("direct.csv"));
    CsvExporter csv(layout, encoding);
    QVERIFY(csv.begin(direct));
    int kept = 0;
    const auto summaries = store.reports();
    QVERIFY(summaries && summaries->size() == 150);
    for (const ReportSummary &summary : *summaries) {
        const std::vector<Finding> findings = *store.findings(summary.id);
        const bool openError = std::any_of(findings.begin(), findings.end(), [](const Finding &finding) {
            return finding.severity == Severity::Error && finding.status == ReviewStatus::Open;
        });
        if (selection == int(ProjectExporter::Selection::WithoutOpenErrors) && openError)
            continue;
        QVERIFY(csv.addReport(*store.loadReport(summary.id), findings));
        ++kept;
    }
    QVERIFY(csv.commit());
    QVERIFY(kept > 0);

    for (const int threads : {1, 2, 4}) {
        StoreExportSource source(store);
        ProjectExporter exporter(source);
        exporter.setMaxThreads(threads);
        ProjectExporter::Options options;
        options.layout = layout;
        options.encoding = encoding;
        options.selection = ProjectExporter::Selection(selection);
        const QString path = m_dir.filePath(QStringLiteral("threads-%1.csv").arg(threads));
        QVERIFY2(exporter.exportTo(path, options), qPrintable(exporter.errorString()));
        QCOMPARE(exporter.exportedCount(), kept);
        QCOMPARE(readFile(path), readFile(direct));
    }
}

void TestProjectExporter::readErrorOnAnyThreadKeepsTheOldFile()
{
    const QString location = manyReports(150);
    QVERIFY(!location.isEmpty());
    SqliteProjectStore store;
    QVERIFY(store.open(location));
    const auto summaries = store.reports();
    QVERIFY(summaries && summaries->size() == 150);
    const QString path = m_dir.filePath(QStringLiteral("old.csv"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old\r\n");
    old.close();
    // A report of the first, the second and the last batch.
    for (const std::size_t failing : {std::size_t(3), std::size_t(70), std::size_t(149)}) {
        FailingSource source(std::make_unique<StoreExportSource>(store.openReader()), (*summaries)[failing].id);
        ProjectExporter exporter(source);
        exporter.setMaxThreads(4);
        QVERIFY(!exporter.exportTo(path, {}));
        QCOMPARE(exporter.errorString(), source.errorString());
        QCOMPARE(exporter.exportedCount(), 0);
        QCOMPARE(readFile(path), QByteArray("old\r\n"));
    }
}

QTEST_GUILESS_MAIN(TestProjectExporter)
#include "test_projectexporter.moc"
