#pragma once

#include <QWizardPage>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace clientele {

class ImportIssueModel;
class ImportSession;

/// The wizard's last page: what the import did (created, updated, skipped as duplicate,
/// rejected), every issue with its row in the file, the report as CSV, and "Undo this import".
class ImportReportPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportReportPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;

    /// The number shown for "created", "updated", "skipped" or "rejected".
    QString countText(const QString &which) const;
    ImportIssueModel *issueModel() const { return m_model; }
    QTableView *issueView() const { return m_issues; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *undoButton() const { return m_undo; }
    QLabel *statusLabel() const { return m_status; }

private:
    QLabel *addCount(const QString &which, const QString &caption);
    void exportCsv();
    void undo();

    ImportSession &m_session;
    QList<QLabel *> m_counts;
    ImportIssueModel *m_model;
    QTableView *m_issues;
    QLabel *m_noIssues;
    QLabel *m_status;
    QPushButton *m_export;
    QPushButton *m_undo;
    QHBoxLayout *m_countRow;
};

} // namespace clientele
