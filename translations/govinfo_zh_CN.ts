<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ApplicationsByYearModel</name>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Applications received</source>
        <translation>收到申请数</translation>
    </message>
    <message>
        <source>Reports counted</source>
        <translation>计入的报告数</translation>
    </message>
</context>
<context>
    <name>CellTableModel</name>
    <message>
        <source>Missing: the report leaves this cell blank or out.</source>
        <translation>缺失：报告中此单元格为空或未列出。</translation>
    </message>
    <message>
        <source>Text instead of a number: “%1”.</source>
        <translation>文字而非数字：“%1”。</translation>
    </message>
    <message>
        <source>Approximate: written as “%1”.</source>
        <translation>约数：原文写作“%1”。</translation>
    </message>
    <message>
        <source>Inferred: split out of glued digits “%1”.</source>
        <translation>推断值：由粘连数字“%1”拆分得到。</translation>
    </message>
    <message>
        <source>Ambiguous: several splits of “%1” fit the table.</source>
        <translation>有歧义：“%1”有多种拆分方式都符合表格关系。</translation>
    </message>
    <message>
        <source>Invalid: “%1” is not a number of this kind.</source>
        <translation>无效：“%1”不是此类单元格应有的数字。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Candidates: %1</source>
        <translation>候选拆分：%1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>Extracted value: %1</source>
        <translation>提取值：%1</translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>This Report</source>
        <translation>本报告</translation>
    </message>
    <message>
        <source>Reports by Year</source>
        <translation>各年度报告</translation>
    </message>
    <message>
        <source>Open Findings</source>
        <translation>未处理问题</translation>
    </message>
    <message>
        <source>Applications by Year</source>
        <translation>各年度申请</translation>
    </message>
    <message>
        <source>How applications were handled (select a report)</source>
        <translation>申请办理结果（请选择一份报告）</translation>
    </message>
    <message>
        <source>%1: no table 3 to chart</source>
        <translation>%1：没有可绘制的表三</translation>
    </message>
    <message>
        <source>How applications were handled: %1 %2</source>
        <translation>申请办理结果：%1 %2</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申请数</translation>
    </message>
    <message>
        <source>Reports by year and format</source>
        <translation>各年度报告数（按格式）</translation>
    </message>
    <message>
        <source>Report year</source>
        <translation>报告年度</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Open findings by check</source>
        <translation>各检查项的未处理问题</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>未处理问题</translation>
    </message>
    <message>
        <source>Applications received by year</source>
        <translation>各年度收到的政府信息公开申请</translation>
    </message>
    <message>
        <source>Applications received</source>
        <translation>收到申请数</translation>
    </message>
    <message>
        <source>How applications were handled: %1 %2 (none this year)</source>
        <translation>申请办理结果：%1 %2（本年无申请）</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Lists the findings of the checks for every report in the project.</source>
        <translation>列出项目中每份报告的检查问题。</translation>
    </message>
    <message>
        <source>Also list findings the reviewer dismissed or corrected.</source>
        <translation>同时列出审核人已忽略或已更正的问题。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %3, format %4): %n finding(s)</source>
        <translation>
            <numerusform>%1（%2，%3，%4 格式）：%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>agency unknown</source>
        <translation>机关未知</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>年份未知</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s), %1 finding(s)</source>
        <translation>
            <numerusform>%n 份报告，%1 个问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The project file (default: %1).</source>
        <translation>项目文件（默认：%1）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Try &quot;%1 --help&quot;.</source>
        <translation>请运行“%1 --help”查看用法。</translation>
    </message>
    <message>
        <source>Try &quot;%1 %2 --help&quot;.</source>
        <translation>请运行“%1 %2 --help”查看用法。</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>未知选项：%1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>显示本帮助。</translation>
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
        <translation>用法：%1 [--db 文件] [路径...]
      %1 命令 [选项]

读取政府信息公开工作年度报告，提取其统计表格中的单元格及每个数值在原文中的位置，
进行检查，保存在项目文件中，并导出 CSV。

命令：
  import 路径...    将报告文件和文件夹读入项目
  export --csv OUT  将项目的单元格写为 CSV（tidy 或 wide）
  check             列出检查发现的问题

不带命令时，打开 --db 指定的项目（否则为上次的项目，再否则为默认项目）的审校窗口，
并先导入给出的路径。没有显示器时会加以说明并改为无界面运行：导入给出的路径
（未给出时导入内置的示例报告），并输出摘要和问题。

选项：
  -h, --help        显示本帮助
  -v, --version     显示版本

“%1 命令 --help”显示某一命令的选项。
默认项目为 %2
</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>No export file is open.</source>
        <translation>没有打开的导出文件。</translation>
    </message>
    <message>
        <source>This build of Qt cannot write GB18030; export as UTF-8 instead.</source>
        <translation>此 Qt 版本无法写入 GB18030 编码，请改用 UTF-8 导出。</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Writes the cells of every report in the project (its latest version) as CSV. tidy: one line per cell (file,agency,year,format,table,row,column,value,extracted,flags,...); wide: one line per report, one column per cell.</source>
        <translation>将项目中每份报告（最新版本）的单元格写为 CSV。tidy：每个单元格一行（file,agency,year,format,table,row,column,value,extracted,flags,...）；wide：每份报告一行，每个单元格一列。</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>要写入的 CSV 文件。</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>tidy (default) or wide.</source>
        <translation>tidy（默认）或 wide。</translation>
    </message>
    <message>
        <source>LAYOUT</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>utf-8 (default), utf-8-bom (for Excel) or gb18030.</source>
        <translation>utf-8（默认）、utf-8-bom（供 Excel 使用）或 gb18030。</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>Name the file to write with --csv OUT.</source>
        <translation>请用 --csv OUT 指定要写入的文件。</translation>
    </message>
    <message>
        <source>Unknown layout &quot;%1&quot;: use tidy or wide.</source>
        <translation>未知布局“%1”：请使用 tidy 或 wide。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use utf-8, utf-8-bom or gb18030.</source>
        <translation>未知编码“%1”：请使用 utf-8、utf-8-bom 或 gb18030。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n report(s) to %1</source>
        <translation>
            <numerusform>已将 %n 份报告导出到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>&amp;Tidy: one line per cell</source>
        <translation>长表(&amp;T)：每个单元格一行</translation>
    </message>
    <message>
        <source>&amp;Wide: one line per report, one column per cell</source>
        <translation>宽表(&amp;W)：每份报告一行，每个单元格一列</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>&amp;All reports (%1)</source>
        <translation>全部报告(&amp;A)（%1）</translation>
    </message>
    <message>
        <source>&amp;Selected reports (%1)</source>
        <translation>选中的报告(&amp;S)（%1）</translation>
    </message>
    <message>
        <source>Only reports &amp;without open errors</source>
        <translation>仅无未处理错误的报告(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (for Excel)</source>
        <translation>带 BOM 的 UTF-8（供 Excel 使用）</translation>
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
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>FindingReviewDialog</name>
    <message>
        <source>Confirm Findings</source>
        <translation>确认问题</translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n finding(s): the report itself is wrong. Note (optional):</source>
        <translation>
            <numerusform>确认 %n 个问题：报告本身有误。备注（可选）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss Findings</source>
        <translation>忽略问题</translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n finding(s). Note (optional):</source>
        <translation>
            <numerusform>忽略 %n 个问题。备注（可选）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Findings Corrected</source>
        <translation>标记问题为已更正</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n finding(s) corrected: the extraction was wrong and is fixed. Note (optional):</source>
        <translation>
            <numerusform>将 %n 个问题标记为已更正：提取有误，已修正。备注（可选）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen Findings</source>
        <translation>重新打开问题</translation>
    </message>
    <message numerus="yes">
        <source>Reopen %n finding(s). Note (optional):</source>
        <translation>
            <numerusform>重新打开 %n 个问题。备注（可选）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Why, for the next reviewer</source>
        <translation>原因，供下一位审核人参考</translation>
    </message>
</context>
<context>
    <name>FindingsByCheckModel</name>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>未处理问题</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>This report</source>
        <translation>本报告</translation>
    </message>
    <message>
        <source>Whole project</source>
        <translation>整个项目</translation>
    </message>
    <message>
        <source>&amp;Confirm…</source>
        <translation>确认(&amp;C)…</translation>
    </message>
    <message>
        <source>The report itself is wrong: keep the finding, with a note</source>
        <translation>报告本身有误：保留该问题，并附备注</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>忽略(&amp;D)…</translation>
    </message>
    <message>
        <source>Not a problem: hide the finding from the open ones, with a note</source>
        <translation>不是问题：从未处理问题中隐藏，并附备注</translation>
    </message>
    <message>
        <source>Mark Co&amp;rrected…</source>
        <translation>标记为已更正(&amp;R)…</translation>
    </message>
    <message>
        <source>The extraction was wrong and the cell is fixed</source>
        <translation>提取有误，单元格已修正</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>重新打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Back to open</source>
        <translation>恢复为未处理</translation>
    </message>
    <message numerus="yes">
        <source>Review %n finding(s)</source>
        <translation>
            <numerusform>审核 %n 个问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuiStartup</name>
    <message>
        <source>Opens the review window on a project, importing the PATHs first.</source>
        <translation>打开项目的审校窗口，先导入给出的路径。</translation>
    </message>
    <message>
        <source>Report files and folders to import first.</source>
        <translation>要先导入的报告文件和文件夹。</translation>
    </message>
    <message>
        <source>[PATH...]</source>
        <translation>[路径...]</translation>
    </message>
    <message>
        <source>No display found (DISPLAY and WAYLAND_DISPLAY are unset, or the platform is offscreen): the review window cannot open.</source>
        <translation>未找到显示器（DISPLAY 和 WAYLAND_DISPLAY 均未设置，或平台为 offscreen）：无法打开审校窗口。</translation>
    </message>
    <message>
        <source>Working headless instead; the same from the command line:</source>
        <translation>改为无界面运行；等同于以下命令：</translation>
    </message>
    <message>
        <source>GovInfo Review</source>
        <translation>年报审校</translation>
    </message>
    <message>
        <source>The project %1 cannot be opened.

%2</source>
        <translation>无法打开项目 %1。

%2</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>文件或文件夹不存在：%1</translation>
    </message>
</context>
<context>
    <name>HtmlFlattener</name>
    <message>
        <source>the HTML is nested more than %1 elements deep</source>
        <translation>HTML 嵌套层级超过 %1 层</translation>
    </message>
    <message>
        <source>the HTML could not be parsed</source>
        <translation>无法解析该 HTML</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Reads report files (.txt, .md, .html) and folders of them into the project: extracts the tables, checks them and stores the cells. A file imported before is not duplicated; a changed file with the same name becomes a new version that keeps the hand corrections.</source>
        <translation>将报告文件（.txt、.md、.html）及其所在文件夹读入项目：提取表格、进行检查并保存单元格。已导入过的文件不会重复；同名但内容有变的文件成为新版本，并保留人工更正。</translation>
    </message>
    <message>
        <source>Report files and folders.</source>
        <translation>报告文件和文件夹。</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>路径...</translation>
    </message>
    <message>
        <source>Name at least one file or folder to import.</source>
        <translation>请至少指定一个要导入的文件或文件夹。</translation>
    </message>
    <message>
        <source>No command given: importing the bundled sample reports into %1.</source>
        <translation>未给出命令：将内置的示例报告导入 %1。</translation>
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
        <translation>--commit-every 需要一个报告份数，至少为 1。</translation>
    </message>
    <message>
        <source>Commit the reports N at a time (default %1, and at least every quarter second). A crash loses the reports not yet committed, never part of one; 1 keeps each as soon as it is stored, at some cost in speed.</source>
        <translation>每 N 份报告提交一次（默认 %1 份，且至少每四分之一秒提交一次）。程序崩溃时只会丢失尚未提交的报告，绝不会留下残缺的报告；设为 1 则每份报告存入后立即保存，速度会稍慢。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Reports</source>
        <translation>导入报告</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %n report(s) stored.</source>
        <translation>
            <numerusform>导入已取消：已保存 %n 份报告。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %1 of %n file(s) read.</source>
        <translation>
            <numerusform>导入完成：%n 个文件中已读取 %1 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n report(s) read.</source>
        <translation>
            <numerusform>导入完成：已读取 %n 份报告。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Looking for report files…</source>
        <translation>正在查找报告文件…</translation>
    </message>
    <message>
        <source>Reading files: %1 of %2 done…</source>
        <translation>正在读取文件：已完成 %1 个，共 %2 个…</translation>
    </message>
</context>
<context>
    <name>ImportSession</name>
    <message>
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <source>Reports read: %1 of %2 files</source>
        <translation>已读取报告：%2 个文件中的 %1 个</translation>
    </message>
    <message>
        <source>Stored: %1 added, %2 unchanged, %3 new versions</source>
        <translation>已保存：新增 %1 份，未变 %2 份，新版本 %3 份</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>By format: %1</source>
        <translation>按格式：%1</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) not imported</source>
        <translation>
            <numerusform>已取消：%n 个文件未导入</numerusform>
        </translation>
    </message>
    <message>
        <source>Read with warnings: %1</source>
        <translation>读取时有警告：%1</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>未读取：%1</translation>
    </message>
    <message>
        <source>%1: no table of the 2019 or 2021 format found; the text is kept, nothing is extracted</source>
        <translation>%1：未找到 2019 或 2021 格式的表格；已保留原文，未提取任何数据</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n character(s) could not be decoded as %2 and were replaced by U+FFFD</source>
        <translation>
            <numerusform>%1：有 %n 个字符无法按 %2 解码，已替换为 U+FFFD</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no report files found (.txt, .md, .html)</source>
        <translation>%1：未找到报告文件（.txt、.md、.html）</translation>
    </message>
    <message>
        <source>%1: not stored: %2</source>
        <translation>%1：未保存：%2</translation>
    </message>
    <message>
        <source>%1: not imported: the project cannot be written</source>
        <translation>%1：未导入：项目无法写入</translation>
    </message>
</context>
<context>
    <name>LanguageActions</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Re-i&amp;mport</source>
        <translation>重新导入(&amp;M)</translation>
    </message>
    <message>
        <source>Reads the project&apos;s report files again: changed files become new versions</source>
        <translation>重新读取项目的报告文件：有变化的文件成为新版本</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Next Finding</source>
        <translation>下一个问题(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Finding</source>
        <translation>上一个问题(&amp;P)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>无项目</translation>
    </message>
    <message>
        <source>%1[*] — GovInfo Review</source>
        <translation>%1[*] — 年报审校</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>请先打开或新建一个项目。</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n report(s) in the project</source>
        <translation>
            <numerusform>导入完成：项目中共有 %n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The project could not be saved:
%1</source>
        <translation>无法保存项目：
%1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them?</source>
        <translation>项目有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>No open findings</source>
        <translation>没有未处理的问题</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Projects (*.sqlite)</source>
        <translation>项目 (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 exists already: it is opened, not replaced.</source>
        <translation>%1 已存在：将打开它，而不是替换。</translation>
    </message>
    <message>
        <source>Projects (*.sqlite);;All files (*)</source>
        <translation>项目 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Reports (*.txt *.md *.html *.htm);;All files (*)</source>
        <translation>报告 (*.txt *.md *.html *.htm);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>Re-import</source>
        <translation>重新导入</translation>
    </message>
    <message>
        <source>None of the project&apos;s report files can be found.</source>
        <translation>找不到项目中的任何报告文件。</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>没有最近打开的项目</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n report(s) to %1</source>
        <translation>
            <numerusform>已将 %n 份报告导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <source>Disclosed</source>
        <translation>予以公开</translation>
    </message>
    <message>
        <source>Partly disclosed</source>
        <translation>部分公开</translation>
    </message>
    <message>
        <source>Not disclosed</source>
        <translation>不予公开</translation>
    </message>
    <message>
        <source>Cannot be provided</source>
        <translation>无法提供</translation>
    </message>
    <message>
        <source>Not processed</source>
        <translation>不予处理</translation>
    </message>
    <message>
        <source>Other handling</source>
        <translation>其他处理</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>结转下年度</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申请数</translation>
    </message>
</context>
<context>
    <name>ReportFileReader</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1：文件或文件夹不存在</translation>
    </message>
    <message>
        <source>%1: the folder cannot be listed</source>
        <translation>%1：无法列出该文件夹的内容</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>PDF files are not supported yet</source>
        <translation>暂不支持 PDF 文件</translation>
    </message>
    <message>
        <source>Word (DOCX) files are not supported yet</source>
        <translation>暂不支持 Word（DOCX）文件</translation>
    </message>
    <message>
        <source>the file name has no suffix that tells its type</source>
        <translation>文件名没有可判断类型的扩展名</translation>
    </message>
    <message>
        <source>files of type .%1 are not supported</source>
        <translation>不支持 .%1 类型的文件</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>cannot open it: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>it is a PDF document, and PDF files are not supported yet</source>
        <translation>这是 PDF 文档，暂不支持 PDF 文件</translation>
    </message>
    <message>
        <source>the file contains no text</source>
        <translation>文件中没有文字</translation>
    </message>
    <message>
        <source>file is %1 MB, larger than the %2 MB limit</source>
        <translation>文件大小为 %1 MB，超过 %2 MB 的上限</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>the file changed while it was being read; import it again once it is complete</source>
        <translation>读取期间文件发生了变化；请待文件完整后再导入</translation>
    </message>
    <message>
        <source>%1: the name is not valid UTF-8 (the system&apos;s file name encoding), so it cannot be opened; rename it and import it again</source>
        <translation>%1：文件名不是有效的 UTF-8（系统的文件名编码），无法打开；请重命名后再导入</translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Format not recognised: nothing was extracted</source>
        <translation>格式未识别：未提取任何内容</translation>
    </message>
    <message numerus="yes">
        <source>%n open error(s)</source>
        <translation>
            <numerusform>%n 个未处理错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open finding(s), no errors</source>
        <translation>
            <numerusform>%n 个未处理问题，无错误</numerusform>
        </translation>
    </message>
    <message>
        <source>No open findings</source>
        <translation>没有未处理问题</translation>
    </message>
    <message>
        <source>Open findings: not yet confirmed, dismissed or corrected</source>
        <translation>未处理问题：尚未确认、忽略或更正</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未识别</translation>
    </message>
    <message>
        <source>The form the report follows: 2019, 2021, or unknown (not recognised, nothing extracted)</source>
        <translation>报告采用的格式：2019、2021，或未识别（不提取任何内容）</translation>
    </message>
</context>
<context>
    <name>ReportListView</name>
    <message>
        <source>Filter by file name or agency</source>
        <translation>按文件名或机关筛选</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>全部格式</translation>
    </message>
    <message>
        <source>Show the reports of one format</source>
        <translation>只显示某一格式的报告</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>Show the reports of one year</source>
        <translation>只显示某一年度的报告</translation>
    </message>
    <message>
        <source>Only reports with open errors</source>
        <translation>只显示有未处理错误的报告</translation>
    </message>
    <message>
        <source>Reports: %1 · cells: %2 · open errors: %3 · corrected cells: %4</source>
        <translation>报告 %1 份 · 单元格 %2 个 · 未处理错误 %3 个 · 已更正单元格 %4 个</translation>
    </message>
    <message>
        <source>Format unknown</source>
        <translation>格式未识别</translation>
    </message>
</context>
<context>
    <name>ReportsByYearModel</name>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>2019 format</source>
        <translation>2019 格式</translation>
    </message>
    <message>
        <source>2021 format</source>
        <translation>2021 格式</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>未识别</translation>
    </message>
</context>
<context>
    <name>SourceTextView</name>
    <message>
        <source>Sections of the report: choose one to jump there</source>
        <translation>报告的各部分：选择以跳转</translation>
    </message>
    <message>
        <source>Select a report to see its original text.</source>
        <translation>选择一份报告以查看原文。</translation>
    </message>
    <message>
        <source>No report selected</source>
        <translation>未选择报告</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>年份未知</translation>
    </message>
    <message>
        <source>%1 — %2, %3, format %4</source>
        <translation>%1 — %2，%3，%4 格式</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>The format was not recognised (a report from before 2019?): nothing was extracted.</source>
        <translation>未识别报告格式（2019 年以前的报告？）：未提取任何内容。</translation>
    </message>
    <message>
        <source>Table 3 prints “(六)其他处理” as one row: its numbers are read as “3. Other”, rows 1 and 2 stay empty.</source>
        <translation>表三将“（六）其他处理”印为一行：其数字按“3.其他”读取，第 1、2 项留空。</translation>
    </message>
    <message>
        <source>Part of the tables is too garbled to try every way of reading it: the cells it leaves open are marked ambiguous and keep the text they come from.</source>
        <translation>部分表格过于混乱，无法逐一尝试所有读法：未能确定的单元格标为有歧义，并保留其原文。</translation>
    </message>
    <message>
        <source>agency unknown</source>
        <translation>机关未知</translation>
    </message>
</context>
<context>
    <name>SqliteProjectFile</name>
    <message>
        <source>Cannot create the project %1: the folder %2 does not exist.</source>
        <translation>无法创建项目 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot create the project %1: the folder %2 cannot be written.</source>
        <translation>无法创建项目 %1：文件夹 %2 不可写。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file.</source>
        <translation>%1 是文件夹，不是项目文件。</translation>
    </message>
    <message>
        <source>Cannot read the project %1: %2</source>
        <translation>无法读取项目 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a GovInfo Review project (it is not an SQLite database). It was left untouched.</source>
        <translation>%1 不是年报审校项目（不是 SQLite 数据库），未做任何改动。</translation>
    </message>
    <message>
        <source>The project %1 is read-only: it cannot be changed. Make it writable, or copy it.</source>
        <translation>项目 %1 为只读，无法修改。请将其设为可写，或复制一份。</translation>
    </message>
    <message>
        <source>The project %1 cannot be used: its folder cannot be written (SQLite keeps a journal beside it).</source>
        <translation>无法使用项目 %1：其所在文件夹不可写（SQLite 需要在旁边保存日志文件）。</translation>
    </message>
    <message>
        <source>The project %1 is locked by another program (or another copy of this one). Close it there and try again; nothing was changed.</source>
        <translation>项目 %1 被其他程序（或本程序的另一个实例）锁定。请在那里关闭后重试；未做任何改动。</translation>
    </message>
    <message>
        <source>The project %1 cannot be written: it is read-only. Nothing was changed.</source>
        <translation>项目 %1 无法写入：它是只读的。未做任何改动。</translation>
    </message>
    <message>
        <source>%1 is not a GovInfo Review project (it is not an SQLite database).</source>
        <translation>%1 不是年报审校项目（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>The project %1 is damaged: %2</source>
        <translation>项目 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>The disk is full: the project %1 cannot grow. Nothing was changed.</source>
        <translation>磁盘已满：项目 %1 无法增大。未做任何改动。</translation>
    </message>
    <message>
        <source>Cannot open the project %1: %2</source>
        <translation>无法打开项目 %1：%2</translation>
    </message>
    <message>
        <source>The project %1 reported an error: %2</source>
        <translation>项目 %1 报告了错误：%2</translation>
    </message>
</context>
<context>
    <name>SqliteProjectStore</name>
    <message>
        <source>No project is open.</source>
        <translation>没有打开的项目。</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed: cannot open the project %1.</source>
        <translation>未安装 Qt 的 SQLite 驱动（QSQLITE）：无法打开项目 %1。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a GovInfo Review project. It was left untouched.</source>
        <translation>%1 是 SQLite 数据库，但不是年报审校项目，未做任何改动。</translation>
    </message>
    <message>
        <source>The project %1 was written by a newer version of GovInfo Review (schema %2, this one reads up to %3). It was left untouched.</source>
        <translation>项目 %1 由更新版本的年报审校写入（结构版本 %2，本版本最多支持 %3），未做任何改动。</translation>
    </message>
    <message>
        <source>Cannot store %1: it has %2 cells, which does not fit its format &quot;%3&quot;.</source>
        <translation>无法保存 %1：它有 %2 个单元格，与其格式“%3”不符。</translation>
    </message>
    <message>
        <source>The report %1 has no cell %2.</source>
        <translation>报告 %1 没有单元格 %2。</translation>
    </message>
    <message>
        <source>The project %1 has no report %2.</source>
        <translation>项目 %1 中没有报告 %2。</translation>
    </message>
    <message>
        <source>The project %1 has no finding %2.</source>
        <translation>项目 %1 中没有问题 %2。</translation>
    </message>
    <message>
        <source>The project %1 is not open through SQLite&apos;s own driver.</source>
        <translation>项目 %1 不是通过 SQLite 自身的驱动打开的。</translation>
    </message>
    <message>
        <source>The last writes to the project %1 were undone after an error.</source>
        <translation>出错后，对项目 %1 的最近写入已被撤销。</translation>
    </message>
</context>
<context>
    <name>TablesPanel</name>
    <message>
        <source>The format of this report was not recognised: there are no tables to show.</source>
        <translation>未能识别此报告的格式：没有可显示的表格。</translation>
    </message>
    <message>
        <source>Select a report to see its tables.</source>
        <translation>选择一份报告以查看其表格。</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>the file holds binary data, not text</source>
        <translation>文件内容是二进制数据，不是文本</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>the file starts with a %1 byte order mark but is not valid %1</source>
        <translation>文件以 %1 字节顺序标记开头，但不是有效的 %1</translation>
    </message>
    <message>
        <source>the text is in no supported encoding (UTF-8, UTF-16, GB18030, Big5)</source>
        <translation>文本不属于任何支持的编码（UTF-8、UTF-16、GB18030、Big5）</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Set %1 to %2</source>
        <translation>将 %1 设为 %2</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>清空 %1</translation>
    </message>
    <message>
        <source>Reopen finding</source>
        <translation>重新打开问题</translation>
    </message>
    <message>
        <source>Confirm finding</source>
        <translation>确认问题</translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation>忽略问题</translation>
    </message>
    <message>
        <source>Mark finding corrected</source>
        <translation>将问题标记为已更正</translation>
    </message>
    <message>
        <source>Edit finding note</source>
        <translation>编辑问题备注</translation>
    </message>
</context>
</TS>
