#pragma once

#include "contact.h"

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>

namespace clientele {

class Clock;

/// Writes contacts to a CSV file a spreadsheet opens as it is: RFC 4180 (comma separated, fields
/// with commas, quotes or line breaks quoted, quotes doubled, CRLF line ends), UTF-8 with a byte
/// order mark (Excel otherwise reads it as the local code page), and text that a spreadsheet
/// would run as a formula ("=HYPERLINK(...)") defused with a leading apostrophe.
class ContactCsvExport final
{
public:
    ContactCsvExport(QSqlDatabase db, const Clock &clock);

    /// Writes the contacts with these ids, in this order, to `path` (atomically: a failed export
    /// leaves an existing file untouched). Returns how many were written.
    Result<int> write(const QList<qint64> &contactIds, const QString &path) const;

    /// The CSV text of these contacts, header line first.
    static QByteArray toCsv(const QList<Contact> &contacts);
    /// One field, quoted and defused as needed.
    static QString field(const QString &value);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace clientele
