// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QString>
#include <QStringList>

#include "models/review/projectdocument.h"

class ChartsPanel;
class FindingsPanel;
class QAction;
class QDockWidget;
class QMenu;
class QSplitter;
class ReportListView;
class SourceTextView;
class TablesPanel;

/**
 * The review window over one ProjectDocument: the report list (left), the
 * original text (centre), the grids of the selected report (right) and the
 * findings (bottom dock), with the charts docked beside the findings. File, Edit, Go and View menus; the window title
 * shows unsaved changes, closing asks to save them. Files and folders dropped
 * on the window are imported.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    /// The project opened last (any window, any session), empty when none or when its file is gone.
    static QString lastProject();
    /// The projects opened most recently, newest first (File ▸ Open Recent).
    static QStringList recentProjects();

    /// Opens (creating when absent) the project; false with a message box-free errorString() on failure.
    bool openProject(const QString &path);
    QString errorString() const { return m_error; }
    ProjectDocument *document() const { return m_document; }
    /// Imports files/folders into the open project (through the import dialog; blocking=false).
    void importPaths(const QStringList &paths);
    /// Imports on the calling thread, without a dialog; for tests and scripts.
    /// False when a file could not be imported (errorString() names them).
    bool importPathsNow(const QStringList &paths);

    /// Selects the finding's report, its first cell and its row in the findings panel.
    void goToFinding(const FindingRef &finding);
    FindingRef currentFinding() const { return m_currentFinding; }
    /// F8 / Shift+F8: the next (previous) open finding across the reports the
    /// list shows, in its order, wrapping.
    void goToNextFinding(bool backwards = false);
    bool save();

    ReportListView *reportList() const { return m_reportList; }
    SourceTextView *sourceView() const { return m_source; }
    TablesPanel *tablesPanel() const { return m_tables; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    ChartsPanel *chartsPanel() const { return m_charts; }
    QSplitter *splitter() const { return m_splitter; }
    QDockWidget *findingsDock() const { return m_findingsDock; }
    QDockWidget *chartsDock() const { return m_chartsDock; }
    /// View ▸ Language: the system language and every embedded translation.
    QMenu *languageMenu() const { return m_languageMenu; }
    QMenu *recentMenu() const { return m_recentMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QAction *newAction() const { return m_newAction; }
    QAction *openAction() const { return m_openAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *nextFindingAction() const { return m_nextFindingAction; }
    QAction *previousFindingAction() const { return m_previousFindingAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *reimportAction() const { return m_reimportAction; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void readSettings();
    void writeSettings() const;
    void updateTitle();
    void updateUndoActions();
    void addRecentProject(const QString &path);
    void onRecentMenuAboutToShow();
    /// Save / Discard / Cancel when modified; true when the caller may go on.
    bool confirmSave();
    void openProjectInteractively(const QString &path);
    void onNewProject();
    void onOpenProject();
    void onImportFiles();
    void onImportFolder();
    void onReimport();
    void onExportCsv();
    void onCurrentFindingChanged(const FindingRef &finding);
    QString lastFolder() const;
    void setLastFolder(const QString &folder);

    ProjectDocument *m_document = nullptr;
    ReportListView *m_reportList = nullptr;
    SourceTextView *m_source = nullptr;
    TablesPanel *m_tables = nullptr;
    FindingsPanel *m_findings = nullptr;
    ChartsPanel *m_charts = nullptr;
    QSplitter *m_splitter = nullptr;
    QDockWidget *m_findingsDock = nullptr;
    QDockWidget *m_chartsDock = nullptr;
    QString m_error;
    FindingRef m_currentFinding;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_importFilesAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_reimportAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_nextFindingAction = nullptr;
    QAction *m_previousFindingAction = nullptr;
};
