#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;

namespace clientele {

/// Picks an order's customer from the whole book: a name field that asks the search index as the
/// user types (a million contacts answer in milliseconds) and completes with "name — company,
/// e-mail" so that two Ana Ruiz can be told apart. An empty field is a walk-in sale.
class CustomerPicker final : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerPicker(QSqlDatabase db, QWidget *parent = nullptr);

    void setCustomer(qint64 contactId, const QString &name);
    /// The picked contact; 0 when the field is empty or names nobody in the book.
    qint64 contactId() const { return m_contactId; }
    QString customerName() const;
    /// A message when something is typed that is not a customer of the book; empty otherwise.
    QString problem() const;

    QLineEdit *nameEdit() const { return m_edit; }
    QCompleter *completer() const { return m_completer; }

signals:
    void changed();

private:
    void lookUp(const QString &text);
    void pick(const QString &completion);

    QSqlDatabase m_db;
    QLineEdit *m_edit;
    QCompleter *m_completer;
    QStringListModel *m_suggestions;
    QList<qint64> m_suggestionIds;
    qint64 m_contactId = 0;
    QString m_pickedText;
};

} // namespace clientele
