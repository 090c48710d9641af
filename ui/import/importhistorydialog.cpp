#include "importhistorydialog.h"

#include "common/displayformat.h"
#include "common/theme.h"
#include "db/database.h"
#include "importundo.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clientele {

namespace {

enum HistoryColumn {
    DateColumn,
    FileColumn,
    TypeColumn,
    RowsColumn,
    CreatedColumn,
    UpdatedColumn,
    SkippedColumn,
    RejectedColumn,
    StatusColumn,
    ColumnCount
};

QTableWidgetItem *number(int value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ImportHistoryDialog::ImportHistoryDialog(Database &database, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_clock(clock)
    , m_table(new QTableWidget(this))
    , m_empty(new QLabel(tr("Nothing has been imported into this customer book yet."), this))
    , m_undo(new QPushButton(tr("&Undo Import…"), this))
{
    setObjectName(QStringLiteral("importHistory"));
    setWindowTitle(tr("Import History"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("File"), tr("Type"), tr("Rows"), tr("Created"), tr("Updated"),
                                        tr("Skipped"), tr("Rejected"), tr("Status")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    QPalette muted = m_empty->palette();
    muted.setColor(QPalette::WindowText, theme::mutedText());
    m_empty->setPalette(muted);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryDialog::undoSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ImportHistoryDialog::updateButtons);
    resize(900, 420);
    reload();
}

void ImportHistoryDialog::reload()
{
    m_batches = ImportBatchRepository(m_database.connection()).list();
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_batches.size()));
    for (int row = 0; row < m_batches.size(); ++row) {
        const ImportBatch &batch = m_batches.at(row);
        m_table->setItem(row, DateColumn, new QTableWidgetItem(display::dateTime(batch.startedAt)));
        auto *file = new QTableWidgetItem(QFileInfo(batch.sourceFile).fileName());
        file->setToolTip(batch.sourceFile);
        m_table->setItem(row, FileColumn, file);
        m_table->setItem(row, TypeColumn,
                         new QTableWidgetItem(batch.entity == ImportEntity::Orders ? tr("Orders") : tr("Contacts")));
        m_table->setItem(row, RowsColumn, number(batch.rowsRead));
        m_table->setItem(row, CreatedColumn, number(batch.created));
        m_table->setItem(row, UpdatedColumn, number(batch.updated));
        m_table->setItem(row, SkippedColumn, number(batch.skipped));
        m_table->setItem(row, RejectedColumn, number(batch.rejected));
        QString status;
        switch (batch.status) {
        case ImportBatch::Status::Running:
            status = tr("Did not finish");
            break;
        case ImportBatch::Status::Done:
            status = tr("Imported");
            break;
        case ImportBatch::Status::Undone:
            status = tr("Undone %1").arg(display::dateTime(batch.undoneAt));
            break;
        }
        m_table->setItem(row, StatusColumn, new QTableWidgetItem(status));
    }
    m_table->setVisible(!m_batches.isEmpty());
    m_empty->setVisible(m_batches.isEmpty());
    if (!m_batches.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

void ImportHistoryDialog::updateButtons()
{
    const int row = m_table->currentRow();
    const bool selected = !m_table->selectedItems().isEmpty() && row >= 0 && row < m_batches.size();
    m_undo->setEnabled(selected && m_batches.at(row).canUndo());
}

void ImportHistoryDialog::undoSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_batches.size() || !m_batches.at(row).canUndo())
        return;
    const ImportBatch batch = m_batches.at(row);
    const QString description
        = tr("%1 of %2").arg(QFileInfo(batch.sourceFile).fileName(), display::dateTime(batch.startedAt));
    if (!ImportUndo::confirmAndUndo(this, m_database, m_clock, batch.id, description))
        return;
    m_changed = true;
    reload();
}

} // namespace clientele
