#include "contactdetailparts.h"

#include "common/theme.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>

namespace clientele {

namespace detailparts {

namespace {

QColor blend(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amountOfB),
                            float(a.greenF() + (b.greenF() - a.greenF()) * amountOfB),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amountOfB));
}

} // namespace

QColor mutedText(const QPalette &palette)
{
    return blend(palette.color(QPalette::WindowText), palette.color(QPalette::Base), 0.45);
}

QColor subtleFill(const QPalette &palette)
{
    return blend(palette.color(QPalette::Base), palette.color(QPalette::WindowText), 0.035);
}

} // namespace detailparts

FlowLayout::FlowLayout(QWidget *parent, int spacing)
    : QLayout(parent)
    , m_spacing(spacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return layoutItems(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    return minimumSize();
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    layoutItems(rect, true);
}

int FlowLayout::layoutItems(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    QList<QLayoutItem *> visible;
    for (QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            visible.append(item);
    }
    if (visible.isEmpty())
        return 0;
    int y = area.y();
    if (m_columns > 0) {
        // A grid of equal cells: as many columns as the widest minimum allows, at most m_columns.
        int cell = 0;
        for (const QLayoutItem *item : visible)
            cell = qMax(cell, item->minimumSize().width());
        const int fit = qMax(1, (area.width() + m_spacing) / qMax(1, cell + m_spacing));
        const int columns = std::min({fit, m_columns, int(visible.size())});
        const int width = qMax(cell, (area.width() - m_spacing * (columns - 1)) / columns);
        for (qsizetype start = 0; start < visible.size(); start += columns) {
            const qsizetype end = qMin(start + columns, visible.size());
            int rowHeight = 0;
            for (qsizetype i = start; i < end; ++i) {
                const QLayoutItem *item = visible.at(i);
                rowHeight = qMax(rowHeight,
                                 item->hasHeightForWidth() ? item->heightForWidth(width) : item->sizeHint().height());
            }
            for (qsizetype i = start; apply && i < end; ++i)
                visible.at(i)->setGeometry(QRect(area.x() + int(i - start) * (width + m_spacing), y, width, rowHeight));
            y += rowHeight + m_spacing;
        }
    } else {
        // Natural widths, wrapping like words.
        int x = area.x();
        int rowHeight = 0;
        for (QLayoutItem *item : visible) {
            const QSize hint = item->sizeHint();
            const int width = qMin(hint.width(), area.width());
            if (x > area.x() && x + width > area.right() + 1) {
                x = area.x();
                y += rowHeight + m_spacing;
                rowHeight = 0;
            }
            if (apply)
                item->setGeometry(QRect(x, y, width, hint.height()));
            x += width + m_spacing;
            rowHeight = qMax(rowHeight, hint.height());
        }
        y += rowHeight + m_spacing;
    }
    return y - m_spacing - rect.y() + contentsMargins().bottom();
}

TagChip::TagChip(const QString &text, QWidget *parent)
    : QLabel(parent)
{
    setText(text);
    setTextFormat(Qt::PlainText);
    // A fixed pair of pale fill and dark accent text, readable whatever the palette is.
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px; padding: 2px 9px; }")
                      .arg(theme::accentSoft().name(), theme::accent().darker(135).name()));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

FigureTile::FigureTile(const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(this))
    , m_context(new QLabel(this))
{
    setObjectName(QStringLiteral("figureTile"));
    m_caption->setTextFormat(Qt::PlainText);
    m_value->setTextFormat(Qt::PlainText);
    m_context->setTextFormat(Qt::PlainText);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.2);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    QFont small = m_caption->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_caption->setFont(small);
    m_context->setFont(small);
    m_context->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(1);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_context);
    layout->addStretch(1);
    applyColours();
}

void FigureTile::setValue(const QString &value, const QString &context)
{
    m_value->setText(value);
    m_context->setText(context);
    m_context->setVisible(!context.isEmpty());
    setAccessibleName(m_caption->text() + QStringLiteral(": ") + value);
}

QSize FigureTile::minimumSizeHint() const
{
    // Wide enough for its figure, and never so narrow that a short figure makes a thin tile.
    return QFrame::minimumSizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 14, 0));
}

QString FigureTile::caption() const
{
    return m_caption->text();
}

QString FigureTile::value() const
{
    return m_value->text();
}

QString FigureTile::context() const
{
    return m_context->text();
}

void FigureTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

void FigureTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(detailparts::subtleFill(palette()));
    painter.drawRoundedRect(QRectF(rect()), 8, 8);
}

void FigureTile::applyColours()
{
    QPalette muted = m_caption->palette();
    muted.setColor(QPalette::WindowText, detailparts::mutedText(palette()));
    m_caption->setPalette(muted);
    m_context->setPalette(muted);
}

} // namespace clientele
