#include "importwizard.h"

#include "filepage.h"
#include "importfiles.h"
#include "importsession.h"
#include "mappingpage.h"
#include "reportpage.h"
#include "runpage.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>

namespace clientele {

ImportWizard::ImportWizard(Database &database, const Clock &clock, QWidget *parent)
    : QWizard(parent)
    , m_session(new ImportSession(database, clock, this))
    , m_filePage(new ImportFilePage(*m_session, this))
    , m_mappingPage(new ImportMappingPage(*m_session, this))
    , m_runPage(new ImportRunPage(*m_session, this))
    , m_reportPage(new ImportReportPage(*m_session, this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoCancelButtonOnLastPage
               | QWizard::DisabledBackButtonOnLastPage);
    setButtonText(QWizard::FinishButton, tr("&Done"));
    setAcceptDrops(true);
    setPage(FilePageId, m_filePage);
    setPage(MappingPageId, m_mappingPage);
    setPage(RunPageId, m_runPage);
    setPage(ReportPageId, m_reportPage);
    setStartId(FilePageId);
    setMinimumSize(860, 600);
    resize(1120, 760);
}

ImportWizard::~ImportWizard()
{
    m_runPage->cancel();
    m_runPage->waitForFinished();
}

void ImportWizard::setFile(const QString &path)
{
    m_session->setFile(path);
}

bool ImportWizard::databaseChanged() const
{
    return m_session->databaseChanged();
}

bool ImportWizard::run(QWidget *parent, Database &database, const Clock &clock, const QString &path)
{
    ImportWizard wizard(database, clock, parent);
    if (!path.isEmpty())
        wizard.setFile(path);
    wizard.exec();
    return wizard.databaseChanged();
}

void ImportWizard::reject()
{
    if (m_runPage->isRunning()) {
        m_runPage->cancel();
        return;
    }
    QWizard::reject();
}

void ImportWizard::dragEnterEvent(QDragEnterEvent *event)
{
    if (currentId() == FilePageId && !ImportFiles::droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportWizard::dropEvent(QDropEvent *event)
{
    const QString path = ImportFiles::droppedFile(event->mimeData());
    if (path.isEmpty() || currentId() != FilePageId)
        return;
    event->acceptProposedAction();
    m_session->setFile(path);
}

} // namespace clientele
