#include "companypicker.h"

#include "contacts/contactlookup.h"

#include <QCheckBox>
#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>
#include <QVBoxLayout>

namespace clientele {

CompanyPicker::CompanyPicker(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_edit(new QLineEdit(this))
    , m_create(new QCheckBox(this))
    , m_completer(new QCompleter(this))
    , m_model(new QStringListModel(this))
{
    m_edit->setPlaceholderText(tr("Type to find or create a company"));
    m_edit->setAccessibleName(tr("Company"));
    m_edit->setClearButtonEnabled(true);
    m_completer->setModel(m_model);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    // The model already holds only the matching companies (found in SQL, accents ignored).
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_edit->setCompleter(m_completer);
    m_create->setChecked(true);
    m_create->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_create);

    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        QStringList names;
        for (const auto &company : ContactLookup::companiesStartingWith(m_db, text, 15))
            names.append(company.name);
        m_model->setStringList(names);
    });
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        lookUp();
        emit changed();
    });
    connect(m_create, &QCheckBox::toggled, this, &CompanyPicker::changed);
}

void CompanyPicker::setCompany(qint64 id, const QString &name)
{
    m_edit->setText(name);
    m_companyId = id;
    m_create->hide();
}

void CompanyPicker::lookUp()
{
    const QString name = m_edit->text().simplified();
    m_companyId = name.isEmpty() ? 0 : ContactLookup::findCompany(m_db, name);
    const bool isNew = !name.isEmpty() && m_companyId == 0;
    m_create->setText(tr("Create company “%1”").arg(name));
    m_create->setVisible(isNew);
}

qint64 CompanyPicker::companyId() const
{
    return m_companyId;
}

QString CompanyPicker::newCompanyName() const
{
    const QString name = m_edit->text().simplified();
    return !name.isEmpty() && m_companyId == 0 && m_create->isChecked() ? name : QString();
}

QString CompanyPicker::problem() const
{
    const QString name = m_edit->text().simplified();
    if (!name.isEmpty() && m_companyId == 0 && !m_create->isChecked())
        return tr("There is no company called “%1”: pick one from the list or tick “Create company”.").arg(name);
    return {};
}

} // namespace clientele
