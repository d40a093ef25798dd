// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/bench/templateindex.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <vector>

/** One generated report file. */
struct GeneratedReport
{
    QString fileName;
    QByteArray bytes;
    QString agency;
    int year = 0;
    QString format;       ///< of the template: "2019", "2021", "pre2019"
    QString encoding;     ///< of the bytes: "UTF-8", "GB18030", "UTF-16LE", ...
    QString kind;         ///< "text", "markdown", "html"
    QString templatePath; ///< relative to tests/data
    bool broken = false;  ///< a number was made inconsistent on purpose
};

/** What a run of the generator made, for the benchmark's report and the tests. */
struct GeneratorTally
{
    int reports = 0;
    std::map<QString, int> formats;
    std::map<QString, int> encodings;
    std::map<QString, int> kinds;
    std::map<QString, int> templates;
    int agencies = 0;
    int broken = 0;
    qint64 bytes = 0;

    void add(const GeneratedReport &report);
};

/**
 * Writes realistic annual reports for the benchmark from the real ones in
 * tests/data (see TemplateIndex): each report is a template with new numbers
 * in its table cells and narrative figures, a new agency and a new year.
 *
 * Agencies report for runs of consecutive years (so the year.* checks run),
 * 2019/2020 on templates of the 2019 format, 2021 on of the 2021 format, now
 * and then a pre-2019 report before. Numbers move in steps that keep every
 * row, column and balance of table 3 and every total of table 4 adding up,
 * last year's carry-forward becomes this year's carried-over, and table 2
 * follows last year's stock; about one report in eight gets one number wrong
 * on purpose. Some text reports are written in GB18030.
 *
 * Deterministic: the same templates and seed give the same reports, byte for
 * byte, in the same order. Uses no randomness of the platform.
 */
class ReportGenerator final
{
public:
    ReportGenerator(std::vector<ReportTemplate> templates, quint64 seed);
    ~ReportGenerator();

    /// The next report of the sequence; the first is number 1.
    GeneratedReport next();

    /// Writes the next count reports into folder (which must exist); false
    /// with *error on a file that cannot be written.
    bool write(const QString &folder, int count, GeneratorTally *tally, QString *error);

private:
    struct Chain;
    struct Values;

    void startChain();
    const ReportTemplate &pickTemplate(const QString &format);
    quint64 random();
    int uniform(int low, int high);
    bool chance(int percent);
    qint64 sized(qint64 small, qint64 medium, qint64 large);

    void moveTable3(const ReportTemplate &tmpl, Values &values);
    bool applyMove(Values &values, const QStringList &cells, qint64 amount) const;
    void matchCarriedOver(Values &values);
    void moveTable4(Values &values);
    void fillTable2(const ReportTemplate &tmpl, Values &values);
    void breakOne(const ReportTemplate &tmpl, Values &values);
    void remember(const ReportTemplate &tmpl, const Values &values);
    QString rewrite(const ReportTemplate &tmpl, const Values &values) const;
    QByteArray encode(const ReportTemplate &tmpl, const QString &text, QString *encoding);

    std::vector<ReportTemplate> m_templates;
    quint64 m_state = 0;
    qint64 m_agencyOffset = 0;
    int m_count = 0;
    int m_chains = 0;
    std::unique_ptr<Chain> m_chain;
};
