#include "tempdatabase.h"

#include "contacts/contactcsvexport.h"
#include "contacts/contactrepository.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace clientele;

TEST_CASE("CSV fields are quoted the RFC 4180 way")
{
    CHECK(ContactCsvExport::field(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(ContactCsvExport::field(QStringLiteral("Weber, Anna")) == QStringLiteral("\"Weber, Anna\""));
    CHECK(ContactCsvExport::field(QStringLiteral("the \"best\" cake")) == QStringLiteral("\"the \"\"best\"\" cake\""));
    CHECK(ContactCsvExport::field(QStringLiteral("line one\nline two")) == QStringLiteral("\"line one\nline two\""));
    CHECK(ContactCsvExport::field(QStringLiteral(" padded")) == QStringLiteral("\" padded\""));
    CHECK(ContactCsvExport::field(QString()).isEmpty());
}

TEST_CASE("CSV fields that a spreadsheet would run as a formula are defused")
{
    CHECK(ContactCsvExport::field(QStringLiteral("=HYPERLINK(\"http://x\")"))
          == QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""));
    CHECK(ContactCsvExport::field(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(ContactCsvExport::field(QStringLiteral("+cmd|' /C calc'!A0")) == QStringLiteral("'+cmd|' /C calc'!A0"));
    CHECK(ContactCsvExport::field(QStringLiteral("-2+3")) == QStringLiteral("'-2+3"));
    // Phone numbers and amounts stay as they are.
    CHECK(ContactCsvExport::field(QStringLiteral("+49 30 1234-567")) == QStringLiteral("+49 30 1234-567"));
    CHECK(ContactCsvExport::field(QStringLiteral("-12.50")) == QStringLiteral("-12.50"));
}

TEST_CASE("Exporting contacts writes a header and one line per contact in the given order")
{
    TempDatabase t;
    ContactRepository repo(t.db(), t.clock());
    Contact anna;
    anna.firstName = QStringLiteral("Anna");
    anna.lastName = QStringLiteral("Müller");
    anna.notes = QStringLiteral("Likes rye, not wheat");
    anna.tags = {QStringLiteral("VIP")};
    ContactMethod email;
    email.value = QStringLiteral("anna@example.com");
    anna.emails = {email};
    const qint64 annaId = repo.create(anna).value();
    Contact ben;
    ben.firstName = QStringLiteral("=Ben");
    ben.lastName = QStringLiteral("Okafor");
    const qint64 benId = repo.create(ben).value();

    const QString path = t.dir() + QStringLiteral("/export.csv");
    const auto written = ContactCsvExport(t.db(), t.clock()).write({benId, annaId}, path);
    INFO(written.errorMessage().toStdString());
    REQUIRE(written.ok());
    CHECK(*written == 2);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0).startsWith(QStringLiteral("Name,First name,Last name,Company")));
    CHECK(lines.at(1).startsWith(QStringLiteral("'=Ben Okafor,'=Ben,Okafor,")));
    CHECK(lines.at(2).startsWith(QStringLiteral("Anna Müller,Anna,Müller,,,anna@example.com,")));
    CHECK(lines.at(2).endsWith(QStringLiteral(",VIP,\"Likes rye, not wheat\"")));
    CHECK(lines.at(3).isEmpty());

    // An unknown contact fails the export and leaves no file behind.
    const QString other = t.dir() + QStringLiteral("/other.csv");
    CHECK_FALSE(ContactCsvExport(t.db(), t.clock()).write({annaId, 9999}, other).ok());
    CHECK_FALSE(QFile::exists(other));
}
