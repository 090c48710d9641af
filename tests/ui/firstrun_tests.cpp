#include "common/databaseopener.h"
#include "firstrun/firstrun.h"
#include "firstrun/firstrundialog.h"
#include "uitestsupport.h"

#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

int count(const Database &database, const QString &table)
{
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

const FixedClock &testClock()
{
    static const FixedClock clock(QDateTime(QDate(2026, 3, 15), QTime(10, 0), Qt::UTC));
    return clock;
}

} // namespace

TEST_CASE("First run: Start empty creates an empty database")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/clientele.sqlite"));
    CHECK(FirstRun::isNeeded(path));
    auto created = FirstRun::createDatabase(path, false, testClock());
    REQUIRE(created.ok());
    CHECK(count(*created.value(), QStringLiteral("contacts")) == 0);
    CHECK(count(*created.value(), QStringLiteral("pipeline_stages")) > 0);
    CHECK_FALSE(FirstRun::isNeeded(path));
}

TEST_CASE("First run: Open sample bakery fills the new database")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clientele.sqlite"));
    auto created = FirstRun::createDatabase(path, true, testClock());
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    // What the sample promises (README): 200 customers, 1,500 orders.
    CHECK(count(*created.value(), QStringLiteral("contacts")) == 200);
    CHECK(count(*created.value(), QStringLiteral("orders")) == 1500);
    CHECK(count(*created.value(), QStringLiteral("followups")) > 0);
    CHECK(count(*created.value(), QStringLiteral("deals")) > 0);
}

TEST_CASE("First run: the welcome page reports the choice the user clicked")
{
    SECTION("Start empty")
    {
        FirstRunDialog dialog(QStringLiteral("/tmp/clientele.sqlite"));
        dialog.show();
        QTest::mouseClick(dialog.startEmptyButton(), Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.choice() == FirstRunDialog::Choice::StartEmpty);
    }
    SECTION("Sample bakery")
    {
        FirstRunDialog dialog(QStringLiteral("/tmp/clientele.sqlite"));
        dialog.show();
        QTest::mouseClick(dialog.sampleButton(), Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.choice() == FirstRunDialog::Choice::SampleBakery);
    }
    SECTION("Open an existing file")
    {
        FirstRunDialog dialog(QStringLiteral("/tmp/clientele.sqlite"));
        dialog.show();
        QTest::mouseClick(dialog.openExistingButton(), Qt::LeftButton);
        CHECK(dialog.choice() == FirstRunDialog::Choice::OpenExisting);
    }
    SECTION("Quit")
    {
        FirstRunDialog dialog(QStringLiteral("/tmp/clientele.sqlite"));
        dialog.show();
        QTest::keyClick(&dialog, Qt::Key_Escape);
        CHECK(dialog.result() == QDialog::Rejected);
        CHECK(dialog.choice() == FirstRunDialog::Choice::None);
    }
}

TEST_CASE("A database in use can be opened read-only, or not at all")
{
    UiDatabase holder(false);
    SECTION("Open Read-Only")
    {
        QString message;
        onNextModal([&message](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            REQUIRE(box);
            message = box->text();
            box->findChild<QPushButton *>(QStringLiteral("openReadOnly"))->click();
        });
        auto database = DatabaseOpener::open(holder.path(), nullptr, DatabaseOpener::Context::Startup);
        REQUIRE(database);
        CHECK(database->isReadOnly());
        CHECK(message.contains(QFileInfo(holder.path()).fileName()));
    }
    SECTION("Quit")
    {
        QStringList buttons;
        onNextModal([&buttons](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            REQUIRE(box);
            for (QAbstractButton *button : box->buttons())
                buttons << button->text();
            box->reject();
        });
        CHECK_FALSE(DatabaseOpener::open(holder.path(), nullptr, DatabaseOpener::Context::Startup));
        CHECK(buttons.contains(QStringLiteral("Quit")));
    }
}

TEST_CASE("A file that is not a Clientele database is explained and not opened")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("These are my shopping notes, not a database.\n");
    file.close();
    QString shown;
    onNextModal([&shown](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        REQUIRE(box);
        shown = box->text();
        box->accept();
    });
    CHECK_FALSE(DatabaseOpener::open(path, nullptr, DatabaseOpener::Context::Switch));
    CHECK(shown.contains(QStringLiteral("notes.sqlite")));
}
