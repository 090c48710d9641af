#pragma once

#include "contacts/contactbrowser.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QStringListModel;

namespace clientele {

/// The quick filters above the contact list: tag, company, "has open follow-up", "no order in
/// N days", "birthday in the next 30 days" and "in trash". They combine with each other and
/// with the search; filterChanged() fires on every change.
class ContactFilterBar final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int BirthdayDays = 30;

    ContactFilterBar(QSqlDatabase db, const Clock &clock, QWidget *parent = nullptr);

    /// The filters as chosen (the search is the view's).
    ContactFilter filter() const;
    /// Reads the tag list again (after tags were added or renamed).
    void reloadChoices();
    /// Switches the trash filter (as the "In trash" box does).
    void setShowingTrash(bool trash);
    /// Clears every filter.
    void clear();

    QComboBox *tagCombo() const { return m_tag; }
    QLineEdit *companyEdit() const { return m_company; }
    QCheckBox *followUpBox() const { return m_followUp; }
    QCheckBox *noOrderBox() const { return m_noOrder; }
    QSpinBox *noOrderDays() const { return m_noOrderDays; }
    QCheckBox *birthdayBox() const { return m_birthday; }
    QCheckBox *trashBox() const { return m_trash; }

signals:
    void filterChanged();

private:
    void companyEdited(const QString &text);
    void companyChosen();

    ContactBrowser m_browser;
    QComboBox *m_tag;
    QLineEdit *m_company;
    QStringListModel *m_companyNames;
    QList<CompanyChoice> m_companyChoices;
    qint64 m_companyId = 0;
    QCheckBox *m_followUp;
    QCheckBox *m_noOrder;
    QSpinBox *m_noOrderDays;
    QCheckBox *m_birthday;
    QCheckBox *m_trash;
};

} // namespace clientele
