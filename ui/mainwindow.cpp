// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include <array>
#include <memory>
#include <numeric>

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QUndoStack>

#include "models/report.h"
#include "models/reportschema.h"
#include "models/storage/importsession.h"
#include "models/storage/sqliteprojectstore.h"
#include "parser/parserfilesource.h"
#include "ui/chartspanel.h"
#include "ui/exportdialog.h"
#include "ui/findingspanel.h"
#include "ui/importdialog.h"
#include "ui/languagemanager.h"
#include "ui/reportlistview.h"
#include "ui/sourcetextview.h"
#include "ui/tablespanel.h"

namespace {

constexpr int MaxRecentProjects = 8;
// Report list, source text, grids.
constexpr std::array<int, 3> PaneStretch = {5, 7, 8};

QString settingsKey(const char *name)
{
    return QString::fromLatin1(name);
}

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ProjectDocument(std::make_unique<SqliteProjectStore>(), this))
    , m_reportList(new ReportListView(m_document, this))
    , m_source(new SourceTextView(m_document, this))
    , m_tables(new TablesPanel(m_document, this))
    , m_findings(new FindingsPanel(m_document, this))
    , m_charts(new ChartsPanel(m_document, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_findingsDock(new QDockWidget(this))
    , m_chartsDock(new QDockWidget(this))
{
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_reportList);
    m_splitter->addWidget(m_source);
    m_splitter->addWidget(m_tables);
    // A quarter for the list (all its columns in view), the rest shared by
    // the text and the grids (table 3 with its row labels is the widest).
    for (int pane = 0; pane < int(PaneStretch.size()); ++pane)
        m_splitter->setStretchFactor(pane, PaneStretch[std::size_t(pane)]);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_findingsDock->setObjectName(QStringLiteral("findingsDock"));
    m_findingsDock->setWidget(m_findings);
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);
    m_chartsDock->setObjectName(QStringLiteral("chartsDock"));
    m_chartsDock->setWidget(m_charts);
    addDockWidget(Qt::BottomDockWidgetArea, m_chartsDock);
    tabifyDockWidget(m_findingsDock, m_chartsDock);
    m_findingsDock->raise();

    createActions();
    createMenus();
    statusBar();
    setAcceptDrops(true);

    connect(m_document, &ProjectDocument::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_findings, &FindingsPanel::findingActivated, this, &MainWindow::goToFinding);
    connect(m_findings, &FindingsPanel::currentFindingChanged, this, &MainWindow::onCurrentFindingChanged);

    retranslateUi();
    readSettings();
}

MainWindow::~MainWindow()
{
    // The children outlive this body, and the document dies first: its undo stack signals as it
    // clears, the findings panel as its model goes. By then this is only a QWidget, so nothing of
    // the window may answer them.
    m_document->undoStack()->disconnect(this);
    m_document->disconnect(this);
    m_findings->disconnect(this);
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcuts(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::onNewProject);
    m_openAction = new QAction(this);
    m_openAction->setShortcuts(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::onOpenProject);
    m_importFilesAction = new QAction(this);
    m_importFilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importFilesAction, &QAction::triggered, this, &MainWindow::onImportFiles);
    m_importFolderAction = new QAction(this);
    m_importFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_importFolderAction, &QAction::triggered, this, &MainWindow::onImportFolder);
    m_reimportAction = new QAction(this);
    connect(m_reimportAction, &QAction::triggered, this, &MainWindow::onReimport);
    m_exportAction = new QAction(this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::onExportCsv);
    m_saveAction = new QAction(this);
    m_saveAction->setShortcuts(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcuts(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Not QUndoStack::createUndoAction(): its "Undo %1" is set when the stack
    // changes only, so it would keep the old language after a switch.
    QUndoStack *stack = m_document->undoStack();
    m_undoAction = new QAction(this);
    m_undoAction->setShortcuts(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    m_redoAction = new QAction(this);
    m_redoAction->setShortcuts(QKeySequence::Redo);
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(stack, &QUndoStack::cleanChanged, this, &MainWindow::updateUndoActions);

    m_nextFindingAction = new QAction(this);
    m_nextFindingAction->setShortcut(QKeySequence(Qt::Key_F8));
    connect(m_nextFindingAction, &QAction::triggered, this, [this] { goToNextFinding(false); });
    m_previousFindingAction = new QAction(this);
    m_previousFindingAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    connect(m_previousFindingAction, &QAction::triggered, this, [this] { goToNextFinding(true); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::onRecentMenuAboutToShow);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importFilesAction);
    m_fileMenu->addAction(m_importFolderAction);
    m_fileMenu->addAction(m_reimportAction);
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->addAction(m_nextFindingAction);
    m_goMenu->addAction(m_previousFindingAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_findingsDock->toggleViewAction());
    m_viewMenu->addAction(m_chartsDock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    LanguageManager::fillLanguageMenu(m_languageMenu);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_goMenu->setTitle(tr("&Go"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_newAction->setText(tr("&New Project…"));
    m_openAction->setText(tr("&Open Project…"));
    m_importFilesAction->setText(tr("&Import Files…"));
    m_importFolderAction->setText(tr("Import &Folder…"));
    m_reimportAction->setText(tr("Re-i&mport"));
    m_reimportAction->setStatusTip(tr("Reads the project's report files again: changed files become new versions"));
    m_exportAction->setText(tr("&Export CSV…"));
    m_saveAction->setText(tr("&Save"));
    m_quitAction->setText(tr("&Quit"));
    m_nextFindingAction->setText(tr("&Next Finding"));
    m_previousFindingAction->setText(tr("&Previous Finding"));
    m_findingsDock->setWindowTitle(tr("Findings"));
    m_chartsDock->setWindowTitle(tr("Charts"));
    updateUndoActions();
    updateTitle();
}

void MainWindow::updateUndoActions()
{
    // The edits keep the words they were made in; the verbs follow the language.
    const QUndoStack *stack = m_document->undoStack();
    m_undoAction->setEnabled(stack->canUndo());
    m_undoAction->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redoAction->setEnabled(stack->canRedo());
    m_redoAction->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

void MainWindow::updateTitle()
{
    const QString location = m_document->location();
    const QString name = location.isEmpty() ? tr("No project") : QFileInfo(location).fileName();
    setWindowTitle(tr("%1[*] — GovInfo Review").arg(name));
    setWindowModified(m_document->isModified());
}

bool MainWindow::openProject(const QString &path)
{
    const bool opened = m_document->open(path);
    m_currentFinding = {};
    updateTitle();
    if (!opened) {
        m_error = m_document->errorString();
        return false;
    }
    m_error.clear();
    addRecentProject(m_document->location());
    return true;
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (m_document->location().isEmpty()) {
        QMessageBox::warning(this, tr("Import"), tr("Open or create a project first."));
        return;
    }
    ImportDialog dialog(m_document->location(), paths, this);
    dialog.exec();
    m_document->reloadReports();
    statusBar()->showMessage(tr("Import finished: %n report(s) in the project", nullptr, m_document->reportCount()));
}

bool MainWindow::importPathsNow(const QStringList &paths)
{
    const ParserFileSource files;
    ImportSession session(m_document->store(), files);
    const ImportSummary summary = session.run(paths);
    m_document->reloadReports();
    m_error = summary.failures.join(u'\n');
    return summary.failures.isEmpty();
}

bool MainWindow::save()
{
    if (m_document->save()) {
        statusBar()->showMessage(tr("Saved"), 3000);
        return true;
    }
    m_error = m_document->errorString();
    QMessageBox::warning(this, tr("Save"), tr("The project could not be saved:\n%1").arg(m_error));
    return false;
}

bool MainWindow::confirmSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"), tr("The project has unsaved changes. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

void MainWindow::goToFinding(const FindingRef &finding)
{
    if (!finding.isValid())
        return;
    m_document->setCurrentReport(finding.reportId);
    const Report *report = m_document->report(finding.reportId);
    const std::vector<Finding> *findings = m_document->findings(finding.reportId);
    int cell = -1;
    if (report && findings && finding.index < int(findings->size())) {
        const Finding &found = (*findings)[std::size_t(finding.index)];
        if (const FormatSchema *schema = ReportSchema::instance().format(report->format)) {
            for (const QString &key : found.cells) {
                cell = schema->indexOf(key);
                if (cell >= 0)
                    break;
            }
        }
    }
    m_document->setCurrentCell(cell);
    m_currentFinding = finding;
    m_findings->setCurrentFinding(finding);
}

void MainWindow::goToNextFinding(bool backwards)
{
    // In the order the reviewer sees the list, through the reports it shows.
    const FindingRef next =
        m_document->nextOpenFinding(m_currentFinding, backwards, m_reportList->reportsInViewOrder());
    if (!next.isValid()) {
        statusBar()->showMessage(tr("No open findings"), 3000);
        return;
    }
    goToFinding(next);
}

void MainWindow::onCurrentFindingChanged(const FindingRef &finding)
{
    if (finding.isValid())
        m_currentFinding = finding;
}

void MainWindow::openProjectInteractively(const QString &path)
{
    if (path.isEmpty() || !confirmSave())
        return;
    if (!openProject(path))
        QMessageBox::warning(this, tr("Open Project"), m_error);
}

void MainWindow::onNewProject()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Project"), lastFolder(),
                                                      tr("Projects (*.sqlite)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    const QString file = path.endsWith(u".sqlite") ? path : path + QStringLiteral(".sqlite");
    setLastFolder(QFileInfo(file).absolutePath());
    if (QFileInfo::exists(file)) {
        QMessageBox::information(this, tr("New Project"),
                                 tr("%1 exists already: it is opened, not replaced.")
                                     .arg(QDir::toNativeSeparators(file)));
    }
    openProjectInteractively(file);
}

void MainWindow::onOpenProject()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), lastFolder(),
                                                      tr("Projects (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    setLastFolder(QFileInfo(path).absolutePath());
    openProjectInteractively(path);
}

void MainWindow::onImportFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Files"), lastFolder(), tr("Reports (*.txt *.md *.html *.htm);;All files (*)"));
    if (files.isEmpty())
        return;
    setLastFolder(QFileInfo(files.first()).absolutePath());
    importPaths(files);
}

void MainWindow::onImportFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"), lastFolder());
    if (folder.isEmpty())
        return;
    setLastFolder(folder);
    importPaths({folder});
}

void MainWindow::onReimport()
{
    QStringList paths;
    for (int row = 0; row < m_document->reportCount(); ++row) {
        const QString path = m_document->reportSummary(row).path;
        if (QFileInfo::exists(path))
            paths.append(path);
    }
    if (paths.isEmpty()) {
        QMessageBox::information(this, tr("Re-import"), tr("None of the project's report files can be found."));
        return;
    }
    importPaths(paths);
}

void MainWindow::onExportCsv()
{
    if (m_document->location().isEmpty()) {
        QMessageBox::warning(this, tr("Export CSV"), tr("Open or create a project first."));
        return;
    }
    ExportDialog dialog(m_document, m_reportList->selectedReports(), this);
    if (dialog.exec() == QDialog::Accepted) {
        statusBar()->showMessage(tr("Exported %n report(s) to %1", nullptr, dialog.exportedCount())
                                     .arg(QDir::toNativeSeparators(dialog.filePath())),
                                 5000);
    }
}

QString MainWindow::lastFolder() const
{
    return QSettings().value(settingsKey("lastFolder"), QDir::homePath()).toString();
}

void MainWindow::setLastFolder(const QString &folder)
{
    QSettings().setValue(settingsKey("lastFolder"), folder);
}

QString MainWindow::lastProject()
{
    const QString last = QSettings().value(settingsKey("lastProject")).toString();
    return !last.isEmpty() && QFileInfo::exists(last) ? last : QString();
}

QStringList MainWindow::recentProjects()
{
    return QSettings().value(settingsKey("recentProjects")).toStringList();
}

void MainWindow::addRecentProject(const QString &path)
{
    QSettings settings;
    QStringList recent = recentProjects();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecentProjects)
        recent.removeLast();
    settings.setValue(settingsKey("recentProjects"), recent);
    settings.setValue(settingsKey("lastProject"), absolute);
}

void MainWindow::onRecentMenuAboutToShow()
{
    m_recentMenu->clear();
    const QStringList recent = recentProjects();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { openProjectInteractively(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
}

void MainWindow::readSettings()
{
    QSettings settings;
    settings.beginGroup(settingsKey("MainWindow"));
    if (!restoreGeometry(settings.value(settingsKey("geometry")).toByteArray())) {
        const QFontMetrics metrics = fontMetrics();
        resize(metrics.averageCharWidth() * 180, metrics.lineSpacing() * 45);
    }
    if (!restoreState(settings.value(settingsKey("state")).toByteArray()))
        resizeDocks({m_findingsDock}, {height() / 4}, Qt::Vertical);
    if (!m_splitter->restoreState(settings.value(settingsKey("splitter")).toByteArray())) {
        const int total = std::accumulate(PaneStretch.cbegin(), PaneStretch.cend(), 0);
        QList<int> sizes;
        for (const int stretch : PaneStretch)
            sizes.append(width() * stretch / total);
        m_splitter->setSizes(sizes);
    }
    settings.endGroup();
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.beginGroup(settingsKey("MainWindow"));
    settings.setValue(settingsKey("geometry"), saveGeometry());
    settings.setValue(settingsKey("state"), saveState());
    settings.setValue(settingsKey("splitter"), m_splitter->saveState());
    settings.endGroup();
}
