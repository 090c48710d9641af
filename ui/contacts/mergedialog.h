#pragma once

#include "contacts/contact.h"
#include "contacts/contactmerger.h"

#include <QDialog>
#include <QMap>
#include <QSqlDatabase>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QRadioButton;

namespace clientele {

class Clock;

/// Shows two contacts side by side before a merge: which record to keep (by default the more
/// complete one, or the older when equal), one row per field whose values differ with a radio
/// button for each value, and what will move to the kept record. The caller merges with
/// keepId(), otherId() and choices().
class MergeDialog final : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(QSqlDatabase db, const Clock &clock, qint64 firstId, qint64 secondId, QWidget *parent = nullptr);

    /// False when one of the contacts could not be read (errorMessage() says why).
    bool isValid() const { return m_error.isEmpty(); }
    QString errorMessage() const { return m_error; }

    qint64 keepId() const;
    qint64 otherId() const;
    /// Makes the contact with this id the one that is kept; each field goes back to its default.
    void setKeepId(qint64 id);
    MergeChoices choices() const;

    /// The radio button that picks `contactId`'s value of a field, or nullptr when the two
    /// records agree on it (no row is shown).
    QRadioButton *fieldButton(MergeChoices::Field field, qint64 contactId) const;
    QRadioButton *customFieldButton(const QString &name, qint64 contactId) const;
    QRadioButton *keepButton(qint64 contactId) const;
    /// What will move to the kept record, in words.
    QString summaryText() const;

private:
    struct Row
    {
        QRadioButton *first = nullptr;
        QRadioButton *second = nullptr;
    };

    void buildRows();
    void addChoiceRow(const QString &key, const QString &label, const QString &firstValue, const QString &secondValue);
    void addInfoRow(const QString &label, const QString &firstValue, const QString &secondValue);
    void applyDefaults();
    void updateSummary();
    static QString fieldKey(MergeChoices::Field field);
    static QString customKey(const QString &name);
    /// The side of `key` whose button is checked, relative to the kept record.
    MergeChoices::Side sideOf(const QString &key) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    Contact m_first;
    Contact m_second;
    QString m_error;
    QGridLayout *m_grid;
    QButtonGroup *m_keepGroup;
    QRadioButton *m_keepFirst;
    QRadioButton *m_keepSecond;
    QMap<QString, Row> m_rows; ///< by field key
    QLabel *m_summary;
};

} // namespace clientele
