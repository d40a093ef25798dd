#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 GovInfo Review authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Seed corpus and dictionary for fuzz_reportfile (see `make fuzz`).

seeds DATA OUT: every report file under DATA (tests/data: seeds, corpus,
layouts) becomes one input in OUT, its first byte naming its suffix as
fuzz_reportfile.cpp reads it.
dict LABELS OUT: every label, heading and marker of resources/tablelabels.json
and the markup the readers look for, as a libFuzzer dictionary, so that
mutations reach the table code rather than stopping at the first unknown word.
"""
import hashlib
import json
import os
import sys

# The order of `FuzzInput::suffixes` in tests/fuzz/fuzzinput.h.
SUFFIXES = ["txt", "md", "markdown", "html", "htm", "HTML", "pdf"]

MARKUP = [
    "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "<p>", "</p>", "<br>", "<div>", "</div>",
    "<span>", "<pre>", "<meta charset=\"gbk\">", "<meta charset=\"utf-8\">", "colspan=\"", "rowspan=\"",
    "&nbsp;", "&#", "&amp;", "<!--", "-->", "<script>", "<style>", "<textarea>",
    "|", "| --- |", "**", "#", "\t", "\r\n", "\u00a0", "\u3000", "%PDF-",
    # Byte order marks and a GBK full-width space: bytes, not text.
    b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xa1\xa1",
    "一、", "二、", "三、", "四、", "五、", "六、", "（一）", "1.", "合计", "总计", "万元", "元", "件", "余", "约",
    "-", "+", "/", "—", "无", "0", "1", "12", "2019", "2021", "年", "１２", "，", "．", "0.5",
]


def seeds(data, out):
    os.makedirs(out, exist_ok=True)
    count = 0
    for root, _, files in os.walk(data):
        for name in sorted(files):
            suffix = name.rsplit(".", 1)[-1] if "." in name else ""
            if suffix not in SUFFIXES or name == "README.md":
                continue
            with open(os.path.join(root, name), "rb") as f:
                body = f.read()
            blob = bytes([SUFFIXES.index(suffix)]) + body
            with open(os.path.join(out, hashlib.sha1(blob).hexdigest()), "wb") as f:
                f.write(blob)
            count += 1
    if count == 0:
        sys.exit(f"no report files under {data}")
    print(f"{count} seeds in {out}")


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key != "comment":
                yield from strings(item)


def escape(word):
    data = word if isinstance(word, bytes) else word.encode("utf-8")
    return "".join(chr(b) if 0x20 <= b < 0x7f and b not in (0x22, 0x5c) else f"\\x{b:02X}" for b in data)


def dictionary(labels, out):
    with open(labels, encoding="utf-8") as f:
        words = set(strings(json.load(f)))
    words.update(MARKUP)
    words.discard("")
    with open(out, "w", encoding="ascii") as f:
        for word in sorted(words, key=lambda w: w if isinstance(w, bytes) else w.encode("utf-8")):
            f.write(f'"{escape(word)}"\n')
    print(f"{len(words)} dictionary entries in {out}")


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("seeds", "dict"):
        sys.exit(__doc__)
    (seeds if sys.argv[1] == "seeds" else dictionary)(sys.argv[2], sys.argv[3])
