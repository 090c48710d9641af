#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QCheckBox;
class QCompleter;
class QLineEdit;
class QStringListModel;

namespace clientele {

/// Picks the company a person works for: a name field completing from the existing companies
/// as the user types, and "Create company “X”" when the typed name is new. The company itself
/// is created by the save, in the same transaction as the contact.
class CompanyPicker final : public QWidget
{
    Q_OBJECT

public:
    explicit CompanyPicker(QSqlDatabase db, QWidget *parent = nullptr);

    void setCompany(qint64 id, const QString &name);
    /// The existing company whose name is typed (case and accents ignored); 0 when the field is
    /// empty or the name is new.
    qint64 companyId() const;
    /// The typed name when it is new and "Create company" is ticked; empty otherwise.
    QString newCompanyName() const;
    /// A message when the typed name is new but is not to be created; empty when all is well.
    QString problem() const;

    QLineEdit *nameEdit() const { return m_edit; }
    QCheckBox *createBox() const { return m_create; }
    QCompleter *completer() const { return m_completer; }

signals:
    void changed();

private:
    void lookUp();

    QSqlDatabase m_db;
    QLineEdit *m_edit;
    QCheckBox *m_create;
    QCompleter *m_completer;
    QStringListModel *m_model;
    qint64 m_companyId = 0;
};

} // namespace clientele
