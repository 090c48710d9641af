#include "icons.h"

#include "theme.h"

#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>

#include <functional>
#include <utility>

namespace clientele::icons {

namespace {

using Drawing = std::function<void(QPainter &)>;

/// Paints a drawing made on a 24×24 grid into whatever rectangle Qt asks for; the colour follows
/// the icon mode so a selected sidebar entry shows its icon in the accent colour.
class PaintedIconEngine final : public QIconEngine
{
public:
    PaintedIconEngine(Drawing drawing, QColor normal)
        : m_drawing(std::move(drawing))
        , m_normal(std::move(normal))
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QColor color = m_normal.isValid() ? m_normal : theme::mutedText();
        if (mode == QIcon::Selected || mode == QIcon::Active)
            color = theme::accent();
        else if (mode == QIcon::Disabled)
            color.setAlphaF(0.4f);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = qMin(rect.width(), rect.height());
        painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 24.0, side / 24.0);
        QPen pen(color, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        m_drawing(*painter);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new PaintedIconEngine(m_drawing, m_normal); }

private:
    Drawing m_drawing;
    QColor m_normal;
};

QIcon painted(Drawing drawing, const QColor &color)
{
    return QIcon(new PaintedIconEngine(std::move(drawing), color));
}

} // namespace

QIcon dashboard(const QColor &color)
{
    return painted(
        [](QPainter &p) {
            p.drawRoundedRect(QRectF(3.5, 3.5, 7, 9), 1.5, 1.5);
            p.drawRoundedRect(QRectF(13.5, 3.5, 7, 5), 1.5, 1.5);
            p.drawRoundedRect(QRectF(13.5, 11.5, 7, 9), 1.5, 1.5);
            p.drawRoundedRect(QRectF(3.5, 15.5, 7, 5), 1.5, 1.5);
        },
        color);
}

QIcon contacts(const QColor &color)
{
    return painted(
        [](QPainter &p) {
            p.drawEllipse(QPointF(12, 8), 4, 4);
            QPainterPath shoulders;
            shoulders.moveTo(4.5, 20.5);
            shoulders.cubicTo(4.5, 15.5, 8, 13.5, 12, 13.5);
            shoulders.cubicTo(16, 13.5, 19.5, 15.5, 19.5, 20.5);
            p.drawPath(shoulders);
        },
        color);
}

QIcon orders(const QColor &color)
{
    return painted(
        [](QPainter &p) {
            QPainterPath bag;
            bag.moveTo(5, 8);
            bag.lineTo(19, 8);
            bag.lineTo(18, 20.5);
            bag.lineTo(6, 20.5);
            bag.closeSubpath();
            p.drawPath(bag);
            QPainterPath handle;
            handle.moveTo(9, 10.5);
            handle.lineTo(9, 6.5);
            handle.cubicTo(9, 4.5, 10.3, 3.5, 12, 3.5);
            handle.cubicTo(13.7, 3.5, 15, 4.5, 15, 6.5);
            handle.lineTo(15, 10.5);
            p.drawPath(handle);
        },
        color);
}

QIcon followUps(const QColor &color)
{
    return painted(
        [](QPainter &p) {
            p.drawRoundedRect(QRectF(3.5, 5, 17, 15.5), 2.5, 2.5);
            p.drawLine(QPointF(3.5, 9.5), QPointF(20.5, 9.5));
            p.drawLine(QPointF(8, 3), QPointF(8, 6.5));
            p.drawLine(QPointF(16, 3), QPointF(16, 6.5));
            QPainterPath check;
            check.moveTo(8.5, 14.5);
            check.lineTo(11, 17);
            check.lineTo(15.5, 12.5);
            p.drawPath(check);
        },
        color);
}

QIcon pipeline(const QColor &color)
{
    return painted(
        [](QPainter &p) {
            p.drawRoundedRect(QRectF(3.5, 3.5, 4.5, 17), 1.5, 1.5);
            p.drawRoundedRect(QRectF(9.75, 3.5, 4.5, 12), 1.5, 1.5);
            p.drawRoundedRect(QRectF(16, 3.5, 4.5, 7), 1.5, 1.5);
        },
        color);
}

QIcon search(const QColor &color)
{
    return painted(
        [](QPainter &p) {
            p.drawEllipse(QPointF(10.5, 10.5), 6, 6);
            p.drawLine(QPointF(15, 15), QPointF(20, 20));
        },
        color);
}

QIcon application()
{
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256}) {
        const QString file = QStringLiteral(":/clientele/icons/io.github.clientele.Clientele-%1.png").arg(size);
        if (QFile::exists(file))
            icon.addFile(file, QSize(size, size));
    }
    if (!icon.isNull())
        return icon;
    // A stand-in in the same colours when the packaged artwork is not built in.
    return QIcon(new PaintedIconEngine(
        [](QPainter &p) {
            p.setPen(Qt::NoPen);
            p.setBrush(theme::accent());
            p.drawRoundedRect(QRectF(1, 1, 22, 22), 5, 5);
            p.setBrush(Qt::white);
            p.drawRoundedRect(QRectF(4, 6.5, 16, 11.5), 2, 2);
            p.setBrush(theme::accent());
            p.drawEllipse(QPointF(9, 10.5), 2, 2);
            p.drawRoundedRect(QRectF(13, 9.5, 5, 1.4), 0.7, 0.7);
            p.drawRoundedRect(QRectF(13, 12.5, 4, 1.2), 0.6, 0.6);
        },
        theme::accent()));
}

} // namespace clientele::icons
