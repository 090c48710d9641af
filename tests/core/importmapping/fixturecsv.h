#pragma once

// Reads the layout fixtures for the mapping tests with a small RFC 4180 parser of its own, so
// these tests do not depend on the importer's reader.

#include "import/importtypes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QString>

inline QString layoutFixturePath(const QString &name)
{
    const QDir here = QFileInfo(QString::fromUtf8(__FILE__)).dir();
    return here.filePath(QStringLiteral("../../fixtures/import/layouts/") + name);
}

/// The records of a CSV text, each with the line it starts on.
inline QList<clientele::RawRow> parseCsv(const QString &text)
{
    QList<clientele::RawRow> rows;
    clientele::RawRow row;
    QString cell;
    bool quoted = false;
    bool started = false;
    qint64 line = 1;
    row.line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
            started = true;
        } else if (c == QLatin1Char(',')) {
            row.cells.append(cell);
            cell.clear();
            started = true;
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            if (started || !cell.isEmpty()) {
                row.cells.append(cell);
                rows.append(row);
            }
            ++line;
            row = {};
            row.line = line;
            cell.clear();
            started = false;
        } else {
            cell += c;
            started = true;
        }
    }
    if (started || !cell.isEmpty()) {
        row.cells.append(cell);
        rows.append(row);
    }
    return rows;
}

inline QList<clientele::RawRow> readLayoutFixture(const QString &name)
{
    QFile file(layoutFixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parseCsv(QString::fromUtf8(file.readAll()));
}
