#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;
class QStackedLayout;

namespace clientele {

class Clock;
class ContactTimelineView;
class FigureTile;
class FlowLayout;
class QuickLogBox;
struct Contact;
struct ContactFigures;

/// The pane beside the contact list: who the customer is (name, company, tags, every email and
/// phone as a mailto:/tel: link, address, birthday and age, custom fields, consent), their key
/// figures as tiles, a quick box to log a note, call or visit, and their timeline. A trashed
/// contact is shown with a banner and without the quick log.
class ContactDetailView final : public QWidget
{
    Q_OBJECT

public:
    enum class Figure { Orders, LifetimeValue, AverageOrder, LastOrder, UsualInterval };

    ContactDetailView(QSqlDatabase db, const Clock &clock, QWidget *parent = nullptr);

    /// Loads and shows the contact; shows the placeholder with a short message when it does not
    /// exist or cannot be read.
    void showContact(qint64 contactId);
    /// Shows the hint that appears while nothing is selected.
    void showPlaceholder();
    /// Reads the shown contact again (after it was edited), keeping the pane where it is.
    void refresh();
    /// The contact shown, or 0 while the placeholder is shown.
    qint64 contactId() const { return m_contactId; }

    /// The text of the placeholder (or of the message that replaced a missing contact).
    QString placeholderText() const;
    /// Everything the pane shows about the contact as plain text, in reading order: for
    /// copying a contact card.
    QString toPlainText() const;
    /// The same as rich text, links included.
    QString toHtml() const;
    /// True when the "In the trash" banner is shown.
    bool isShowingTrashBanner() const;

    FigureTile *figureTile(Figure figure) const;
    QuickLogBox *quickLog() const { return m_quickLog; }
    ContactTimelineView *timeline() const { return m_timeline; }

signals:
    /// Something was logged for the shown contact.
    void activityLogged(qint64 contactId, qint64 activityId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateFieldWrapping();
    QWidget *createContactPage();
    void showMessage(const QString &text);
    void fillHeader(const Contact &contact);
    void fillFields(const Contact &contact);
    void fillFigures(const ContactFigures &figures);
    void clearFigures(const QString &error);
    QString birthdayText(const Contact &contact) const;
    QString consentText(const Contact &contact) const;
    QString customValueText(const QString &name, const QString &value) const;
    void addField(const QString &label, const QString &html, const QString &objectName);
    QList<QLabel *> visibleLabels() const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    qint64 m_contactId = 0;

    QStackedLayout *m_stack;
    QLabel *m_placeholder;
    QScrollArea *m_scroll;
    QWidget *m_page;
    QLabel *m_trashBanner;
    QLabel *m_avatar;
    QLabel *m_name;
    QLabel *m_subtitle;
    QWidget *m_tags;
    FlowLayout *m_tagLayout;
    QWidget *m_fields;
    QFormLayout *m_form;
    QList<FigureTile *> m_tiles;
    QLabel *m_figuresNote;
    QLabel *m_nextFollowUp;
    QLabel *m_logTitle;
    QuickLogBox *m_quickLog;
    ContactTimelineView *m_timeline;
};

} // namespace clientele
