#include "pipelineview.h"

#include "common/displayformat.h"
#include "common/pageheader.h"
#include "dealcarddelegate.h"
#include "pipeline/pipelinerepository.h"
#include "settings/businesssettings.h"

#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace clientele {

PipelineView::PipelineView(QSqlDatabase db, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_header(new PageHeader(tr("Pipeline"), this))
    , m_board(new QWidget)
    , m_columns(new QHBoxLayout(m_board))
{
    m_columns->setContentsMargins(0, 0, 0, 0);
    m_columns->setSpacing(12);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_board);
    m_board->setObjectName(QStringLiteral("pipelineBoard"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_header);
    layout->addWidget(scroll, 1);
    reload();
}

QString PipelineView::stageTotals(int index) const
{
    return m_totals.at(index)->text();
}

void PipelineView::reload()
{
    while (QLayoutItem *item = m_columns->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_lists.clear();
    m_totals.clear();

    PipelineRepository repository(m_db, m_clock);
    const QString currency = BusinessSettings(m_db).currency();
    DealListQuery query;
    query.status = DealStatus::Open;
    QHash<qint64, QList<Deal>> dealsByStage;
    for (const Deal &deal : repository.list(query))
        dealsByStage[deal.stageId].append(deal);

    int openDeals = 0;
    qint64 total = 0;
    qint64 weighted = 0;
    const QList<StageSummary> summaries = repository.summary(currency);
    for (const StageSummary &stage : summaries) {
        auto *list = new QListWidget;
        list->setObjectName(QStringLiteral("stageList"));
        list->setItemDelegate(new DealCardDelegate(list));
        list->setSelectionMode(QAbstractItemView::SingleSelection);
        list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setFrameShape(QFrame::NoFrame);
        for (const Deal &deal : dealsByStage.value(stage.stageId)) {
            auto *item = new QListWidgetItem(deal.title, list);
            item->setData(DealCardDelegate::DealIdRole, deal.id);
            item->setData(DealCardDelegate::ContactRole,
                          deal.contactName.isEmpty() ? tr("No customer yet") : deal.contactName);
            item->setData(DealCardDelegate::ValueRole, display::wholeMoney(deal.value));
            item->setData(DealCardDelegate::ProbabilityRole, deal.probability);
            if (deal.expectedClose.isValid())
                item->setData(DealCardDelegate::CloseDateRole, tr("Closes %1").arg(display::date(deal.expectedClose)));
            item->setData(Qt::UserRole, deal.contactId);
            item->setToolTip(deal.notes);
        }
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            const qint64 contactId = item->data(Qt::UserRole).toLongLong();
            if (contactId > 0)
                Q_EMIT contactActivated(contactId);
        });
        QString totals
            = tr("%1 · weighted %2").arg(display::wholeMoney(stage.total), display::wholeMoney(stage.weighted));
        if (stage.otherCurrencyCount > 0)
            totals += QLatin1Char('\n') + tr("+ %n in other currencies", nullptr, stage.otherCurrencyCount);
        m_columns->addWidget(makeColumn(stage.stageName, int(list->count()), totals, list), 1);
        m_lists.append(list);
        openDeals += stage.dealCount;
        total += stage.total.minor;
        weighted += stage.weighted.minor;
    }
    if (summaries.isEmpty()) {
        auto *empty = new QLabel(tr("There are no pipeline stages yet."));
        empty->setObjectName(QStringLiteral("pageSubtitle"));
        m_columns->addWidget(empty, 1, Qt::AlignTop);
    }
    m_header->setSubtitle(
        tr("%Ln open deal(s)", nullptr, openDeals) + QStringLiteral(" · ")
        + tr("%1 in total, %2 weighted by probability")
              .arg(display::wholeMoney(Money {total, currency}), display::wholeMoney(Money {weighted, currency})));
}

QWidget *PipelineView::makeColumn(const QString &name, int dealCount, const QString &totals, QListWidget *list)
{
    auto *column = new QFrame;
    column->setObjectName(QStringLiteral("stageColumn"));
    column->setAttribute(Qt::WA_StyledBackground);
    column->setMinimumWidth(fontMetrics().averageCharWidth() * 30);

    auto *title = new QLabel(name);
    title->setObjectName(QStringLiteral("stageTitle"));
    auto *count = new QLabel(QLocale().toString(dealCount));
    count->setObjectName(QStringLiteral("stageCount"));
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addStretch(1);
    titleRow->addWidget(count);
    auto *totalsLabel = new QLabel(totals);
    totalsLabel->setObjectName(QStringLiteral("stageTotals"));
    m_totals.append(totalsLabel);

    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(8, 12, 8, 8);
    layout->setSpacing(4);
    auto *header = new QVBoxLayout;
    header->setContentsMargins(6, 0, 6, 6);
    header->setSpacing(2);
    header->addLayout(titleRow);
    header->addWidget(totalsLabel);
    layout->addLayout(header);
    if (dealCount == 0) {
        auto *empty = new QLabel(tr("No open deals in this stage."));
        empty->setObjectName(QStringLiteral("pageSubtitle"));
        empty->setContentsMargins(6, 8, 6, 0);
        layout->addWidget(empty);
    }
    layout->addWidget(list, 1);
    return column;
}

} // namespace clientele
