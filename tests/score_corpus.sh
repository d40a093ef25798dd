#!/bin/sh
# SPDX-FileCopyrightText: 2026 GovInfo Review authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Scores the extractor on the seeds, the development corpus and the scrambled corpus
# through the real CLI (import, tidy export) with shared/tools/score.py.
#
#   tests/score_corpus.sh BUILD_DIR [--verbose]
#
# SHARED (default: the checkout's ../shared) holds seeds/, truth/, corpus/ and tools/.
set -eu
build=${1:?usage: score_corpus.sh BUILD_DIR [--verbose]}
shift
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$here/../shared}
exe=$build/app/govinfo-review
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

score() { # name truth-dir inputs...
    name=$1 truth=$2
    shift 2
    "$exe" import --db "$work/$name.sqlite" "$@" >/dev/null
    "$exe" export --db "$work/$name.sqlite" --csv "$work/$name.csv"
    echo "== $name"
    python3 "$shared/tools/score.py" --truth "$truth" --csv "$work/$name.csv" ${VERBOSE:+--verbose}
}

[ "${1:-}" = "--verbose" ] && VERBOSE=1
score seeds "$shared/truth" "$shared"/seeds/*
score corpus "$shared/corpus/truth" "$shared"/corpus/raw/*
score scrambled "$shared/corpus/scrambled/truth" "$shared"/corpus/scrambled/raw/*
