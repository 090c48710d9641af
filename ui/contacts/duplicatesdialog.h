#pragma once

#include "contacts/duplicatefinder.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QSqlDatabase>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace clientele {

class Clock;

/// The duplicates finder: candidate pairs of contacts with the reasons in words, "Merge…" and
/// "Not duplicates". The search runs on a worker thread with its own connection (it reads the
/// whole book), with a busy indicator meanwhile. Merging is the caller's: it listens to
/// mergeRequested() and calls removeContact() for the record that was merged away.
class DuplicatesDialog final : public QDialog
{
    Q_OBJECT

public:
    DuplicatesDialog(QSqlDatabase db, const Clock &clock, QWidget *parent = nullptr);
    /// Waits for a running search.
    ~DuplicatesDialog() override;

    /// Searches again; searchFinished() follows.
    void refresh();
    bool isBusy() const;
    const QList<DuplicatePair> &pairs() const { return m_pairs; }
    /// Drops every pair with this contact (it was merged into another or deleted).
    void removeContact(qint64 contactId);

    QTreeWidget *list() const { return m_list; }
    QPushButton *mergeButton() const { return m_merge; }
    QPushButton *dismissButton() const { return m_dismiss; }

    /// The reasons of a pair in words, e.g. "Same email (anna@example.com), similar name".
    static QString reasonsText(const DuplicatePair &pair);

Q_SIGNALS:
    void mergeRequested(qint64 firstId, qint64 secondId);
    void searchFinished();

private:
    void showPairs();
    void updateButtons();
    void dismissCurrent();
    void requestMerge();
    int currentPairIndex() const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    QList<DuplicatePair> m_pairs;
    QFutureWatcher<Result<QList<DuplicatePair>>> m_watcher;
    QLabel *m_status;
    QProgressBar *m_busy;
    QTreeWidget *m_list;
    QPushButton *m_merge;
    QPushButton *m_dismiss;
};

} // namespace clientele
