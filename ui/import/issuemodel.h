#pragma once

#include "import/importissuelist.h"
#include "import/importtypes.h"

#include <QAbstractTableModel>

namespace clientele {

/// The issues of an import report as a table: file row, column, outcome (rejected, merged,
/// skipped as duplicate, warning) and the message. A table model rather than a widget, because a
/// large file can leave many thousands of issues.
class ImportIssueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RowColumn, ColumnColumn, OutcomeColumn, MessageColumn, ColumnCount };

    explicit ImportIssueModel(QObject *parent = nullptr);

    void setIssues(const ImportIssueList &issues);
    ImportIssue issueAt(int row) const { return m_issues.at(row); }
    /// "Rejected", "Merged", "Skipped (duplicate)", "Warning".
    static QString outcomeText(ImportIssue::Outcome outcome);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ImportIssueList m_issues;
};

} // namespace clientele
