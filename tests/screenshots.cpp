// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Not a test: renders the review window for the README, in one language.
//   govinfo_screenshots LANGUAGE OUT.png [CHARTS.png]
// Run by tests/screenshots.sh under the offscreen platform with a CJK font.
#include <QApplication>
#include <QDir>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include "models/report.h"
#include "models/reportschema.h"
#include "models/review/projectdocument.h"
#include "ui/chartspanel.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"

namespace {

const QString samples = QStringLiteral(GOVINFO_SAMPLES);
// A real 2021-format report (pdftotext layout) with applications in table 3,
// so that the grid, the text and the charts all show numbers.
const QString shownReport = QStringLiteral("r002.txt");

int fail(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("govinfo-review-screenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("govinfo-review-screenshots"));
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3 && arguments.size() != 4)
        return fail(QStringLiteral("usage: govinfo_screenshots LANGUAGE OUT.png [CHARTS.png]"));
    QApplication::setFont(QFont(QStringLiteral("WenQuanYi Micro Hei"), 10));
    if (!LanguageManager::install(arguments[1]))
        return fail(QStringLiteral("no translation for %1").arg(arguments[1]));
    // An English word in a Chinese screenshot once came from a stale build:
    // refuse to render when the embedded translation lacks the newest strings.
    if (arguments[1] != u"en"
        && (QCoreApplication::translate("MainWindow", "Charts") == u"Charts"
            || QCoreApplication::translate("TablesPanel", "Select a report to see its tables.")
                == u"Select a report to see its tables."))
        return fail(QStringLiteral("the %1 translation embedded here is incomplete: rebuild").arg(arguments[1]));

    QTemporaryDir dir;
    MainWindow window;
    if (!window.openProject(dir.filePath(QStringLiteral("samples.sqlite"))))
        return fail(window.errorString());
    if (!window.importPathsNow({samples}))
        return fail(window.errorString());
    window.resize(1600, 960);
    window.show();
    QTest::qWait(50);

    // A reviewer's typo in t3: the balance (new + carried over = total + carried
    // forward) fails, the cell turns red and the finding is listed.
    ProjectDocument *document = window.document();
    qint64 reportId = 0;
    for (int row = 0; row < document->reportCount(); ++row) {
        if (document->reportSummary(row).fileName == shownReport)
            reportId = document->reportSummary(row).id;
    }
    const Report *report = document->report(reportId);
    if (!report)
        return fail(QStringLiteral("%1 was not imported").arg(shownReport));
    const FormatSchema *format = ReportSchema::instance().format(report->format);
    const int cell = format ? format->indexOf(QStringLiteral("t3/new/natural")) : -1;
    if (cell < 0 || !report->cells[std::size_t(cell)].value)
        return fail(QStringLiteral("no t3/new/natural in %1").arg(shownReport));
    document->setCellValue(reportId, cell, report->cells[std::size_t(cell)].value->plus(Decimal(10)));

    const std::vector<Finding> *findings = document->findings(reportId);
    int balance = -1;
    for (std::size_t i = 0; findings && i < findings->size(); ++i) {
        if ((*findings)[i].checkId == u"t3.balance" && balance < 0)
            balance = int(i);
    }
    if (balance < 0)
        return fail(QStringLiteral("the edit did not fail t3.balance"));
    window.goToFinding({reportId, balance});
    QTest::qWait(100);

    if (!window.grab().save(arguments[2]))
        return fail(QStringLiteral("cannot write %1").arg(arguments[2]));
    QTextStream(stdout) << QDir::toNativeSeparators(arguments[2]) << Qt::endl;
    if (arguments.size() < 4)
        return 0;

    // The four charts side by side, as they would go on a slide.
    ChartsPanel charts(document);
    const QSize chartSize(800, 480);
    charts.resize(chartSize);
    charts.show();
    QImage sheet(chartSize.width() * 2, chartSize.height() * 2, QImage::Format_RGB32);
    sheet.fill(Qt::white);
    QPainter painter(&sheet);
    for (int which = 0; which < ChartsPanel::ChartCount; ++which) {
        charts.setCurrentChart(ChartsPanel::Chart(which));
        QTest::qWait(50);
        const QPoint at((which % 2) * chartSize.width(), (which / 2) * chartSize.height());
        painter.drawPixmap(at, charts.grab());
    }
    painter.end();
    if (!sheet.save(arguments[3]))
        return fail(QStringLiteral("cannot write %1").arg(arguments[3]));
    QTextStream(stdout) << QDir::toNativeSeparators(arguments[3]) << Qt::endl;
    return 0;
}
