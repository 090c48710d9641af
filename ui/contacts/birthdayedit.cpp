#include "birthdayedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLocale>
#include <QSpinBox>

namespace clientele {

BirthdayEdit::BirthdayEdit(QWidget *parent)
    : QWidget(parent)
    , m_month(new QComboBox(this))
    , m_day(new QSpinBox(this))
    , m_year(new QSpinBox(this))
    , m_yearUnknown(new QCheckBox(tr("Year unknown"), this))
{
    m_month->addItem(tr("—"));
    for (int month = 1; month <= 12; ++month)
        m_month->addItem(QLocale().standaloneMonthName(month, QLocale::LongFormat));
    m_month->setAccessibleName(tr("Birthday month"));
    m_day->setRange(1, 31);
    m_day->setAccessibleName(tr("Birthday day"));
    m_year->setRange(1900, 2100);
    m_year->setValue(1980);
    m_year->setGroupSeparatorShown(false);
    m_year->setAccessibleName(tr("Birthday year"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_month);
    layout->addWidget(m_day);
    layout->addWidget(m_year);
    layout->addWidget(m_yearUnknown);
    layout->addStretch(1);

    connect(m_month, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        emit changed();
    });
    connect(m_day, &QSpinBox::valueChanged, this, &BirthdayEdit::changed);
    connect(m_year, &QSpinBox::valueChanged, this, &BirthdayEdit::changed);
    connect(m_yearUnknown, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        emit changed();
    });
    updateEnabled();
}

void BirthdayEdit::setBirthday(const Birthday &birthday)
{
    m_month->setCurrentIndex(birthday.isNull() ? 0 : birthday.month);
    if (!birthday.isNull())
        m_day->setValue(birthday.day);
    m_yearUnknown->setChecked(!birthday.isNull() && !birthday.hasYear());
    if (birthday.hasYear())
        m_year->setValue(birthday.year);
    updateEnabled();
}

Birthday BirthdayEdit::birthday() const
{
    if (m_month->currentIndex() <= 0)
        return {};
    return Birthday {m_yearUnknown->isChecked() ? 0 : m_year->value(), m_month->currentIndex(), m_day->value()};
}

void BirthdayEdit::updateEnabled()
{
    const bool has = m_month->currentIndex() > 0;
    m_day->setEnabled(has);
    m_yearUnknown->setEnabled(has);
    m_year->setEnabled(has && !m_yearUnknown->isChecked());
}

} // namespace clientele
