// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/checks/reportchecker.h"
#include "models/reportschema.h"
#include "parser/reportfilereader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

/*
 * The variant reports of tests/data/variants/ (see its README.md): real reports' narratives and
 * values with their tables in other markups, layouts, label wordings and number forms, and
 * pdftotext conversions of the corpus PDFs in other modes. Each is read the way an import reads
 * it (suffix, encoding detection, parsing) and every cell is compared with its truth file:
 *
 *  - variants/<file> with truth/<name>.json: every cell exact (a must_flag cell may instead be
 *    flagged), and no wrong value without a finding;
 *  - variants/scrambled/<file>: PDF text that lost its reading order, where cells may be missed
 *    but a value that is wrong must be flagged.
 */
class TestVariants final : public QObject
{
    Q_OBJECT

private slots:
    void variant_data();
    void variant();
};

namespace {

const QString VariantsFolder = QStringLiteral(GOVINFO_TEST_DATA "/variants");

std::optional<Decimal> truthValue(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    // Truth numbers are JSON numbers (3119, 96171.6, 24252.311082): at most six decimals.
    return Decimal::fromString(QString::number(value.toDouble(), 'f', 6));
}

} // namespace

void TestVariants::variant_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("truth");
    QTest::addColumn<bool>("exact");
    for (const bool exact : {true, false}) {
        const QDir folder(exact ? VariantsFolder : VariantsFolder + u"/scrambled");
        const QDir truths(folder.filePath(QStringLiteral("truth")));
        for (const QString &name : truths.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(truths.filePath(name));
            const QString input = file.open(QIODevice::ReadOnly)
                ? folder.filePath(QJsonDocument::fromJson(file.readAll()).object().value(u"file").toString())
                : QString();
            QTest::newRow(qPrintable(name.chopped(5))) << input << truths.filePath(name) << exact;
        }
    }
}

void TestVariants::variant()
{
    QFETCH(QString, input);
    QFETCH(QString, truth);
    QFETCH(bool, exact);
    QFile truthFile(truth);
    QVERIFY2(truthFile.open(QIODevice::ReadOnly), qPrintable(truth));
    const QJsonObject expected = QJsonDocument::fromJson(truthFile.readAll()).object();

    const ReadOutcome outcome = ReportFileReader::read(input);
    QVERIFY2(outcome.report, qPrintable(input + u": " + outcome.error));
    const Report &report = *outcome.report;
    QCOMPARE(report.format, expected.value(u"format").toString());
    QCOMPARE(report.year, expected.value(u"year").toInt());
    const FormatSchema *schema = ReportSchema::instance().format(report.format);
    QVERIFY(schema);

    QSet<QString> flagged;
    for (const Finding &finding : ReportChecker::checkReport(report)) {
        for (const QString &cell : finding.cells)
            flagged.insert(cell);
    }
    QSet<QString> mustFlag;
    for (const QJsonValue &key : expected.value(u"must_flag").toArray())
        mustFlag.insert(key.toString());
    const QJsonObject cells = expected.value(u"cells").toObject();
    QStringList wrong;
    QStringList silent;
    for (int i = 0; i < schema->cellCount(); ++i) {
        const CellAddress &address = schema->address(i);
        const std::optional<Decimal> want = truthValue(
            cells.value(address.table).toObject().value(address.row).toObject().value(address.column));
        const Cell &cell = report.cells[std::size_t(i)];
        const bool isFlagged = flagged.contains(address.key());
        if (cell.value == want || (mustFlag.contains(address.key()) && isFlagged))
            continue;
        const QString line = address.key() + u": want " + (want ? want->toString() : u"-"_qs) + u" got "
            + (cell.value ? cell.value->toString() : u"-"_qs) + u" [" + cellStatusName(cell.status) + u' '
            + cell.raw + u']';
        // Missed cells count only where the variant is read for exact values.
        if (exact || cell.value)
            wrong.append(line);
        if (cell.value && !isFlagged)
            silent.append(line);
    }
    if (!silent.isEmpty())
        qWarning().noquote() << u"silent:\n"_qs + silent.join(u'\n');
    QVERIFY2(silent.isEmpty(), "a wrong value that no finding points at");
    if (exact)
        QVERIFY2(wrong.isEmpty(), qPrintable(u'\n' + wrong.join(u'\n')));
}

QTEST_APPLESS_MAIN(TestVariants)
#include "test_variants.moc"
