#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace clientele::cli {

/// Writes text to standard output as UTF-8, whatever the locale says: names like "Zoë Müller"
/// must survive a pipe into another program.
void printOut(const QString &text);

/// Writes "clientele-cli: <message>" and a newline to standard error.
void printError(const QString &message);

/// Writes text to standard error as it is (no prefix, no newline added).
void printErrorText(const QString &text);

/// Prints a usage mistake and where to find help; returns ExitUsage.
int usageError(const QString &message, const QString &command = {});

/// Prints a JSON array or object, indented, followed by a newline.
void printJson(const QJsonValue &value);

/// Prints rows under a header with columns padded to line up; long cells are shortened with
/// an ellipsis so one long note does not push every other column off the screen.
void printTable(const QStringList &headers, const QList<QStringList> &rows);

} // namespace clientele::cli
