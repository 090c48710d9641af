#include "contacttimelineview.h"

#include "common/clock.h"
#include "common/displayformat.h"
#include "common/theme.h"
#include "contactdetailparts.h"
#include "timelineformat.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QVBoxLayout>

namespace clientele {

namespace {

constexpr int BadgeSize = 28;
constexpr int DetailLimit = 280; // characters of a long note shown in the row; the rest in the tooltip

/// One timeline entry. It paints the rail that joins the badges, so the list reads as one line
/// through time.
class TimelineRow final : public QWidget
{
public:
    TimelineRow(bool first, QWidget *parent)
        : QWidget(parent)
        , m_first(first)
    { }

    void setLast(bool last)
    {
        m_last = last;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        QColor rail = detailparts::mutedText(palette());
        rail.setAlphaF(0.35f);
        painter.setPen(QPen(rail, 1.5));
        const qreal x = BadgeSize / 2.0;
        const int badgeTop = contentsMargins().top();
        if (!m_first)
            painter.drawLine(QPointF(x, 0), QPointF(x, badgeTop - 2));
        if (!m_last)
            painter.drawLine(QPointF(x, badgeTop + BadgeSize + 2), QPointF(x, height()));
    }

private:
    bool m_first;
    bool m_last = true;
};

QColor stateColor(TimelineItem::State state, const QPalette &palette)
{
    switch (state) {
    case TimelineItem::State::Overdue:
        return theme::warning();
    case TimelineItem::State::Done:
        return theme::success();
    case TimelineItem::State::Open:
        return theme::secondary();
    case TimelineItem::State::Cancelled:
    case TimelineItem::State::Neutral:
        break;
    }
    return detailparts::mutedText(palette);
}

QLabel *mutedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, detailparts::mutedText(parent->palette()));
    label->setPalette(pal);
    return label;
}

} // namespace

ContactTimelineView::ContactTimelineView(QSqlDatabase db, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_rowLayout(new QVBoxLayout)
    , m_empty(mutedLabel(this))
    , m_error(new QLabel(this))
    , m_more(new QPushButton(tr("Show older entries"), this))
{
    m_empty->setText(tr("Nothing here yet. Notes, calls, visits, orders, follow-ups and deals with this "
                        "customer will show up here."));
    m_empty->setWordWrap(true);
    m_empty->hide();
    m_error->setWordWrap(true);
    m_error->hide();
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, theme::warning());
    m_error->setPalette(errorPalette);
    m_more->hide();
    m_more->setAutoDefault(false);

    m_rowLayout->setContentsMargins(0, 0, 0, 0);
    m_rowLayout->setSpacing(0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(m_rowLayout);
    layout->addWidget(m_empty);
    layout->addWidget(m_error);
    layout->addWidget(m_more, 0, Qt::AlignLeft);
    connect(m_more, &QPushButton::clicked, this, &ContactTimelineView::loadMore);
}

void ContactTimelineView::followScrollArea(QScrollArea *area)
{
    m_scrollArea = area;
    QScrollBar *bar = area->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, &ContactTimelineView::loadMoreIfNearEnd);
    // Queued: the range changes in the middle of a layout pass, which should not grow the list.
    connect(bar, &QScrollBar::rangeChanged, this, &ContactTimelineView::loadMoreIfNearEnd, Qt::QueuedConnection);
}

void ContactTimelineView::setContact(qint64 contactId)
{
    m_contactId = contactId;
    reload();
}

void ContactTimelineView::reload()
{
    clearRows();
    if (m_contactId <= 0) {
        updateFooter();
        return;
    }
    appendPage({});
}

void ContactTimelineView::loadMore()
{
    if (!m_hasMore || m_items.isEmpty())
        return;
    appendPage(m_items.last().cursor());
}

void ContactTimelineView::clearRows()
{
    qDeleteAll(m_rows);
    m_rows.clear();
    m_items.clear();
    m_hasMore = false;
    m_error->hide();
}

void ContactTimelineView::appendPage(const TimelineCursor &before)
{
    const auto page = ContactTimeline(m_db, m_clock).page(m_contactId, m_pageSize, before);
    if (!page) {
        m_hasMore = false;
        m_error->setText(page.errorMessage());
        m_error->show();
        updateFooter();
        return;
    }
    for (const TimelineItem &item : page->items) {
        if (!m_rows.isEmpty())
            static_cast<TimelineRow *>(m_rows.last())->setLast(false);
        QWidget *row = createRow(item, m_items.isEmpty());
        m_items.append(item);
        m_rows.append(row);
        m_rowLayout->addWidget(row);
    }
    m_hasMore = page->hasMore;
    updateFooter();
    emit pageLoaded();
    // A short first page may not fill the pane, and then no scrolling would ever ask for more.
    QTimer::singleShot(0, this, &ContactTimelineView::loadMoreIfNearEnd);
}

void ContactTimelineView::updateFooter()
{
    m_empty->setVisible(m_contactId > 0 && m_items.isEmpty() && m_error->isHidden());
    m_more->setVisible(m_hasMore);
}

void ContactTimelineView::loadMoreIfNearEnd()
{
    if (!m_hasMore || !m_scrollArea || !m_scrollArea->isVisible() || !isVisible())
        return;
    const QScrollBar *bar = m_scrollArea->verticalScrollBar();
    // Within half a screen of the end: fetch before the user gets there.
    if (bar->maximum() - bar->value() <= m_scrollArea->viewport()->height() / 2)
        loadMore();
}

QWidget *ContactTimelineView::createRow(const TimelineItem &item, bool first)
{
    auto *row = new TimelineRow(first, this);
    row->setContentsMargins(0, 4, 0, 12);
    const QPalette pal = palette();
    const QString muted = detailparts::mutedText(pal).name();

    auto *badge = new QLabel(row);
    badge->setPixmap(TimelineFormat::kindBadge(item.kind, BadgeSize, devicePixelRatioF()));
    badge->setFixedSize(BadgeSize, BadgeSize);
    badge->setToolTip(TimelineFormat::kindName(item.kind));
    badge->setAccessibleName(TimelineFormat::kindName(item.kind));

    auto *title = new QLabel(item.title, row);
    title->setObjectName(QStringLiteral("timelineTitle"));
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    auto *when = mutedLabel(row);
    when->setObjectName(QStringLiteral("timelineWhen"));
    when->setText(TimelineFormat::relativeTime(item.at, m_clock.nowUtc()));
    when->setToolTip(display::dateTime(item.at));
    when->setAlignment(Qt::AlignRight | Qt::AlignTop);

    auto *grid = new QGridLayout(row);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);
    grid->addWidget(badge, 0, 0, 2, 1, Qt::AlignTop);
    grid->addWidget(title, 0, 1);
    grid->addWidget(when, 0, 2);
    grid->setColumnStretch(1, 1);

    // The second line: the status in its colour, then the detail text.
    const QString detailText = item.detail.simplified();
    if (!item.status.isEmpty() || !detailText.isEmpty()) {
        auto *detail = new QLabel(row);
        detail->setObjectName(QStringLiteral("timelineDetail"));
        detail->setTextFormat(Qt::RichText);
        detail->setWordWrap(true);
        QStringList parts;
        if (!item.status.isEmpty())
            parts << QStringLiteral("<span style=\"color:%1;\">%2</span>")
                         .arg(stateColor(item.state, pal).name(), item.status.toHtmlEscaped());
        if (!detailText.isEmpty()) {
            const QString shown
                = detailText.size() > DetailLimit ? detailText.left(DetailLimit).trimmed() + QChar(0x2026) : detailText;
            parts << QStringLiteral("<span style=\"color:%1;\">%2</span>").arg(muted, shown.toHtmlEscaped());
            if (detailText.size() > DetailLimit)
                detail->setToolTip(item.detail);
        }
        detail->setText(parts.join(QStringLiteral("<span style=\"color:%1;\"> · </span>").arg(muted)));
        detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(detail, 1, 1);
    }
    if (item.amount) {
        auto *amount = new QLabel(display::money(*item.amount), row);
        amount->setObjectName(QStringLiteral("timelineAmount"));
        amount->setAlignment(Qt::AlignRight | Qt::AlignTop);
        QFont font = amount->font();
        font.setBold(item.state != TimelineItem::State::Cancelled);
        font.setStrikeOut(item.state == TimelineItem::State::Cancelled);
        amount->setFont(font);
        if (item.state == TimelineItem::State::Cancelled)
            amount->setStyleSheet(QStringLiteral("color: %1;").arg(muted));
        grid->addWidget(amount, 1, 2);
    }
    row->setAccessibleName(TimelineFormat::kindName(item.kind) + QStringLiteral(": ") + item.title);
    return row;
}

QString ContactTimelineView::rowText(int index) const
{
    if (index < 0 || index >= m_rows.size())
        return {};
    QStringList parts;
    const QList<QLabel *> labels = m_rows.at(index)->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->text().isEmpty())
            continue;
        parts << (label->textFormat() == Qt::PlainText ? label->text()
                                                       : QTextDocumentFragment::fromHtml(label->text()).toPlainText());
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace clientele
