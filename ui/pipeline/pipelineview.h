#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QListWidget;

namespace clientele {

class Clock;
class PageHeader;

/// The Pipeline page: one column per stage, left to right, each with its open deals as cards and
/// the stage's count, total and weighted total in its header. Double-clicking a card opens the
/// deal's contact.
class PipelineView final : public QWidget
{
    Q_OBJECT

public:
    PipelineView(QSqlDatabase db, const Clock &clock, QWidget *parent = nullptr);

    void reload();

    int stageCount() const { return int(m_lists.size()); }
    /// The card list of the stage column at `index` (left to right).
    QListWidget *stageList(int index) const { return m_lists.at(index); }
    /// The total line under the stage's name ("$4,200 · weighted $1,260").
    QString stageTotals(int index) const;

Q_SIGNALS:
    void contactActivated(qint64 contactId);

private:
    QWidget *makeColumn(const QString &name, int dealCount, const QString &totals, QListWidget *list);

    QSqlDatabase m_db;
    const Clock &m_clock;
    PageHeader *m_header;
    QWidget *m_board;
    QHBoxLayout *m_columns;
    QList<QListWidget *> m_lists;
    QList<QLabel *> m_totals;
};

} // namespace clientele
