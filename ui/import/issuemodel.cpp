#include "issuemodel.h"

#include "common/theme.h"

#include <QBrush>

namespace clientele {

ImportIssueModel::ImportIssueModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportIssueModel::setIssues(const ImportIssueList &issues)
{
    beginResetModel();
    m_issues = issues;
    endResetModel();
}

QString ImportIssueModel::outcomeText(ImportIssue::Outcome outcome)
{
    switch (outcome) {
    case ImportIssue::Outcome::Rejected:
        return tr("Rejected");
    case ImportIssue::Outcome::Merged:
        return tr("Merged");
    case ImportIssue::Outcome::Skipped:
        return tr("Skipped (duplicate)");
    case ImportIssue::Outcome::Warning:
        return tr("Warning");
    }
    return {};
}

int ImportIssueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int ImportIssueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportIssueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ImportIssue issue = m_issues.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RowColumn:
            return issue.row > 0 ? QString::number(issue.row) : QString();
        case ColumnColumn:
            return issue.column;
        case OutcomeColumn:
            return outcomeText(issue.outcome);
        case MessageColumn:
            return issue.message;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return issue.message;
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn) {
        if (issue.outcome == ImportIssue::Outcome::Rejected)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (issue.outcome == ImportIssue::Outcome::Warning)
            return QBrush(theme::warning().darker(130));
        return QBrush(theme::mutedText());
    }
    if (role == Qt::TextAlignmentRole && index.column() == RowColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Row");
    case ColumnColumn:
        return tr("Column");
    case OutcomeColumn:
        return tr("Outcome");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace clientele
