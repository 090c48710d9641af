#include "importtestsupport.h"

#include "contacts/contactrepository.h"
#include "import/fieldcombo.h"
#include "import/importsession.h"
#include "import/importwizard.h"
#include "import/mappingpage.h"
#include "import/previewmodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace clientele;

QString wizardFixture(const QString &name)
{
    return QFileInfo(QString::fromUtf8(__FILE__))
        .dir()
        .absoluteFilePath(QStringLiteral("../fixtures/import/wizard/") + name);
}

QString previewCell(const ImportPreviewModel &model, int row, const QString &column)
{
    const int index = model.columnOf(column);
    INFO("preview column " << column.toStdString());
    REQUIRE(index >= 0);
    return model.index(row, index).data().toString();
}

void chooseField(ImportMappingPage &page, int column, const QString &fieldId)
{
    FieldCombo *combo = page.fieldCombo(column);
    REQUIRE(combo);
    const int index = combo->findData(fieldId, Qt::UserRole + 1);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

void openOnMapping(ImportWizard &wizard, const QString &file)
{
    wizard.show();
    wizard.setFile(file);
    REQUIRE(wizard.session().hasPreview());
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);
}

void runToReport(ImportWizard &wizard)
{
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::RunPageId);
    REQUIRE(waitFor([&wizard] { return wizard.currentId() == ImportWizard::ReportPageId; }, 20000));
}

int liveContacts(UiDatabase &database)
{
    return ContactRepository(database.db(), database.clock()).count();
}

QString writeLargeFile(const QTemporaryDir &dir, int rows)
{
    const QString path = dir.filePath(QStringLiteral("many.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QByteArray data("First Name,Last Name,Email\n");
    for (int i = 1; i <= rows; ++i)
        data += QStringLiteral("Client,Nummer %1,client%1@example.com\n").arg(i).toUtf8();
    file.write(data);
    return path;
}
