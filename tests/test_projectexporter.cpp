// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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

private:
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

QTEST_GUILESS_MAIN(TestProjectExporter)
#include "test_projectexporter.moc"
