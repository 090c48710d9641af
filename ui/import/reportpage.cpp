#include "reportpage.h"

#include "common/theme.h"
#include "importsession.h"
#include "importundo.h"
#include "issuemodel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace clientele {

ImportReportPage::ImportReportPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_model(new ImportIssueModel(this))
    , m_issues(new QTableView(this))
    , m_noIssues(new QLabel(tr("Every row was imported as it was: nothing to report."), this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("&Export Report as CSV…"), this))
    , m_undo(new QPushButton(tr("&Undo This Import…"), this))
    , m_countRow(new QHBoxLayout)
{
    setTitle(tr("Import Finished"));
    addCount(QStringLiteral("created"), tr("created"));
    addCount(QStringLiteral("updated"), tr("updated"));
    addCount(QStringLiteral("skipped"), tr("skipped as duplicates"));
    addCount(QStringLiteral("rejected"), tr("rejected"));
    m_countRow->addStretch(1);

    m_issues->setModel(m_model);
    m_issues->setObjectName(QStringLiteral("importIssues"));
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issues->setWordWrap(false);
    m_issues->verticalHeader()->hide();
    m_issues->horizontalHeader()->setStretchLastSection(true);
    m_issues->horizontalHeader()->setSectionResizeMode(ImportIssueModel::RowColumn, QHeaderView::ResizeToContents);
    m_issues->horizontalHeader()->setSectionResizeMode(ImportIssueModel::OutcomeColumn, QHeaderView::ResizeToContents);
    m_issues->setColumnWidth(ImportIssueModel::ColumnColumn, 160);
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_undo);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_countRow);
    layout->addSpacing(8);
    layout->addWidget(m_noIssues);
    layout->addWidget(m_issues, 1);
    layout->addLayout(buttons);

    connect(m_export, &QPushButton::clicked, this, &ImportReportPage::exportCsv);
    connect(m_undo, &QPushButton::clicked, this, &ImportReportPage::undo);
}

QLabel *ImportReportPage::addCount(const QString &which, const QString &caption)
{
    auto *box = new QFrame(this);
    box->setObjectName(QStringLiteral("card"));
    auto *boxLayout = new QVBoxLayout(box);
    auto *number = new QLabel(QStringLiteral("0"), box);
    number->setObjectName(QStringLiteral("kpiValue"));
    number->setProperty("count", which);
    auto *text = new QLabel(caption, box);
    text->setObjectName(QStringLiteral("kpiCaption"));
    boxLayout->addWidget(number);
    boxLayout->addWidget(text);
    m_countRow->addWidget(box);
    m_counts << number;
    return number;
}

QString ImportReportPage::countText(const QString &which) const
{
    for (QLabel *label : m_counts) {
        if (label->property("count").toString() == which)
            return label->text();
    }
    return {};
}

void ImportReportPage::initializePage()
{
    if (!m_session.report())
        return;
    const ImportReport &report = *m_session.report();
    const QLocale locale;
    const QMap<QString, int> values {{QStringLiteral("created"), report.created},
                                     {QStringLiteral("updated"), report.updated},
                                     {QStringLiteral("skipped"), report.skipped},
                                     {QStringLiteral("rejected"), report.rejected}};
    for (QLabel *label : std::as_const(m_counts))
        label->setText(locale.toString(values.value(label->property("count").toString())));
    const QString file = QFileInfo(m_session.request().path).fileName();
    setSubTitle(report.rows == 1 ? tr("%1: 1 record read.").arg(file)
                                 : tr("%1: %2 records read.").arg(file, locale.toString(report.rows)));
    m_model->setIssues(report.issues);
    m_issues->resizeColumnToContents(ImportIssueModel::ColumnColumn);
    m_issues->setVisible(!report.issues.isEmpty());
    m_noIssues->setVisible(report.issues.isEmpty());
    m_export->setEnabled(!report.issues.isEmpty());
    m_undo->setEnabled(report.batchId > 0);
    m_status->clear();
}

void ImportReportPage::exportCsv()
{
    const QString base = QFileInfo(m_session.request().path).completeBaseName();
    const QString start
        = QDir(QFileInfo(m_session.request().path).absolutePath()).filePath(tr("%1 import report.csv").arg(base));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Report as CSV"), start, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status written = m_session.report()->writeCsv(path);
    if (!written) {
        QMessageBox::warning(this, tr("Export Report as CSV"), written.errorMessage());
        return;
    }
    m_status->setText(tr("Report saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void ImportReportPage::undo()
{
    const ImportReport &report = *m_session.report();
    const QString description = QFileInfo(m_session.request().path).fileName();
    if (!ImportUndo::confirmAndUndo(this, m_session.database(), m_session.clock(), report.batchId, description))
        return;
    m_session.setDatabaseChanged();
    m_undo->setEnabled(false);
    m_status->setText(tr("This import was undone: your customer book is as it was before it."));
}

} // namespace clientele
