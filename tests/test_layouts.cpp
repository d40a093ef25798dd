// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QTest>

#include "models/report.h"
#include "models/reportschema.h"
#include "parser/reportfilereader.h"

/*
 * Golden folders under tests/data/layouts/<case>/: input.<ext> is a small report
 * in one layout, encoding or number form seen in real reports; expected.tsv says
 * what must come out of it, one tab-separated line each:
 *
 *     format  2021                   the format found
 *     year    2021                   the statistics year
 *     agency  灵武市临河镇           the agency
 *     sections  1 2 3 4 5 6          the numbers of the sections found, in order
 *     t3/new/total  8  ok            cell key, value (empty when none), status
 *     t2/rules/issued    ambiguous  0|0|4;00|4   ...the candidate splits (optional column)
 *     t2/fees/amount  1.5  ok    万元              ...and the unit written in the cell (optional column)
 *     xfail   reason                 a known parser bug: the case is run and expected to fail
 *
 * Lines starting with '#' are comments. Every case reads the file from disk the
 * way an import does (suffix, encoding detection, parsing).
 */
class TestLayouts final : public QObject
{
    Q_OBJECT

private slots:
    void layout_data();
    void layout();
};

namespace {

const QString LayoutsFolder = QStringLiteral(GOVINFO_TEST_DATA "/layouts");

/** What a golden folder expects: lines in the file's order, and a known failure if any. */
struct Expectation
{
    QStringList lines; ///< "key\tvalue\tstatus[\tcandidates[\tunit]]", or "format|year|agency|sections\t…"
    QString xfail;
};

Expectation readExpectation(const QString &path)
{
    Expectation expectation;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return expectation;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u"xfail\t"))
            expectation.xfail = line.mid(6);
        else
            expectation.lines.append(line);
    }
    return expectation;
}

/// The line a report gives for the key of an expected line, in the same shape.
QString actualLine(const Report &report, const QString &expectedLine)
{
    const QString key = expectedLine.section(u'\t', 0, 0);
    if (key == u"format")
        return key + u'\t' + report.format;
    if (key == u"year")
        return key + u'\t' + QString::number(report.year);
    if (key == u"agency")
        return key + u'\t' + report.agency;
    if (key == u"sections") {
        QStringList numbers;
        for (const Section &section : report.sections)
            numbers.append(QString::number(section.number));
        return key + u'\t' + numbers.join(u' ');
    }
    const FormatSchema *schema = ReportSchema::instance().format(report.format);
    const int index = schema ? schema->indexOf(key) : -1;
    if (index < 0 || std::size_t(index) >= report.cells.size())
        return key + u"\t(no such cell in format " + report.format + u')';
    const Cell &cell = report.cells[std::size_t(index)];
    QString line = key + u'\t' + (cell.value ? cell.value->toString() : QString()) + u'\t'
        + cellStatusName(cell.status);
    // Candidates and unit are compared only where the golden file has their columns.
    const qsizetype columns = expectedLine.count(u'\t') + 1;
    if (columns >= 4)
        line += u'\t' + cell.candidates.join(u';');
    if (columns >= 5)
        line += u'\t' + cell.unit;
    return line;
}

} // namespace

void TestLayouts::layout_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QDir root(LayoutsFolder);
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir folder(root.filePath(name));
        const QStringList inputs = folder.entryList({QStringLiteral("input.*")}, QDir::Files);
        // A folder without exactly one input fails in layout() on the empty path.
        QTest::newRow(qPrintable(name)) << (inputs.size() == 1 ? folder.filePath(inputs.first()) : QString())
                                        << folder.filePath(QStringLiteral("expected.tsv"));
    }
}

void TestLayouts::layout()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QVERIFY2(!input.isEmpty(), "want exactly one input.* in the folder");
    const Expectation expectation = readExpectation(expected);
    QVERIFY2(!expectation.lines.isEmpty(), qPrintable(expected));

    const ReadOutcome outcome = ReportFileReader::read(input);
    QVERIFY2(outcome.report, qPrintable(outcome.error));
    const Report &report = *outcome.report;

    // Whatever the layout, a value's span points at the text it was read from.
    for (const Cell &cell : report.cells) {
        if (!cell.value)
            continue;
        QVERIFY(cell.span.isValid());
        QVERIFY(cell.span.end() <= report.text.size());
    }

    QStringList wrong;
    for (const QString &line : expectation.lines) {
        const QString got = actualLine(report, line);
        if (got != line)
            wrong.append(u"want " + line + u"\n     got  " + got);
    }
    if (!expectation.xfail.isEmpty()) {
        if (!wrong.isEmpty())
            qInfo().noquote() << "known failure:" << expectation.xfail << '\n' << wrong.join(u'\n');
        QEXPECT_FAIL("", qPrintable(expectation.xfail), Continue);
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(u'\n' + wrong.join(u'\n')));
}

QTEST_APPLESS_MAIN(TestLayouts)
#include "test_layouts.moc"
