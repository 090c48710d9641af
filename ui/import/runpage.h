#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace clientele {

class ImportRunner;
class ImportSession;

/// The wizard's import page: starts the import off the GUI thread as soon as it is shown, shows
/// rows done and rows per second, and cancels on request. When the import ran it moves on to the
/// report; when it was cancelled or failed it says that nothing was imported and offers to go
/// back to the mapping.
class ImportRunPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isRunning() const;
    /// Cancels a running import (the engine rolls back).
    void cancel();
    /// Waits for a running import to end (used when the wizard closes).
    void waitForFinished();

    QProgressBar *progressBar() const { return m_bar; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *backButton() const { return m_back; }

Q_SIGNALS:
    /// The import ended without a report (cancelled or failed); the page says why.
    void stopped();

private:
    void updateProgress();
    void finished();

    ImportSession &m_session;
    ImportRunner *m_runner;
    QLabel *m_file;
    QProgressBar *m_bar;
    QLabel *m_rows;
    QLabel *m_status;
    QPushButton *m_cancel;
    QPushButton *m_back;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    bool m_done = false;
};

} // namespace clientele
