#include "output.h"

#include "commandline.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace clientele::cli {

namespace {

/// lupdate files these strings under "ClienteleCli", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ClienteleCli)
};

void write(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

constexpr qsizetype MaxCellWidth = 32;

QString fitted(const QString &cell)
{
    QString oneLine = cell;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (oneLine.size() <= MaxCellWidth)
        return oneLine;
    return oneLine.left(MaxCellWidth - 1) + QChar(0x2026);
}

} // namespace

void printOut(const QString &text)
{
    write(stdout, text);
}

void printError(const QString &message)
{
    write(stderr, QStringLiteral("clientele-cli: ") + message + QLatin1Char('\n'));
}

void printErrorText(const QString &text)
{
    write(stderr, text);
}

int usageError(const QString &message, const QString &command)
{
    printError(message);
    const QString help = command.isEmpty() ? QStringLiteral("clientele-cli --help")
                                           : QStringLiteral("clientele-cli %1 --help").arg(command);
    write(stderr, Text::tr("Try '%1' for more information.").arg(help) + QLatin1Char('\n'));
    return ExitUsage;
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    write(stdout, QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

void printTable(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<QStringList> cells;
    cells.append(headers);
    for (const QStringList &row : rows) {
        QStringList fittedRow;
        for (const QString &cell : row)
            fittedRow.append(fitted(cell));
        cells.append(fittedRow);
    }
    QList<qsizetype> widths(headers.size(), 0);
    for (const QStringList &row : std::as_const(cells)) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    QString text;
    for (const QStringList &row : std::as_const(cells)) {
        QString line;
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c) {
            const bool last = c == widths.size() - 1;
            line += last ? row.at(c) : row.at(c).leftJustified(widths[c] + 2);
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    }
    write(stdout, text);
}

} // namespace clientele::cli
