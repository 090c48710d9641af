#pragma once

#include "activities/activity.h"

#include <QFrame>
#include <QSqlDatabase>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace clientele {

class Clock;

/// The box above a contact's timeline for logging a note, a call or a visit in one keystroke:
/// pick the kind, type, press Ctrl+Enter (or "Log"). The activity is stored for the contact at
/// the current time and the box is cleared for the next one; an empty text is refused with a
/// hint instead of storing an empty entry.
class QuickLogBox final : public QFrame
{
    Q_OBJECT

public:
    QuickLogBox(QSqlDatabase db, const Clock &clock, QWidget *parent = nullptr);

    /// The contact new activities are logged for; changing it clears the box.
    void setContactId(qint64 contactId);
    qint64 contactId() const { return m_contactId; }

    ActivityKind kind() const;
    /// Only Note, Call and Visit can be chosen here; other kinds are ignored.
    void setKind(ActivityKind kind);

    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *logButton() const { return m_log; }
    /// The hint or error shown below the text, empty when there is none.
    QString message() const;

    /// Stores the typed text as an activity of the chosen kind. Returns false, showing why,
    /// when the text is empty or the activity could not be stored.
    bool submit();

signals:
    /// An activity was stored.
    void logged(qint64 activityId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updatePlaceholder();
    void showMessage(const QString &message);

    QSqlDatabase m_db;
    const Clock &m_clock;
    qint64 m_contactId = 0;
    QButtonGroup *m_kinds;
    QPlainTextEdit *m_editor;
    QPushButton *m_log;
    QLabel *m_hint;
    QLabel *m_message;
};

} // namespace clientele
