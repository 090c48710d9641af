#pragma once

#include <QWizard>

namespace clientele {

class Clock;
class Database;
class ImportFilePage;
class ImportMappingPage;
class ImportReportPage;
class ImportRunPage;
class ImportSession;

/// File › Import…: brings a customer or order file in, in four steps: the file and how it is
/// read, the column mapping with a live preview, the import itself (off the GUI thread, with
/// Cancel), and the report with undo. A file dropped on the wizard replaces the chosen one.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, MappingPageId, RunPageId, ReportPageId };

    ImportWizard(Database &database, const Clock &clock, QWidget *parent = nullptr);
    ~ImportWizard() override;

    /// Starts with this file chosen (from a drop on the main window).
    void setFile(const QString &path);
    /// True when an import or an undo changed the database: the views must reload.
    bool databaseChanged() const;

    ImportSession &session() const { return *m_session; }
    ImportFilePage *filePage() const { return m_filePage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportRunPage *runPage() const { return m_runPage; }
    ImportReportPage *reportPage() const { return m_reportPage; }

    /// Runs the wizard modally; returns databaseChanged().
    static bool run(QWidget *parent, Database &database, const Clock &clock, const QString &path = {});

public Q_SLOTS:
    /// While importing, Cancel (and Escape) cancel the import instead of closing the wizard.
    void reject() override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    ImportSession *m_session;
    ImportFilePage *m_filePage;
    ImportMappingPage *m_mappingPage;
    ImportRunPage *m_runPage;
    ImportReportPage *m_reportPage;
};

} // namespace clientele
