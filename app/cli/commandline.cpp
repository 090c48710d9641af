#include "commandline.h"

#include "output.h"

#include <QCoreApplication>

namespace clientele::cli {

namespace {

/// lupdate files these strings under "ClienteleCli", the context they are looked up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ClienteleCli)
};

const OptionSpec *findOption(const CommandSpec &spec, const QString &name)
{
    for (const OptionSpec &option : spec.options) {
        if (option.name == name)
            return &option;
    }
    return nullptr;
}

Error usage(const QString &message)
{
    return Error {message, {}, Error::Kind::Validation};
}

} // namespace

QString ParsedArguments::value(const QString &name) const
{
    const QStringList all = m_values.value(name);
    return all.isEmpty() ? QString() : all.constLast();
}

Result<ParsedArguments> parseArguments(const CommandSpec &spec, const QStringList &words)
{
    ParsedArguments parsed;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (optionsEnded || !word.startsWith(QLatin1Char('-')) || word == QLatin1String("-")) {
            parsed.m_arguments.append(word);
            continue;
        }
        if (word == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (word == QLatin1String("-h") || word == QLatin1String("--help")) {
            parsed.m_help = true;
            continue;
        }
        if (!word.startsWith(QLatin1String("--")))
            return usage(Text::tr("unknown option '%1'").arg(word));

        QString name = word.mid(2);
        QString value;
        bool hasInlineValue = false;
        if (const qsizetype equals = name.indexOf(QLatin1Char('=')); equals >= 0) {
            value = name.mid(equals + 1);
            name = name.left(equals);
            hasInlineValue = true;
        }
        const OptionSpec *option = findOption(spec, name);
        if (!option)
            return usage(Text::tr("unknown option '--%1'").arg(name));
        if (option->valueName.isEmpty()) {
            if (hasInlineValue)
                return usage(Text::tr("option '--%1' does not take a value").arg(name));
        } else if (!hasInlineValue) {
            if (i + 1 >= words.size())
                return usage(Text::tr("option '--%1' needs a value (%2)").arg(name, option->valueName));
            value = words.at(++i);
        }
        if (!option->repeatable)
            parsed.m_values[name].clear();
        parsed.m_values[name].append(value);
    }
    if (parsed.m_help)
        return parsed;

    const QStringList &arguments = parsed.m_arguments;
    const bool lastTakesMany = !spec.arguments.isEmpty() && spec.arguments.constLast().multiple;
    if (arguments.size() < spec.arguments.size())
        return usage(Text::tr("missing argument %1").arg(spec.arguments.at(arguments.size()).name));
    if (arguments.size() > spec.arguments.size() && !lastTakesMany)
        return usage(Text::tr("unexpected argument '%1'").arg(arguments.at(spec.arguments.size())));
    return parsed;
}

QString helpText(const CommandSpec &spec)
{
    QString text = Text::tr("Usage: clientele-cli %1\n\n%2\n").arg(spec.usage, spec.description);
    QList<std::pair<QString, QString>> rows;
    for (const OptionSpec &option : spec.options) {
        QString left = QStringLiteral("--") + option.name;
        if (!option.valueName.isEmpty())
            left += QLatin1Char(' ') + option.valueName;
        rows.append({left, option.description});
    }
    rows.append({QStringLiteral("-h, --help"), Text::tr("Show this help")});
    qsizetype width = 0;
    for (const auto &row : std::as_const(rows))
        width = std::max(width, row.first.size());
    text += QLatin1Char('\n') + Text::tr("Options:") + QLatin1Char('\n');
    for (const auto &[left, description] : std::as_const(rows))
        text += QStringLiteral("  ") + left.leftJustified(width + 2) + description + QLatin1Char('\n');
    return text;
}

std::optional<qint64> parsePositive(const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    // toLongLong accepts a leading '+' and surrounding spaces; an id is digits only.
    for (const QChar c : text) {
        if (!c.isDigit())
            return std::nullopt;
    }
    if (!ok || value <= 0)
        return std::nullopt;
    return value;
}

std::optional<ParsedArguments> parseCommand(const CommandSpec &spec, const QStringList &words, int &exitCode)
{
    auto parsed = parseArguments(spec, words);
    if (!parsed) {
        exitCode = usageError(parsed.errorMessage(), spec.name);
        return std::nullopt;
    }
    if (parsed->helpRequested()) {
        printOut(helpText(spec));
        exitCode = ExitOk;
        return std::nullopt;
    }
    return std::move(parsed).value();
}

} // namespace clientele::cli
