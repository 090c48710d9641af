#include "followupsview.h"

#include "common/clock.h"
#include "common/displayformat.h"
#include "common/pageheader.h"
#include "common/theme.h"
#include "followups/followuprepository.h"

#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace clientele {

namespace {

// Done follow-ups only matter for a while: the list shows the most recent ones.
constexpr int RecentDoneLimit = 50;

} // namespace

FollowUpsView::FollowUpsView(QSqlDatabase db, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_header(new PageHeader(tr("Follow-ups"), this))
    , m_tree(new QTreeWidget(this))
{
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Follow-up"), tr("Customer"), tr("Due")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setHighlightSections(false);
    m_tree->header()->setSectionResizeMode(Title, QHeaderView::Stretch);
    const int em = fontMetrics().averageCharWidth();
    m_tree->setColumnWidth(Contact, em * 30);
    m_tree->setColumnWidth(Due, em * 30);

    const QString titles[] = {tr("Overdue"), tr("Today"), tr("Upcoming"), tr("Done recently")};
    for (int group = 0; group < int(Group::GroupCount); ++group) {
        auto *item = new QTreeWidgetItem(m_tree, {titles[group]});
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
        item->setData(Title, GroupTitleRole, titles[group]);
        item->setSizeHint(Title, QSize(0, rowHeight() + 6));
        QFont font = item->font(Title);
        font.setBold(true);
        item->setFont(Title, font);
        if (Group(group) == Group::Overdue)
            item->setForeground(Title, theme::warning());
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_header);
    layout->addWidget(m_tree, 1);

    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 contactId = item->data(Title, ContactIdRole).toLongLong();
        if (contactId > 0)
            Q_EMIT contactActivated(contactId);
    });
    reload();
}

QTreeWidgetItem *FollowUpsView::groupItem(Group group) const
{
    return m_tree->topLevelItem(int(group));
}

int FollowUpsView::count(Group group) const
{
    return groupItem(group)->childCount();
}

void FollowUpsView::reload()
{
    FollowUpRepository repository(m_db, m_clock);
    FollowUpListQuery query;
    query.limit = 0;
    query.state = FollowUpListQuery::State::Overdue;
    fill(Group::Overdue, repository.list(query));
    query.state = FollowUpListQuery::State::DueToday;
    fill(Group::Today, repository.list(query));
    query.state = FollowUpListQuery::State::Upcoming;
    fill(Group::Upcoming, repository.list(query));
    query.state = FollowUpListQuery::State::Done;
    query.limit = RecentDoneLimit;
    fill(Group::Done, repository.list(query));

    QStringList parts;
    parts << tr("%Ln overdue", nullptr, count(Group::Overdue)) << tr("%Ln due today", nullptr, count(Group::Today))
          << tr("%Ln upcoming", nullptr, count(Group::Upcoming));
    m_header->setSubtitle(parts.join(QStringLiteral(" · ")));
}

void FollowUpsView::fill(Group group, const QList<FollowUp> &followUps)
{
    QTreeWidgetItem *parent = groupItem(group);
    qDeleteAll(parent->takeChildren());
    for (const FollowUp &followUp : followUps) {
        auto *item = new QTreeWidgetItem(parent);
        item->setText(Title, followUp.title);
        item->setText(Contact, followUp.contactName);
        item->setText(Due, dueText(group, followUp));
        item->setSizeHint(Title, QSize(0, rowHeight()));
        if (!followUp.notes.isEmpty()) {
            for (int column = 0; column < ColumnCount; ++column)
                item->setToolTip(column, followUp.notes);
        }
        item->setData(Title, FollowUpIdRole, followUp.id);
        item->setData(Title, ContactIdRole, followUp.contactId);
        if (group == Group::Overdue)
            item->setForeground(Due, theme::warning());
        if (group == Group::Done || group == Group::Upcoming) {
            for (const int column : {Contact, Due})
                item->setForeground(column, theme::mutedText());
        }
    }
    parent->setText(Title,
                    QStringLiteral("%1  (%2)")
                        .arg(parent->data(Title, GroupTitleRole).toString(), QLocale().toString(followUps.size())));
    parent->setExpanded(!followUps.isEmpty());
}

int FollowUpsView::rowHeight() const
{
    // Style sheet padding does not reach tree items' size hints: the rows get their height here.
    return fontMetrics().height() + 8;
}

QString FollowUpsView::dueText(Group group, const FollowUp &followUp) const
{
    if (group == Group::Done)
        return tr("done %1").arg(display::dateTime(followUp.doneAt));
    const QDateTime due = followUp.effectiveDueAt();
    const QString day = display::relativeDay(m_clock.localDate(due), m_clock.today());
    QString text = group == Group::Today ? display::time(due) : day + QLatin1Char(' ') + display::time(due);
    if (followUp.snoozedUntil.isValid())
        text += QLatin1Char(' ') + tr("(snoozed)");
    if (followUp.isRecurring())
        text += QStringLiteral(" ↻");
    return text;
}

} // namespace clientele
