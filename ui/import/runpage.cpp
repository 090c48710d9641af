#include "runpage.h"

#include "importrunner.h"
#include "importsession.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace clientele {

ImportRunPage::ImportRunPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_runner(new ImportRunner(session.database(), session.clock(), this))
    , m_file(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_rows(new QLabel(this))
    , m_status(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Cancel Import"), this))
    , m_back(new QPushButton(tr("&Back to the Columns"), this))
{
    setTitle(tr("Importing"));
    setSubTitle(tr("Everything is written as one batch: until it is finished, nothing changes in your "
                   "customer book, and you can cancel."));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("importRunStatus"));
    m_file->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_file);
    layout->addWidget(m_bar);
    layout->addWidget(m_rows);
    layout->addSpacing(12);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addStretch(2);

    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &ImportRunPage::updateProgress);
    connect(m_runner, &ImportRunner::finished, this, &ImportRunPage::finished);
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancel);
    connect(m_back, &QPushButton::clicked, this, [this] { wizard()->back(); });
}

void ImportRunPage::initializePage()
{
    m_done = false;
    m_file->setText(tr("Importing %1…").arg(QDir::toNativeSeparators(QFileInfo(m_session.request().path).fileName())));
    m_bar->setValue(0);
    m_rows->setText(tr("Reading the file…"));
    m_status->clear();
    m_back->hide();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_elapsed.start();
    m_runner->start(m_session.request());
    m_timer.start();
    m_cancel->setFocus();
}

void ImportRunPage::cleanupPage()
{
    cancel();
    waitForFinished();
}

bool ImportRunPage::isComplete() const
{
    return m_done && m_session.report().has_value();
}

bool ImportRunPage::isRunning() const
{
    return m_runner->isRunning();
}

void ImportRunPage::cancel()
{
    if (!m_runner->isRunning())
        return;
    m_runner->cancel();
    m_cancel->setEnabled(false);
    m_rows->setText(tr("Cancelling: undoing what was written so far…"));
}

void ImportRunPage::waitForFinished()
{
    m_runner->waitForFinished();
}

void ImportRunPage::updateProgress()
{
    const qint64 rows = m_runner->rowsDone();
    m_bar->setValue(int(m_runner->fraction() * 1000.0));
    if (rows == 0 || !m_cancel->isEnabled())
        return;
    const double seconds = qMax<qint64>(1, m_elapsed.elapsed()) / 1000.0;
    const QLocale locale;
    m_rows->setText(tr("%1 rows · %2 rows per second")
                        .arg(locale.toString(rows), locale.toString(qRound64(double(rows) / seconds))));
}

void ImportRunPage::finished()
{
    m_timer.stop();
    m_done = true;
    m_cancel->hide();
    const auto &result = *m_runner->result();
    if (result && !result->cancelled) {
        m_bar->setValue(1000);
        m_session.setReport(result.value());
        Q_EMIT completeChanged();
        wizard()->next();
        return;
    }
    m_bar->setValue(0);
    m_rows->clear();
    if (!result)
        m_status->setText(tr("The import stopped: %1\nNothing was imported; your customer book is as it was.")
                              .arg(result.errorMessage()));
    else
        m_status->setText(tr("Import cancelled. Nothing was imported; your customer book is as it was."));
    m_back->show();
    m_back->setFocus();
    Q_EMIT completeChanged();
    Q_EMIT stopped();
}

} // namespace clientele
