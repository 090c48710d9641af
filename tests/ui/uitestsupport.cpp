#include "uitestsupport.h"

#include "contacts/contactrepository.h"
#include "sample/bakerysample.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace clientele;

UiDatabase::UiDatabase(bool withSample)
    : m_path(m_dir.filePath(QStringLiteral("ui.sqlite")))
    // The book's zone is the one the test runs in (UTC unless CLIENTELE_TEST_TZ says otherwise),
    // and it is 10:00 there.
    , m_clock(QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::systemTimeZone()), QTimeZone::systemTimeZone())
{
    auto opened = Database::open(m_path, Database::Mode::ReadWrite, m_clock);
    REQUIRE(opened.ok());
    m_database = std::move(opened).value();
    if (withSample) {
        const Status populated = BakerySample::populate(m_database->connection(), m_clock);
        INFO(populated.errorMessage().toStdString());
        REQUIRE(populated.ok());
    }
}

std::unique_ptr<Database> UiDatabase::take()
{
    return std::move(m_database);
}

void insertPeople(QSqlDatabase db, int count)
{
    REQUIRE(db.transaction());
    QSqlQuery query(db);
    const QString stamp = QStringLiteral("2026-01-01T00:00:00.000Z");
    for (int i = 1; i <= count; ++i) {
        const QString last = QStringLiteral("Person %1").arg(i, 3, 10, QLatin1Char('0'));
        query.prepare(QStringLiteral("INSERT INTO contacts (first_name, last_name, display_name, sort_key, created_at, "
                                     "updated_at) VALUES ('Test', :last, :display, :sort, :stamp, :stamp2)"));
        query.bindValue(QStringLiteral(":last"), last);
        query.bindValue(QStringLiteral(":display"), QStringLiteral("Test ") + last);
        query.bindValue(QStringLiteral(":sort"), last.toLower() + QStringLiteral(" test"));
        query.bindValue(QStringLiteral(":stamp"), stamp);
        query.bindValue(QStringLiteral(":stamp2"), stamp);
        REQUIRE(query.exec());
        const qint64 id = query.lastInsertId().toLongLong();
        query.prepare(QStringLiteral("INSERT INTO contact_methods (contact_id, kind, value, normalized, is_primary) "
                                     "VALUES (:id, 'email', :email, :normalized, 1)"));
        const QString email = QStringLiteral("person%1@example.com").arg(i);
        query.bindValue(QStringLiteral(":id"), id);
        query.bindValue(QStringLiteral(":email"), email);
        query.bindValue(QStringLiteral(":normalized"), email);
        REQUIRE(query.exec());
    }
    REQUIRE(db.commit());
}

qint64 insertContact(QSqlDatabase db, const Clock &clock, const QString &first, const QString &last)
{
    Contact contact;
    contact.firstName = first;
    contact.lastName = last;
    ContactMethod email;
    email.kind = ContactMethod::Kind::Email;
    email.value = first.toLower() + QStringLiteral("@example.com");
    contact.emails << email;
    ContactMethod phone;
    phone.kind = ContactMethod::Kind::Phone;
    phone.value = QStringLiteral("+1 503 555 0199");
    phone.label = QStringLiteral("mobile");
    contact.phones << phone;
    contact.tags << QStringLiteral("VIP");
    contact.custom.insert(QStringLiteral("Allergies"), QStringLiteral("Hazelnuts"));
    contact.birthday = Birthday {1984, 3, 20};
    contact.notes = QStringLiteral("Prefers <b>rye</b> bread");
    contact.consent.emailMarketing = true;
    contact.consent.date = QDate(2025, 4, 1);
    contact.consent.source = QStringLiteral("shop counter");
    const auto created = ContactRepository(db, clock).create(contact);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    return created.value();
}

void onNextModal(std::function<void(QWidget *)> action)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, action] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            action(modal);
        }
    });
    timer->start();
}

bool waitFor(const std::function<bool()> &condition, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}
