// Clientele's desktop entry point: command line, translations, the welcome page on first start,
// opening the database (with the read-only fallback when it is in use) and the main window.
#include "common/clock.h"
#include "common/databaseopener.h"
#include "common/icons.h"
#include "common/theme.h"
#include "common/translations.h"
#include "db/databaselocation.h"
#include "firstrun/firstrun.h"
#include "firstrun/firstrundialog.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/screenshots.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QTimer>

using namespace clientele;

namespace {

struct Options
{
    QString databasePath;
    bool skipFirstRun = false;
    QString screenshotFolder;
};

Options parseCommandLine(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Customer book for small businesses."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main",
                                                              "Open the database file <path> (default: "
                                                              "$CLIENTELE_DB, else the per-user data folder)."),
                                      QApplication::translate("main", "path"));
    const QCommandLineOption skipOption(QStringLiteral("no-welcome"),
                                        QApplication::translate("main",
                                                                "Start with an empty database instead of "
                                                                "showing the welcome page."));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a picture of every page into <folder>, then quit."),
                                        QStringLiteral("folder"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dbOption, skipOption, screenshotOption});
    // The desktop file starts "clientele %f": a database opened from the file manager.
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "The database file to open (same as --db)."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    Options options;
    const QStringList files = parser.positionalArguments();
    options.databasePath
        = resolveDatabasePath(parser.isSet(dbOption) || files.isEmpty() ? parser.value(dbOption) : files.first());
    options.skipFirstRun
        = parser.isSet(skipOption) || qEnvironmentVariable("CLIENTELE_NO_WELCOME") == QStringLiteral("1");
    options.screenshotFolder = parser.value(screenshotOption);
    return options;
}

/// Shows the welcome page and sets up what the user picked; nullptr when they quit.
std::unique_ptr<Database> welcome(Options &options, const Clock &clock)
{
    FirstRunDialog dialog(options.databasePath);
    if (!options.screenshotFolder.isEmpty()) {
        dialog.show();
        Screenshots::save(dialog, QDir(options.screenshotFolder).filePath(QStringLiteral("firstrun.png")));
        dialog.hide();
        // The pictures show the sample: choose it without waiting for a click.
        auto created = FirstRun::createDatabase(options.databasePath, true, clock);
        return created ? std::move(created).value() : nullptr;
    }
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    switch (dialog.choice()) {
    case FirstRunDialog::Choice::OpenExisting: {
        const QString path = QFileDialog::getOpenFileName(
            nullptr, QApplication::translate("main", "Open Database"), QDir::homePath(),
            QApplication::translate("main", "Clientele databases (*.sqlite *.db);;All files (*)"));
        if (path.isEmpty())
            return nullptr;
        options.databasePath = path;
        return DatabaseOpener::open(path, nullptr, DatabaseOpener::Context::Startup);
    }
    case FirstRunDialog::Choice::SampleBakery:
    case FirstRunDialog::Choice::StartEmpty: {
        const bool sample = dialog.choice() == FirstRunDialog::Choice::SampleBakery;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto created = FirstRun::createDatabase(options.databasePath, sample, clock);
        QApplication::restoreOverrideCursor();
        if (created)
            return std::move(created).value();
        QMessageBox::warning(nullptr, QApplication::translate("main", "Clientele"), created.errorMessage());
        // The file exists now (empty): open it as it is rather than leave the user with nothing.
        return DatabaseOpener::open(options.databasePath, nullptr, DatabaseOpener::Context::Startup);
    }
    case FirstRunDialog::Choice::None:
        break;
    }
    return nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Clientele"));
    QApplication::setApplicationName(QStringLiteral("Clientele"));
    QApplication::setApplicationVersion(QStringLiteral(CLIENTELE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.clientele.Clientele"));
    QApplication::setWindowIcon(icons::application());
    installTranslations(QLocale());
    theme::applyAppearance(app);

    Options options = parseCommandLine(app);
    const Clock &clock = systemClock();
    std::unique_ptr<Database> database;
    if (FirstRun::isNeeded(options.databasePath) && !options.skipFirstRun) {
        database = welcome(options, clock);
        if (!database)
            return 0; // the user chose Quit, or has been told why nothing could be opened
    } else {
        database = DatabaseOpener::open(options.databasePath, nullptr, DatabaseOpener::Context::Startup);
        if (!database)
            return 1;
    }

    // The window works in the book's own zone (the business time zone setting), not the machine's.
    const Clock &bookClock = database->clock();
    MainWindow window(std::move(database), bookClock);
    if (!options.screenshotFolder.isEmpty()) {
        window.resize(1600, 1200);
        window.showView(View::Dashboard);
    }
    window.show();
    if (!options.screenshotFolder.isEmpty()) {
        QTimer::singleShot(300, &window, [&window, &options] {
            const bool ok = Screenshots::saveAll(window, options.screenshotFolder);
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}
