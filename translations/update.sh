#!/bin/sh
# SPDX-FileCopyrightText: 2026 GovInfo Review authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Re-scans core, ui and app for tr() strings into translations/govinfo_<lang>.ts
# (the same scan as the CMake target update_translations), then lists every
# entry that still needs a translator. Exit 0 when none does, 1 otherwise.
#
#   translations/update.sh            # update and list
#   translations/update.sh --check    # only list, change nothing
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
cd "$root"

if [ "${1:-}" != "--check" ]; then
    for ts in translations/govinfo_*.ts; do
        lang=${ts#translations/govinfo_}
        lang=${lang%.ts}
        "$lupdate" -silent -no-obsolete -locations none -source-language en -target-language "$lang" -I . \
            parser models ui app -ts "$ts"
    done
fi

python3 - translations/govinfo_*.ts <<'PY'
import sys
import xml.etree.ElementTree as ET

unfinished = 0
for path in sys.argv[1:]:
    for context in ET.parse(path).getroot().iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            translation = message.find('translation')
            forms = [f.text for f in translation.iter('numerusform')] or [translation.text]
            if translation.get('type') == 'unfinished' or not all(forms):
                unfinished += 1
                source = message.findtext('source').replace('\n', '\\n')
                print(f'{path}: {name}: {source}')
print(f'{unfinished} unfinished entr{"y" if unfinished == 1 else "ies"}', file=sys.stderr)
sys.exit(1 if unfinished else 0)
PY
