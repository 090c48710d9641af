#pragma once

#include "contacts/contact.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace clientele {

class BirthdayEdit;
class Clock;
class CompanyPicker;
class CustomFieldEditors;
class MethodListEditor;
class TagsEdit;

/// The form to create or edit a person or a company. It checks as the user types or leaves a
/// field (missing name, an email or phone that is not one) with the core's rules and shows the
/// message beside the field; OK is refused while anything is wrong, with the focus on the first
/// problem. It only builds the Contact: saving is the undo command's job.
class ContactEditDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `contact.id` 0: a new contact.
    ContactEditDialog(QSqlDatabase db, const Clock &clock, const Contact &contact, QWidget *parent = nullptr);

    bool isNew() const { return m_original.id == 0; }
    /// The contact as the form describes it (not yet normalized or saved).
    Contact contact() const;
    /// The company to create with the contact, when a new company name was typed.
    QString newCompanyName() const;
    /// Checks every field and shows the messages; returns them (empty: all is well).
    QStringList validate();
    /// Refused while validate() finds a problem; the first field with one gets the focus.
    void accept() override;

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *firstNameEdit() const { return m_firstName; }
    QLineEdit *lastNameEdit() const { return m_lastName; }
    QLineEdit *companyNameEdit() const { return m_companyName; }
    QLabel *nameMessage() const { return m_nameMessage; }
    CompanyPicker *companyPicker() const { return m_company; }
    QLabel *companyMessage() const { return m_companyMessage; }
    QLineEdit *jobTitleEdit() const { return m_jobTitle; }
    MethodListEditor *emailsEditor() const { return m_emails; }
    MethodListEditor *phonesEditor() const { return m_phones; }
    QLineEdit *websiteEdit() const { return m_website; }
    QLineEdit *streetEdit() const { return m_street; }
    QLineEdit *postalCodeEdit() const { return m_postalCode; }
    QLineEdit *cityEdit() const { return m_city; }
    QLineEdit *regionEdit() const { return m_region; }
    QLineEdit *countryEdit() const { return m_country; }
    BirthdayEdit *birthdayEdit() const { return m_birthday; }
    QLabel *birthdayMessage() const { return m_birthdayMessage; }
    TagsEdit *tagsEdit() const { return m_tags; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QComboBox *consentBox() const { return m_consent; }
    CustomFieldEditors *customFields() const { return m_custom; }
    QLabel *generalMessage() const { return m_generalMessage; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void buildForm(QFormLayout *form);
    void fill(const Contact &contact);
    void updateKind();
    void updateTabOrder();
    QString checkName();
    QString checkBirthday();
    static void showMessage(QLabel *label, const QString &message);

    QSqlDatabase m_db;
    const Clock &m_clock;
    Contact m_original;
    QFormLayout *m_form = nullptr;
    QComboBox *m_kind;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_companyName;
    QLabel *m_nameMessage;
    CompanyPicker *m_company;
    QLabel *m_companyMessage;
    QLineEdit *m_jobTitle;
    MethodListEditor *m_emails;
    MethodListEditor *m_phones;
    QLineEdit *m_website;
    QLineEdit *m_street;
    QLineEdit *m_postalCode;
    QLineEdit *m_city;
    QLineEdit *m_region;
    QLineEdit *m_country;
    BirthdayEdit *m_birthday;
    QLabel *m_birthdayMessage;
    TagsEdit *m_tags;
    QPlainTextEdit *m_notes;
    QComboBox *m_consent;
    QLabel *m_consentNote;
    CustomFieldEditors *m_custom;
    QLabel *m_generalMessage;
    QDialogButtonBox *m_buttons;
};

} // namespace clientele
