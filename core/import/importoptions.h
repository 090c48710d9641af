#pragma once

#include <QMap>
#include <QString>

namespace clientele {

/// What kind of records a file holds.
enum class ImportEntity { Contacts, Orders };

/// How the file is read. Every "auto" is detected from the file itself.
struct ReadOptions
{
    QString format = QStringLiteral("auto"); ///< auto, csv, xlsx, ods, vcf
    QString encoding = QStringLiteral("auto"); ///< auto, utf-8, utf-16, utf-16le, utf-16be, windows-1252
    QString delimiter = QStringLiteral("auto"); ///< auto, ",", ";", "\t", "|"
    QString sheet; ///< xlsx/ods: sheet name; empty: the first sheet
};

/// What to do with a record that matches an existing contact.
enum class DuplicatePolicy {
    Skip, ///< leave the existing contact as it is
    Merge, ///< fill the existing contact's empty fields only
    Overwrite, ///< replace the existing contact's fields with the file's non-empty values
};

/// Which value decides that two records are the same person.
enum class MatchKey {
    EmailThenPhone, ///< normalized email, then normalized phone (the default)
    Email,
    Phone,
    NameAndCompany,
};

/// Date order to assume for ambiguous dates like 03/04/2025 when the file gives no evidence.
enum class DateOrder { Auto, DayMonthYear, MonthDayYear, YearMonthDay };

/// What to do with columns that are not mapped to a field.
enum class UnmappedColumns { Ignore, CustomField, AppendToNotes };

} // namespace clientele
