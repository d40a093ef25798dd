// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/reportgenerator.h"

#include <algorithm>
#include <array>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QStringEncoder>

#include "models/reportschema.h"

namespace {

// Places and offices of real agencies; an agency is one of each.
const std::array<const char16_t *, 40> cities = {
    u"淮安市", u"灵武市", u"南京市", u"苏州市", u"无锡市", u"常州市", u"徐州市", u"扬州市", u"镇江市", u"泰州市",
    u"盐城市", u"连云港市", u"宿迁市", u"南通市", u"杭州市", u"宁波市", u"温州市", u"绍兴市", u"嘉兴市", u"湖州市",
    u"金华市", u"台州市", u"合肥市", u"芜湖市", u"济南市", u"青岛市", u"烟台市", u"潍坊市", u"郑州市", u"洛阳市",
    u"武汉市", u"宜昌市", u"长沙市", u"株洲市", u"成都市", u"绵阳市", u"昆明市", u"贵阳市", u"银川市", u"石嘴山市",
};
const std::array<const char16_t *, 25> districts = {
    u"",       u"洪泽区", u"清江浦区", u"淮阴区", u"涟水县", u"盱眙县", u"金湖县", u"鼓楼区", u"玄武区",
    u"秦淮区", u"建邺区", u"江宁区",   u"浦口区", u"六合区", u"溧水区", u"高淳区", u"吴中区", u"相城区",
    u"姑苏区", u"吴江区", u"新城区",   u"临河镇", u"梧桐镇", u"城关镇", u"开发区",
};
const std::array<const char16_t *, 30> offices = {
    u"人民政府",         u"人民政府办公室",   u"发展和改革委员会", u"教育局",         u"科学技术局",
    u"工业和信息化局",   u"公安局",           u"民政局",           u"司法局",         u"财政局",
    u"人力资源和社会保障局", u"自然资源和规划局", u"生态环境局",   u"住房和城乡建设局", u"交通运输局",
    u"水利局",           u"农业农村局",       u"商务局",           u"文化和旅游局",   u"卫生健康委员会",
    u"退役军人事务局",   u"应急管理局",       u"审计局",           u"市场监督管理局", u"统计局",
    u"医疗保障局",       u"城市管理局",       u"行政审批局",       u"林业局",         u"体育局",
};

constexpr qint64 AgencyCount = qint64(cities.size() * districts.size() * offices.size());

QString agencyName(qint64 number, qint64 offset)
{
    // 7919 is prime and does not divide AgencyCount: every number below it
    // maps to a different agency.
    const qint64 mixed = (number % AgencyCount * 7919 + offset) % AgencyCount;
    QString name = QString::fromUtf16(cities[std::size_t(mixed % qint64(cities.size()))])
        + QString::fromUtf16(districts[std::size_t(mixed / qint64(cities.size()) % qint64(districts.size()))])
        + QString::fromUtf16(offices[std::size_t(mixed / qint64(cities.size() * districts.size()))]);
    if (number >= AgencyCount)
        name += QStringLiteral("第%1分局").arg(number / AgencyCount + 1);
    return name;
}

const QString SignChars = QStringLiteral("+-\u2212\uFF0B\uFF0D");

bool isSeparator(QChar c)
{
    return c == u',' || c == u'\uFF0C' || c == u'.' || c == u'\uFF0E';
}

/// newValue ("-12", "3.5") written the way original writes its number:
/// full-width digits, thousands separators, a sign, decimals, and whatever
/// surrounds the number ("约", "余", "万元", spaces) kept.
QString renderLike(const QString &original, const QString &newValue)
{
    qsizetype first = 0;
    while (first < original.size() && !original[first].isDigit())
        ++first;
    if (first == original.size())
        return original;
    qsizetype end = first;
    while (end < original.size()
           && (original[end].isDigit()
               || (isSeparator(original[end]) && end + 1 < original.size() && original[end + 1].isDigit())))
        ++end;
    qsizetype start = first;
    QChar sign;
    if (first > 0 && SignChars.contains(original[first - 1])) {
        start = first - 1;
        sign = original[start];
    }
    const QString number = original.mid(first, end - first);
    const bool fullWidth = std::any_of(number.cbegin(), number.cend(),
                                       [](QChar c) { return c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19; });
    const bool grouped = number.contains(u',') || number.contains(u'\uFF0C');

    QString digits = newValue;
    const bool negative = digits.startsWith(u'-');
    if (negative)
        digits.remove(0, 1);
    const qsizetype point = digits.indexOf(u'.');
    QString integer = point < 0 ? digits : digits.left(point);
    const QString fraction = point < 0 ? QString() : digits.mid(point);
    if (grouped) {
        for (qsizetype at = integer.size() - 3; at > 0; at -= 3)
            integer.insert(at, u',');
    }
    QString written = integer + fraction;
    if (fullWidth) {
        for (QChar &c : written) {
            if (c.isDigit())
                c = QChar(c.unicode() - u'0' + 0xFF10);
            else if (c == u',')
                c = QChar(0xFF0C);
            else if (c == u'.')
                c = QChar(0xFF0E);
        }
    }
    if (negative)
        written.prepend(sign == u'\u2212' || sign == u'\uFF0D' ? sign : QChar(u'-'));
    else if (!sign.isNull() && (sign == u'+' || sign == u'\uFF0B') && written != u"0")
        written.prepend(sign);
    return original.left(start) + written + original.mid(end);
}

int decimalsOf(const QString &value)
{
    const qsizetype point = value.indexOf(u'.');
    return point < 0 ? 0 : int(value.size() - point - 1);
}

QString withDecimals(qint64 units, int decimals)
{
    QString text = QString::number(units);
    if (decimals == 0)
        return text;
    while (text.size() <= decimals)
        text.prepend(u'0');
    return text.left(text.size() - decimals) + u'.' + text.right(decimals);
}

struct Edit
{
    qsizetype offset = 0;
    qsizetype length = 0;
    QString text;
};

} // namespace

void GeneratorTally::add(const GeneratedReport &report)
{
    ++reports;
    ++formats[report.format];
    ++encodings[report.encoding];
    ++kinds[report.kind];
    ++templates[report.templatePath];
    broken += report.broken ? 1 : 0;
    bytes += report.bytes.size();
}

/** An agency reporting for consecutive years: what next year's report follows on from. */
struct ReportGenerator::Chain
{
    QString agency;
    int size = 0; ///< 0 small (a town), 1 medium, 2 large (a city government)
    int nextYear = 0;
    int yearsLeft = 0;
    /// Last year's t3 carry_forward by column, where it was written.
    QHash<QString, qint64> carry;
    /// Last year's table-2 stocks: "t2/rules/in_force", "t2/licensing/prev_items" (already plus change), ...
    QHash<QString, qint64> stock;
};

/** The new numbers of one report, by cell key, for the template's slots. */
struct ReportGenerator::Values
{
    QString format;
    int year = 0;
    QHash<QString, qint64> counts;  ///< integer slots
    QHash<QString, QString> others; ///< decimal slots, written out
    int brokenFigure = -1;          ///< index of a figure made to contradict its cell
    qint64 figureDelta = 0;
    bool broken = false;
};

ReportGenerator::ReportGenerator(std::vector<ReportTemplate> templates, quint64 seed)
    : m_templates(std::move(templates))
    , m_state(seed)
{
    // Which agencies a seed uses: a different stretch of the list per seed.
    m_agencyOffset = qint64(random() % quint64(AgencyCount));
}

ReportGenerator::~ReportGenerator() = default;

quint64 ReportGenerator::random()
{
    // splitmix64: tiny, fast, and the same on every platform.
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int ReportGenerator::uniform(int low, int high)
{
    if (high <= low)
        return low;
    return low + int(random() % quint64(high - low + 1));
}

bool ReportGenerator::chance(int percent)
{
    return uniform(0, 99) < percent;
}

qint64 ReportGenerator::sized(qint64 small, qint64 medium, qint64 large)
{
    const qint64 high = m_chain->size == 0 ? small : m_chain->size == 1 ? medium : large;
    return qint64(random() % quint64(high + 1));
}

void ReportGenerator::startChain()
{
    auto chain = std::make_unique<Chain>();
    chain->agency = agencyName(m_chains++, m_agencyOffset);
    const int size = uniform(0, 99);
    chain->size = size < 50 ? 0 : size < 85 ? 1 : 2;
    static const std::array<int, 6> lengthWeights = {10, 15, 20, 20, 20, 15}; // 1..6 years
    int pick = uniform(0, 99);
    int length = 1;
    for (std::size_t i = 0; i < lengthWeights.size(); ++i) {
        if (pick < lengthWeights[i]) {
            length = int(i) + 1;
            break;
        }
        pick -= lengthWeights[i];
    }
    chain->nextYear = uniform(2019, 2025 - length);
    chain->yearsLeft = length;
    // Now and then an agency's older report, from before the 2019 format.
    const bool older = std::any_of(m_templates.cbegin(), m_templates.cend(),
                                   [](const ReportTemplate &candidate) { return candidate.format == u"pre2019"; });
    if (chain->nextYear == 2019 && chance(12) && older) {
        chain->nextYear = 2018;
        ++chain->yearsLeft;
    }
    m_chain = std::move(chain);
}

const ReportTemplate &ReportGenerator::pickTemplate(const QString &format)
{
    // Whole reports more often than the small layout cases, which are there
    // for their layouts; the seeds (clean, complete) most often.
    const auto weight = [](const ReportTemplate &candidate) {
        return candidate.path.startsWith(u"seeds/") ? 4 : candidate.path.startsWith(u"corpus/") ? 2 : 1;
    };
    int total = 0;
    for (const ReportTemplate &candidate : m_templates) {
        if (candidate.format == format)
            total += weight(candidate);
    }
    int pick = uniform(0, std::max(0, total - 1));
    for (const ReportTemplate &candidate : m_templates) {
        if (candidate.format != format)
            continue;
        pick -= weight(candidate);
        if (pick < 0)
            return candidate;
    }
    return m_templates.front();
}

bool ReportGenerator::applyMove(Values &values, const QStringList &cells, qint64 amount) const
{
    for (const QString &cell : cells) {
        const auto it = values.counts.constFind(cell);
        if (it == values.counts.constEnd() || *it + amount < 0)
            return false;
    }
    for (const QString &cell : cells)
        values.counts[cell] += amount;
    return true;
}

namespace {

const QString T3 = QStringLiteral("t3");

QString key(const QString &table, const QString &row, const QString &column)
{
    return table + u'/' + row + u'/' + column;
}

/// The cells one application touches: counted where it came from (new or
/// carried over) and where it went (a result, or carried forward), in its
/// column and in the total column, and in the results' total row.
QStringList moveCells(const QString &from, const QString &to, const QString &column)
{
    QStringList cells = {key(T3, from, column), key(T3, from, QStringLiteral("total")), key(T3, to, column),
                         key(T3, to, QStringLiteral("total"))};
    if (to != u"carry_forward")
        cells += {key(T3, QStringLiteral("total"), column), key(T3, QStringLiteral("total"), QStringLiteral("total"))};
    return cells;
}

QStringList applicantColumns(const FormatSchema &schema)
{
    QStringList columns = schema.columns(T3, QStringLiteral("new"));
    columns.removeAll(QStringLiteral("total"));
    return columns;
}

QStringList resultRows(const FormatSchema &schema)
{
    QStringList rows = schema.rows(T3);
    for (const char16_t *row : {u"new", u"carried_over", u"total", u"carry_forward"})
        rows.removeAll(QString::fromUtf16(row));
    return rows;
}

} // namespace

void ReportGenerator::moveTable3(const ReportTemplate &tmpl, Values &values)
{
    const FormatSchema *schema = ReportSchema::instance().format(tmpl.format);
    const QStringList columns = applicantColumns(*schema);
    const QStringList results = resultRows(*schema);
    const int moves = m_chain->size == 0 ? uniform(1, 4) : m_chain->size == 1 ? uniform(3, 10) : uniform(6, 24);
    for (int move = 0; move < moves; ++move) {
        for (int attempt = 0; attempt < 20; ++attempt) {
            // Most applicants are people; most applications are new and answered.
            const int who = uniform(0, 99);
            const QString column = who < 60 ? columns.front()
                                 : who < 80 ? columns.value(1)
                                            : columns.value(uniform(2, int(columns.size()) - 1));
            // Carried over follows last year's carry-forward when there was a last year.
            const bool carried = m_chain->carry.isEmpty() && chance(15);
            const QString from = carried ? QStringLiteral("carried_over") : QStringLiteral("new");
            const int where = uniform(0, 99);
            const QString to = where < 15 ? QStringLiteral("carry_forward")
                             : where < 50 ? QStringLiteral("granted")
                             : where < 60 ? QStringLiteral("partial")
                             : where < 72 ? QStringLiteral("unable_no_info")
                                          : results.value(uniform(0, int(results.size()) - 1));
            const qint64 amount = 1 + sized(2, 24, 400);
            if (applyMove(values, moveCells(from, to, column), amount))
                break;
        }
    }
}

void ReportGenerator::matchCarriedOver(Values &values)
{
    const FormatSchema *schema = ReportSchema::instance().format(values.format);
    const QStringList results = resultRows(*schema);
    for (const QString &column : applicantColumns(*schema)) {
        const auto target = m_chain->carry.constFind(column);
        const auto current = values.counts.constFind(key(T3, QStringLiteral("carried_over"), column));
        if (target == m_chain->carry.constEnd() || current == values.counts.constEnd())
            continue;
        const qint64 delta = *target - *current;
        if (delta == 0)
            continue;
        // Where the difference goes is free: a result row or carried forward
        // again; taking applications away needs a row that has them.
        QStringList rows = results;
        rows.append(QStringLiteral("carry_forward"));
        const int first = uniform(0, int(rows.size()) - 1);
        for (int i = 0; i < rows.size(); ++i) {
            const QString &to = rows[(first + i) % rows.size()];
            if (applyMove(values, moveCells(QStringLiteral("carried_over"), to, column), delta))
                break;
        }
    }
}

void ReportGenerator::moveTable4(Values &values)
{
    const QStringList columns = {QStringLiteral("upheld"), QStringLiteral("corrected"), QStringLiteral("other"),
                                 QStringLiteral("pending")};
    for (const char16_t *row : {u"review", u"suit_direct", u"suit_after_review"}) {
        const int cases = m_chain->size == 0 ? uniform(0, 1) : m_chain->size == 1 ? uniform(0, 3) : uniform(1, 6);
        for (int i = 0; i < cases; ++i) {
            const QString column = columns.value(uniform(0, 3));
            const qint64 amount = 1 + sized(1, 2, 5);
            applyMove(values,
                      {key(QStringLiteral("t4"), QString::fromUtf16(row), column),
                       key(QStringLiteral("t4"), QString::fromUtf16(row), QStringLiteral("total"))},
                      amount);
        }
    }
}

void ReportGenerator::fillTable2(const ReportTemplate &tmpl, Values &values)
{
    const FormatSchema *schema = ReportSchema::instance().format(tmpl.format);
    QHash<QString, QString> templateValues;
    for (const TemplateSpot &slot : tmpl.cells)
        templateValues.insert(slot.cellKey, slot.value);
    const auto has = [&values](const QString &cell) { return values.counts.contains(cell); };
    const auto set = [&values, &has](const QString &cell, qint64 value) {
        if (has(cell))
            values.counts[cell] = value;
    };
    const QString t2 = QStringLiteral("t2");
    QHash<QString, qint64> &stock = m_chain->stock;

    for (const char16_t *rowName : {u"rules", u"normative"}) {
        const QString row = QString::fromUtf16(rowName);
        const bool rules = row == u"rules";
        if (tmpl.format == u"2021") {
            const QString inForce = key(t2, row, QStringLiteral("in_force"));
            const qint64 issued = rules ? sized(1, 3, 6) : sized(4, 15, 60);
            const qint64 before = stock.value(inForce, rules ? uniform(0, 40) : uniform(5, 300));
            const qint64 repealed = std::min<qint64>(before + issued, rules ? sized(1, 1, 3) : sized(2, 6, 20));
            set(key(t2, row, QStringLiteral("issued")), issued);
            set(key(t2, row, QStringLiteral("repealed")), repealed);
            set(inForce, before + issued - repealed);
            if (has(inForce))
                stock[inForce] = before + issued - repealed;
        } else {
            const QString total = key(t2, row, QStringLiteral("total"));
            const qint64 published = rules ? sized(1, 3, 6) : sized(4, 15, 60);
            const qint64 before = stock.value(total, rules ? uniform(0, 40) : uniform(5, 300));
            set(key(t2, row, QStringLiteral("made")), published + (chance(20) ? 1 : 0));
            set(key(t2, row, QStringLiteral("published")), published);
            set(total, before + published);
            if (has(total))
                stock[total] = before + published;
        }
    }
    for (const char16_t *rowName : {u"licensing", u"services", u"penalty", u"coercion", u"fees"}) {
        const QString row = QString::fromUtf16(rowName);
        const qint64 decisions = row == u"licensing" ? sized(60, 2000, 50000)
                               : row == u"penalty"   ? sized(20, 800, 20000)
                               : row == u"coercion"  ? sized(3, 40, 600)
                                                     : sized(30, 600, 8000);
        if (tmpl.format == u"2021") {
            if (row != u"fees") {
                set(key(t2, row, QStringLiteral("decisions")), decisions);
                continue;
            }
            // An amount in 万元, with as many decimals as the template writes.
            const QString amount = key(t2, row, QStringLiteral("amount"));
            const int decimals = decimalsOf(templateValues.value(amount));
            if (schema->indexOf(amount) >= 0 && templateValues.contains(amount) && !has(amount)) {
                qint64 units = sized(50, 3000, 200000);
                for (int i = 0; i < decimals; ++i)
                    units = units * 10 + uniform(0, 9);
                values.others.insert(amount, withDecimals(units, decimals));
            }
            continue;
        }
        // 2019: next year's prev_items is this year's prev_items plus change.
        const QString prevItems = key(t2, row, QStringLiteral("prev_items"));
        const QString change = key(t2, row, QStringLiteral("change"));
        const qint64 items = stock.value(prevItems, sized(20, 120, 400));
        const qint64 delta = std::max<qint64>(-items, uniform(-3, 5));
        set(prevItems, items);
        set(change, delta);
        set(key(t2, row, QStringLiteral("decisions")), decisions);
        if (has(prevItems) && has(change))
            stock[prevItems] = items + delta;
    }
    if (tmpl.format == u"2019") {
        set(key(t2, QStringLiteral("procurement"), QStringLiteral("items")), sized(5, 40, 300));
        const QString amount = key(t2, QStringLiteral("procurement"), QStringLiteral("amount"));
        if (templateValues.contains(amount) && !has(amount)) {
            const int decimals = decimalsOf(templateValues.value(amount));
            qint64 units = sized(100, 20000, 900000);
            for (int i = 0; i < decimals; ++i)
                units = units * 10 + uniform(0, 9);
            values.others.insert(amount, withDecimals(units, decimals));
        }
    }
}

void ReportGenerator::breakOne(const ReportTemplate &tmpl, Values &values)
{
    const int kind = uniform(0, 99);
    QStringList cells;
    for (auto it = values.counts.constBegin(); it != values.counts.constEnd(); ++it) {
        if (it.key().startsWith(kind < 60 ? u"t3/" : u"t4/"))
            cells.append(it.key());
    }
    std::sort(cells.begin(), cells.end()); // QHash order is not stable across runs
    if (kind < 75 && !cells.isEmpty()) {
        values.counts[cells.value(uniform(0, int(cells.size()) - 1))] += uniform(1, 9);
        values.broken = true;
    } else if (kind < 90 && !tmpl.figures.empty()) {
        values.brokenFigure = uniform(0, int(tmpl.figures.size()) - 1);
        values.figureDelta = uniform(1, 5);
        values.broken = true;
    } else if (!m_chain->carry.isEmpty()) {
        // Adds up within the report, but no longer follows on from last year.
        const QStringList columns = m_chain->carry.keys();
        const QString column = *std::min_element(columns.cbegin(), columns.cend());
        values.broken = applyMove(values, moveCells(QStringLiteral("carried_over"), QStringLiteral("granted"), column),
                                  uniform(1, 4));
    }
}

void ReportGenerator::remember(const ReportTemplate &tmpl, const Values &values)
{
    m_chain->carry.clear();
    const FormatSchema *schema = ReportSchema::instance().format(tmpl.format);
    if (!schema) {
        m_chain->stock.clear();
        return;
    }
    for (const QString &column : applicantColumns(*schema)) {
        const auto it = values.counts.constFind(key(T3, QStringLiteral("carry_forward"), column));
        if (it != values.counts.constEnd())
            m_chain->carry.insert(column, *it);
    }
}

QString ReportGenerator::rewrite(const ReportTemplate &tmpl, const Values &values) const
{
    std::vector<Edit> edits;
    QHash<QString, QString> templateValues;
    for (const TemplateSpot &slot : tmpl.cells) {
        templateValues.insert(slot.cellKey, slot.value);
        const auto count = values.counts.constFind(slot.cellKey);
        const QString value = count != values.counts.constEnd() ? QString::number(*count)
                                                                : values.others.value(slot.cellKey, slot.value);
        if (value != slot.value)
            edits.push_back({slot.offset, slot.length, renderLike(slot.text, value)});
    }
    for (std::size_t i = 0; i < tmpl.figures.size(); ++i) {
        const TemplateSpot &figure = tmpl.figures[i];
        const auto count = values.counts.constFind(figure.cellKey);
        const qint64 delta = int(i) == values.brokenFigure ? values.figureDelta : 0;
        if (count == values.counts.constEnd() || !templateValues.contains(figure.cellKey))
            continue;
        // A narrative that disagreed with its table in the template still does, by as much.
        bool ok = false;
        const qint64 offset = figure.value.toLongLong(&ok) - templateValues.value(figure.cellKey).toLongLong();
        if (!ok)
            continue;
        const FormatSchema *schema = ReportSchema::instance().format(values.format);
        const int index = schema ? schema->indexOf(figure.cellKey) : -1;
        const bool signedCell = index >= 0 && schema->isSigned(index);
        const qint64 value = signedCell ? *count + offset + delta : std::max<qint64>(0, *count + offset + delta);
        edits.push_back({figure.offset, figure.length, renderLike(figure.text, QString::number(value))});
    }
    if (tmpl.agency.size() >= 2) {
        for (qsizetype at = tmpl.text.indexOf(tmpl.agency); at >= 0;
             at = tmpl.text.indexOf(tmpl.agency, at + tmpl.agency.size()))
            edits.push_back({at, tmpl.agency.size(), m_chain->agency});
    }
    if (tmpl.year > 0) {
        const QRegularExpression year(QStringLiteral("(?<![0-9])%1(?=\\s*年)").arg(tmpl.year));
        for (auto it = year.globalMatch(tmpl.text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            edits.push_back({match.capturedStart(), match.capturedLength(), QString::number(values.year)});
        }
    }
    std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.offset < b.offset; });
    QString text;
    text.reserve(tmpl.text.size() + 256);
    qsizetype done = 0;
    for (const Edit &edit : edits) {
        if (edit.offset < done)
            continue; // overlaps the edit before (an agency name inside a year match, say)
        text += QStringView(tmpl.text).mid(done, edit.offset - done);
        text += edit.text;
        done = edit.offset + edit.length;
    }
    text += QStringView(tmpl.text).mid(done);
    return text;
}

QByteArray ReportGenerator::encode(const ReportTemplate &tmpl, const QString &text, QString *encoding)
{
    *encoding = tmpl.encoding;
    // Many sites still serve GB18030 text without saying so.
    if (tmpl.kind != u"html" && tmpl.encoding == u"UTF-8" && tmpl.bom.isEmpty() && chance(12))
        *encoding = QStringLiteral("GB18030");
    QByteArray bytes;
    if (*encoding == u"UTF-8") {
        bytes = text.toUtf8();
    } else if (*encoding == u"UTF-16LE" || *encoding == u"UTF-16BE") {
        QStringEncoder encoder(*encoding == u"UTF-16LE" ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        bytes = encoder.encode(text);
    } else {
        const bool gb = encoding->startsWith(u"GB", Qt::CaseInsensitive);
        QStringEncoder encoder(gb ? "GB18030" : encoding->toLatin1().constData());
        if (encoder.isValid()) {
            bytes = encoder.encode(text);
        } else {
            *encoding = QStringLiteral("UTF-8");
            bytes = text.toUtf8();
        }
    }
    if (*encoding == tmpl.encoding && !tmpl.bom.isEmpty() && !bytes.startsWith(tmpl.bom))
        bytes.prepend(tmpl.bom);
    return bytes;
}

GeneratedReport ReportGenerator::next()
{
    if (!m_chain || m_chain->yearsLeft == 0)
        startChain();
    const int year = m_chain->nextYear++;
    --m_chain->yearsLeft;
    const QString format = year < 2019 ? QStringLiteral("pre2019")
                         : year <= 2020 ? QStringLiteral("2019")
                                        : QStringLiteral("2021");
    const ReportTemplate &tmpl = pickTemplate(format);

    Values values;
    values.format = tmpl.format;
    values.year = year;
    for (const TemplateSpot &slot : tmpl.cells) {
        bool ok = false;
        const qint64 count = slot.value.toLongLong(&ok);
        if (ok)
            values.counts.insert(slot.cellKey, count);
    }
    if (ReportSchema::instance().format(tmpl.format)) {
        moveTable3(tmpl, values);
        moveTable4(values);
        fillTable2(tmpl, values);
        matchCarriedOver(values);
        if (chance(12))
            breakOne(tmpl, values);
    }
    remember(tmpl, values);

    GeneratedReport report;
    ++m_count;
    report.agency = m_chain->agency;
    report.year = year;
    report.format = tmpl.format;
    report.kind = tmpl.kind;
    report.templatePath = tmpl.path;
    report.broken = values.broken;
    report.bytes = encode(tmpl, rewrite(tmpl, values), &report.encoding);
    const QString suffix = tmpl.path.mid(tmpl.path.lastIndexOf(u'.') + 1);
    report.fileName = QStringLiteral("%1-%2-%3.%4").arg(m_count, 5, 10, QChar(u'0')).arg(year).arg(m_chain->agency, suffix);
    return report;
}

bool ReportGenerator::write(const QString &folder, int count, GeneratorTally *tally, QString *error)
{
    const QDir dir(folder);
    const int before = m_chains;
    for (int i = 0; i < count; ++i) {
        const GeneratedReport report = next();
        QFile file(dir.filePath(report.fileName));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(report.bytes) != report.bytes.size()) {
            *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        if (tally)
            tally->add(report);
    }
    if (tally)
        tally->agencies += m_chains - before;
    return true;
}
