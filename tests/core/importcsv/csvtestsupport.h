#pragma once

// Helpers shared by the delimited-text import tests: fixture paths and reading a source to the end.

#include "import/readers/csvreader.h"
#include "import/readers/rowsource.h"

#include "qtcatch.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>

namespace clientele::csvtest {

inline QString fixturePath(const QString &name)
{
    const QDir here = QFileInfo(QString::fromUtf8(__FILE__)).dir();
    return QDir::cleanPath(here.absoluteFilePath(QStringLiteral("../../fixtures/import/csv/") + name));
}

/// The csv-spectrum conformance suite, shared next to the repository (../shared/data).
inline QString spectrumPath()
{
    const QDir here = QFileInfo(QString::fromUtf8(__FILE__)).dir();
    return QDir::cleanPath(here.absoluteFilePath(QStringLiteral("../../../../shared/data/csv-spectrum")));
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

struct ReadResult
{
    QList<QStringList> cells;
    QList<qint64> lines;
    QList<ImportIssue> issues;
    QString error;
    QString encoding;
    QString delimiter;
};

inline ReadResult readAll(RowSource &source)
{
    ReadResult result;
    while (std::optional<RawRow> row = source.next()) {
        result.cells.append(row->cells);
        result.lines.append(row->line);
        result.issues += source.takeIssues();
    }
    result.issues += source.takeIssues();
    result.error = source.errorString();
    result.encoding = source.encoding();
    result.delimiter = source.delimiter();
    return result;
}

inline std::unique_ptr<CsvReader> readerFor(const QByteArray &bytes, const ReadOptions &options = {},
                                            qint64 chunkSize = CsvReader::DefaultChunkSize)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    auto reader = CsvReader::open(std::move(buffer), QStringLiteral("test data"), options, chunkSize);
    REQUIRE(reader.ok());
    return std::move(reader).value();
}

inline ReadResult readBytes(const QByteArray &bytes, const ReadOptions &options = {},
                            qint64 chunkSize = CsvReader::DefaultChunkSize)
{
    return readAll(*readerFor(bytes, options, chunkSize));
}

inline ReadResult readFixture(const QString &name, const ReadOptions &options = {},
                              qint64 chunkSize = CsvReader::DefaultChunkSize)
{
    auto reader = CsvReader::open(fixturePath(name), options, chunkSize);
    REQUIRE(reader.ok());
    return readAll(*reader.value());
}

inline ReadOptions withDelimiter(const QString &delimiter)
{
    ReadOptions options;
    options.delimiter = delimiter;
    return options;
}

inline ReadOptions withEncoding(const QString &encoding)
{
    ReadOptions options;
    options.encoding = encoding;
    return options;
}

} // namespace clientele::csvtest
