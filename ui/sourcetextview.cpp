// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sourcetextview.h"

#include <algorithm>

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include "models/report.h"
#include "models/reportschema.h"
#include "models/review/projectdocument.h"
#include "ui/htmlcellmarkup.h"
#include "ui/severitycolors.h"

namespace {

// QTextDocument turns "\r\n" into one block break: a space in place of the
// '\r' keeps every document position equal to the report's text offset.
QString displayText(const QString &text)
{
    QString result = text;
    for (qsizetype i = 0; i + 1 < result.size(); ++i) {
        if (result.at(i) == u'\r' && result.at(i + 1) == u'\n')
            result[i] = u' ';
    }
    return result;
}

int clampPosition(const QTextDocument *document, qsizetype position)
{
    return int(std::clamp<qsizetype>(position, 0, document->characterCount() - 1));
}

QTextEdit::ExtraSelection selection(QTextDocument *document, qsizetype from, qsizetype to, const QColor &color)
{
    QTextEdit::ExtraSelection extra;
    extra.cursor = QTextCursor(document);
    extra.cursor.setPosition(clampPosition(document, from));
    extra.cursor.setPosition(clampPosition(document, to), QTextCursor::KeepAnchor);
    extra.format.setBackground(color);
    return extra;
}

} // namespace

QString SourceTextView::noteText(const QString &note)
{
    // The parser's notes are ids: say them to the reviewer.
    if (note == u"format-not-recognised")
        return tr("The format was not recognised (a report from before 2019?): nothing was extracted.");
    if (note == u"t3-single-other-row")
        return tr("Table 3 prints “(六)其他处理” as one row: its numbers are read as “3. Other”, rows 1 and 2 stay "
                  "empty.");
    if (note == u"cells-unresolved")
        return tr("Part of the tables is too garbled to try every way of reading it: the cells it leaves open are "
                  "marked ambiguous and keep the text they come from.");
    return note;
}

SourceTextView::SourceTextView(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel(this))
    , m_sections(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_text(new QPlainTextEdit(m_stack))
    , m_browser(new QTextBrowser(m_stack))
{
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sections->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sections->setMinimumContentsLength(12);
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->viewport()->installEventFilter(this);
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_browser);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_sections);
    layout->addWidget(m_stack, 1);

    connect(m_sections, &QComboBox::activated, this, &SourceTextView::onSectionActivated);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &SourceTextView::onAnchorClicked);
    connect(m_document, &ProjectDocument::currentReportChanged, this, &SourceTextView::onCurrentReportChanged);
    connect(m_document, &ProjectDocument::reportsReset, this, &SourceTextView::onCurrentReportChanged);
    connect(m_document, &ProjectDocument::currentCellChanged, this, &SourceTextView::onCurrentCellChanged);
    connect(m_document, &ProjectDocument::findingsChanged, this, &SourceTextView::onFindingsChanged);
    retranslateUi();
    onCurrentReportChanged();
}

SourceTextView::~SourceTextView() = default;

bool SourceTextView::isShowingHtml() const
{
    return m_html;
}

void SourceTextView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SourceTextView::retranslateUi()
{
    m_sections->setToolTip(tr("Sections of the report: choose one to jump there"));
    m_text->setPlaceholderText(tr("Select a report to see its original text."));
    const Report *report = m_document->currentReport();
    if (!report) {
        m_title->setText(tr("No report selected"));
        return;
    }
    const QString year = report->year > 0 ? QString::number(report->year) : tr("year unknown");
    const QString agency = report->agency.isEmpty() ? tr("agency unknown") : report->agency;
    QString title = tr("%1 — %2, %3, format %4").arg(report->fileName, agency, year, report->format);
    for (const QString &note : report->notes)
        title = tr("%1\n%2").arg(title, noteText(note));
    m_title->setText(title);
}

void SourceTextView::onCurrentReportChanged()
{
    const Report *report = m_document->currentReport();
    m_sections->clear();
    m_htmlRanges.clear();
    m_html = report && report->sourceKind == u"html";
    if (!report) {
        m_text->clear();
        m_browser->clear();
        m_stack->setCurrentWidget(m_text);
    } else if (m_html) {
        m_text->clear();
        renderHtml(*report);
        m_stack->setCurrentWidget(m_browser);
    } else {
        m_browser->clear();
        m_text->setPlainText(displayText(report->text));
        m_stack->setCurrentWidget(m_text);
    }
    if (report) {
        for (std::size_t i = 0; i < report->sections.size(); ++i)
            m_sections->addItem(report->sections[i].heading.simplified(), int(i));
    }
    m_sections->setEnabled(m_sections->count() > 0);
    retranslateUi();
    updateSelections();
}

QHash<int, int> SourceTextView::cellSeverities(const Report &report) const
{
    QHash<int, int> severities;
    const FormatSchema *schema = ReportSchema::instance().format(report.format);
    if (!schema)
        return severities;
    for (const Finding &finding : m_document->currentFindings()) {
        if (finding.status != ReviewStatus::Open)
            continue;
        for (const QString &key : finding.cells) {
            const int index = schema->indexOf(key);
            if (index < 0)
                continue;
            severities[index] = std::max(severities.value(index, -1), int(finding.severity));
        }
    }
    return severities;
}

void SourceTextView::renderHtml(const Report &report)
{
    const QHash<int, int> severities = cellSeverities(report);
    std::vector<HtmlCellMarkup::Mark> marks;
    for (std::size_t i = 0; i < report.cells.size(); ++i) {
        const SourceSpan &span = report.cells[i].span;
        if (!span.isValid() || span.length <= 0)
            continue;
        HtmlCellMarkup::Mark mark;
        mark.offset = span.offset;
        mark.length = span.length;
        mark.cellIndex = int(i);
        mark.background = SeverityColors::backgroundForRole(severities.value(int(i), -1));
        marks.push_back(mark);
    }
    for (const Section &section : report.sections) {
        if (!section.span.isValid())
            continue;
        HtmlCellMarkup::Mark mark;
        mark.offset = section.span.offset;
        mark.sectionNumber = section.number;
        marks.push_back(mark);
    }
    const int scroll = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(HtmlCellMarkup::apply(report.text, std::move(marks), palette().color(QPalette::Text)));
    m_browser->verticalScrollBar()->setValue(scroll);
    collectHtmlAnchors();
}

void SourceTextView::collectHtmlAnchors()
{
    m_htmlRanges.clear();
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            // Qt marks only the first character as IsAnchor (it carries the
            // name); every character of the link has the href.
            if (!fragment.isValid())
                continue;
            const int cell = HtmlCellMarkup::cellOfLink(fragment.charFormat().anchorHref());
            if (cell < 0)
                continue;
            const int from = fragment.position();
            const int to = from + fragment.length();
            const auto found = m_htmlRanges.constFind(cell);
            m_htmlRanges.insert(cell, found == m_htmlRanges.cend()
                                          ? qMakePair(from, to)
                                          : qMakePair(std::min(found->first, from), std::max(found->second, to)));
        }
    }
}

QPair<int, int> SourceTextView::htmlRangeOfCell(int cellIndex) const
{
    return m_htmlRanges.value(cellIndex, qMakePair(-1, -1));
}

int SourceTextView::cellAt(qsizetype position) const
{
    const Report *report = m_document->currentReport();
    if (!report)
        return -1;
    int atEnd = -1;
    for (std::size_t i = 0; i < report->cells.size(); ++i) {
        const SourceSpan &span = report->cells[i].span;
        if (!span.isValid() || span.length <= 0)
            continue;
        if (position >= span.offset && position < span.end())
            return int(i);
        if (position == span.end() && atEnd < 0)
            atEnd = int(i);
    }
    return atEnd;
}

void SourceTextView::updateSelections()
{
    const Report *report = m_document->currentReport();
    const int current = m_document->currentCell();
    const bool hasCurrent = report && current >= 0 && current < int(report->cells.size());
    if (m_html) {
        QList<QTextEdit::ExtraSelection> selections;
        const QPair<int, int> range = hasCurrent ? htmlRangeOfCell(current) : qMakePair(-1, -1);
        if (range.first >= 0) {
            QTextEdit::ExtraSelection extra =
                selection(m_browser->document(), range.first, range.second, SeverityColors::currentCell());
            extra.format.setProperty(CurrentCellProperty, true);
            selections.append(extra);
            m_browser->scrollToAnchor(HtmlCellMarkup::cellAnchor(current));
        }
        m_browser->setExtraSelections(selections);
        return;
    }

    QList<QTextEdit::ExtraSelection> selections;
    if (report) {
        const QHash<int, int> severities = cellSeverities(*report);
        for (auto it = severities.cbegin(); it != severities.cend(); ++it) {
            const SourceSpan &span = report->cells[std::size_t(it.key())].span;
            if (span.isValid() && span.length > 0)
                selections.append(selection(m_text->document(), span.offset, span.end(),
                                            SeverityColors::backgroundForRole(it.value())));
        }
    }
    if (hasCurrent) {
        const SourceSpan &span = report->cells[std::size_t(current)].span;
        if (span.isValid()) {
            QTextEdit::ExtraSelection extra =
                selection(m_text->document(), span.offset, span.end(), SeverityColors::currentCell());
            extra.format.setProperty(CurrentCellProperty, true);
            extra.format.setFontUnderline(true);
            selections.append(extra);
            QTextCursor cursor(m_text->document());
            cursor.setPosition(extra.cursor.selectionStart());
            m_text->setTextCursor(cursor);
            // In the middle of the view: the lines around the number (its row, its table) show too.
            m_text->centerCursor();
        }
    }
    m_text->setExtraSelections(selections);
}

void SourceTextView::onCurrentCellChanged(int)
{
    updateSelections();
}

void SourceTextView::onFindingsChanged(qint64 reportId)
{
    if (reportId != m_document->currentReportId())
        return;
    const Report *report = m_document->currentReport();
    if (m_html && report)
        renderHtml(*report);
    updateSelections();
}

void SourceTextView::onSectionActivated(int row)
{
    const Report *report = m_document->currentReport();
    const int index = m_sections->itemData(row).toInt();
    if (!report || index < 0 || index >= int(report->sections.size()))
        return;
    const Section &section = report->sections[std::size_t(index)];
    if (m_html) {
        m_browser->scrollToAnchor(HtmlCellMarkup::sectionAnchor(section.number));
        return;
    }
    QTextCursor cursor(m_text->document());
    cursor.setPosition(clampPosition(m_text->document(), section.span.offset));
    m_text->setTextCursor(cursor);
    // Heading at the top: one scroll step per block in a QPlainTextEdit.
    m_text->verticalScrollBar()->setValue(cursor.block().firstLineNumber());
    m_text->ensureCursorVisible();
}

void SourceTextView::onAnchorClicked(const QUrl &url)
{
    const int cell = HtmlCellMarkup::cellOfLink(url.toString());
    if (cell >= 0)
        m_document->setCurrentCell(cell);
}

bool SourceTextView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport() && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        // A drag that selected text is a selection, not a click on a number.
        if (mouse->button() == Qt::LeftButton && !m_text->textCursor().hasSelection()) {
            const int cell = cellAt(m_text->cursorForPosition(mouse->position().toPoint()).position());
            if (cell >= 0)
                m_document->setCurrentCell(cell);
        }
    }
    return QWidget::eventFilter(watched, event);
}
