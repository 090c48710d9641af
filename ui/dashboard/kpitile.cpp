#include "kpitile.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace clientele {

KpiTile::KpiTile(const QString &title, QWidget *parent)
    : Card(title, parent)
    , m_value(new QLabel(this))
    , m_caption(new QLabel(this))
{
    m_value->setObjectName(QStringLiteral("kpiValue"));
    m_caption->setObjectName(QStringLiteral("kpiCaption"));
    m_caption->setWordWrap(true);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body()->setSpacing(2);
    body()->addWidget(m_value);
    body()->addWidget(m_caption);
    body()->addStretch(1);
}

void KpiTile::setValue(const QString &value)
{
    m_value->setText(value);
}

QString KpiTile::value() const
{
    return m_value->text();
}

void KpiTile::setCaption(const QString &caption, Tone tone)
{
    m_caption->setText(caption);
    m_caption->setProperty("warning", tone == Tone::Warning);
    m_caption->setProperty("good", tone == Tone::Good);
    // Dynamic properties only restyle after a re-polish.
    m_caption->style()->unpolish(m_caption);
    m_caption->style()->polish(m_caption);
}

QString KpiTile::caption() const
{
    return m_caption->text();
}

} // namespace clientele
