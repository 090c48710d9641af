#pragma once

#include <QString>
#include <QStringList>

namespace clientele {

/// Reads the directory of an OLE2 compound file (the container of Excel 97-2003 .xls files, and
/// of password-protected .xlsx files, whose encrypted package Excel wraps in one). Only the names
/// of the entries are read: enough to tell the user what the file is and what to do with it.
namespace CompoundFile {

/// What kind of document a compound file holds, judged by its streams.
enum class Kind {
    NotCompound, ///< not a compound file at all
    EncryptedWorkbook, ///< "EncryptionInfo" and "EncryptedPackage": a workbook saved with a password
    LegacyWorkbook, ///< "Workbook" or "Book": an Excel 97-2003 .xls
    OtherDocument, ///< a compound file of some other kind (a Word .doc, an Outlook .msg, ...)
};

/// The names of the entries in the file's directory; empty when it is not a readable compound file.
QStringList entryNames(const QString &path);
Kind classify(const QString &path);

} // namespace CompoundFile

} // namespace clientele
