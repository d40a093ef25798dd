// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPair>
#include <QTextFormat>
#include <QWidget>

class ProjectDocument;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTextBrowser;
class QUrl;
struct Report;

/**
 * The original text of the current report, read-only: plain text (and
 * markdown) as written, HTML rendered with its tables. The selected cell's
 * source span is highlighted and scrolled into view, the spans of cells with
 * open findings are tinted by severity, and a click on a cell's number
 * selects the cell. A combo lists the report's sections; choosing one jumps
 * there.
 */
class SourceTextView final : public QWidget
{
    Q_OBJECT

public:
    /// Set (true) on the format of the ExtraSelection that marks the current cell.
    static constexpr int CurrentCellProperty = QTextFormat::UserProperty + 1;

    explicit SourceTextView(ProjectDocument *document, QWidget *parent = nullptr);
    ~SourceTextView() override;
    Q_DISABLE_COPY_MOVE(SourceTextView)

    bool isShowingHtml() const;
    QPlainTextEdit *textEdit() const { return m_text; }
    QTextBrowser *htmlView() const { return m_browser; }
    QComboBox *sectionCombo() const { return m_sections; }
    /// The cell whose span contains the text position (a span's end counts
    /// when no span contains it); -1 when none.
    int cellAt(qsizetype position) const;
    /// Document range of a cell in the HTML view, (-1, -1) when not marked there.
    QPair<int, int> htmlRangeOfCell(int cellIndex) const;
    /// A note of the parser (Report::notes, an id) as the reviewer reads it.
    static QString noteText(const QString &note);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void onCurrentReportChanged();
    void onCurrentCellChanged(int cellIndex);
    void onFindingsChanged(qint64 reportId);
    void onSectionActivated(int row);
    void onAnchorClicked(const QUrl &url);
    void renderHtml(const Report &report);
    void collectHtmlAnchors();
    /// Open findings' worst severity per cell index.
    QHash<int, int> cellSeverities(const Report &report) const;
    void updateSelections();

    ProjectDocument *m_document;
    QLabel *m_title = nullptr;
    QComboBox *m_sections = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QTextBrowser *m_browser = nullptr;
    QHash<int, QPair<int, int>> m_htmlRanges;
    bool m_html = false;
};
