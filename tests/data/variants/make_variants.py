#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 GovInfo Review authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the variant reports of this folder from the real reports in ../corpus and ../seeds.

    python3 tests/data/variants/make_variants.py

Each variant keeps a real report's narrative (the text before its section 二 and from its section 五
on) and its hand-read values (the corpus truth), and writes tables 2-4 in another markup, layout,
label wording or number form that real sites produce. What each variant is about is in README.md;
truth/<name>.json holds its expected cells (the base report's truth, file name changed).
Deterministic: running it again rewrites the same files.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)

APPLICANTS = ["natural", "commercial", "research", "social", "legal", "other", "total"]
T4_ROWS = ["review", "suit_direct", "suit_after_review"]
T4_COLUMNS = ["upheld", "corrected", "other", "pending", "total"]

# Table 3: (row key, group label or None, row label). The group label heads a run of rows.
T3_ROWS = [
    ("new", None, "一、本年新收政府信息公开申请数量"),
    ("carried_over", None, "二、上年结转政府信息公开申请数量"),
    ("granted", "三、本年度办理结果", "（一）予以公开"),
    ("partial", None, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("denied_secret", "（三）不予公开", "1.属于国家秘密"),
    ("denied_law", None, "2.其他法律行政法规禁止公开"),
    ("denied_safety", None, "3.危及“三安全一稳定”"),
    ("denied_third_party", None, "4.保护第三方合法权益"),
    ("denied_internal", None, "5.属于三类内部事务信息"),
    ("denied_process", None, "6.属于四类过程性信息"),
    ("denied_enforcement", None, "7.属于行政执法案卷"),
    ("denied_query", None, "8.属于行政查询事项"),
    ("unable_no_info", "（四）无法提供", "1.本机关不掌握相关政府信息"),
    ("unable_create", None, "2.没有现成信息需要另行制作"),
    ("unable_unclear", None, "3.补正后申请内容仍不明确"),
    ("reject_petition", "（五）不予处理", "1.信访举报投诉类申请"),
    ("reject_repeat", None, "2.重复申请"),
    ("reject_publication", None, "3.要求提供公开出版物"),
    ("reject_excessive", None, "4.无正当理由大量反复申请"),
    ("reject_confirm", None, "5.要求行政机关确认或重新出具已获取信息"),
    ("other", None, "（六）其他处理"),
    ("other_no_correction", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("other_no_fee", None, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("other_misc", None, "3.其他"),
    ("total", None, "（七）总计"),
    ("carry_forward", None, "四、结转下年度继续办理"),
]

# Table 2 sub-tables: (marker, column headings, [(row key, label, columns)]).
T2 = {
    "2019": [
        ("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
         [("rules", "规章", ["made", "published", "total"]),
          ("normative", "规范性文件", ["made", "published", "total"])]),
        ("第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
         [("licensing", "行政许可", ["prev_items", "change", "decisions"]),
          ("services", "其他对外管理服务事项", ["prev_items", "change", "decisions"])]),
        ("第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
         [("penalty", "行政处罚", ["prev_items", "change", "decisions"]),
          ("coercion", "行政强制", ["prev_items", "change", "decisions"])]),
        ("第二十条第（八）项", ["上一年项目数量", "本年增/减"],
         [("fees", "行政事业性收费", ["prev_items", "change"])]),
        ("第二十条第（九）项", ["采购项目数量", "采购总金额"],
         [("procurement", "政府集中采购", ["items", "amount"])]),
    ],
    "2021": [
        ("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"],
         [("rules", "规章", ["issued", "repealed", "in_force"]),
          ("normative", "行政规范性文件", ["issued", "repealed", "in_force"])]),
        ("第二十条第（五）项", ["本年处理决定数量"], [("licensing", "行政许可", ["decisions"])]),
        ("第二十条第（六）项", ["本年处理决定数量"],
         [("penalty", "行政处罚", ["decisions"]), ("coercion", "行政强制", ["decisions"])]),
        ("第二十条第（八）项", ["本年收费金额（单位：万元）"], [("fees", "行政事业性收费", ["amount"])]),
    ],
}

HEADINGS = {2: "二、主动公开政府信息情况", 3: "三、收到和处理政府信息公开申请情况",
            4: "四、政府信息公开行政复议、行政诉讼情况"}
T3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
STANDALONE = ("new", "carried_over", "other", "total", "carry_forward")
T3_HEAD = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]


class Report:
    """A real report: its truth and the narrative around its tables."""

    def __init__(self, raw, truth):
        with open(os.path.join(DATA, raw), encoding="utf-8", newline="") as f:
            text = f.read()
        with open(os.path.join(DATA, truth), encoding="utf-8") as f:
            self.truth = json.load(f)
        start = text.index(HEADINGS[2])
        end = text.index("五、", text.index(HEADINGS[4], start))
        self.before = text[:start].replace("\r\n", "\n")
        self.after = text[end:].replace("\r\n", "\n")
        self.format = self.truth["format"]
        # Sub-tables of the other format's table 2 a report kept: (marker, headings, label, values).
        self.extra_t2 = []

    def changed(self, before=None, extra_t2=None):
        """A copy with other narrative before the tables, or with extra table-2 sub-tables."""
        copy = object.__new__(Report)
        copy.__dict__.update(self.__dict__)
        if before is not None:
            copy.before = before
        if extra_t2 is not None:
            copy.extra_t2 = extra_t2
        return copy

    def t3_rows(self, single_other=False):
        rows = []
        for key, group, label in T3_ROWS:
            if (self.format == "2019" and key.startswith("other_")) or (self.format == "2021" and key == "other"):
                continue
            if single_other and key.startswith("other_"):
                if key != "other_misc":
                    continue
                group, label = None, "（六）其他处理"
            rows.append((key, group, label))
        return rows

    def value(self, table, row, column):
        return self.truth["cells"][table][row][column]


def plain_number(value):
    if value is None:
        return ""
    if isinstance(value, float):
        return ("%.6f" % value).rstrip("0").rstrip(".")
    return str(value)


def thousands(value):
    text = plain_number(value)
    if not text:
        return text
    whole, _, fraction = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + ",".join(groups) + ("." + fraction if fraction else "")


def fullwidth(value):
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" else c for c in plain_number(value))


def with_unit(unit):
    return lambda value: (plain_number(value) + unit) if value is not None else ""


def spaced_unit(unit):
    return lambda value: (plain_number(value) + " " + unit) if value is not None else ""


# ---------------------------------------------------------------- table models


def t2_lines(report, number=plain_number):
    """Table 2 as (kind, cells): kind is 'marker', 'head' or a row key."""
    lines = []
    for marker, heads, rows in T2[report.format]:
        lines.append(("marker", [marker]))
        lines.append(("head", ["信息内容"] + heads))
        for key, label, columns in rows:
            lines.append((key, [label] + [number(report.value("t2", key, c)) for c in columns]))
    for marker, heads, label, cells in report.extra_t2:
        lines += [("marker", [marker]), ("head", ["信息内容"] + heads), ("extra", [label] + cells)]
    return lines


def t3_values(report, key, number=plain_number):
    return [number(report.value("t3", key, c)) for c in APPLICANTS]


def t4_values(report, number=plain_number):
    return [number(report.value("t4", r, c)) for r in T4_ROWS for c in T4_COLUMNS]


# ---------------------------------------------------------------- HTML


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_page(report, tables_html, title_tag="h1", charset="utf-8", wrap_layout=False, order=(2, 3, 4)):
    lines = [ln for ln in report.before.split("\n") if ln.strip()]
    if "报告" not in lines[0]:
        lines[:2] = [lines[0].strip() + lines[1].strip()]  # a title broken over two PDF lines
    after = [ln for ln in report.after.split("\n") if ln.strip()]
    head = '<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">' \
           "<title>%s</title></head><body>\n" % (charset, esc(lines[0].strip()))
    body = ["<%s>%s</%s>" % (title_tag, esc(lines[0].strip()), title_tag)]
    body += ['<p style="text-indent:2em"><span>%s</span></p>' % esc(ln.strip()) for ln in lines[1:]]
    for section in order:
        body.append("<h3>%s</h3>" % HEADINGS[section])
        body.append(tables_html[section])
    body += ['<p style="text-indent:2em">%s</p>' % esc(ln.strip()) for ln in after]
    content = "\n".join(body)
    if wrap_layout:
        # Old CMS pages put the whole article inside a layout table.
        content = ('<table width="100%" class="layout"><tbody><tr><td class="nav">首页 &gt; 政务公开 &gt; 年度报告</td></tr>'
                   '<tr><td class="article">\n' + content + "\n</td></tr></tbody></table>")
    return head + content + "\n</body></html>\n"


class HtmlStyle:
    def __init__(self, th=False, span=False, br=False, seq=False, number=plain_number, thead=False,
                 label_rowspan=True, single_other=False, t3_header="three-rows", word_rowspans=False,
                 p_lines=False, split_table=False):
        self.th = th          # header cells (and row labels) as <th>
        self.span = span      # cell text inside <p><span>
        self.br = br          # long labels broken with <br>
        self.seq = seq        # a leading 序号 column
        self.number = number
        self.thead = thead    # <thead> and several <tbody>
        self.label_rowspan = label_rowspan
        self.single_other = single_other
        self.t3_header = t3_header
        self.word_rowspans = word_rowspans  # 三、本年度办理结果 in a column of its own spanning the results
        self.p_lines = p_lines  # long labels as several <p> in their cell
        self.split_table = split_table  # table 3 split in two tables at a page break

    def cell(self, text, tag="td", attrs="", label=False):
        body = esc(text)
        if label and self.br and len(text) > 10:
            cut = len(text) // 2
            body = esc(text[:cut]) + "<br/>" + esc(text[cut:])
        if label and self.p_lines and len(text) > 8:
            body = "".join("<p>%s</p>" % esc(text[i:i + 8]) for i in range(0, len(text), 8))
            return "<%s%s>%s</%s>" % (tag, attrs, body, tag)
        if self.span and text:
            body = '<p align="center"><span style="font-size:12pt">%s</span></p>' % body
        elif self.span:
            body = "<p><span>&nbsp;</span></p>"
        return "<%s%s>%s</%s>" % (tag, attrs, body, tag)

    def head(self, text, attrs=""):
        return self.cell(text, "th" if self.th else "td", attrs, label=True)

    def label(self, text, attrs=""):
        return self.cell(text, "th" if self.th else "td", attrs, label=True)


def html_t2(report, style):
    out = ['<table border="1" cellspacing="0" class="MsoTableGrid">']
    out.append("<tbody>")
    seq = 0
    for kind, cells in t2_lines(report, style.number):
        width = 4
        if kind == "marker":
            out.append("<tr>%s%s</tr>" % (style.head("序号") if style.seq else "",
                                         style.head(cells[0], ' colspan="%d"' % width)))
        elif kind == "head":
            span = width - len(cells) + 1
            tds = [style.head(cells[0])] + [style.head(c) for c in cells[1:-1]] \
                + [style.head(cells[-1], ' colspan="%d"' % span if span > 1 else "")]
            out.append("<tr>%s%s</tr>" % (style.head("") if style.seq else "", "".join(tds)))
        else:
            seq += 1
            span = width - len(cells) + 1
            tds = [style.label(cells[0])] + [style.cell(c) for c in cells[1:-1]] \
                + [style.cell(cells[-1], attrs=' colspan="%d"' % span if span > 1 else "")]
            out.append("<tr>%s%s</tr>" % (style.cell(str(seq)) if style.seq else "", "".join(tds)))
    out.append("</tbody></table>")
    return "\n".join(out)


def html_t3_header(style, seq_head):
    out = []
    if style.t3_header == "three-rows":
        out.append("<tr>%s%s%s</tr>" % (seq_head, style.head(T3_NOTE, ' colspan="3" rowspan="3"'),
                                         style.head("申请人情况", ' colspan="7"')))
        out.append("<tr>%s%s%s</tr>" % (style.head("自然人", ' rowspan="2"'),
                                         style.head("法人或其他组织", ' colspan="5"'),
                                         style.head("总计", ' rowspan="2"')))
        out.append("<tr>%s</tr>" % "".join(style.head(h) for h in T3_HEAD[1:6]))
    elif style.t3_header == "applicants-first":
        # The applicant groups in one row, the note in a row of its own below the headers.
        out.append("<tr>%s%s%s</tr>" % (seq_head, style.head("申请人情况", ' colspan="3"'),
                                         "".join(style.head(h) for h in ["自然人", "法人或其他组织：商业企业",
                                                                          "法人或其他组织：科研机构",
                                                                          "法人或其他组织：社会公益组织",
                                                                          "法人或其他组织：法律服务机构",
                                                                          "法人或其他组织：其他", "总计"])))
        out.append("<tr>%s%s</tr>" % (style.cell("") if style.seq else "",
                                       style.cell(T3_NOTE, attrs=' colspan="10"')))
    return out


def html_t3(report, style):
    rows = report.t3_rows(style.single_other)
    table_open = '<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'
    out = [table_open]
    seq_head = style.head("序号", ' rowspan="3"' if style.t3_header == "three-rows" else "") if style.seq else ""
    out.append("<thead>" if style.thead else "<tbody>")
    out += html_t3_header(style, seq_head)
    out.append("</thead><tbody>" if style.thead else "")
    results = [k for k, _, _ in rows if k not in ("new", "carried_over", "carry_forward")]
    seq = 0
    index = 0
    while index < len(rows):
        key, group, label = rows[index]
        # A group label ("（三）不予公开") heads its numbered rows.
        if style.word_rowspans and group == "三、本年度办理结果":
            group = None  # the section label gets its own column below
        span = 1
        if group:
            while index + span < len(rows) and rows[index + span][1] is None \
                    and rows[index + span][0] not in STANDALONE and rows[index + span][2] != "（六）其他处理":
                span += 1
        for offset in range(span):
            rkey, rgroup, rlabel = rows[index + offset]
            seq += 1
            tds = [style.cell(str(seq))] if style.seq else []
            in_results = style.word_rowspans and rkey in results
            width = 2 if in_results else 3
            if in_results and rkey == results[0]:
                # Word: 三、本年度办理结果 spans every result row, (七)总计 included.
                tds.append(style.label("三、本年度办理结果", ' rowspan="%d"' % len(results)))
            if not group and offset == 0:
                tds.append(style.label(rlabel, ' colspan="%d"' % width))
            elif offset == 0:
                tds.append(style.label(group, ' rowspan="%d"' % span if style.label_rowspan else ""))
                tds.append(style.label(rlabel, ' colspan="%d"' % (width - 1) if width > 2 else ""))
            else:
                if not style.label_rowspan:
                    tds.append(style.label(""))
                tds.append(style.label(rlabel, ' colspan="%d"' % (width - 1) if width > 2 else ""))
            tds += [style.cell(v) for v in t3_values(report, rkey, style.number)]
            out.append("<tr>%s</tr>" % "".join(tds))
            if style.thead and rkey == "carried_over":
                out.append("</tbody><tbody>")
            if style.split_table and rkey == "denied_query":
                # A page break in the Word original: the table goes on in a second table that
                # repeats the header rows.
                out.append("</tbody></table>")
                out.append('<p style="page-break-before:always">&nbsp;</p>')
                out += [table_open, "<tbody>"] + html_t3_header(style, seq_head)
        index += span
    out.append("</tbody></table>")
    return "\n".join(out)


def html_t4(report, style):
    out = ['<table border="1" cellspacing="0">', "<tbody>"]
    seq = style.cell("") if style.seq else ""
    out.append("<tr>%s%s%s</tr>" % (seq, style.head("行政复议", ' colspan="5"'), style.head("行政诉讼", ' colspan="10"')))
    out.append("<tr>%s%s%s%s%s%s%s%s</tr>" % (
        seq, style.head("结果维持", ' rowspan="2"'), style.head("结果纠正", ' rowspan="2"'),
        style.head("其他结果", ' rowspan="2"'), style.head("尚未审结", ' rowspan="2"'),
        style.head("总计", ' rowspan="2"'), style.head("未经复议直接起诉", ' colspan="5"'),
        style.head("复议后起诉", ' colspan="5"')))
    out.append("<tr>%s%s</tr>" % (seq, "".join(style.head(h) for h in ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2)))
    out.append("<tr>%s%s</tr>" % (seq, "".join(style.cell(v) for v in t4_values(report, style.number))))
    out.append("</tbody></table>")
    return "\n".join(out)


def html_report(report, style, **page):
    tables = {2: html_t2(report, style), 3: html_t3(report, style), 4: html_t4(report, style)}
    return html_page(report, tables, **page)


# ---------------------------------------------------------------- markdown


def md_row(cells):
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def md_align(n, first_left=True):
    return "|" + "|".join([":---" if (i == 0 and first_left) else "---:" for i in range(n)]) + "|"


def markdown_report(report, number=plain_number, bold_labels=False, seq=False):
    def label(text):
        return "**%s**" % text if bold_labels and text else text

    out = ["# " + report.before.strip().split("\n")[0].strip(), ""]
    for ln in report.before.strip().split("\n")[1:]:
        if ln.strip():
            out += [ln.strip(), ""]
    out += ["## " + HEADINGS[2], ""]
    for kind, cells in t2_lines(report, number):
        if kind == "marker":
            out += ["", md_row([cells[0], "", "", ""]), md_align(4)]
        elif kind == "head":
            out.append(md_row(cells + [""] * (4 - len(cells))))
        else:
            out.append(md_row([label(cells[0])] + cells[1:] + [""] * (4 - len(cells))))
    out += ["", "## " + HEADINGS[3], ""]
    lead = ["序号"] if seq else []
    out.append(md_row(lead + [T3_NOTE, "", "申请人情况", "", "", "", "", "", ""]))
    out.append(md_align(len(lead) + 9))
    out.append(md_row([""] * len(lead) + ["", "", "自然人", "法人或其他组织", "", "", "", "", "总计"]))
    out.append(md_row([""] * len(lead) + ["", ""] + [""] + T3_HEAD[1:6] + [""]))
    for n, (key, group, text) in enumerate(report.t3_rows(), 1):
        lead = [str(n)] if seq else []
        out.append(md_row(lead + [label(group or ""), label(text)] + t3_values(report, key, number)))
    out += ["", "## " + HEADINGS[4], ""]
    out.append(md_row(["行政复议", "", "", "", "", "行政诉讼"] + [""] * 9))
    out.append(md_align(15, first_left=False))
    out.append(md_row(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "", "", "", "",
                       "复议后起诉", "", "", "", ""]))
    out.append(md_row([""] * 5 + ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2))
    out.append(md_row(t4_values(report, number)))
    out += ["", report.after.strip(), ""]
    return "\n".join(out)


# ---------------------------------------------------------------- pandoc grid tables


def wrap(text, size):
    """Lines of at most size display columns."""
    lines, line = [], ""
    for c in text:
        if width(line + c) > size:
            lines.append(line)
            line = ""
        line += c
    return lines + [line] if line or not lines else lines


def grid_table(rows, widths, header_rows=0):
    """A pandoc grid table: cells wrapped inside their column, rows between +---+ rules."""
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [rule]
    for n, cells in enumerate(rows):
        wrapped = [wrap(c, w) for c, w in zip(cells, widths)]
        height = max(len(w) for w in wrapped)
        for i in range(height):
            parts = [(w[i] if i < len(w) else "") for w in wrapped]
            out.append("| " + " | ".join(p + " " * (w - width(p)) for p, w in zip(parts, widths)) + " |")
        out.append(rule.replace("-", "=") if n + 1 == header_rows else rule)
    return "\n".join(out)


def grid_report(report, number=plain_number):
    out = [report.before.rstrip("\n"), "", HEADINGS[2], ""]
    for marker, heads, rows in T2[report.format]:
        table = [[marker, "", "", ""], ["信息内容"] + heads + [""] * (3 - len(heads))]
        for key, label, columns in rows:
            table.append([label] + [number(report.value("t2", key, c)) for c in columns] + [""] * (3 - len(columns)))
        out += [grid_table(table, [12, 14, 14, 14], header_rows=2), ""]
    out += [HEADINGS[3], ""]
    table = [[T3_NOTE, "", "申请人情况", "", "", "", "", "", ""],
             ["", "", "自然人", "法人或其他组织", "", "", "", "", "总计"],
             ["", "", ""] + T3_HEAD[1:6] + [""]]
    for key, group, label in report.t3_rows():
        table.append([group or "", label] + t3_values(report, key, number))
    out += [grid_table(table, [10, 16, 6, 6, 6, 6, 6, 6, 6], header_rows=3), ""]
    out += [HEADINGS[4], ""]
    table = [["行政复议", "", "", "", "", "行政诉讼"] + [""] * 9,
             ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "", "", "", "", "复议后起诉",
              "", "", "", ""],
             [""] * 5 + ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2,
             t4_values(report, number)]
    out += [grid_table(table, [4] * 15, header_rows=3), "", report.after]
    return "\n".join(out)


def markdown_html_report(report, style):
    """Markdown as PDF-to-markdown converters (MinerU, marker) write it: '#' headings and prose,
    each table an HTML <table> block on one line."""
    out = ["# " + report.before.strip().split("\n")[0].strip(), ""]
    for ln in report.before.strip().split("\n")[1:]:
        if ln.strip():
            out += [ln.strip(), ""]
    tables = {2: html_t2(report, style), 3: html_t3(report, style), 4: html_t4(report, style)}
    for section in (2, 3, 4):
        out += ["## " + HEADINGS[section], "", tables[section].replace("\n", ""), ""]
    out += [report.after.strip(), ""]
    return "\n".join(out)


# ---------------------------------------------------------------- plain text


def collapse(cells):
    """A crawler that merges runs of equal neighbouring value cells into one: 8|0|0|0|0|0|8 → 8|0|8."""
    out = []
    for cell in cells:
        if out and cell == out[-1] and cell.strip() and cell.strip()[0].isdigit():
            continue
        out.append(cell)
    return out


def text_tables(report, sep="\t", number=plain_number, seq=False, label_variant=None, single_other=False,
                order=(2, 3, 4), cell_per_line=False, line_sep="\n", collapse_runs=False):
    relabel = label_variant or (lambda text: text)

    def row(cells):
        if collapse_runs:
            cells = collapse(cells)
        if cell_per_line:
            return "\n".join(c for c in cells if c != "")
        return sep.join(cells)

    sections = {}
    t2 = []
    for kind, cells in t2_lines(report, number):
        if kind == "marker":
            t2.append(row(([""] if seq else []) + [relabel(cells[0])]))
        elif kind == "head":
            t2.append(row(([""] if seq else []) + [relabel(c) for c in cells]))
        else:
            t2.append(row(([str(len([1 for x in t2 if x]))] if seq else []) + [relabel(cells[0])] + cells[1:]))
    sections[2] = line_sep.join(t2)
    t3 = [row(([""] if seq else []) + [relabel(T3_NOTE), "", "申请人情况"]),
          row(([""] if seq else []) + ["", "", "自然人", "法人或其他组织", "", "", "", "", "总计"]),
          row(([""] if seq else []) + ["", "", ""] + [relabel(h) for h in T3_HEAD[1:6]] + [""])]
    for n, (key, group, text) in enumerate(report.t3_rows(single_other), 1):
        lead = [str(n)] if seq else []
        t3.append(row(lead + [relabel(group or ""), relabel(text)] + t3_values(report, key, number)))
    sections[3] = line_sep.join(t3)
    t4 = [row(([""] if seq else []) + ["行政复议", "", "", "", "", "行政诉讼"]),
          row(([""] if seq else []) + ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉",
                                      "", "", "", "", "复议后起诉"]),
          row(([""] if seq else []) + ["", "", "", "", ""] + ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2),
          row(([""] if seq else []) + t4_values(report, number))]
    sections[4] = line_sep.join(t4)
    body = [report.before.rstrip("\n")]
    for section in order:
        body += ["", relabel(HEADINGS[section]), "", sections[section]]
    body += ["", report.after]
    return "\n".join(body) if line_sep else "".join(body)


def width(text):
    return sum(2 if ord(c) > 0x2E80 else 1 for c in text)


def pad(text, size):
    return text + " " * max(1, size - width(text))


def layout_tables(report, number=plain_number, label_chars=10):
    """Tables as pdftotext -layout writes them: space-aligned columns, long labels wrapped onto the
    next line, header words stacked over several lines, blank cells as spaces."""
    out = []

    def values(cells):
        return "".join(("%10s" % c) for c in cells)

    def label_lines(group, label):
        first = label[:label_chars]
        rest = [label[i:i + label_chars] for i in range(label_chars, len(label), label_chars)]
        return pad(group or "", 18) + pad(first, 2 * label_chars + 2), [pad("", 18) + r for r in rest]

    out += ["", HEADINGS[2], ""]
    for marker, heads, rows in T2[report.format]:
        out.append("                              " + marker)
        out.append(pad("      信息内容", 30) + "".join(pad(h, 16) for h in heads))
        for key, label, columns in rows:
            out.append(pad("  " + label, 30) + "".join(("%-16s" % number(report.value("t2", key, c))) for c in columns))
        out.append("")
    out += [HEADINGS[3], ""]
    out.append(pad("", 40) + "申请人情况")
    out.append(pad("      （本列数据的勾稽关系为：第一项加第二", 40) + pad("", 12) + "法人或其他组织")
    out.append(pad("      项之和，等于第三项加第四项之和）", 40) + "          商业      科研      社会      法律")
    out.append(pad("", 40) + "  自然人  企业      机构      公益      服务      其他      总计")
    out.append(pad("", 40) + "                              组织      机构")
    for key, group, label in report.t3_rows():
        head, rest = label_lines(group, label)
        out.append(pad(head, 40) + values(t3_values(report, key, number)))
        out += rest
    out += ["", HEADINGS[4], ""]
    out.append("                                              行政诉讼")
    out.append("          行政复议")
    out.append("                                    未经复议直接起诉                    复议后起诉")
    out.append("  结果  结果  其他  尚未        结果  结果  其他  尚未          结果  结果  其他  尚未")
    out.append("                        总计                          总计                            总计")
    out.append("  维持  纠正  结果  审结        维持  纠正  结果  审结          维持  纠正  结果  审结")
    out.append("".join("%6s" % v for v in t4_values(report, number)))
    out.append("")
    return report.before.rstrip("\n") + "\n" + "\n".join(out) + "\n" + report.after


def cell_lines(report, number=plain_number, label_chars=9):
    """One cell per line (a crawler's text of an HTML table), long labels broken over lines."""
    def broken(text):
        return [text[i:i + label_chars] for i in range(0, len(text), label_chars)]

    out = ["", HEADINGS[2]]
    for marker, heads, rows in T2[report.format]:
        out += [marker, "信息内容"] + heads
        for key, label, columns in rows:
            out += [label] + [number(report.value("t2", key, c)) for c in columns]
    out += [HEADINGS[3]] + broken(T3_NOTE) + ["申请人情况", "自然人", "法人或其他组织"] + T3_HEAD[1:]
    for key, group, label in report.t3_rows():
        out += (broken(group) if group else []) + broken(label) + t3_values(report, key, number)
    out += [HEADINGS[4], "行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计",
            "未经复议直接起诉", "复议后起诉"] + ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2
    out += t4_values(report, number)
    return report.before.rstrip("\n") + "\n" + "\n".join(out) + "\n" + report.after


# ---------------------------------------------------------------- glued digits


def splits(digits, parts):
    """Every way to cut a digit string into parts numbers without leading zeros."""
    if parts == 1:
        return [[digits]] if digits and (digits == "0" or not digits.startswith("0")) else []
    out = []
    for size in range(1, len(digits) - parts + 2):
        head = digits[:size]
        if size > 1 and head.startswith("0"):
            break
        out += [[head] + rest for rest in splits(digits[size:], parts - 1)]
    return out


def glued_unreadable(report):
    """The cells of tables 2 and 4 that glued digits leave open: table 2 has no arithmetic, so a
    row whose digits split more than one way; table 4, the cells its row sums do not settle."""
    keys = []
    for key, columns in report.truth["cells"]["t2"].items():
        values = [plain_number(v) for v in columns.values()]
        if any(v == "" for v in values):
            continue
        whole = "".join(values)
        fraction = ""
        if "." in whole:
            whole, fraction = whole.split(".")
        if len(splits(whole, len(values))) > 1:
            keys += ["t2/%s/%s" % (key, c) for c in columns]
    cells = [(r, c) for r in T4_ROWS for c in T4_COLUMNS]
    digits = "".join(plain_number(report.value("t4", r, c)) for r, c in cells)

    def rows(rest, count):
        # Row by row: five numbers whose first four add up to the fifth.
        if count == 0:
            return [[]] if not rest else []
        out = []
        for size in range(5, len(rest) + 1):
            for row in splits(rest[:size], 5):
                numbers = [int(x) for x in row]
                if sum(numbers[:4]) == numbers[4]:
                    out += [numbers + tail for tail in rows(rest[size:], count - 1)]
        return out

    readings = rows(digits, 3)
    if len(readings) != 1:
        keys += ["t4/%s/%s" % cell for n, cell in enumerate(cells)
                 if len(readings) == 0 or len({r[n] for r in readings}) > 1]
    return keys


# ---------------------------------------------------------------- label variants


def punctuation_variant(text):
    """Half-width brackets, 1、 for 1., straight quotes, spaces inside and around labels, 社会组织, 其它."""
    for full, half in (("（", "("), ("）", ")"), ("“", '"'), ("”", '"'), ("：", ":"), ("，", ",")):
        text = text.replace(full, half)
    for n in "12345678":
        text = text.replace(n + ".", n + "、")
    text = text.replace("社会公益组织", "社会组织").replace("(七)总计", "(七) 总 计")
    text = text.replace("3、其他", "3、其它").replace("本年度办理结果", "本 年 度 办 理 结 果")
    text = text.replace("不计其他情形)", "不计其他情形 )")
    return text


# ---------------------------------------------------------------- the variants


def variants():
    r001 = Report("corpus/raw/r001.txt", "corpus/truth/r001.json")
    r009 = Report("corpus/raw/r009.txt", "corpus/truth/r009.json")
    r028 = Report("corpus/raw/r028.txt", "corpus/truth/r028.json")
    r031 = Report("corpus/raw/r031.txt", "corpus/truth/r031.json")
    r002 = Report("corpus/raw/r002.txt", "corpus/truth/r002.json")
    yield "html-th-thead-span", "html", r001, html_report(
        r001, HtmlStyle(th=True, span=True, br=True, thead=True), wrap_layout=True), "utf-8"
    yield "html-seq-column", "html", r028, html_report(r028, HtmlStyle(seq=True, label_rowspan=False)), "utf-8"
    yield "html-thousands", "html", r031, html_report(r031, HtmlStyle(number=thousands)), "utf-8"
    yield "html-gb18030", "html", r009, html_report(r009, HtmlStyle(span=True), charset="gb2312"), "gb18030"
    yield "html-applicants-first", "html", r001, html_report(r001, HtmlStyle(t3_header="applicants-first")), "utf-8"
    yield "html-single-other-row", "html", r002, html_report(r002, HtmlStyle(single_other=True)), "utf-8"
    yield "html-t3-before-t2", "html", r028, html_report(r028, HtmlStyle(), order=(3, 2, 4)), "utf-8"
    yield "markdown-aligned", "md", r001, markdown_report(r001), "utf-8"
    yield "markdown-bold-seq", "md", r031, markdown_report(r031, bold_labels=True, seq=True), "utf-8"
    yield "text-seq-column", "txt", r009, text_tables(r009, seq=True), "utf-8"
    yield "text-punctuation", "txt", r001, text_tables(r001, label_variant=punctuation_variant), "utf-8"
    yield "text-fullwidth", "txt", r028, text_tables(r028, number=fullwidth), "utf-8"
    yield "text-unit-spaced", "txt", r009, text_tables(r009, sep="  ", number=spaced_unit("件")), "utf-8"
    yield "text-unit-glued", "txt", r031, text_tables(r031, number=with_unit("件")), "utf-8"
    yield "text-t3-before-t2", "txt", r001, text_tables(r001, order=(3, 2, 4)), "utf-8"
    yield "text-gb18030-crlf", "txt", r028, text_tables(r028).replace("\n", "\r\n"), "gb18030"
    yield "text-single-other-row", "txt", r009, text_tables(r009, single_other=True), "utf-8"
    yield "cell-per-line-2021", "txt", r001, text_tables(r001, cell_per_line=True), "utf-8"
    yield "html-word-rowspans", "html", r031, html_report(r031, HtmlStyle(word_rowspans=True, p_lines=True)), "utf-8"
    yield "html-split-table", "html", r009, html_report(r009, HtmlStyle(th=True, split_table=True)), "utf-8"
    yield "text-layout-2019", "txt", r031, layout_tables(r031), "utf-8"
    yield "text-layout-2021", "txt", r009, layout_tables(r009), "utf-8"
    yield "cell-per-line-broken-labels", "txt", r028, cell_lines(r028), "utf-8"
    # Section 一 restating table 2, with the article the table is about (第二十条): the table still
    # starts at the table.
    article = r009.changed(before=r009.before.rstrip("\n") + "\n（六）主动公开情况。依据《条例》第二十条规定，"
                           "全年制发规章0件、行政规范性文件69件，作出行政处罚决定1282件、行政强制决定42件。\n")
    yield "text-narrative-article20", "txt", article, text_tables(article), "utf-8"
    # A 2021 report that kept the 2019 table's 政府集中采购 sub-table: no cell of the 2021 format.
    leftover = r001.changed(extra_t2=[("第二十条第（九）项", ["采购项目数量", "采购总金额"], "政府集中采购",
                                        ["1062", "2316490000元"])])
    yield "text-2021-leftover-procurement", "txt", leftover, text_tables(leftover), "utf-8"
    yield "html-2021-leftover-procurement", "html", leftover, html_report(leftover, HtmlStyle()), "utf-8"
    yield "markdown-grid", "md", r028, grid_report(r028), "utf-8"
    yield "text-seq-punctuation", "txt", r001, text_tables(r001, seq=True, label_variant=punctuation_variant,
                                                             order=(3, 2, 4)), "utf-8"
    yield "html-seq-word-rowspans", "html", r009, html_report(r009, HtmlStyle(seq=True, th=True, br=True, thead=True,
                                                                              word_rowspans=True)), "utf-8"
    yield "markdown-html-tables", "md", r028, markdown_html_report(r028, HtmlStyle()), "utf-8"
    yield "markdown-html-tables-2021", "md", r001, markdown_html_report(r001, HtmlStyle(word_rowspans=True)), "utf-8"
    yield "text-glued-2021", "txt", r001, text_tables(r001, sep="", line_sep=""), "utf-8"
    yield "text-glued-2019", "txt", r028, text_tables(r028, sep="", line_sep=""), "utf-8"
    yield "cell-per-line-collapsed", "txt", r001, text_tables(r001, cell_per_line=True, collapse_runs=True), "utf-8"
    yield "cell-per-line-collapsed-2019", "txt", r031, text_tables(r031, cell_per_line=True, collapse_runs=True), "utf-8"
    yield "markdown-grid-2021", "md", r001, grid_report(r001), "utf-8"


def truth_for(report, name, single_other=False):
    truth = json.loads(json.dumps(report.truth))
    truth["file"] = name
    truth.pop("expected_findings", None)
    truth.pop("notes", None)
    return truth


# pdftotext 22.12 conversions of the corpus PDFs (shared/corpus/pdf) in the modes the corpus does not
# hold already: (file, truth). Those under scrambled/ lost their reading order (score for silence).
PDFTOTEXT = [
    ("pdftotext-r001-layout.txt", "corpus/truth/r001.json"),
    ("pdftotext-r001-raw.txt", "corpus/truth/r001.json"),
    ("pdftotext-r002-raw.txt", "corpus/truth/r002.json"),
    ("pdftotext-r003-layout.txt", "corpus/scrambled/truth/r003.json"),
    ("pdftotext-r003-raw.txt", "corpus/scrambled/truth/r003.json"),
    ("scrambled/pdftotext-r002-default.txt", "corpus/truth/r002.json"),
]


def main():
    os.makedirs(os.path.join(HERE, "truth"), exist_ok=True)
    for path, truth_path in PDFTOTEXT:
        with open(os.path.join(DATA, truth_path), encoding="utf-8") as f:
            truth = json.load(f)
        folder, name = os.path.split(path)
        truth["file"] = name
        truth.pop("notes", None)
        truth.pop("expected_findings", None)
        with open(os.path.join(HERE, folder, "truth", name.rsplit(".", 1)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
    for name, ext, report, text, encoding in variants():
        file_name = "%s.%s" % (name, ext)
        with open(os.path.join(HERE, file_name), "w", encoding=encoding, newline="") as f:
            f.write(text)
        truth = truth_for(report, file_name)
        if name.startswith("text-glued"):
            truth["must_flag"] = sorted(set(truth.get("must_flag", [])) | set(glued_unreadable(report)))
        if name.startswith("text-layout") or name.startswith("cell-per-line-collapsed"):
            # Space-aligned text or dropped cells with a blank cell: which column is blank only the
            # page geometry tells; the row's cells must be flagged (or right).
            for key, columns in truth["cells"]["t2"].items():
                if any(v is None for v in columns.values()):
                    truth.setdefault("must_flag", [])
                    truth["must_flag"] += ["t2/%s/%s" % (key, c) for c in columns
                                           if "t2/%s/%s" % (key, c) not in truth["must_flag"]]
        if "single-other-row" in name:
            for column in APPLICANTS:
                truth["cells"]["t3"]["other_no_correction"][column] = None
                truth["cells"]["t3"]["other_no_fee"][column] = None
        with open(os.path.join(HERE, "truth", name + ".json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
