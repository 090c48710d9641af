#include "databaseopener.h"

#include <QDir>
#include <QMessageBox>
#include <QPushButton>

namespace clientele {

namespace {

void explain(QWidget *parent, const QString &title, const QString &text, const QString &details = {})
{
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("databaseErrorMessage"));
    box.setInformativeText(details);
    box.exec();
}

} // namespace

std::unique_ptr<Database> DatabaseOpener::open(const QString &path, QWidget *parent, Context context)
{
    auto opened = Database::open(path, Database::Mode::ReadWrite, systemClock());
    if (opened)
        return std::move(opened).value();

    const Error &error = opened.error();
    switch (error.kind) {
    case Error::Kind::Locked: {
        QMessageBox box(QMessageBox::Warning, tr("Database in use"), error.message, QMessageBox::NoButton, parent);
        box.setObjectName(QStringLiteral("lockedDatabaseMessage"));
        box.setInformativeText(tr("Read-only lets you look things up while the other window keeps working; "
                                  "nothing can be changed until you open the file normally again."));
        QPushButton *readOnly = box.addButton(tr("Open Read-Only"), QMessageBox::AcceptRole);
        readOnly->setObjectName(QStringLiteral("openReadOnly"));
        box.addButton(context == Context::Startup ? tr("Quit") : tr("Cancel"), QMessageBox::RejectRole);
        box.setDefaultButton(readOnly);
        box.exec();
        if (box.clickedButton() != readOnly)
            return nullptr;
        auto readOnlyOpen = Database::open(path, Database::Mode::ReadOnly, systemClock());
        if (readOnlyOpen)
            return std::move(readOnlyOpen).value();
        explain(parent, tr("Cannot open the database"), readOnlyOpen.errorMessage());
        return nullptr;
    }
    case Error::Kind::TooNew:
        explain(parent, tr("Database from a newer Clientele"),
                tr("The database %1 was saved by a newer version of Clientele and cannot be opened by this one.")
                    .arg(QDir::toNativeSeparators(path)),
                tr("Install the newer Clientele to open it. The file has not been changed.") + QStringLiteral("\n\n")
                    + error.message);
        return nullptr;
    default:
        explain(parent, tr("Cannot open the database"), error.message);
        return nullptr;
    }
}

} // namespace clientele
