#include "contentmapping.h"

#include "valueparsers.h"

#include "contacts/phonenumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace clientele::ContentMapping {

namespace {

/// Share of a column's non-empty cells that must agree before the column is given a field.
constexpr double Agreement = 0.6;

bool isEmail(const QString &cell)
{
    return EmailAddress::isValid(cell.trimmed());
}

bool isPhone(const QString &cell)
{
    const QString text = cell.trimmed();
    qsizetype digits = 0;
    for (const QChar c : text)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 7 && PhoneNumber::looksLikePhone(text);
}

bool isDate(const QString &cell)
{
    const QString text = cell.trimmed();
    // A bare number is an id or an amount far more often than an Excel serial here.
    static const QRegularExpression bareNumber(QStringLiteral("^[0-9.,]+$"));
    if (bareNumber.match(text).hasMatch() && !text.contains(QLatin1Char('.')))
        return false;
    const ValueParsers::ParsedDate parsed = ValueParsers::parseDate(text);
    return parsed.kind == ValueParsers::ParsedDate::Kind::Date
        || parsed.kind == ValueParsers::ParsedDate::Kind::Yearless;
}

// "Maria", "van der Berg", "O'Neill", "Anne-Marie Lopez": letters with spaces, hyphens and
// apostrophes, at most four words.
bool isNameLike(const QString &cell)
{
    static const QRegularExpression name(QStringLiteral("^\\p{L}[\\p{L}\\p{M}'’.\\- ]*$"));
    const QString text = cell.simplified();
    return !text.isEmpty() && text.size() <= 60 && text.count(QLatin1Char(' ')) < 4 && name.match(text).hasMatch();
}

struct ColumnProfile
{
    int filled = 0;
    int emails = 0;
    int phones = 0;
    int dates = 0;
    int names = 0;
    int multiWordNames = 0;

    bool mostly(int count) const { return filled > 0 && count >= Agreement * filled; }
};

} // namespace

std::optional<ColumnMapping> detectHeaderless(const QList<RawRow> &firstRows)
{
    if (firstRows.isEmpty())
        return std::nullopt;
    const RawRow &first = firstRows.first();
    bool holdsData = false;
    for (const QString &cell : first.cells) {
        if (cell.trimmed().isEmpty())
            continue;
        if (MappingDetector::fieldForHeader(cell, ImportEntity::Contacts) != ImportFields::Ignore)
            return std::nullopt; // a header word: this is a header row
        holdsData = holdsData || isEmail(cell) || isPhone(cell);
    }
    if (!holdsData)
        return std::nullopt;

    qsizetype columns = 0;
    for (const RawRow &row : firstRows)
        columns = qMax(columns, row.cells.size());
    QList<ColumnProfile> profiles(columns);
    for (const RawRow &row : firstRows) {
        for (qsizetype i = 0; i < row.cells.size(); ++i) {
            const QString &cell = row.cells.at(i);
            if (cell.trimmed().isEmpty())
                continue;
            ColumnProfile &profile = profiles[i];
            ++profile.filled;
            // Dates first: "1985-07-14" has the digits and dashes of a phone number.
            if (isEmail(cell))
                ++profile.emails;
            else if (isDate(cell))
                ++profile.dates;
            else if (isPhone(cell))
                ++profile.phones;
            else if (isNameLike(cell)) {
                ++profile.names;
                if (cell.simplified().contains(QLatin1Char(' ')))
                    ++profile.multiWordNames;
            }
        }
    }

    ColumnMapping mapping;
    mapping.headerless = true;
    mapping.headerLine = 0;
    for (qsizetype i = 0; i < columns; ++i) {
        mapping.headers.append(QCoreApplication::translate("Importer", "Column %1").arg(i + 1));
        mapping.fields.append(ImportFields::Ignore);
    }
    // Name columns: the first name-like column, and the one right after it when both hold single
    // words (first and last name); a column of several words is the full name.
    bool named = false;
    bool dated = false;
    for (qsizetype i = 0; i < columns; ++i) {
        const ColumnProfile &profile = profiles.at(i);
        if (profile.mostly(profile.emails)) {
            mapping.fields[i] = QStringLiteral("email");
        } else if (profile.mostly(profile.phones)) {
            mapping.fields[i] = QStringLiteral("phone");
        } else if (profile.mostly(profile.dates) && !dated) {
            mapping.fields[i] = QStringLiteral("birthday");
            dated = true;
        } else if (profile.mostly(profile.names) && !named) {
            named = true;
            const bool nextIsName = i + 1 < columns && profiles.at(i + 1).mostly(profiles.at(i + 1).names);
            if (!profile.mostly(profile.multiWordNames) && nextIsName
                && !profiles.at(i + 1).mostly(profiles.at(i + 1).multiWordNames)) {
                mapping.fields[i] = QStringLiteral("first_name");
                mapping.fields[i + 1] = QStringLiteral("last_name");
                ++i;
            } else {
                mapping.fields[i] = QStringLiteral("full_name");
            }
        }
    }
    return mapping;
}

} // namespace clientele::ContentMapping
