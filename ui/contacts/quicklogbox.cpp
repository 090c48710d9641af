#include "quicklogbox.h"

#include "activities/activityrepository.h"
#include "common/theme.h"
#include "contactdetailparts.h"
#include "timelineformat.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace clientele {

namespace {

struct KindChoice
{
    ActivityKind kind;
    TimelineItem::Kind timelineKind;
};

constexpr KindChoice Choices[] = {{ActivityKind::Note, TimelineItem::Kind::Note},
                                  {ActivityKind::Call, TimelineItem::Kind::Call},
                                  {ActivityKind::Visit, TimelineItem::Kind::Visit}};

} // namespace

QuickLogBox::QuickLogBox(QSqlDatabase db, const Clock &clock, QWidget *parent)
    : QFrame(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_kinds(new QButtonGroup(this))
    , m_editor(new QPlainTextEdit(this))
    , m_log(new QPushButton(tr("Log"), this))
    , m_hint(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("quickLog"));
    const QString border = theme::border().name();
    const QString accent = theme::accent().name();
    setStyleSheet(
        QStringLiteral("QPlainTextEdit { background: palette(base); border: 1px solid %1; border-radius: 8px; "
                       "padding: 3px 5px; }"
                       "QPlainTextEdit:focus { border-color: %2; }"
                       "QToolButton { border: 1px solid %1; border-radius: 12px; padding: 3px 10px; }"
                       "QToolButton:checked { background: %3; border-color: %3; color: %4; }"
                       "QToolButton:focus { border-color: %2; }"
                       "QPushButton { background: %2; color: white; border: 1px solid %2; border-radius: 8px; "
                       "padding: 5px 16px; font-weight: bold; }"
                       "QPushButton:hover { background: %5; }"
                       "QPushButton:focus { border-color: %4; }")
            .arg(border, accent, theme::accentSoft().name(), theme::accent().darker(135).name(),
                 theme::accent().darker(112).name()));

    auto *kindRow = new QHBoxLayout;
    kindRow->setSpacing(6);
    for (const KindChoice &choice : Choices) {
        auto *button = new QToolButton(this);
        button->setText(displayName(choice.kind));
        button->setIcon(TimelineFormat::kindIcon(choice.timelineKind, TimelineFormat::kindColor(choice.timelineKind)));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::StrongFocus);
        m_kinds->addButton(button, int(choice.kind));
        kindRow->addWidget(button);
    }
    m_kinds->setExclusive(true);
    m_kinds->button(int(ActivityKind::Note))->setChecked(true);
    kindRow->addStretch(1);

    m_editor->setTabChangesFocus(true);
    m_editor->setAccessibleName(tr("Text to log"));
    m_editor->installEventFilter(this);
    const int lines = 3;
    m_editor->setFixedHeight(m_editor->fontMetrics().lineSpacing() * lines + 16);

    const QKeySequence shortcut(Qt::CTRL | Qt::Key_Enter);
    m_hint->setText(tr("%1 to log").arg(shortcut.toString(QKeySequence::NativeText)));
    QPalette mutedPalette = m_hint->palette();
    mutedPalette.setColor(QPalette::WindowText, detailparts::mutedText(palette()));
    m_hint->setPalette(mutedPalette);
    m_log->setAutoDefault(false);
    m_log->setToolTip(tr("Store this for the customer (%1)").arg(shortcut.toString(QKeySequence::NativeText)));

    m_message->setWordWrap(true);
    m_message->hide();
    QPalette warningPalette = m_message->palette();
    warningPalette.setColor(QPalette::WindowText, theme::warning());
    m_message->setPalette(warningPalette);

    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_message, 1);
    actionRow->addStretch();
    actionRow->addWidget(m_hint);
    actionRow->addWidget(m_log);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(kindRow);
    layout->addWidget(m_editor);
    layout->addLayout(actionRow);

    setTabOrder(m_kinds->button(int(ActivityKind::Note)), m_kinds->button(int(ActivityKind::Call)));
    setTabOrder(m_kinds->button(int(ActivityKind::Call)), m_kinds->button(int(ActivityKind::Visit)));
    setTabOrder(m_kinds->button(int(ActivityKind::Visit)), m_editor);
    setTabOrder(m_editor, m_log);

    connect(m_log, &QPushButton::clicked, this, &QuickLogBox::submit);
    connect(m_kinds, &QButtonGroup::idClicked, this, [this] {
        updatePlaceholder();
        m_editor->setFocus();
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_editor->toPlainText().trimmed().isEmpty())
            showMessage({});
    });
    updatePlaceholder();
}

void QuickLogBox::setContactId(qint64 contactId)
{
    if (contactId != m_contactId)
        m_editor->clear();
    m_contactId = contactId;
    showMessage({});
}

ActivityKind QuickLogBox::kind() const
{
    return ActivityKind(m_kinds->checkedId());
}

void QuickLogBox::setKind(ActivityKind kind)
{
    if (QAbstractButton *button = m_kinds->button(int(kind))) {
        button->setChecked(true);
        updatePlaceholder();
    }
}

QString QuickLogBox::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool QuickLogBox::submit()
{
    const QString text = m_editor->toPlainText().trimmed();
    if (text.isEmpty()) {
        showMessage(tr("Type what happened first, then log it."));
        m_editor->setFocus();
        return false;
    }
    Activity activity;
    activity.contactId = m_contactId;
    activity.kind = kind();
    activity.body = text;
    const auto created = ActivityRepository(m_db, m_clock).create(activity);
    if (!created) {
        showMessage(created.errorMessage());
        return false;
    }
    m_editor->clear();
    showMessage({});
    m_editor->setFocus();
    emit logged(created.value());
    return true;
}

bool QuickLogBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            submit();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void QuickLogBox::updatePlaceholder()
{
    switch (kind()) {
    case ActivityKind::Call:
        m_editor->setPlaceholderText(tr("What was the call about?"));
        break;
    case ActivityKind::Visit:
        m_editor->setPlaceholderText(tr("What happened at the visit?"));
        break;
    default:
        m_editor->setPlaceholderText(tr("Write a note about this customer…"));
        break;
    }
}

void QuickLogBox::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_hint->setVisible(message.isEmpty());
}

} // namespace clientele
