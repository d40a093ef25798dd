// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: one report file, read the way `govinfo-review import`
// reads it. The first byte of the input picks the file's suffix (and so its
// DocumentReader: text, markdown or HTML, each in any encoding the decoder
// guesses), the rest are the file's bytes. They go through the real file path
// from the moment the file is read (ReportFileReader::readBytes, which read()
// calls with the file's bytes: size and binary guards, decoding, flattening,
// ReportParser, TableExtractor, CellSolver, narrative figures), then through
// every check and both CSV layouts. No file is written: writing and reading
// one cost more than parsing a small input (the file guards have their own
// tests, test_reportfilereader and test_badinput). What a parsed report
// promises the rest of the program (spans inside the text, one cell per key of
// its format, a value exactly when the status has one) is asserted: a broken
// promise is a crash here rather than a wrong highlight or an out-of-range
// read in the GUI.
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "models/checks/reportchecker.h"
#include "models/csvexporter.h"
#include "models/reportschema.h"
#include "parser/reportfilereader.h"
#include "tests/fuzz/fuzzinput.h"

namespace {

[[noreturn]] void broken(const char *what, const Report &report)
{
    std::fprintf(stderr, "fuzz_reportfile: %s (format %s, %zu cells, text of %lld UTF-16 units)\n", what,
                 qPrintable(report.format), report.cells.size(), static_cast<long long>(report.text.size()));
    std::abort();
}

void requireSpanInText(const SourceSpan &span, const Report &report, const char *what)
{
    if (!span.isValid())
        return;
    if (span.length < 0 || span.end() > report.text.size()) {
        std::fprintf(stderr, "fuzz_reportfile: span %lld+%lld\n", static_cast<long long>(span.offset),
                     static_cast<long long>(span.length));
        broken(what, report);
    }
}

void checkPromises(const Report &report)
{
    const FormatSchema *format = ReportSchema::instance().format(report.format);
    if (format ? int(report.cells.size()) != format->cellCount() : !report.cells.empty())
        broken("cells do not match the format's keys", report);
    for (const Cell &cell : report.cells) {
        requireSpanInText(cell.span, report, "cell span outside the text");
        const bool valued = cell.status == CellStatus::Ok || cell.status == CellStatus::Inferred
                            || cell.status == CellStatus::Approximate;
        if (cell.hasValue() != valued)
            broken("a cell's value does not match its status", report);
        if (cell.isCorrected())
            broken("a freshly parsed cell is marked corrected", report);
    }
    for (const Section &section : report.sections) {
        requireSpanInText(section.span, report, "section span outside the text");
        if (section.number < 1 || section.number > 6)
            broken("section number outside 1..6", report);
    }
    for (const NarrativeFigure &figure : report.figures)
        requireSpanInText(figure.span, report, "figure span outside the text");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QString path = QStringLiteral("/fuzz/report.") + FuzzInput::suffixOf(data[0]);
    // A copy: QByteArray promises a terminating NUL, which libFuzzer's buffer lacks.
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const ReadOutcome outcome = ReportFileReader::readBytes(bytes, path);
    if (!outcome.report) {
        if (outcome.error.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    Report &report = *outcome.report;
    checkPromises(report);

    std::vector<Finding> findings = ReportChecker::checkReport(report);
    // The same report as its own previous year: the cross-year checks see every cell.
    Report previous = report;
    previous.year = report.year - 1;
    const std::vector<Finding> acrossYears = ReportChecker::checkAcrossYears(previous, report);
    findings.insert(findings.end(), acrossYears.begin(), acrossYears.end());
    for (const Finding &finding : findings) {
        if (finding.checkId.isEmpty())
            broken("a finding without a check id", report);
    }

    const CsvExporter tidy(CsvExporter::Layout::Tidy);
    const CsvExporter wide(CsvExporter::Layout::Wide);
    if (tidy.reportText(report, findings).isEmpty() || wide.reportText(report, findings).isEmpty())
        broken("a report exported as nothing", report);
    return 0;
}
