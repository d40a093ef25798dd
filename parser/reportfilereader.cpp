// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser/reportfilereader.h"

#include <algorithm>
#include <array>
#include <exception>

#include <QCollator>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#endif

#include "models/contenthash.h"
#include "parser/htmldocumentreader.h"
#include "parser/reportparser.h"
#include "parser/textdocumentreader.h"

namespace {

constexpr qint64 MiB = 1024 * 1024;

const QString Pdf = QStringLiteral("pdf");
const QString Docx = QStringLiteral("docx");

const std::array<const DocumentReader *, 3> &readers()
{
    // Readers are stateless; one shared instance each serves every thread.
    static const TextDocumentReader text(TextDocumentReader::Flavour::Text);
    static const TextDocumentReader markdown(TextDocumentReader::Flavour::Markdown);
    static const HtmlDocumentReader html;
    static const std::array<const DocumentReader *, 3> all{&text, &markdown, &html};
    return all;
}

/// Bytes of a file name that are not valid UTF-8 decode to U+FFFD.
bool hasUndecodableName(const QString &path)
{
    return path.contains(QChar::ReplacementCharacter);
}

QString undecodableName(const QString &shown)
{
    return ReportFileReader::tr("%1: the name is not valid UTF-8 (the system's file name encoding), "
                                "so it cannot be opened; rename it and import it again")
        .arg(shown);
}

/**
 * The report files and folders in folder whose names are not valid UTF-8
 * (U+FFFD where the bad bytes are): QDirIterator leaves them out without a
 * word, and a folder import must not lose a report silently.
 */
QStringList undecodableEntries(const QString &folder, const QStringList &suffixes)
{
    QStringList names;
#ifdef Q_OS_UNIX
    DIR *dir = ::opendir(QFile::encodeName(folder).constData());
    if (!dir)
        return names;
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArrayView name(entry->d_name);
        if (name.isValidUtf8())
            continue;
        const QString decoded = QFile::decodeName(name.toByteArray());
        const QString path = folder + u'/' + decoded;
        // The name cannot be stat'ed through a QString: ask relative to the open folder.
        struct stat status {};
        const bool isFolder = entry->d_type == DT_DIR
                              || (entry->d_type == DT_UNKNOWN
                                  && ::fstatat(::dirfd(dir), entry->d_name, &status, AT_SYMLINK_NOFOLLOW) == 0
                                  && S_ISDIR(status.st_mode));
        if (isFolder || suffixes.contains(QFileInfo(decoded).suffix().toLower()))
            names.append(path);
    }
    ::closedir(dir);
#else
    Q_UNUSED(folder)
    Q_UNUSED(suffixes)
#endif
    return names;
}

const DocumentReader *readerFor(const QString &suffix)
{
    for (const DocumentReader *reader : readers()) {
        if (reader->suffixes().contains(suffix))
            return reader;
    }
    return nullptr;
}

} // namespace

QStringList ReportFileReader::supportedSuffixes()
{
    QStringList suffixes;
    for (const DocumentReader *reader : readers())
        suffixes += reader->suffixes();
    return suffixes;
}

QStringList ReportFileReader::plannedSuffixes()
{
    return {Pdf, Docx};
}

QStringList ReportFileReader::collectFiles(const QStringList &paths, QStringList *errors)
{
    auto fail = [errors](const QString &message) {
        if (errors)
            errors->append(message);
    };
    const QStringList known = supportedSuffixes() + plannedSuffixes();
    // Pinyin order for Chinese names, and "r2" before "r10".
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    collator.setNumericMode(true);

    QStringList files;
    QSet<QString> seen; // canonical paths: a file named twice, or reached twice, is read once
    auto add = [&](const QString &file) {
        const QString canonical = QFileInfo(file).canonicalFilePath();
        if (canonical.isEmpty() || !seen.contains(canonical)) {
            seen.insert(canonical);
            files.append(file);
        }
    };

    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString shown = QDir::toNativeSeparators(path);
        if (!info.exists()) {
            fail(hasUndecodableName(path) ? undecodableName(shown) : tr("%1: no such file or folder").arg(shown));
            continue;
        }
        if (!info.isDir()) {
            // Named on purpose: read() will say why it cannot be read, if it cannot.
            add(path);
            continue;
        }
        if (!info.isReadable() || !info.isExecutable()) {
            fail(tr("%1: the folder cannot be listed").arg(shown));
            continue;
        }
        QStringList found;
        for (const QString &name : undecodableEntries(path, known))
            fail(undecodableName(QDir::toNativeSeparators(name)));
        // Symbolic links to folders are not followed: a link to a parent
        // would loop forever, and linked folders are usually elsewhere on purpose.
        QDirIterator it(path, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString entry = it.next();
            const QFileInfo entryInfo = it.fileInfo();
            if (entryInfo.isDir()) {
                if (!entryInfo.isSymLink() && (!entryInfo.isReadable() || !entryInfo.isExecutable()))
                    fail(tr("%1: the folder cannot be listed").arg(QDir::toNativeSeparators(entry)));
                else if (!entryInfo.isSymLink()) {
                    for (const QString &name : undecodableEntries(entry, known))
                        fail(undecodableName(QDir::toNativeSeparators(name)));
                }
                continue;
            }
            if (known.contains(entryInfo.suffix().toLower()))
                found.append(entry);
        }
        std::sort(found.begin(), found.end(), collator);
        for (const QString &file : std::as_const(found))
            add(file);
    }
    return files;
}

namespace {

/** Everything read() does, with the reasons it gives; read() adds the file name. */
class FileLoader
{
    Q_DECLARE_TR_FUNCTIONS(ReportFileReader)

public:
    explicit FileLoader(const QString &path)
        : m_path(path)
    {
    }

    std::unique_ptr<Report> load(QString *reason) const
    {
        const QFileInfo info(m_path);
        if (!info.exists())
            return fail(reason, tr("no such file"));
        if (info.isDir())
            return fail(reason, tr("it is a folder, not a file"));

        const DocumentReader *reader = readerOf(info, reason);
        if (!reader)
            return nullptr;
        if (!info.isFile())
            return fail(reason, tr("not a regular file"));

        // Checked before opening: a huge file is refused without reading it.
        const qint64 size = info.size();
        if (size == 0)
            return fail(reason, tr("empty file"));
        if (size > ReportFileReader::MaxFileSize)
            return fail(reason, tooLarge(size));
        const QDateTime modified = info.lastModified();

        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(reason, tr("cannot open it: %1").arg(file.errorString()));
        if (file.isSequential())
            return fail(reason, tr("not a regular file"));
        // The measured size and one byte more, which tells a file that grew:
        // QIODevice::read(n) allocates all n bytes before it reads.
        const QByteArray bytes = file.read(size + 1);
        if (file.error() != QFileDevice::NoError)
            return fail(reason, tr("cannot read it: %1").arg(file.errorString()));
        // A file still being written (a copy or a download in progress) is
        // refused rather than stored half-way: the stored text, its hash and
        // the file on disk would disagree.
        const QFileInfo after(m_path);
        if (bytes.size() != size || after.size() != size || after.lastModified() != modified)
            return fail(reason, tr("the file changed while it was being read; import it again once it is complete"));
        return parse(bytes, *reader, reason);
    }

    /// The bytes of a file that is not on disk (or already read): what load() does with them.
    std::unique_ptr<Report> loadBytes(const QByteArray &bytes, QString *reason) const
    {
        const DocumentReader *reader = readerOf(QFileInfo(m_path), reason);
        if (!reader)
            return nullptr;
        if (bytes.isEmpty())
            return fail(reason, tr("empty file"));
        if (bytes.size() > ReportFileReader::MaxFileSize)
            return fail(reason, tooLarge(bytes.size()));
        return parse(bytes, *reader, reason);
    }

private:
    /// The reader the file's suffix asks for; nothing, with the reason, for the others.
    static const DocumentReader *readerOf(const QFileInfo &info, QString *reason)
    {
        const QString suffix = info.suffix().toLower();
        const DocumentReader *reader = nullptr;
        if (suffix == Pdf)
            *reason = tr("PDF files are not supported yet");
        else if (suffix == Docx)
            *reason = tr("Word (DOCX) files are not supported yet");
        else if (!(reader = readerFor(suffix)))
            *reason = suffix.isEmpty() ? tr("the file name has no suffix that tells its type")
                                       : tr("files of type .%1 are not supported").arg(suffix);
        return reader;
    }

    std::unique_ptr<Report> parse(const QByteArray &bytes, const DocumentReader &reader, QString *reason) const
    {
        const QFileInfo info(m_path);
        if (bytes.startsWith("%PDF-"))
            return fail(reason, tr("it is a PDF document, and PDF files are not supported yet"));

        QString decodeError;
        std::optional<SourceDocument> document = reader.read(bytes, &decodeError);
        if (!document)
            return fail(reason, decodeError);
        if (document->plain.text.trimmed().isEmpty())
            return fail(reason, tr("the file contains no text"));

        auto report = std::make_unique<Report>(parseReport(*document, info.fileName()));
        report->path = info.absoluteFilePath();
        report->fileName = info.fileName();
        report->contentHash = contentHashOf(bytes);
        report->encoding = document->encoding;
        report->sourceKind = document->kind;
        report->importedAt = QDateTime::currentDateTimeUtc();
        if (report->text.isEmpty())
            report->text = std::move(document->decoded);
        return report;
    }

    static std::unique_ptr<Report> fail(QString *reason, const QString &text)
    {
        *reason = text;
        return nullptr;
    }

    static QString tooLarge(qint64 size)
    {
        const qint64 megabytes = (size + MiB - 1) / MiB;
        return tr("file is %1 MB, larger than the %2 MB limit")
            .arg(megabytes)
            .arg(ReportFileReader::MaxFileSize / MiB);
    }

    QString m_path;
};

} // namespace

namespace {

/// A load, with the reason it gives turned into read()'s message naming the file.
template<typename Load>
ReadOutcome outcomeOf(const QString &path, const Load &load)
{
    ReadOutcome outcome;
    outcome.path = path;
    QString reason;
    try {
        outcome.report = load(&reason);
    } catch (const std::exception &exception) {
        // Out of memory on a huge file, or a bug in a parser: one file fails, the batch goes on.
        outcome.report.reset();
        reason = ReportFileReader::tr("internal error: %1").arg(QString::fromLocal8Bit(exception.what()));
    }
    if (!outcome.report) {
        outcome.error = ReportFileReader::tr("Cannot read %1: %2")
                            .arg(QDir::toNativeSeparators(path),
                                 reason.isEmpty() ? ReportFileReader::tr("unknown error") : reason);
    }
    return outcome;
}

} // namespace

ReadOutcome ReportFileReader::read(const QString &path)
{
    return outcomeOf(path, [&path](QString *reason) { return FileLoader(path).load(reason); });
}

ReadOutcome ReportFileReader::readBytes(const QByteArray &bytes, const QString &path)
{
    return outcomeOf(path, [&](QString *reason) { return FileLoader(path).loadBytes(bytes, reason); });
}
