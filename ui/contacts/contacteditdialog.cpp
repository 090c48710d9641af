#include "contacteditdialog.h"

#include "birthdayedit.h"
#include "companypicker.h"
#include "customfieldeditors.h"
#include "methodlisteditor.h"
#include "tagsedit.h"

#include "common/clock.h"
#include "common/displayformat.h"
#include "contacts/contactlookup.h"
#include "contacts/contactrepository.h"
#include "contacts/phonenumber.h"
#include "customfields/customfieldrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace clientele {

namespace {

QLabel *messageLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QWidget *stacked(QWidget *parent, std::initializer_list<QWidget *> widgets)
{
    auto *cell = new QWidget(parent);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (QWidget *w : widgets) {
        w->setParent(cell);
        layout->addWidget(w);
    }
    return cell;
}

} // namespace

ContactEditDialog::ContactEditDialog(QSqlDatabase db, const Clock &clock, const Contact &contact, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_original(contact)
    , m_kind(new QComboBox(this))
    , m_firstName(new QLineEdit(this))
    , m_lastName(new QLineEdit(this))
    , m_companyName(new QLineEdit(this))
    , m_nameMessage(messageLabel(this, QStringLiteral("nameMessage")))
    , m_company(new CompanyPicker(m_db, this))
    , m_companyMessage(messageLabel(this, QStringLiteral("companyMessage")))
    , m_jobTitle(new QLineEdit(this))
    , m_emails(new MethodListEditor(
          ContactMethod::Kind::Email,
          [](const QString &value) {
              return EmailAddress::isValid(value)
                  ? QString()
                  : ContactEditDialog::tr("“%1” is not a valid email address.").arg(value);
          },
          this))
    , m_phones(new MethodListEditor(
          ContactMethod::Kind::Phone,
          [](const QString &value) {
              return PhoneNumber::looksLikePhone(value)
                  ? QString()
                  : ContactEditDialog::tr("The phone number “%1” is not recognised.").arg(value);
          },
          this))
    , m_website(new QLineEdit(this))
    , m_street(new QLineEdit(this))
    , m_postalCode(new QLineEdit(this))
    , m_city(new QLineEdit(this))
    , m_region(new QLineEdit(this))
    , m_country(new QLineEdit(this))
    , m_birthday(new BirthdayEdit(this))
    , m_birthdayMessage(messageLabel(this, QStringLiteral("birthdayMessage")))
    , m_tags(new TagsEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_consent(new QComboBox(this))
    , m_consentNote(new QLabel(this))
    , m_custom(new CustomFieldEditors(CustomFieldRepository(m_db, clock).list(), this))
    , m_generalMessage(messageLabel(this, QStringLiteral("generalMessage")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("contactEditDialog"));
    setWindowTitle(isNew() ? tr("New Contact") : tr("Edit “%1”").arg(contact.displayName));
    m_kind->addItem(tr("Person"));
    m_kind->addItem(tr("Company"));
    m_kind->setAccessibleName(tr("Kind of contact"));
    m_kind->setEnabled(isNew());
    m_firstName->setAccessibleName(tr("First name"));
    m_lastName->setAccessibleName(tr("Last name"));
    m_companyName->setAccessibleName(tr("Company name"));
    m_website->setPlaceholderText(tr("https://…"));
    m_tags->setAvailableTags(ContactLookup::tagNames(m_db));
    m_tags->setAccessibleName(tr("Tags"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_consent->addItem(tr("Not asked"));
    m_consent->addItem(tr("Agreed to marketing emails"));
    m_consent->addItem(tr("Declined marketing emails"));
    m_consentNote->setEnabled(false);

    auto *formWidget = new QWidget(this);
    m_form = new QFormLayout(formWidget);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    buildForm(m_form);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(formWidget);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_generalMessage);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContactEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ContactEditDialog::reject);

    // Names are checked as they are typed once the user has left them (or pressed OK).
    for (QLineEdit *edit : {m_firstName, m_lastName, m_companyName}) {
        connect(edit, &QLineEdit::editingFinished, this, [this] { showMessage(m_nameMessage, checkName()); });
        connect(edit, &QLineEdit::textEdited, this, [this] {
            if (!m_nameMessage->isHidden())
                showMessage(m_nameMessage, checkName());
        });
    }
    connect(m_company, &CompanyPicker::changed, this, [this] { showMessage(m_companyMessage, m_company->problem()); });
    connect(m_birthday, &BirthdayEdit::changed, this, [this] { showMessage(m_birthdayMessage, checkBirthday()); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ContactEditDialog::updateKind);

    fill(contact);
    updateTabOrder();
    connect(m_emails, &MethodListEditor::rowsChanged, this, &ContactEditDialog::updateTabOrder);
    connect(m_phones, &MethodListEditor::rowsChanged, this, &ContactEditDialog::updateTabOrder);
    resize(640, 720);
}

void ContactEditDialog::buildForm(QFormLayout *form)
{
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("&Name:"), m_companyName);
    form->addRow(QString(), m_nameMessage);
    form->addRow(tr("C&ompany:"), stacked(this, {m_company, m_companyMessage}));
    form->addRow(tr("&Job title:"), m_jobTitle);
    form->addRow(heading(tr("Reaching them"), this));
    form->addRow(tr("Emails:"), m_emails);
    form->addRow(tr("Phones:"), m_phones);
    form->addRow(tr("&Website:"), m_website);
    form->addRow(heading(tr("Address"), this));
    form->addRow(tr("&Street:"), m_street);
    form->addRow(tr("&Postal code:"), m_postalCode);
    form->addRow(tr("&City:"), m_city);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("Co&untry:"), m_country);
    form->addRow(heading(tr("More"), this));
    form->addRow(tr("&Birthday:"), stacked(this, {m_birthday, m_birthdayMessage}));
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("N&otes:"), m_notes);
    form->addRow(tr("&Marketing:"), stacked(this, {m_consent, m_consentNote}));
    if (!m_custom->isEmpty()) {
        form->addRow(heading(tr("Custom fields"), this));
        form->addRow(m_custom);
    }
}

void ContactEditDialog::fill(const Contact &c)
{
    m_kind->setCurrentIndex(c.kind == Contact::Kind::Company ? 1 : 0);
    m_firstName->setText(c.firstName);
    m_lastName->setText(c.lastName);
    m_companyName->setText(c.kind == Contact::Kind::Company ? c.displayName : QString());
    m_company->setCompany(c.companyId, c.companyName);
    m_jobTitle->setText(c.jobTitle);
    m_emails->setMethods(c.emails);
    m_phones->setMethods(c.phones);
    if (c.emails.isEmpty())
        m_emails->addRow();
    if (c.phones.isEmpty())
        m_phones->addRow();
    m_website->setText(c.websites.isEmpty() ? QString() : c.websites.first().value);
    m_street->setText(c.address.street);
    m_postalCode->setText(c.address.postalCode);
    m_city->setText(c.address.city);
    m_region->setText(c.address.region);
    m_country->setText(c.address.country);
    m_birthday->setBirthday(c.birthday);
    m_tags->setTags(c.tags);
    m_notes->setPlainText(c.notes);
    m_consent->setCurrentIndex(!c.consent.emailMarketing.has_value() ? 0 : (*c.consent.emailMarketing ? 1 : 2));
    QStringList note;
    if (c.consent.date.isValid())
        note.append(display::date(c.consent.date));
    if (!c.consent.source.isEmpty())
        note.append(c.consent.source);
    m_consentNote->setText(note.join(QStringLiteral(" · ")));
    m_consentNote->setVisible(!note.isEmpty());
    m_custom->setValues(c.custom);
    updateKind();
}

void ContactEditDialog::updateKind()
{
    const bool person = m_kind->currentIndex() == 0;
    m_form->setRowVisible(m_firstName, person);
    m_form->setRowVisible(m_lastName, person);
    m_form->setRowVisible(m_companyName, !person);
    m_form->setRowVisible(m_company->parentWidget(), person);
    m_form->setRowVisible(m_jobTitle, person);
    if (!m_nameMessage->isHidden())
        showMessage(m_nameMessage, checkName());
}

Contact ContactEditDialog::contact() const
{
    Contact c = m_original;
    const bool person = m_kind->currentIndex() == 0;
    c.kind = person ? Contact::Kind::Person : Contact::Kind::Company;
    if (person) {
        c.firstName = m_firstName->text().simplified();
        c.lastName = m_lastName->text().simplified();
        // A person's display name follows the names unless it was a nickname set elsewhere.
        const QString oldComputed = (m_original.firstName + QLatin1Char(' ') + m_original.lastName).simplified();
        if (m_original.displayName.isEmpty() || m_original.displayName == oldComputed
            || m_original.kind != Contact::Kind::Person)
            c.displayName.clear();
        c.companyId = m_company->companyId();
        c.companyName = c.companyId > 0 ? m_company->nameEdit()->text().simplified() : QString();
        c.jobTitle = m_jobTitle->text().simplified();
    } else {
        c.firstName.clear();
        c.lastName.clear();
        c.displayName = m_companyName->text().simplified();
        c.companyId = 0;
        c.companyName.clear();
        c.jobTitle.clear();
    }
    c.emails = m_emails->methods();
    c.phones = m_phones->methods();
    const QString website = m_website->text().trimmed();
    if (website.isEmpty()) {
        if (!c.websites.isEmpty())
            c.websites.removeFirst();
    } else if (c.websites.isEmpty()) {
        ContactMethod web;
        web.kind = ContactMethod::Kind::Web;
        web.value = website;
        web.primary = true;
        c.websites.append(web);
    } else {
        c.websites.first().value = website;
    }
    c.address = Address {m_street->text().trimmed(), m_city->text().trimmed(), m_region->text().trimmed(),
                         m_postalCode->text().trimmed(), m_country->text().trimmed()};
    c.birthday = m_birthday->birthday();
    c.tags = m_tags->tags();
    c.notes = m_notes->toPlainText().trimmed();
    const int consent = m_consent->currentIndex();
    const std::optional<bool> answer = consent == 0 ? std::nullopt : std::optional<bool>(consent == 1);
    if (answer != m_original.consent.emailMarketing) {
        c.consent.emailMarketing = answer;
        c.consent.date = answer.has_value() ? m_clock.today() : QDate();
        c.consent.source = answer.has_value() ? tr("contact form") : QString();
    }
    c.custom = m_custom->values();
    return c;
}

void ContactEditDialog::updateTabOrder()
{
    // The form's order, top to bottom: the email and phone rows come and go as the user edits.
    QList<QWidget *> order {
        m_kind, m_firstName, m_lastName, m_companyName, m_company->nameEdit(), m_company->createBox(), m_jobTitle};
    order << m_emails->focusWidgets() << m_phones->focusWidgets();
    order << m_website << m_street << m_postalCode << m_city << m_region << m_country << m_birthday->monthBox()
          << m_birthday->dayBox() << m_birthday->yearBox() << m_birthday->yearUnknownBox() << m_tags << m_notes
          << m_consent;
    for (qsizetype i = 0; i + 1 < order.size(); ++i)
        setTabOrder(order.at(i), order.at(i + 1));
}

QString ContactEditDialog::newCompanyName() const
{
    return m_kind->currentIndex() == 0 ? m_company->newCompanyName() : QString();
}

QString ContactEditDialog::checkName()
{
    Contact names;
    names.kind = m_kind->currentIndex() == 0 ? Contact::Kind::Person : Contact::Kind::Company;
    if (names.kind == Contact::Kind::Person) {
        names.firstName = m_firstName->text();
        names.lastName = m_lastName->text();
    } else {
        names.displayName = m_companyName->text();
    }
    return ContactRepository(m_db, m_clock).validate(names).errorMessage();
}

QString ContactEditDialog::checkBirthday()
{
    const Birthday birthday = m_birthday->birthday();
    if (birthday.isNull() || birthday.isValid())
        return {};
    return tr("There is no %1 %2.").arg(m_birthday->monthBox()->currentText()).arg(birthday.day);
}

void ContactEditDialog::showMessage(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QStringList ContactEditDialog::validate()
{
    QStringList messages;
    QWidget *first = nullptr;
    const auto note = [&](const QString &message, QWidget *field) {
        if (message.isEmpty())
            return;
        messages.append(message);
        if (!first)
            first = field;
    };
    const bool person = m_kind->currentIndex() == 0;
    showMessage(m_nameMessage, checkName());
    note(m_nameMessage->text(), person ? m_firstName : m_companyName);
    if (person) {
        showMessage(m_companyMessage, m_company->problem());
        note(m_companyMessage->text(), m_company->nameEdit());
    }
    for (const QString &message : m_emails->validate())
        note(message, m_emails->firstInvalid());
    for (const QString &message : m_phones->validate())
        note(message, m_phones->firstInvalid());
    showMessage(m_birthdayMessage, checkBirthday());
    note(m_birthdayMessage->text(), m_birthday->monthBox());
    for (const QString &message : m_custom->validate())
        note(message, m_custom->firstInvalid());

    // Whatever the fields' own checks cannot see (the company, a custom value's type) is left
    // to the repository's rules, the same the save applies.
    QString general;
    if (messages.isEmpty()) {
        ContactRepository repo(m_db, m_clock);
        Contact built = contact();
        repo.normalize(built);
        general = repo.validate(built).errorMessage();
        note(general, m_firstName);
    }
    showMessage(m_generalMessage, general);
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
        if (auto *scroll = findChild<QScrollArea *>())
            scroll->ensureWidgetVisible(first);
    }
    return messages;
}

void ContactEditDialog::accept()
{
    if (!validate().isEmpty())
        return;
    QDialog::accept();
}

} // namespace clientele
