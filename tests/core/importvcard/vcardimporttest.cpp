// vCards through the whole import: reader, writer, duplicate matching.

#include "contacts/contactrepository.h"
#include "import/importer.h"

#include "tempdatabase.h"

#include <QDir>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

QString fixture(const QString &name)
{
    return QDir::cleanPath(QFileInfo(QString::fromUtf8(__FILE__))
                               .dir()
                               .absoluteFilePath(QStringLiteral("../../fixtures/import/vcard/") + name));
}

ImportReport runImport(TempDatabase &temp, const QString &file)
{
    Importer importer(temp.db(), temp.clock());
    ImportRequest request;
    request.path = fixture(file);
    auto report = importer.run(request);
    INFO(report.errorMessage().toStdString());
    REQUIRE(report.ok());
    return report.value();
}

} // namespace

TEST_CASE("vcard import stores cards and skips them the second time", "[importvcard]")
{
    TempDatabase temp;
    const ImportReport first = runImport(temp, QStringLiteral("google.vcf"));
    CHECK(first.format == QStringLiteral("vcf"));
    CHECK(first.rows == 2);
    CHECK(first.created == 2);
    CHECK(first.rejected == 0);

    const qint64 annaId = temp.scalar(QStringLiteral("SELECT contact_id FROM contact_methods WHERE normalized = "
                                                     "'anna@example.com'"))
                              .toLongLong();
    REQUIRE(annaId > 0);
    auto anna = ContactRepository(temp.db(), temp.clock()).get(annaId);
    REQUIRE(anna.ok());
    CHECK(anna->firstName == QStringLiteral("Anna"));
    CHECK(anna->lastName == QStringLiteral("Müller"));
    CHECK(anna->companyName == QStringLiteral("Bäckerei Müller"));
    CHECK(anna->birthday == Birthday {1984, 5, 14});
    CHECK(anna->tags == QStringList {QStringLiteral("Regulars")});
    CHECK(anna->notes == QStringLiteral("Likes rye bread, no seeds; allergic to nuts\nCall after 10 \\ not before"));
    CHECK(anna->emails.size() == 2);
    CHECK(anna->phones.size() == 2);
    CHECK(anna->address.city == QStringLiteral("Berlin"));

    const ImportReport second = runImport(temp, QStringLiteral("google.vcf"));
    CHECK(second.created == 0);
    CHECK(second.skipped == 2);
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE kind = 'person'")).toInt() == 2);
}

TEST_CASE("vcard import reports rejected cards and warnings by line", "[importvcard]")
{
    TempDatabase temp;
    const ImportReport report = runImport(temp, QStringLiteral("edge.vcf"));
    CHECK(report.rows == 4);
    CHECK(report.created == 3);
    CHECK(report.rejected == 1);

    QList<qint64> rejectedRows;
    QList<qint64> warningRows;
    for (const ImportIssue &issue : report.issues) {
        if (issue.outcome == ImportIssue::Outcome::Rejected)
            rejectedRows.append(issue.row);
        else if (issue.outcome == ImportIssue::Outcome::Warning)
            warningRows.append(issue.row);
    }
    CHECK(rejectedRows == QList<qint64> {15});
    std::sort(warningRows.begin(), warningRows.end());
    CHECK(warningRows == QList<qint64> {1, 2, 2, 2, 21, 25});
}

TEST_CASE("vcard import links people to their company card", "[importvcard]")
{
    TempDatabase temp;
    const ImportReport report = runImport(temp, QStringLiteral("apple.vcf"));
    CHECK(report.rows == 2);
    CHECK(report.rejected == 0);
    // the company card is stored as a company, with its phone
    CHECK(temp.scalar(
                  QStringLiteral("SELECT c.display_name FROM contacts c JOIN contact_methods m ON m.contact_id = c.id "
                                 "WHERE c.kind = 'company' AND m.value = '503-555-0000'"))
              .toString()
          == QStringLiteral("Acme Corp"));
    const qint64 johnId = temp.scalar(QStringLiteral("SELECT contact_id FROM contact_methods WHERE normalized = "
                                                     "'john@acme.example'"))
                              .toLongLong();
    auto john = ContactRepository(temp.db(), temp.clock()).get(johnId);
    REQUIRE(john.ok());
    CHECK(john->companyName == QStringLiteral("Acme Corp"));
    CHECK(john->birthday == Birthday {0, 12, 24});
    CHECK(john->primaryEmail() == QStringLiteral("john@acme.example"));
    CHECK(john->tags == QStringList {QStringLiteral("VIP"), QStringLiteral("Wholesale, North")});
    // The person's ORG came before the company card: still one Acme Corp, holding the card's phone.
    CHECK(temp.scalar(
                  QStringLiteral("SELECT COUNT(*) FROM contacts WHERE kind = 'company' AND display_name = 'Acme Corp'"))
              .toInt()
          == 1);
    CHECK(temp.scalar(QStringLiteral("SELECT COUNT(*) FROM contact_methods WHERE contact_id = %1").arg(john->companyId))
              .toInt()
          >= 1);
}
