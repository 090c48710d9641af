#pragma once

#include <QString>

class QMimeData;
class QWidget;

namespace clientele {

/// Which files the import wizard takes, as the file dialog and drag and drop see them, and the
/// names of the detected format, encoding and delimiter as the wizard shows them.
namespace ImportFiles {

/// "Spreadsheets and contacts (*.csv *.txt *.tsv *.xlsx *.ods *.vcf);;All files (*)".
QString dialogFilter();
/// Asks for a file to import; "" when the user cancels.
QString choose(QWidget *parent, const QString &startPath = {});
/// The local file of a drag, when there is exactly one and it has an importable extension.
QString droppedFile(const QMimeData *mime);

QString formatName(const QString &format); ///< "csv" -> "Delimited text (CSV)"
QString encodingName(const QString &encoding); ///< "windows-1252" -> "Windows-1252 (Western European)"
QString delimiterName(const QString &delimiter); ///< "\t" -> "Tab"

} // namespace ImportFiles
} // namespace clientele
