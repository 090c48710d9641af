#pragma once

#include "uitestsupport.h"

#include <QString>

class QTemporaryDir;

namespace clientele {
class ImportMappingPage;
class ImportPreviewModel;
class ImportWizard;
} // namespace clientele

/// Helpers of the import wizard tests (import_tests.cpp, import_run_tests.cpp).

/// A file of tests/fixtures/import/wizard/.
QString wizardFixture(const QString &name);
/// The small Windows-1252, semicolon-separated customer file most tests import.
inline const QString WizardCustomers = QStringLiteral("customers-cp1252.csv");
/// The text of the preview cell in `row` under the column titled `column` (which must exist).
QString previewCell(const clientele::ImportPreviewModel &model, int row, const QString &column);
/// Picks `fieldId` in the chooser of the file's column `column`, as a user would.
void chooseField(clientele::ImportMappingPage &page, int column, const QString &fieldId);
/// Shows the wizard on the mapping page of `file`.
void openOnMapping(clientele::ImportWizard &wizard, const QString &file);
/// Starts the import from the mapping page and waits for the report.
void runToReport(clientele::ImportWizard &wizard);
/// Contacts in the database (people and companies, not in the trash).
int liveContacts(UiDatabase &database);
/// Writes a CSV of `rows` customers into `dir`: large enough that the engine reports progress.
QString writeLargeFile(const QTemporaryDir &dir, int rows);
