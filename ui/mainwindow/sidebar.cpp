#include "sidebar.h"

#include "common/icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace clientele {

Sidebar::Sidebar(QWidget *parent)
    : QFrame(parent)
    , m_business(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("sidebarPanel"));
    setAttribute(Qt::WA_StyledBackground);

    auto *logo = new QLabel(this);
    logo->setPixmap(icons::application().pixmap(QSize(36, 36)));
    auto *name = new QLabel(QStringLiteral("Clientele"), this);
    name->setObjectName(QStringLiteral("brandName"));
    m_business->setObjectName(QStringLiteral("brandBusiness"));
    m_business->setWordWrap(true);
    auto *brandTexts = new QVBoxLayout;
    brandTexts->setSpacing(0);
    brandTexts->addWidget(name);
    brandTexts->addWidget(m_business);
    auto *brand = new QHBoxLayout;
    brand->setContentsMargins(8, 4, 4, 14);
    brand->setSpacing(10);
    brand->addWidget(logo, 0, Qt::AlignTop);
    brand->addLayout(brandTexts, 1);

    m_list->setObjectName(QStringLiteral("sidebar"));
    m_list->setIconSize(QSize(20, 20));
    m_list->setFocusPolicy(Qt::StrongFocus);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setAccessibleName(tr("Pages"));
    const QIcon iconFor[ViewCount]
        = {icons::dashboard(), icons::contacts(), icons::orders(), icons::followUps(), icons::pipeline()};
    // Style sheet padding does not reach the items' size hints: give every row its height here.
    const int rowHeight = fontMetrics().height() + 20;
    for (int view = 0; view < ViewCount; ++view) {
        auto *item = new QListWidgetItem(iconFor[view], viewName(View(view)), m_list);
        item->setSizeHint(QSize(0, rowHeight));
    }
    m_list->setSpacing(1);
    m_list->setCurrentRow(0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 16, 12, 12);
    layout->setSpacing(0);
    layout->addLayout(brand);
    layout->addWidget(m_list, 1);
    setFixedWidth(fontMetrics().averageCharWidth() * 30);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            Q_EMIT viewChosen(View(row));
    });
}

void Sidebar::setCurrentView(View view)
{
    m_list->setCurrentRow(int(view));
}

View Sidebar::currentView() const
{
    return View(qMax(0, m_list->currentRow()));
}

void Sidebar::setBusinessName(const QString &name)
{
    m_business->setText(name);
    m_business->setVisible(!name.isEmpty());
}

QString Sidebar::viewName(View view)
{
    switch (view) {
    case View::Dashboard:
        return tr("Dashboard");
    case View::Contacts:
        return tr("Contacts");
    case View::Orders:
        return tr("Orders");
    case View::FollowUps:
        return tr("Follow-ups");
    case View::Pipeline:
        return tr("Pipeline");
    }
    return {};
}

} // namespace clientele
