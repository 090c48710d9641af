#pragma once

#include "import/importbatchrepository.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace clientele {

class Clock;
class Database;

/// File › Import History…: every import, newest first (file, date, counts, status), and "Undo
/// import" for the selected one.
class ImportHistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportHistoryDialog(Database &database, const Clock &clock, QWidget *parent = nullptr);

    /// True once an import was undone here: the views must reload.
    bool databaseChanged() const { return m_changed; }
    QTableWidget *table() const { return m_table; }
    QPushButton *undoButton() const { return m_undo; }
    /// The batch shown in `row`.
    const ImportBatch &batchAt(int row) const { return m_batches.at(row); }
    void reload();
    /// Undoes the batch of the selected row (after confirmation).
    void undoSelected();

private:
    void updateButtons();

    Database &m_database;
    const Clock &m_clock;
    QList<ImportBatch> m_batches;
    QTableWidget *m_table;
    QLabel *m_empty;
    QPushButton *m_undo;
    bool m_changed = false;
};

} // namespace clientele
