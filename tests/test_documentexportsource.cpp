// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The export dialog's source: the document as the reviewer sees it, the same
// bytes as the store's export when nothing is unsaved, and reading the
// reports it has not loaded without loading them.

#include <QFile>
#include <QThread>
#include <QTest>

#include "models/projectexporter.h"
#include "models/report.h"
#include "models/review/documentexportsource.h"
#include "models/review/projectdocument.h"
#include "models/storage/storeexportsource.h"
#include "tests/reviewfixture.h"

class TestDocumentExportSource final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sameAsTheStoreWhenSaved_data();
    void sameAsTheStoreWhenSaved();
    void unsavedEditIsExported();

private:
    QByteArray exported(ExportSource &source, CsvExporter::Layout layout, const QString &name);

    std::unique_ptr<ReviewFixture::SeededProject> m_project;
    ProjectDocument *m_document = nullptr;
};

void TestDocumentExportSource::init()
{
    m_project = std::make_unique<ReviewFixture::SeededProject>();
    QVERIFY(m_project->isOpen());
    m_document = m_project->document();
    QCOMPARE(m_document->reportCount(), 5);
}

QByteArray TestDocumentExportSource::exported(ExportSource &source, CsvExporter::Layout layout, const QString &name)
{
    ProjectExporter exporter(source);
    ProjectExporter::Options options;
    options.layout = layout;
    const QString path = m_project->filePath(name);
    if (!exporter.exportTo(path, options)) {
        qWarning("%s", qPrintable(exporter.errorString()));
        return {};
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestDocumentExportSource::sameAsTheStoreWhenSaved_data()
{
    QTest::addColumn<CsvExporter::Layout>("layout");
    QTest::newRow("tidy") << CsvExporter::Layout::Tidy;
    QTest::newRow("wide") << CsvExporter::Layout::Wide;
}

void TestDocumentExportSource::sameAsTheStoreWhenSaved()
{
    QFETCH(CsvExporter::Layout, layout);
    // One report open for review, the others not.
    const qint64 open = ReviewFixture::reportId(*m_document, ReviewFixture::seedNames().at(2));
    m_document->setCurrentReport(open);

    DocumentExportSource document(m_document);
    const QByteArray fromDocument = exported(document, layout, QStringLiteral("document.csv"));
    StoreExportSource store(m_document->store());
    const QByteArray fromStore = exported(store, layout, QStringLiteral("store.csv"));
    QVERIFY(!fromDocument.isEmpty());
    QCOMPARE(fromDocument, fromStore);

    // Exporting every report loaded none of them for review.
    for (int row = 0; row < m_document->reportCount(); ++row) {
        const qint64 id = m_document->reportSummary(row).id;
        QCOMPARE(m_document->loadedReport(id) != nullptr, id == open);
    }
}

void TestDocumentExportSource::unsavedEditIsExported()
{
    const qint64 id = ReviewFixture::reportId(*m_document, ReviewFixture::seedNames().at(4));
    const Report *report = m_document->report(id);
    QVERIFY(report);
    m_document->setCellValue(id, ReviewFixture::cellIndex(*report, QStringLiteral("t3/new/natural")), Decimal(4321));
    QVERIFY(m_document->isModified());

    DocumentExportSource document(m_document);
    const QByteArray fromDocument = exported(document, CsvExporter::Layout::Tidy, QStringLiteral("document.csv"));
    StoreExportSource store(m_document->store());
    const QByteArray fromStore = exported(store, CsvExporter::Layout::Tidy, QStringLiteral("store.csv"));
    const QByteArray line = ReviewFixture::seedNames().at(4).toUtf8();
    const auto cellLine = [&line](const QByteArray &csv) {
        for (const QByteArray &row : csv.split('\n')) {
            if (row.startsWith(line) && row.contains(",t3,new,natural,"))
                return row.trimmed();
        }
        return QByteArray();
    };
    QVERIFY2(cellLine(fromDocument).contains(",t3,new,natural,4321,0,"), cellLine(fromDocument).constData());
    QVERIFY2(cellLine(fromStore).contains(",t3,new,natural,0,0,"), cellLine(fromStore).constData());
    // Only that cell's line and the findings it changed differ.
    QCOMPARE(fromDocument.count('\n'), fromStore.count('\n'));

    // A source for another thread (an export reads on every core) reads the
    // unsaved edit too, and the other reports through a connection of its own.
    const qint64 saved = ReviewFixture::reportId(*m_document, ReviewFixture::seedNames().at(1));
    const int cell = ReviewFixture::cellIndex(*report, QStringLiteral("t3/new/natural"));
    std::optional<Decimal> edited;
    bool savedRead = false;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        const auto other = document.openAnother();
        if (!other)
            return;
        if (const Report *read = other->report(id))
            edited = read->cells[std::size_t(cell)].value;
        savedRead = other->report(saved, true) != nullptr && other->findings(saved) != nullptr
                    && m_document->loadedReport(saved) == nullptr;
    }));
    thread->start();
    QVERIFY(thread->wait(10000));
    QCOMPARE(edited, std::optional<Decimal>(Decimal(4321)));
    QVERIFY(savedRead);
}

QTEST_GUILESS_MAIN(TestDocumentExportSource)
#include "test_documentexportsource.moc"
