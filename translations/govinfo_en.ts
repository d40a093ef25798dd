<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApplicationsByYearModel</name>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Applications received</source>
        <translation>Applications received</translation>
    </message>
    <message>
        <source>Reports counted</source>
        <translation>Reports counted</translation>
    </message>
</context>
<context>
    <name>CellTableModel</name>
    <message>
        <source>Missing: the report leaves this cell blank or out.</source>
        <translation>Missing: the report leaves this cell blank or out.</translation>
    </message>
    <message>
        <source>Text instead of a number: “%1”.</source>
        <translation>Text instead of a number: “%1”.</translation>
    </message>
    <message>
        <source>Approximate: written as “%1”.</source>
        <translation>Approximate: written as “%1”.</translation>
    </message>
    <message>
        <source>Inferred: split out of glued digits “%1”.</source>
        <translation>Inferred: split out of glued digits “%1”.</translation>
    </message>
    <message>
        <source>Ambiguous: several splits of “%1” fit the table.</source>
        <translation>Ambiguous: several splits of “%1” fit the table.</translation>
    </message>
    <message>
        <source>Invalid: “%1” is not a number of this kind.</source>
        <translation>Invalid: “%1” is not a number of this kind.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Candidates: %1</source>
        <translation>Candidates: %1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Extracted value: %1</source>
        <translation>Extracted value: %1</translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation>unsaved</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>This Report</source>
        <translation>This Report</translation>
    </message>
    <message>
        <source>Reports by Year</source>
        <translation>Reports by Year</translation>
    </message>
    <message>
        <source>Open Findings</source>
        <translation>Open Findings</translation>
    </message>
    <message>
        <source>Applications by Year</source>
        <translation>Applications by Year</translation>
    </message>
    <message>
        <source>How applications were handled (select a report)</source>
        <translation>How applications were handled (select a report)</translation>
    </message>
    <message>
        <source>%1: no table 3 to chart</source>
        <translation>%1: no table 3 to chart</translation>
    </message>
    <message>
        <source>How applications were handled: %1 %2</source>
        <translation>How applications were handled: %1 %2</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Reports by year and format</source>
        <translation>Reports by year and format</translation>
    </message>
    <message>
        <source>Report year</source>
        <translation>Report year</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Open findings by check</source>
        <translation>Open findings by check</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Open findings</translation>
    </message>
    <message>
        <source>Applications received by year</source>
        <translation>Applications received by year</translation>
    </message>
    <message>
        <source>Applications received</source>
        <translation>Applications received</translation>
    </message>
    <message>
        <source>How applications were handled: %1 %2 (none this year)</source>
        <translation>How applications were handled: %1 %2 (none this year)</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Lists the findings of the checks for every report in the project.</source>
        <translation>Lists the findings of the checks for every report in the project.</translation>
    </message>
    <message>
        <source>Also list findings the reviewer dismissed or corrected.</source>
        <translation>Also list findings the reviewer dismissed or corrected.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %3, format %4): %n finding(s)</source>
        <translation>
            <numerusform>%1 (%2, %3, format %4): %n finding</numerusform>
            <numerusform>%1 (%2, %3, format %4): %n findings</numerusform>
        </translation>
    </message>
    <message>
        <source>agency unknown</source>
        <translation>agency unknown</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>year unknown</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s), %1 finding(s)</source>
        <translation>
            <numerusform>%n report, %1 finding</numerusform>
            <numerusform>%n reports, %1 findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The project file (default: %1).</source>
        <translation>The project file (default: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Try &quot;%1 --help&quot;.</source>
        <translation>Try &quot;%1 --help&quot;.</translation>
    </message>
    <message>
        <source>Try &quot;%1 %2 --help&quot;.</source>
        <translation>Try &quot;%1 %2 --help&quot;.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Shows this help.</translation>
    </message>
    <message>
        <source>Usage: %1 [--db FILE] [PATH...]
       %1 COMMAND [options]

Reads Chinese government annual reports on information disclosure
(政府信息公开工作年度报告), extracts the cells of their statistical tables with
the place each came from, checks them, keeps them in a project file, and
exports CSV.

Commands:
  import PATH...    read report files and folders into the project
  export --csv OUT  write the project&apos;s cells as CSV (tidy or wide)
  check             list the findings of the checks

Without a command it opens the review window on the project named with
--db (else the last one, else the default project), importing the PATHs
first. Without a display it says so and works headless instead: it imports
the PATHs (without any, the bundled sample reports) and prints the summary
and the findings.

Options:
  -h, --help        show this help
  -v, --version     show the version

&quot;%1 COMMAND --help&quot; shows the options of a command.
The default project is %2
</source>
        <translation>Usage: %1 [--db FILE] [PATH...]
       %1 COMMAND [options]

Reads Chinese government annual reports on information disclosure
(政府信息公开工作年度报告), extracts the cells of their statistical tables with
the place each came from, checks them, keeps them in a project file, and
exports CSV.

Commands:
  import PATH...    read report files and folders into the project
  export --csv OUT  write the project&apos;s cells as CSV (tidy or wide)
  check             list the findings of the checks

Without a command it opens the review window on the project named with
--db (else the last one, else the default project), importing the PATHs
first. Without a display it says so and works headless instead: it imports
the PATHs (without any, the bundled sample reports) and prints the summary
and the findings.

Options:
  -h, --help        show this help
  -v, --version     show the version

&quot;%1 COMMAND --help&quot; shows the options of a command.
The default project is %2
</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>No export file is open.</source>
        <translation>No export file is open.</translation>
    </message>
    <message>
        <source>This build of Qt cannot write GB18030; export as UTF-8 instead.</source>
        <translation>This build of Qt cannot write GB18030; export as UTF-8 instead.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Writes the cells of every report in the project (its latest version) as CSV. tidy: one line per cell (file,agency,year,format,table,row,column,value,extracted,flags,...); wide: one line per report, one column per cell.</source>
        <translation>Writes the cells of every report in the project (its latest version) as CSV. tidy: one line per cell (file,agency,year,format,table,row,column,value,extracted,flags,...); wide: one line per report, one column per cell.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>The CSV file to write.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>tidy (default) or wide.</source>
        <translation>tidy (default) or wide.</translation>
    </message>
    <message>
        <source>LAYOUT</source>
        <translation>LAYOUT</translation>
    </message>
    <message>
        <source>utf-8 (default), utf-8-bom (for Excel) or gb18030.</source>
        <translation>utf-8 (default), utf-8-bom (for Excel) or gb18030.</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>ENCODING</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>Name the file to write with --csv OUT.</source>
        <translation>Name the file to write with --csv OUT.</translation>
    </message>
    <message>
        <source>Unknown layout &quot;%1&quot;: use tidy or wide.</source>
        <translation>Unknown layout &quot;%1&quot;: use tidy or wide.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use utf-8, utf-8-bom or gb18030.</source>
        <translation>Unknown encoding &quot;%1&quot;: use utf-8, utf-8-bom or gb18030.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n report(s) to %1</source>
        <translation>
            <numerusform>Exported %n report to %1</numerusform>
            <numerusform>Exported %n reports to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Failed</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>&amp;Tidy: one line per cell</source>
        <translation>&amp;Tidy: one line per cell</translation>
    </message>
    <message>
        <source>&amp;Wide: one line per report, one column per cell</source>
        <translation>&amp;Wide: one line per report, one column per cell</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>&amp;All reports (%1)</source>
        <translation>&amp;All reports (%1)</translation>
    </message>
    <message>
        <source>&amp;Selected reports (%1)</source>
        <translation>&amp;Selected reports (%1)</translation>
    </message>
    <message>
        <source>Only reports &amp;without open errors</source>
        <translation>Only reports &amp;without open errors</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (for Excel)</source>
        <translation>UTF-8 with BOM (for Excel)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GB18030</source>
        <translation>GB18030</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>FindingReviewDialog</name>
    <message>
        <source>Confirm Findings</source>
        <translation>Confirm Findings</translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n finding(s): the report itself is wrong. Note (optional):</source>
        <translation>
            <numerusform>Confirm %n finding: the report itself is wrong. Note (optional):</numerusform>
            <numerusform>Confirm %n findings: the report itself is wrong. Note (optional):</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss Findings</source>
        <translation>Dismiss Findings</translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n finding(s). Note (optional):</source>
        <translation>
            <numerusform>Dismiss %n finding. Note (optional):</numerusform>
            <numerusform>Dismiss %n findings. Note (optional):</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Findings Corrected</source>
        <translation>Mark Findings Corrected</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n finding(s) corrected: the extraction was wrong and is fixed. Note (optional):</source>
        <translation>
            <numerusform>Mark %n finding corrected: the extraction was wrong and is fixed. Note (optional):</numerusform>
            <numerusform>Mark %n findings corrected: the extraction was wrong and is fixed. Note (optional):</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen Findings</source>
        <translation>Reopen Findings</translation>
    </message>
    <message numerus="yes">
        <source>Reopen %n finding(s). Note (optional):</source>
        <translation>
            <numerusform>Reopen %n finding. Note (optional):</numerusform>
            <numerusform>Reopen %n findings. Note (optional):</numerusform>
        </translation>
    </message>
    <message>
        <source>Why, for the next reviewer</source>
        <translation>Why, for the next reviewer</translation>
    </message>
</context>
<context>
    <name>FindingsByCheckModel</name>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Open findings</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Cells</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>This report</source>
        <translation>This report</translation>
    </message>
    <message>
        <source>Whole project</source>
        <translation>Whole project</translation>
    </message>
    <message>
        <source>&amp;Confirm…</source>
        <translation>&amp;Confirm…</translation>
    </message>
    <message>
        <source>The report itself is wrong: keep the finding, with a note</source>
        <translation>The report itself is wrong: keep the finding, with a note</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>&amp;Dismiss…</translation>
    </message>
    <message>
        <source>Not a problem: hide the finding from the open ones, with a note</source>
        <translation>Not a problem: hide the finding from the open ones, with a note</translation>
    </message>
    <message>
        <source>Mark Co&amp;rrected…</source>
        <translation>Mark Co&amp;rrected…</translation>
    </message>
    <message>
        <source>The extraction was wrong and the cell is fixed</source>
        <translation>The extraction was wrong and the cell is fixed</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>Re&amp;open…</translation>
    </message>
    <message>
        <source>Back to open</source>
        <translation>Back to open</translation>
    </message>
    <message numerus="yes">
        <source>Review %n finding(s)</source>
        <translation>
            <numerusform>Review %n finding</numerusform>
            <numerusform>Review %n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuiStartup</name>
    <message>
        <source>Opens the review window on a project, importing the PATHs first.</source>
        <translation>Opens the review window on a project, importing the PATHs first.</translation>
    </message>
    <message>
        <source>Report files and folders to import first.</source>
        <translation>Report files and folders to import first.</translation>
    </message>
    <message>
        <source>[PATH...]</source>
        <translation>[PATH...]</translation>
    </message>
    <message>
        <source>No display found (DISPLAY and WAYLAND_DISPLAY are unset, or the platform is offscreen): the review window cannot open.</source>
        <translation>No display found (DISPLAY and WAYLAND_DISPLAY are unset, or the platform is offscreen): the review window cannot open.</translation>
    </message>
    <message>
        <source>Working headless instead; the same from the command line:</source>
        <translation>Working headless instead; the same from the command line:</translation>
    </message>
    <message>
        <source>GovInfo Review</source>
        <translation>GovInfo Review</translation>
    </message>
    <message>
        <source>The project %1 cannot be opened.

%2</source>
        <translation>The project %1 cannot be opened.

%2</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>No such file or folder: %1</translation>
    </message>
</context>
<context>
    <name>HtmlFlattener</name>
    <message>
        <source>the HTML is nested more than %1 elements deep</source>
        <translation>the HTML is nested more than %1 elements deep</translation>
    </message>
    <message>
        <source>the HTML could not be parsed</source>
        <translation>the HTML could not be parsed</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Reads report files (.txt, .md, .html) and folders of them into the project: extracts the tables, checks them and stores the cells. A file imported before is not duplicated; a changed file with the same name becomes a new version that keeps the hand corrections.</source>
        <translation>Reads report files (.txt, .md, .html) and folders of them into the project: extracts the tables, checks them and stores the cells. A file imported before is not duplicated; a changed file with the same name becomes a new version that keeps the hand corrections.</translation>
    </message>
    <message>
        <source>Report files and folders.</source>
        <translation>Report files and folders.</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>PATH...</translation>
    </message>
    <message>
        <source>Name at least one file or folder to import.</source>
        <translation>Name at least one file or folder to import.</translation>
    </message>
    <message>
        <source>No command given: importing the bundled sample reports into %1.</source>
        <translation>No command given: importing the bundled sample reports into %1.</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--commit-every takes a number of reports, 1 or more.</source>
        <translation>--commit-every takes a number of reports, 1 or more.</translation>
    </message>
    <message>
        <source>Commit the reports N at a time (default %1, and at least every quarter second). A crash loses the reports not yet committed, never part of one; 1 keeps each as soon as it is stored, at some cost in speed.</source>
        <translation>Commit the reports N at a time (default %1, and at least every quarter second). A crash loses the reports not yet committed, never part of one; 1 keeps each as soon as it is stored, at some cost in speed.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Reports</source>
        <translation>Import Reports</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %n report(s) stored.</source>
        <translation>
            <numerusform>Import cancelled: %n report stored.</numerusform>
            <numerusform>Import cancelled: %n reports stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %1 of %n file(s) read.</source>
        <translation>
            <numerusform>Import finished: %1 of %n file read.</numerusform>
            <numerusform>Import finished: %1 of %n files read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n report(s) read.</source>
        <translation>
            <numerusform>Import finished: %n report read.</numerusform>
            <numerusform>Import finished: %n reports read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Looking for report files…</source>
        <translation>Looking for report files…</translation>
    </message>
    <message>
        <source>Reading files: %1 of %2 done…</source>
        <translation>Reading files: %1 of %2 done…</translation>
    </message>
</context>
<context>
    <name>ImportSession</name>
    <message>
        <source>Project: %1</source>
        <translation>Project: %1</translation>
    </message>
    <message>
        <source>Reports read: %1 of %2 files</source>
        <translation>Reports read: %1 of %2 files</translation>
    </message>
    <message>
        <source>Stored: %1 added, %2 unchanged, %3 new versions</source>
        <translation>Stored: %1 added, %2 unchanged, %3 new versions</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>By format: %1</source>
        <translation>By format: %1</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Findings: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) not imported</source>
        <translation>
            <numerusform>Cancelled: %n file not imported</numerusform>
            <numerusform>Cancelled: %n files not imported</numerusform>
        </translation>
    </message>
    <message>
        <source>Read with warnings: %1</source>
        <translation>Read with warnings: %1</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Not read: %1</translation>
    </message>
    <message>
        <source>%1: no table of the 2019 or 2021 format found; the text is kept, nothing is extracted</source>
        <translation>%1: no table of the 2019 or 2021 format found; the text is kept, nothing is extracted</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n character(s) could not be decoded as %2 and were replaced by U+FFFD</source>
        <translation>
            <numerusform>%1: %n character could not be decoded as %2 and were replaced by U+FFFD</numerusform>
            <numerusform>%1: %n characters could not be decoded as %2 and were replaced by U+FFFD</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no report files found (.txt, .md, .html)</source>
        <translation>%1: no report files found (.txt, .md, .html)</translation>
    </message>
    <message>
        <source>%1: not stored: %2</source>
        <translation>%1: not stored: %2</translation>
    </message>
    <message>
        <source>%1: not imported: the project cannot be written</source>
        <translation>%1: not imported: the project cannot be written</translation>
    </message>
</context>
<context>
    <name>LanguageActions</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;System Language</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;New Project…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Open Project…</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Import Files…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Import &amp;Folder…</translation>
    </message>
    <message>
        <source>Re-i&amp;mport</source>
        <translation>Re-i&amp;mport</translation>
    </message>
    <message>
        <source>Reads the project&apos;s report files again: changed files become new versions</source>
        <translation>Reads the project&apos;s report files again: changed files become new versions</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Next Finding</source>
        <translation>&amp;Next Finding</translation>
    </message>
    <message>
        <source>&amp;Previous Finding</source>
        <translation>&amp;Previous Finding</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>No project</translation>
    </message>
    <message>
        <source>%1[*] — GovInfo Review</source>
        <translation>%1[*] — GovInfo Review</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>Open or create a project first.</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n report(s) in the project</source>
        <translation>
            <numerusform>Import finished: %n report in the project</numerusform>
            <numerusform>Import finished: %n reports in the project</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>The project could not be saved:
%1</source>
        <translation>The project could not be saved:
%1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them?</source>
        <translation>The project has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>No open findings</source>
        <translation>No open findings</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>New Project</translation>
    </message>
    <message>
        <source>Projects (*.sqlite)</source>
        <translation>Projects (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 exists already: it is opened, not replaced.</source>
        <translation>%1 exists already: it is opened, not replaced.</translation>
    </message>
    <message>
        <source>Projects (*.sqlite);;All files (*)</source>
        <translation>Projects (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Import Files</translation>
    </message>
    <message>
        <source>Reports (*.txt *.md *.html *.htm);;All files (*)</source>
        <translation>Reports (*.txt *.md *.html *.htm);;All files (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Import Folder</translation>
    </message>
    <message>
        <source>Re-import</source>
        <translation>Re-import</translation>
    </message>
    <message>
        <source>None of the project&apos;s report files can be found.</source>
        <translation>None of the project&apos;s report files can be found.</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>No recent projects</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n report(s) to %1</source>
        <translation>
            <numerusform>Exported %n report to %1</numerusform>
            <numerusform>Exported %n reports to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <source>Disclosed</source>
        <translation>Disclosed</translation>
    </message>
    <message>
        <source>Partly disclosed</source>
        <translation>Partly disclosed</translation>
    </message>
    <message>
        <source>Not disclosed</source>
        <translation>Not disclosed</translation>
    </message>
    <message>
        <source>Cannot be provided</source>
        <translation>Cannot be provided</translation>
    </message>
    <message>
        <source>Not processed</source>
        <translation>Not processed</translation>
    </message>
    <message>
        <source>Other handling</source>
        <translation>Other handling</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Carried forward</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
</context>
<context>
    <name>ReportFileReader</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: no such file or folder</translation>
    </message>
    <message>
        <source>%1: the folder cannot be listed</source>
        <translation>%1: the folder cannot be listed</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <source>PDF files are not supported yet</source>
        <translation>PDF files are not supported yet</translation>
    </message>
    <message>
        <source>Word (DOCX) files are not supported yet</source>
        <translation>Word (DOCX) files are not supported yet</translation>
    </message>
    <message>
        <source>the file name has no suffix that tells its type</source>
        <translation>the file name has no suffix that tells its type</translation>
    </message>
    <message>
        <source>files of type .%1 are not supported</source>
        <translation>files of type .%1 are not supported</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>empty file</translation>
    </message>
    <message>
        <source>cannot open it: %1</source>
        <translation>cannot open it: %1</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>cannot read it: %1</translation>
    </message>
    <message>
        <source>it is a PDF document, and PDF files are not supported yet</source>
        <translation>it is a PDF document, and PDF files are not supported yet</translation>
    </message>
    <message>
        <source>the file contains no text</source>
        <translation>the file contains no text</translation>
    </message>
    <message>
        <source>file is %1 MB, larger than the %2 MB limit</source>
        <translation>file is %1 MB, larger than the %2 MB limit</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>internal error: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>the file changed while it was being read; import it again once it is complete</source>
        <translation>the file changed while it was being read; import it again once it is complete</translation>
    </message>
    <message>
        <source>%1: the name is not valid UTF-8 (the system&apos;s file name encoding), so it cannot be opened; rename it and import it again</source>
        <translation>%1: the name is not valid UTF-8 (the system&apos;s file name encoding), so it cannot be opened; rename it and import it again</translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Format not recognised: nothing was extracted</source>
        <translation>Format not recognised: nothing was extracted</translation>
    </message>
    <message numerus="yes">
        <source>%n open error(s)</source>
        <translation>
            <numerusform>%n open error</numerusform>
            <numerusform>%n open errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open finding(s), no errors</source>
        <translation>
            <numerusform>%n open finding, no errors</numerusform>
            <numerusform>%n open findings, no errors</numerusform>
        </translation>
    </message>
    <message>
        <source>No open findings</source>
        <translation>No open findings</translation>
    </message>
    <message>
        <source>Open findings: not yet confirmed, dismissed or corrected</source>
        <translation>Open findings: not yet confirmed, dismissed or corrected</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>The form the report follows: 2019, 2021, or unknown (not recognised, nothing extracted)</source>
        <translation>The form the report follows: 2019, 2021, or unknown (not recognised, nothing extracted)</translation>
    </message>
</context>
<context>
    <name>ReportListView</name>
    <message>
        <source>Filter by file name or agency</source>
        <translation>Filter by file name or agency</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>All formats</translation>
    </message>
    <message>
        <source>Show the reports of one format</source>
        <translation>Show the reports of one format</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Show the reports of one year</source>
        <translation>Show the reports of one year</translation>
    </message>
    <message>
        <source>Only reports with open errors</source>
        <translation>Only reports with open errors</translation>
    </message>
    <message>
        <source>Reports: %1 · cells: %2 · open errors: %3 · corrected cells: %4</source>
        <translation>Reports: %1 · cells: %2 · open errors: %3 · corrected cells: %4</translation>
    </message>
    <message>
        <source>Format unknown</source>
        <translation>Format unknown</translation>
    </message>
</context>
<context>
    <name>ReportsByYearModel</name>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>2019 format</source>
        <translation>2019 format</translation>
    </message>
    <message>
        <source>2021 format</source>
        <translation>2021 format</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Not recognised</translation>
    </message>
</context>
<context>
    <name>SourceTextView</name>
    <message>
        <source>Sections of the report: choose one to jump there</source>
        <translation>Sections of the report: choose one to jump there</translation>
    </message>
    <message>
        <source>Select a report to see its original text.</source>
        <translation>Select a report to see its original text.</translation>
    </message>
    <message>
        <source>No report selected</source>
        <translation>No report selected</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>year unknown</translation>
    </message>
    <message>
        <source>%1 — %2, %3, format %4</source>
        <translation>%1 — %2, %3, format %4</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>The format was not recognised (a report from before 2019?): nothing was extracted.</source>
        <translation>The format was not recognised (a report from before 2019?): nothing was extracted.</translation>
    </message>
    <message>
        <source>Table 3 prints “(六)其他处理” as one row: its numbers are read as “3. Other”, rows 1 and 2 stay empty.</source>
        <translation>Table 3 prints “(六)其他处理” as one row: its numbers are read as “3. Other”, rows 1 and 2 stay empty.</translation>
    </message>
    <message>
        <source>Part of the tables is too garbled to try every way of reading it: the cells it leaves open are marked ambiguous and keep the text they come from.</source>
        <translation>Part of the tables is too garbled to try every way of reading it: the cells it leaves open are marked ambiguous and keep the text they come from.</translation>
    </message>
    <message>
        <source>agency unknown</source>
        <translation>agency unknown</translation>
    </message>
</context>
<context>
    <name>SqliteProjectFile</name>
    <message>
        <source>Cannot create the project %1: the folder %2 does not exist.</source>
        <translation>Cannot create the project %1: the folder %2 does not exist.</translation>
    </message>
    <message>
        <source>Cannot create the project %1: the folder %2 cannot be written.</source>
        <translation>Cannot create the project %1: the folder %2 cannot be written.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file.</source>
        <translation>%1 is a folder, not a project file.</translation>
    </message>
    <message>
        <source>Cannot read the project %1: %2</source>
        <translation>Cannot read the project %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a GovInfo Review project (it is not an SQLite database). It was left untouched.</source>
        <translation>%1 is not a GovInfo Review project (it is not an SQLite database). It was left untouched.</translation>
    </message>
    <message>
        <source>The project %1 is read-only: it cannot be changed. Make it writable, or copy it.</source>
        <translation>The project %1 is read-only: it cannot be changed. Make it writable, or copy it.</translation>
    </message>
    <message>
        <source>The project %1 cannot be used: its folder cannot be written (SQLite keeps a journal beside it).</source>
        <translation>The project %1 cannot be used: its folder cannot be written (SQLite keeps a journal beside it).</translation>
    </message>
    <message>
        <source>The project %1 is locked by another program (or another copy of this one). Close it there and try again; nothing was changed.</source>
        <translation>The project %1 is locked by another program (or another copy of this one). Close it there and try again; nothing was changed.</translation>
    </message>
    <message>
        <source>The project %1 cannot be written: it is read-only. Nothing was changed.</source>
        <translation>The project %1 cannot be written: it is read-only. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 is not a GovInfo Review project (it is not an SQLite database).</source>
        <translation>%1 is not a GovInfo Review project (it is not an SQLite database).</translation>
    </message>
    <message>
        <source>The project %1 is damaged: %2</source>
        <translation>The project %1 is damaged: %2</translation>
    </message>
    <message>
        <source>The disk is full: the project %1 cannot grow. Nothing was changed.</source>
        <translation>The disk is full: the project %1 cannot grow. Nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot open the project %1: %2</source>
        <translation>Cannot open the project %1: %2</translation>
    </message>
    <message>
        <source>The project %1 reported an error: %2</source>
        <translation>The project %1 reported an error: %2</translation>
    </message>
</context>
<context>
    <name>SqliteProjectStore</name>
    <message>
        <source>No project is open.</source>
        <translation>No project is open.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed: cannot open the project %1.</source>
        <translation>Qt&apos;s SQLite driver (QSQLITE) is not installed: cannot open the project %1.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a GovInfo Review project. It was left untouched.</source>
        <translation>%1 is an SQLite database but not a GovInfo Review project. It was left untouched.</translation>
    </message>
    <message>
        <source>The project %1 was written by a newer version of GovInfo Review (schema %2, this one reads up to %3). It was left untouched.</source>
        <translation>The project %1 was written by a newer version of GovInfo Review (schema %2, this one reads up to %3). It was left untouched.</translation>
    </message>
    <message>
        <source>Cannot store %1: it has %2 cells, which does not fit its format &quot;%3&quot;.</source>
        <translation>Cannot store %1: it has %2 cells, which does not fit its format &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The report %1 has no cell %2.</source>
        <translation>The report %1 has no cell %2.</translation>
    </message>
    <message>
        <source>The project %1 has no report %2.</source>
        <translation>The project %1 has no report %2.</translation>
    </message>
    <message>
        <source>The project %1 has no finding %2.</source>
        <translation>The project %1 has no finding %2.</translation>
    </message>
    <message>
        <source>The project %1 is not open through SQLite&apos;s own driver.</source>
        <translation>The project %1 is not open through SQLite&apos;s own driver.</translation>
    </message>
    <message>
        <source>The last writes to the project %1 were undone after an error.</source>
        <translation>The last writes to the project %1 were undone after an error.</translation>
    </message>
</context>
<context>
    <name>TablesPanel</name>
    <message>
        <source>The format of this report was not recognised: there are no tables to show.</source>
        <translation>The format of this report was not recognised: there are no tables to show.</translation>
    </message>
    <message>
        <source>Select a report to see its tables.</source>
        <translation>Select a report to see its tables.</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>the file holds binary data, not text</source>
        <translation>the file holds binary data, not text</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>empty file</translation>
    </message>
    <message>
        <source>the file starts with a %1 byte order mark but is not valid %1</source>
        <translation>the file starts with a %1 byte order mark but is not valid %1</translation>
    </message>
    <message>
        <source>the text is in no supported encoding (UTF-8, UTF-16, GB18030, Big5)</source>
        <translation>the text is in no supported encoding (UTF-8, UTF-16, GB18030, Big5)</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Set %1 to %2</source>
        <translation>Set %1 to %2</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Clear %1</translation>
    </message>
    <message>
        <source>Reopen finding</source>
        <translation>Reopen finding</translation>
    </message>
    <message>
        <source>Confirm finding</source>
        <translation>Confirm finding</translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation>Dismiss finding</translation>
    </message>
    <message>
        <source>Mark finding corrected</source>
        <translation>Mark finding corrected</translation>
    </message>
    <message>
        <source>Edit finding note</source>
        <translation>Edit finding note</translation>
    </message>
</context>
</TS>
