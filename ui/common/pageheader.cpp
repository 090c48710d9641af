#include "pageheader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace clientele {

PageHeader::PageHeader(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_subtitle(new QLabel(this))
    , m_trailing(new QHBoxLayout)
{
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_title);
    texts->addWidget(m_subtitle);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addLayout(texts, 1);
    m_trailing->setSpacing(8);
    layout->addLayout(m_trailing);
}

void PageHeader::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
}

QString PageHeader::subtitle() const
{
    return m_subtitle->text();
}

void PageHeader::addTrailingWidget(QWidget *widget)
{
    m_trailing->addWidget(widget, 0, Qt::AlignBottom);
}

} // namespace clientele
