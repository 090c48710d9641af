#pragma once

#include "search/contactsearch.h"

#include <QLineEdit>
#include <QSqlDatabase>
#include <QTimer>

class QCompleter;
class QStandardItemModel;

namespace clientele {

/// The search field of the toolbar. It asks ContactSearch as the user types (after a short
/// pause, so fast typing runs one query), lists the hits in a popup, and reports the contact
/// the user picks with the mouse or Enter.
class GlobalSearch final : public QLineEdit
{
    Q_OBJECT

public:
    /// Pause after the last key press before searching.
    static constexpr int DebounceMs = 150;

    explicit GlobalSearch(QWidget *parent = nullptr);

    void setDatabase(QSqlDatabase db);
    /// Searches for the current text now (the debounce timer calls this).
    void runSearch();
    const QList<SearchHit> &hits() const { return m_hits; }
    QStandardItemModel *resultsModel() const { return m_model; }
    QCompleter *completer() const { return m_completer; }
    /// Picks the hit in `row` as if the user had chosen it.
    void choose(int row);

Q_SIGNALS:
    void contactChosen(qint64 contactId);
    /// The hits changed after a search ran.
    void resultsChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QSqlDatabase m_db;
    QTimer m_debounce;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
    QList<SearchHit> m_hits;
};

} // namespace clientele
