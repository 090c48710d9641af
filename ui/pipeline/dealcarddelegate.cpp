#include "dealcarddelegate.h"

#include "common/theme.h"

#include <QPainter>
#include <QTextLayout>

namespace clientele {

namespace {

constexpr int Margin = 4; // gap around each card inside the list
constexpr int Padding = 10; // inside the card
constexpr int TitleLines = 2;

/// Wraps `text` into at most `maxLines` lines of `width`, the last one elided.
QStringList wrapped(const QString &text, const QFont &font, int width, int maxLines)
{
    QStringList lines;
    QTextLayout layout(text, font);
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            lines << QFontMetrics(font).elidedText(text.mid(line.textStart()), Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

} // namespace

QSize DealCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = QFontMetrics(option.font).height();
    return QSize(200, 2 * Margin + 2 * Padding + (TitleLines + 3) * line + 8);
}

void DealCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(Margin, Margin, -Margin, -Margin);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(QPen(selected ? theme::accent() : theme::border(), selected ? 1.5 : 1.0));
    painter->setBrush(theme::cardBackground());
    painter->drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);

    const QRect inner = card.toRect().adjusted(Padding, Padding - 2, -Padding, -Padding + 2);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics metrics(option.font);
    const int line = metrics.height();
    int y = inner.top();

    painter->setFont(bold);
    painter->setPen(theme::text());
    const QStringList title = wrapped(index.data(Qt::DisplayRole).toString(), bold, inner.width(), TitleLines);
    for (const QString &text : title) {
        painter->drawText(QRect(inner.left(), y, inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter, text);
        y += line;
    }
    y += 2;

    painter->setFont(option.font);
    painter->setPen(theme::mutedText());
    for (const int role : {int(ContactRole), int(CloseDateRole)}) {
        const QString text = index.data(role).toString();
        painter->drawText(QRect(inner.left(), y, inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(text, Qt::ElideRight, inner.width()));
        y += line;
    }

    const int probability = index.data(ProbabilityRole).toInt();
    const QString pill = tr("%1%").arg(probability);
    const int pillWidth = metrics.horizontalAdvance(pill) + 14;
    const QRect pillRect(inner.right() - pillWidth, inner.bottom() - line - 2, pillWidth, line + 4);
    painter->setPen(Qt::NoPen);
    painter->setBrush(probability >= 50 ? theme::accentSoft() : QColor(0xee, 0xea, 0xe6));
    painter->drawRoundedRect(pillRect, pillRect.height() / 2.0, pillRect.height() / 2.0);
    painter->setPen(probability >= 50 ? theme::accent().darker(115) : theme::mutedText());
    painter->drawText(pillRect, Qt::AlignCenter, pill);

    painter->setFont(bold);
    painter->setPen(theme::text());
    painter->drawText(QRect(inner.left(), inner.bottom() - line - 2, inner.width() - pillWidth - 6, line + 4),
                      Qt::AlignLeft | Qt::AlignVCenter, index.data(ValueRole).toString());
    painter->restore();
}

} // namespace clientele
