#include "contactfilterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStringListModel>

namespace clientele {

ContactFilterBar::ContactFilterBar(QSqlDatabase db, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_browser(std::move(db), clock)
    , m_tag(new QComboBox(this))
    , m_company(new QLineEdit(this))
    , m_companyNames(new QStringListModel(this))
    , m_followUp(new QCheckBox(tr("Open follow-up"), this))
    , m_noOrder(new QCheckBox(tr("No order in"), this))
    , m_noOrderDays(new QSpinBox(this))
    , m_birthday(new QCheckBox(tr("Birthday in the next %n day(s)", nullptr, BirthdayDays), this))
    , m_trash(new QCheckBox(tr("In trash"), this))
{
    m_tag->setAccessibleName(tr("Tag filter"));
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_company->setPlaceholderText(tr("Any company"));
    m_company->setAccessibleName(tr("Company filter"));
    m_company->setClearButtonEnabled(true);
    // A book may hold thousands of companies: the completer asks the database for the few that
    // start with what was typed instead of holding them all.
    auto *completer = new QCompleter(m_companyNames, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_company->setCompleter(completer);
    m_noOrderDays->setRange(1, 3650);
    m_noOrderDays->setValue(90);
    m_noOrderDays->setSuffix(tr(" days"));
    m_noOrderDays->setAccessibleName(tr("Days without an order"));
    m_noOrderDays->setEnabled(false);
    m_trash->setToolTip(tr("Show the contacts moved to the trash, to restore or delete them for good"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    auto *tagLabel = new QLabel(tr("&Tag:"), this);
    tagLabel->setBuddy(m_tag);
    auto *companyLabel = new QLabel(tr("C&ompany:"), this);
    companyLabel->setBuddy(m_company);
    layout->addWidget(tagLabel);
    layout->addWidget(m_tag);
    layout->addWidget(companyLabel);
    layout->addWidget(m_company);
    layout->addWidget(m_followUp);
    layout->addWidget(m_noOrder);
    layout->addWidget(m_noOrderDays);
    layout->addWidget(m_birthday);
    layout->addWidget(m_trash);
    layout->addStretch(1);

    reloadChoices();
    connect(m_tag, &QComboBox::currentIndexChanged, this, &ContactFilterBar::filterChanged);
    connect(m_company, &QLineEdit::textEdited, this, &ContactFilterBar::companyEdited);
    connect(m_company, &QLineEdit::editingFinished, this, &ContactFilterBar::companyChosen);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &ContactFilterBar::companyChosen);
    connect(m_followUp, &QCheckBox::toggled, this, &ContactFilterBar::filterChanged);
    connect(m_noOrder, &QCheckBox::toggled, m_noOrderDays, &QWidget::setEnabled);
    connect(m_noOrder, &QCheckBox::toggled, this, &ContactFilterBar::filterChanged);
    connect(m_noOrderDays, &QSpinBox::valueChanged, this, [this] {
        if (m_noOrder->isChecked())
            emit filterChanged();
    });
    connect(m_birthday, &QCheckBox::toggled, this, &ContactFilterBar::filterChanged);
    connect(m_trash, &QCheckBox::toggled, this, &ContactFilterBar::filterChanged);
}

ContactFilter ContactFilterBar::filter() const
{
    ContactFilter filter;
    filter.tag = m_tag->currentData().toString();
    filter.companyId = m_companyId;
    filter.hasOpenFollowUp = m_followUp->isChecked();
    filter.noOrderInDays = m_noOrder->isChecked() ? m_noOrderDays->value() : 0;
    filter.birthdayWithinDays = m_birthday->isChecked() ? BirthdayDays : 0;
    filter.inTrash = m_trash->isChecked();
    return filter;
}

void ContactFilterBar::reloadChoices()
{
    const QString current = m_tag->currentData().toString();
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), QString());
    for (const QString &tag : m_browser.tagNames())
        m_tag->addItem(tag, tag);
    const int index = m_tag->findData(current);
    m_tag->setCurrentIndex(index >= 0 ? index : 0);
}

void ContactFilterBar::setShowingTrash(bool trash)
{
    m_trash->setChecked(trash);
}

void ContactFilterBar::clear()
{
    {
        const QSignalBlocker tag(m_tag), followUp(m_followUp), noOrder(m_noOrder), birthday(m_birthday), trash(m_trash);
        m_tag->setCurrentIndex(0);
        m_company->clear();
        m_companyId = 0;
        m_followUp->setChecked(false);
        m_noOrder->setChecked(false);
        m_noOrderDays->setEnabled(false);
        m_birthday->setChecked(false);
        m_trash->setChecked(false);
    }
    emit filterChanged();
}

void ContactFilterBar::companyEdited(const QString &text)
{
    m_companyChoices = text.trimmed().isEmpty() ? QList<CompanyChoice>() : m_browser.companies(text, 20);
    QStringList names;
    for (const CompanyChoice &choice : std::as_const(m_companyChoices))
        names << choice.name;
    m_companyNames->setStringList(names);
    if (text.isEmpty())
        companyChosen();
}

void ContactFilterBar::companyChosen()
{
    // The filter takes the company whose name was typed or picked; anything else is no filter.
    const QString text = m_company->text().trimmed();
    qint64 id = 0;
    if (!text.isEmpty()) {
        const QList<CompanyChoice> choices = m_browser.companies(text, 20);
        for (const CompanyChoice &choice : choices) {
            if (choice.name.compare(text, Qt::CaseInsensitive) == 0) {
                id = choice.id;
                break;
            }
        }
    }
    if (id == m_companyId)
        return;
    m_companyId = id;
    emit filterChanged();
}

} // namespace clientele
