#pragma once

#include "contacts/contact.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace clientele {

/// A birthday picker that allows "no birthday" (month "—") and a birthday without its year
/// ("Year unknown"), since many customers only tell the day.
class BirthdayEdit final : public QWidget
{
    Q_OBJECT

public:
    explicit BirthdayEdit(QWidget *parent = nullptr);

    void setBirthday(const Birthday &birthday);
    Birthday birthday() const;

    QComboBox *monthBox() const { return m_month; }
    QSpinBox *dayBox() const { return m_day; }
    QSpinBox *yearBox() const { return m_year; }
    QCheckBox *yearUnknownBox() const { return m_yearUnknown; }

signals:
    void changed();

private:
    void updateEnabled();

    QComboBox *m_month;
    QSpinBox *m_day;
    QSpinBox *m_year;
    QCheckBox *m_yearUnknown;
};

} // namespace clientele
