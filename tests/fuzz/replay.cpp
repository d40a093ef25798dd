// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs the fuzz target on saved inputs without libFuzzer: every file of the
// folders and files named on the command line, once each. The inputs the
// fuzzer crashed on are kept in tests/data/fuzz-regressions; replaying them in
// every build (the sanitizer build too) keeps each fixed crash fixed.
//
// --max-ms=N fails when one input takes longer than N ms: the inputs that once
// took seconds (the cell solver's search) stay bounded. N is far above what
// they take (a few ms), so a loaded machine does not make the test fail.
#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    QStringList inputs;
    long long maxMs = -1;
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--max-ms=", 9) == 0) {
            maxMs = std::atoll(argv[i] + 9);
            continue;
        }
        const QString path = QString::fromLocal8Bit(argv[i]);
        if (!QFileInfo(path).isDir()) {
            inputs.append(path);
            continue;
        }
        QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString input = it.next();
            if (it.fileName() != QLatin1String("README.md")) // the folder's description, not an input
                inputs.append(input);
        }
    }
    std::sort(inputs.begin(), inputs.end());
    // An empty folder would make this a test that cannot fail.
    if (inputs.isEmpty()) {
        std::fprintf(stderr, "usage: %s FILE-OR-FOLDER... (no input found)\n", argv[0]);
        return 2;
    }
    for (const QString &input : std::as_const(inputs)) {
        QFile file(input);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(input));
            return 1;
        }
        const QByteArray bytes = file.readAll();
        std::fprintf(stderr, "replaying %s (%lld bytes)\n", qPrintable(input), static_cast<long long>(bytes.size()));
        QElapsedTimer timer;
        timer.start();
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), std::size_t(bytes.size()));
        const long long ms = timer.elapsed();
        std::fprintf(stderr, "  %lld ms\n", ms);
        if (maxMs >= 0 && ms > maxMs) {
            std::fprintf(stderr, "%s took %lld ms, more than %lld ms\n", qPrintable(input), ms, maxMs);
            return 1;
        }
    }
    std::printf("replayed %lld inputs\n", static_cast<long long>(inputs.size()));
    return 0;
}
