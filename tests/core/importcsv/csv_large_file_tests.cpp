// A 50 MB file must stream through a reader that holds one chunk and one record, never the file.

#include "csvtestsupport.h"

#include <QTemporaryDir>

using namespace clientele;
using namespace clientele::csvtest;

TEST_CASE("a 50 MB file is read with bounded memory")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("customers.csv"));
    constexpr qint64 TargetBytes = 50 * 1024 * 1024;

    // Every thousandth record has a quoted field spanning two lines; all carry non-ASCII text.
    QList<qint64> expectedLines;
    qsizetype longestRecord = 0;
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QByteArray batch = "id,first_name,last_name,email,phone,address,notes\r\n";
        qint64 written = 0;
        qint64 line = 2;
        for (qint64 id = 1; written + batch.size() < TargetBytes; ++id) {
            const bool multiLine = id % 1000 == 0;
            const QString record
                = QStringLiteral("%1,Zoë %1,Müller,zoe.%1@example.com,+49 30 %1,\"Straße %1, Köln\",%2\r\n")
                      .arg(id)
                      .arg(multiLine ? QStringLiteral("\"first line\r\nsecond \"\"quoted\"\" line €\"")
                                     : QStringLiteral("Stammkunde 東京 😀"));
            batch.append(record.toUtf8());
            longestRecord = std::max(longestRecord, record.size());
            expectedLines.append(line);
            line += multiLine ? 2 : 1;
            if (batch.size() > 1024 * 1024) {
                REQUIRE(file.write(batch) == batch.size());
                written += batch.size();
                batch.clear();
            }
        }
        REQUIRE(file.write(batch) == batch.size());
        written += batch.size();
        REQUIRE(written >= TargetBytes - 1024 * 1024);
    }
    REQUIRE(QFileInfo(path).size() >= 49 * 1024 * 1024);

    auto opened = CsvReader::open(path, ReadOptions {});
    REQUIRE(opened.ok());
    CsvReader &reader = *opened.value();
    CHECK(reader.delimiter() == QStringLiteral(","));
    CHECK(reader.encoding() == QStringLiteral("utf-8"));

    std::optional<RawRow> header = reader.next();
    REQUIRE(header);
    CHECK(header->cells.size() == 7);

    qint64 maxBuffered = reader.bufferedBytes();
    qsizetype index = 0;
    qsizetype wrongLines = 0;
    qsizetype wrongCells = 0;
    while (std::optional<RawRow> row = reader.next()) {
        maxBuffered = std::max(maxBuffered, reader.bufferedBytes());
        if (index >= expectedLines.size() || row->line != expectedLines.at(index))
            ++wrongLines;
        if (row->cells.size() != 7 || row->cells.first() != QString::number(index + 1))
            ++wrongCells;
        ++index;
    }
    CHECK(reader.errorString().isEmpty());
    CHECK(reader.takeIssues().isEmpty());
    CHECK(index == expectedLines.size());
    CHECK(wrongLines == 0);
    CHECK(wrongCells == 0);
    CHECK(reader.progress() == 1.0);

    // One decoded chunk plus one record (with room for QString's growth), nothing more.
    const qint64 bound = (CsvReader::DefaultChunkSize + 4 * longestRecord) * qint64(sizeof(QChar)) + 4096;
    INFO("most held at once: " << maxBuffered << " bytes, bound " << bound);
    CHECK(maxBuffered <= bound);
    CHECK(maxBuffered < 512 * 1024);
}
