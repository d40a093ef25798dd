// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Not a test: the child that test_crashsafety kills (and test_badinput starves
// of disk space). It opens a project as the review window does
// (ProjectDocument over SqliteProjectStore) and saves hand corrections in a
// loop until it is killed, saying on stdout what it is about to save and when
// a save has completed, so the test knows which corrections must have
// survived the kill:
//
//   ready
//   edit <reportId> <cellKey> <value>     (one to three per save)
//   saved                                 (save() returned true)
//
// Usage: govinfo_crashsafety_editor PROJECT FIRST-VALUE SEED [SAVES [EDITS]].
// Values count up from FIRST-VALUE, so every correction is distinct; SEED
// picks the cells. SAVES saves (0, the default: until killed) of EDITS edits
// each (0, the default: one to three). A failed save prints the document's
// error on stderr and exits with status 1.
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <vector>

#include "models/report.h"
#include "models/reportschema.h"
#include "models/review/projectdocument.h"
#include "models/storage/sqliteprojectstore.h"

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool valueOk = false;
    bool seedOk = false;
    bool savesOk = arguments.size() < 5;
    bool editsOk = arguments.size() < 6;
    const bool counted = arguments.size() >= 4 && arguments.size() <= 6;
    qint64 value = counted ? arguments.at(2).toLongLong(&valueOk) : 0;
    const quint32 seed = counted ? arguments.at(3).toUInt(&seedOk) : 0;
    const int saves = arguments.size() >= 5 ? arguments.at(4).toInt(&savesOk) : 0;
    const int editsPerSave = arguments.size() >= 6 ? arguments.at(5).toInt(&editsOk) : 0;
    if (!counted || !valueOk || !seedOk || !savesOk || !editsOk) {
        err << "usage: govinfo_crashsafety_editor PROJECT FIRST-VALUE SEED [SAVES [EDITS]]" << Qt::endl;
        return 2;
    }

    ProjectDocument document(std::make_unique<SqliteProjectStore>());
    if (!document.open(arguments.at(1))) {
        err << document.errorString() << Qt::endl;
        return 1;
    }
    std::vector<qint64> reports;
    for (int row = 0; row < document.reportCount(); ++row) {
        const ReportSummary &summary = document.reportSummary(row);
        if (ReportSchema::instance().format(summary.format))
            reports.push_back(summary.id);
    }
    if (reports.empty()) {
        err << "no report with cells in " << arguments.at(1) << Qt::endl;
        return 1;
    }
    out << "ready" << Qt::endl;

    QRandomGenerator random(seed);
    for (int save = 0; saves == 0 || save < saves; ++save) {
        const int edits = editsPerSave > 0 ? editsPerSave : 1 + int(random.bounded(3));
        for (int i = 0; i < edits; ++i) {
            const qint64 reportId = reports[random.bounded(quint32(reports.size()))];
            const Report *report = document.report(reportId);
            if (!report) {
                err << document.errorString() << Qt::endl;
                return 1;
            }
            const FormatSchema *format = ReportSchema::instance().format(report->format);
            const int cell = int(random.bounded(quint32(format->cellCount())));
            ++value;
            // Printed before the edit: a save the kill interrupts may still have committed.
            out << "edit " << reportId << ' ' << format->address(cell).key() << ' ' << value << Qt::endl;
            document.setCellValue(reportId, cell, Decimal(value));
        }
        if (!document.save()) {
            err << document.errorString() << Qt::endl;
            return 1;
        }
        out << "saved" << Qt::endl;
    }
    return 0;
}
