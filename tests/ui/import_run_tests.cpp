// The import wizard running an import: progress and cancel, the report, undo from the report and
// from the import history, and the main window's menu actions and drops.
#include "contacts/contactrepository.h"
#include "contacts/contactsview.h"
#include "contacts/contacttablemodel.h"
#include "import/fieldcombo.h"
#include "import/filepage.h"
#include "import/importbatchrepository.h"
#include "import/importhistorydialog.h"
#include "import/importpresetrepository.h"
#include "import/importrunner.h"
#include "import/importsession.h"
#include "import/importwizard.h"
#include "import/issuemodel.h"
#include "import/mappingpage.h"
#include "import/previewmodel.h"
#include "import/reportpage.h"
#include "import/runpage.h"
#include "importtestsupport.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/screenshots.h"
#include "orders/orderrepository.h"
#include "qtcatch.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUrl>
#include <QWizard>

#include <catch2/catch.hpp>

using namespace clientele;

TEST_CASE("Running the import from the wizard creates the contacts and reports the counts")
{
    UiDatabase database(false);
    ImportWizard wizard(database.database(), database.clock());
    openOnMapping(wizard, wizardFixture(WizardCustomers));
    runToReport(wizard);
    CHECK(wizard.databaseChanged());

    ContactRepository contacts(database.db(), database.clock());
    const QList<qint64> found = contacts.findByEmail(QStringLiteral("juergen.mueller@example.de"));
    REQUIRE(found.size() == 1);
    const auto juergen = contacts.get(found.first());
    REQUIRE(juergen.ok());
    CHECK(juergen->firstName == QStringLiteral("Jürgen"));
    CHECK(juergen->lastName == QStringLiteral("Müller"));
    CHECK(juergen->companyName == QStringLiteral("Bäckerei Müller"));
    CHECK(juergen->birthday == Birthday {1984, 5, 14});
    CHECK(contacts.findByEmail(QStringLiteral("zoe.lefevre@example.fr")).size() == 1);
    CHECK(contacts.findByEmail(QStringLiteral("ana.pena@example.es")).size() == 1);

    ImportReportPage *report = wizard.reportPage();
    REQUIRE(wizard.session().report().has_value());
    CHECK(report->countText(QStringLiteral("created")) == QString::number(wizard.session().report()->created));
    CHECK(report->countText(QStringLiteral("created")) == QStringLiteral("3"));
    CHECK(report->countText(QStringLiteral("updated")) == QStringLiteral("0"));
    CHECK(report->countText(QStringLiteral("skipped")) == QStringLiteral("0"));
    CHECK(report->countText(QStringLiteral("rejected")) == QStringLiteral("1"));
    const ImportIssueModel &issues = *report->issueModel();
    REQUIRE(issues.rowCount() >= 1);
    bool foundRejected = false;
    for (int row = 0; row < issues.rowCount(); ++row) {
        if (issues.issueAt(row).outcome == ImportIssue::Outcome::Rejected) {
            foundRejected = true;
            CHECK(issues.index(row, ImportIssueModel::RowColumn).data().toString() == QStringLiteral("5"));
            CHECK(issues.index(row, ImportIssueModel::OutcomeColumn).data().toString() == QStringLiteral("Rejected"));
            CHECK_FALSE(issues.index(row, ImportIssueModel::MessageColumn).data().toString().isEmpty());
        }
    }
    CHECK(foundRejected);
    CHECK(report->undoButton()->isEnabled());
    // There is no going back to an import that ran: undo is the way back.
    CHECK_FALSE(wizard.button(QWizard::BackButton)->isEnabled());
    CHECK(wizard.button(QWizard::FinishButton)->isVisible());
    CHECK_FALSE(wizard.button(QWizard::CancelButton)->isVisible());

    // The same file again: every row is a duplicate and nothing new is created.
    const int before = liveContacts(database);
    ImportWizard again(database.database(), database.clock());
    openOnMapping(again, wizardFixture(WizardCustomers));
    runToReport(again);
    CHECK(liveContacts(database) == before);
    CHECK(again.reportPage()->countText(QStringLiteral("created")) == QStringLiteral("0"));
    CHECK(again.reportPage()->countText(QStringLiteral("skipped")) == QStringLiteral("3"));
}

TEST_CASE("Cancelling the import in the wizard leaves no contacts")
{
    UiDatabase database(false);
    QTemporaryDir dir;
    const QString path = writeLargeFile(dir, 20000);
    ImportWizard wizard(database.database(), database.clock());
    openOnMapping(wizard, path);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::RunPageId);
    ImportRunPage *run = wizard.runPage();
    // The wizard's Cancel (and Escape) cancel the import rather than close the wizard.
    wizard.reject();
    CHECK(wizard.isVisible());
    REQUIRE(waitFor([run] { return !run->isRunning() && run->backButton()->isVisible(); }, 30000));
    CHECK(wizard.currentId() == ImportWizard::RunPageId);
    CHECK(run->statusLabel()->text().startsWith(QStringLiteral("Import cancelled.")));
    CHECK(run->statusLabel()->text().contains(QStringLiteral("Nothing was imported")));
    CHECK_FALSE(run->isComplete());
    CHECK_FALSE(wizard.databaseChanged());
    CHECK(liveContacts(database) == 0);
    CHECK(database.db().isOpen());

    // Back to the columns, and the import can run again.
    run->backButton()->click();
    CHECK(wizard.currentId() == ImportWizard::MappingPageId);
}

TEST_CASE("The import runner works off the GUI thread and reports the rows it read")
{
    UiDatabase database(false);
    QTemporaryDir dir;
    ImportRequest request;
    request.path = writeLargeFile(dir, 2500);
    const QStringList connections = QSqlDatabase::connectionNames();
    ImportRunner runner(database.database(), database.clock());
    QSignalSpy finished(&runner, &ImportRunner::finished);
    runner.start(request);
    REQUIRE(finished.wait(30000));
    CHECK_FALSE(runner.isRunning());
    REQUIRE(runner.result().has_value());
    const Result<ImportReport> &result = *runner.result();
    INFO(result.errorMessage().toStdString());
    REQUIRE(result.ok());
    CHECK(result->created == 2500);
    CHECK(result->rows == 2500);
    CHECK_FALSE(result->cancelled);
    CHECK(runner.rowsDone() == 2500);
    CHECK(runner.fraction() == Approx(1.0));
    CHECK(liveContacts(database) == 2500);
    // The worker's connection is gone with it.
    CHECK(QSqlDatabase::connectionNames() == connections);
}

TEST_CASE("An import that cannot read its file says that nothing was imported")
{
    UiDatabase database(false);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vanishing.csv"));
    REQUIRE(QFile::copy(wizardFixture(WizardCustomers), path));
    ImportWizard wizard(database.database(), database.clock());
    openOnMapping(wizard, path);
    REQUIRE(QFile::remove(path));
    wizard.next();
    ImportRunPage *run = wizard.runPage();
    REQUIRE(waitFor([run] { return !run->isRunning() && run->backButton()->isVisible(); }, 20000));
    CHECK(run->statusLabel()->text().startsWith(QStringLiteral("The import stopped: ")));
    CHECK(run->statusLabel()->text().contains(QStringLiteral("Nothing was imported")));
    CHECK(wizard.currentId() == ImportWizard::RunPageId);
    CHECK_FALSE(wizard.databaseChanged());
    CHECK(liveContacts(database) == 0);

    // A file that cannot be read at all never gets past the first page.
    ImportWizard other(database.database(), database.clock());
    other.show();
    other.setFile(path);
    CHECK_FALSE(other.filePage()->isComplete());
    CHECK_FALSE(other.filePage()->summary().isEmpty());
    CHECK_FALSE(other.button(QWizard::NextButton)->isEnabled());
}

TEST_CASE("Undo from the import history removes the imported contacts")
{
    UiDatabase database(false);
    {
        ImportWizard wizard(database.database(), database.clock());
        openOnMapping(wizard, wizardFixture(WizardCustomers));
        runToReport(wizard);
    }
    REQUIRE(ContactRepository(database.db(), database.clock()).findByEmail(QStringLiteral("ana.pena@example.es")).size()
            == 1);

    ImportHistoryDialog history(database.database(), database.clock());
    QTableWidget *table = history.table();
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == WizardCustomers);
    CHECK(table->item(0, 4)->text() == QStringLiteral("3"));
    CHECK(table->item(0, 7)->text() == QStringLiteral("1"));
    CHECK(table->item(0, 8)->text() == QStringLiteral("Imported"));
    CHECK(history.undoButton()->isEnabled());

    // Declining the confirmation changes nothing.
    onNextModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        REQUIRE(box);
        box->button(QMessageBox::Cancel)->click();
    });
    history.undoSelected();
    CHECK_FALSE(history.databaseChanged());
    CHECK(liveContacts(database) > 0);

    onNextModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        REQUIRE(box);
        CHECK(box->text().contains(WizardCustomers));
        box->button(QMessageBox::Yes)->click();
    });
    history.undoSelected();
    CHECK(history.databaseChanged());
    CHECK(liveContacts(database) == 0);
    CHECK(ContactRepository(database.db(), database.clock())
              .findByEmail(QStringLiteral("ana.pena@example.es"))
              .isEmpty());
    CHECK(table->item(0, 8)->text().startsWith(QStringLiteral("Undone")));
    CHECK_FALSE(history.undoButton()->isEnabled());
}

TEST_CASE("The import report is exported as CSV")
{
    UiDatabase database(false);
    QTemporaryDir dir;
    ImportWizard wizard(database.database(), database.clock());
    openOnMapping(wizard, wizardFixture(WizardCustomers));
    runToReport(wizard);
    onNextModal([&dir](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        REQUIRE(dialog);
        dialog->setDirectory(dir.path());
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
    });
    wizard.reportPage()->exportButton()->click();
    // The dialog proposes "<file> import report.csv".
    const QStringList written = QDir(dir.path()).entryList({QStringLiteral("*.csv")});
    REQUIRE(written == QStringList {QStringLiteral("customers-cp1252 import report.csv")});
    QFile file(QDir(dir.path()).filePath(written.first()));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    CHECK(csv.startsWith(QStringLiteral("row,column,outcome,contact_id,message")));
    CHECK(csv.contains(QStringLiteral("\n5,")));
    CHECK(csv.contains(QStringLiteral("rejected")));
    CHECK(wizard.reportPage()->statusLabel()->text().contains(QStringLiteral("import report.csv")));
}

TEST_CASE("Undo from the import report removes the imported contacts")
{
    UiDatabase database(false);
    ImportWizard wizard(database.database(), database.clock());
    openOnMapping(wizard, wizardFixture(WizardCustomers));
    runToReport(wizard);
    REQUIRE(liveContacts(database) > 0);
    onNextModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        REQUIRE(box);
        box->button(QMessageBox::Yes)->click();
    });
    wizard.reportPage()->undoButton()->click();
    CHECK(liveContacts(database) == 0);
    CHECK_FALSE(wizard.reportPage()->undoButton()->isEnabled());
    CHECK(ImportBatchRepository(database.db()).list().first().status == ImportBatch::Status::Undone);
}

TEST_CASE("The main window opens the import wizard from the menu and for a dropped file")
{
    QSettings().clear();
    UiDatabase sample(false);
    MainWindow window(sample.take(), sample.clock());
    window.show();
    QAction *import = window.importAction();
    REQUIRE(import);
    CHECK(import->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    CHECK(import->isEnabled());
    REQUIRE(window.importHistoryAction());

    QString opened;
    onNextModal([&opened](QWidget *modal) {
        auto *wizard = qobject_cast<ImportWizard *>(modal);
        REQUIRE(wizard);
        opened = QStringLiteral("wizard");
        wizard->reject();
    });
    import->trigger();
    CHECK(opened == QStringLiteral("wizard"));

    // A dropped customer file opens the wizard with it.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(wizardFixture(WizardCustomers))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QString dropped;
    onNextModal([&dropped](QWidget *modal) {
        auto *wizard = qobject_cast<ImportWizard *>(modal);
        REQUIRE(wizard);
        dropped = wizard->session().request().path;
        wizard->reject();
    });
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    REQUIRE(waitFor([&dropped] { return !dropped.isEmpty(); }));
    CHECK(QFileInfo(dropped) == QFileInfo(wizardFixture(WizardCustomers)));

    // An import run from the menu reloads the views.
    CHECK(window.contactsView()->model()->rowCount() == 0);
    onNextModal([](QWidget *modal) {
        auto *wizard = qobject_cast<ImportWizard *>(modal);
        REQUIRE(wizard);
        wizard->setFile(wizardFixture(WizardCustomers));
        wizard->next();
        wizard->next();
        REQUIRE(waitFor([wizard] { return wizard->currentId() == ImportWizard::ReportPageId; }, 20000));
        wizard->accept();
    });
    window.importFile();
    const int stored = ContactRepository(window.database().connection(), sample.clock()).count();
    CHECK(stored >= 3);
    CHECK(window.contactsView()->model()->rowCount() == stored);

    // Other files are not taken.
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(QString::fromUtf8(__FILE__))});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.ignore();
    QApplication::sendEvent(&window, &refused);
    CHECK_FALSE(refused.isAccepted());
}

// Not a check: saves the picture of the mapping page for the documentation when
// CLIENTELE_IMPORT_SCREENSHOT names the file (run it under Xvfb with QT_QPA_PLATFORM=xcb).
TEST_CASE("Import wizard mapping page screenshot", "[.screenshot]")
{
    const QString target = qEnvironmentVariable("CLIENTELE_IMPORT_SCREENSHOT");
    REQUIRE_FALSE(target.isEmpty());
    // CLIENTELE_IMPORT_SCREENSHOT_PAGES names a folder for the other pages, to review them.
    const QString pages = qEnvironmentVariable("CLIENTELE_IMPORT_SCREENSHOT_PAGES");
    UiDatabase database(true);
    ImportWizard wizard(database.database(), database.clock());
    wizard.resize(1180, 780);
    wizard.show();
    wizard.setFile(wizardFixture(QStringLiteral("shopify_customers_export.csv")));
    if (!pages.isEmpty())
        REQUIRE(Screenshots::save(wizard, QDir(pages).filePath(QStringLiteral("import-file.png"))));
    wizard.next();
    REQUIRE(Screenshots::save(wizard, target));
    if (!pages.isEmpty()) {
        ImportWizard headerless(database.database(), database.clock());
        headerless.resize(1180, 780);
        headerless.show();
        headerless.setFile(wizardFixture(QStringLiteral("../handmade/headerless.csv")));
        headerless.next();
        REQUIRE(Screenshots::save(headerless, QDir(pages).filePath(QStringLiteral("import-headerless.png"))));
    }
    if (!pages.isEmpty()) {
        runToReport(wizard);
        REQUIRE(Screenshots::save(wizard, QDir(pages).filePath(QStringLiteral("import-report.png"))));
        ImportHistoryDialog history(database.database(), database.clock());
        history.show();
        REQUIRE(Screenshots::save(history, QDir(pages).filePath(QStringLiteral("import-history.png"))));
    }
}
