#pragma once

#include "common/result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace clientele::cli {

/// The tool's exit codes: scripts tell a failed operation from a wrong invocation.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

struct OptionSpec
{
    QString name; ///< without dashes: "email"
    QString valueName; ///< "EMAIL"; empty for a flag such as --json
    QString description;
    bool repeatable = false;
};

struct ArgumentSpec
{
    QString name; ///< "ID", "QUERY"
    bool multiple = false; ///< the last argument may take several words
};

/// What a command accepts, and the text of its --help.
struct CommandSpec
{
    QString name; ///< "contacts show"
    QString usage; ///< what follows the program name, e.g. "contacts show ID [--json]"
    QString description;
    QList<ArgumentSpec> arguments;
    QList<OptionSpec> options;
};

/// The options and arguments of one command line, checked against its CommandSpec.
class ParsedArguments final
{
public:
    bool helpRequested() const { return m_help; }
    bool isSet(const QString &name) const { return m_values.contains(name); }
    /// The last value given for the option; empty when absent.
    QString value(const QString &name) const;
    QStringList values(const QString &name) const { return m_values.value(name); }
    const QStringList &arguments() const { return m_arguments; }

private:
    friend Result<ParsedArguments> parseArguments(const CommandSpec &spec, const QStringList &words);
    bool m_help = false;
    QMap<QString, QStringList> m_values;
    QStringList m_arguments;
};

/// Reads "--name value", "--name=value", flags, "-h/--help" and positional arguments ("--" ends
/// the options). The error message describes the mistake; the caller exits with ExitUsage.
Result<ParsedArguments> parseArguments(const CommandSpec &spec, const QStringList &words);

/// parseArguments() for a command that prints its own help and usage errors: std::nullopt with
/// `exitCode` set (ExitOk after --help, ExitUsage after a mistake) when the command should stop.
std::optional<ParsedArguments> parseCommand(const CommandSpec &spec, const QStringList &words, int &exitCode);

/// The --help text of a command: usage, description and an aligned option list.
QString helpText(const CommandSpec &spec);

/// Reads a positive whole number; std::nullopt for anything else ("12a", "-3", "0").
std::optional<qint64> parsePositive(const QString &text);

} // namespace clientele::cli
