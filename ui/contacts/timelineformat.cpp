#include "timelineformat.h"

#include "common/displayformat.h"
#include "common/icons.h"
#include "common/theme.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace clientele {

namespace {

using Kind = TimelineItem::Kind;

/// Draws the kind's glyph on a 24×24 grid with the painter's pen.
void drawGlyph(QPainter &p, Kind kind, const QColor &color)
{
    const QRect grid(0, 0, 24, 24);
    switch (kind) {
    case Kind::Note:
        p.drawRoundedRect(QRectF(5.5, 3.5, 13, 17), 2, 2);
        p.drawLine(QPointF(8.5, 8.5), QPointF(15.5, 8.5));
        p.drawLine(QPointF(8.5, 12), QPointF(15.5, 12));
        p.drawLine(QPointF(8.5, 15.5), QPointF(12.5, 15.5));
        return;
    case Kind::Call: {
        QPainterPath handset;
        handset.moveTo(6.5, 4);
        handset.lineTo(9.5, 4);
        handset.lineTo(11, 8.5);
        handset.lineTo(9, 10);
        handset.cubicTo(10, 12.5, 11.5, 14, 14, 15);
        handset.lineTo(15.5, 13);
        handset.lineTo(20, 14.5);
        handset.lineTo(20, 17.5);
        handset.cubicTo(20, 19, 19, 20, 17.5, 20);
        handset.cubicTo(10.5, 19.5, 4.5, 13.5, 4, 6.5);
        handset.cubicTo(4, 5, 5, 4, 6.5, 4);
        p.drawPath(handset);
        return;
    }
    case Kind::Email: {
        p.drawRoundedRect(QRectF(3.5, 5.5, 17, 13), 2, 2);
        QPainterPath flap;
        flap.moveTo(4, 7);
        flap.lineTo(12, 13);
        flap.lineTo(20, 7);
        p.drawPath(flap);
        return;
    }
    case Kind::Meeting:
        p.drawEllipse(QPointF(9, 8.5), 3, 3);
        p.drawEllipse(QPointF(16.5, 9.5), 2.5, 2.5);
        p.drawArc(QRectF(3.5, 13.5, 11, 11), 0, 180 * 16);
        p.drawArc(QRectF(12.5, 14, 8, 8), 0, 180 * 16);
        return;
    case Kind::Visit: {
        QPainterPath awning;
        awning.moveTo(4, 10);
        awning.lineTo(5.5, 4.5);
        awning.lineTo(18.5, 4.5);
        awning.lineTo(20, 10);
        awning.closeSubpath();
        p.drawPath(awning);
        p.drawLine(QPointF(5.5, 10), QPointF(5.5, 20));
        p.drawLine(QPointF(18.5, 10), QPointF(18.5, 20));
        p.drawLine(QPointF(4, 20), QPointF(20, 20));
        p.drawRect(QRectF(10, 14, 4, 6));
        return;
    }
    case Kind::Order:
        icons::orders(color).paint(&p, grid);
        return;
    case Kind::FollowUp:
        icons::followUps(color).paint(&p, grid);
        return;
    case Kind::Deal:
        icons::pipeline(color).paint(&p, grid);
        return;
    }
}

QPixmap glyphPixmap(Kind kind, const QColor &color, int size, qreal ratio, const QColor &fill)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    qreal glyph = size;
    if (fill.isValid()) {
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawEllipse(QRectF(0, 0, size, size));
        glyph = size * 0.6;
    }
    p.translate((size - glyph) / 2.0, (size - glyph) / 2.0);
    p.scale(glyph / 24.0, glyph / 24.0);
    p.setPen(QPen(color, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    drawGlyph(p, kind, color);
    return pixmap;
}

} // namespace

QString TimelineFormat::dayMonth(const QDate &date, bool withYear)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    // The locale's own order of day and month; QLocale has no "day and month" format.
    const bool monthFirst = locale.dateFormat(QLocale::ShortFormat).indexOf(QLatin1Char('M'))
        < locale.dateFormat(QLocale::ShortFormat).indexOf(QLatin1Char('d'));
    if (monthFirst)
        return locale.toString(date, withYear ? QStringLiteral("MMM d, yyyy") : QStringLiteral("MMM d"));
    return locale.toString(date, withYear ? QStringLiteral("d MMM yyyy") : QStringLiteral("d MMM"));
}

QString TimelineFormat::longDate(const QDate &date, bool withYear)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    const bool monthFirst = locale.dateFormat(QLocale::ShortFormat).indexOf(QLatin1Char('M'))
        < locale.dateFormat(QLocale::ShortFormat).indexOf(QLatin1Char('d'));
    if (monthFirst)
        return locale.toString(date, withYear ? QStringLiteral("MMMM d, yyyy") : QStringLiteral("MMMM d"));
    return locale.toString(date, withYear ? QStringLiteral("d MMMM yyyy") : QStringLiteral("d MMMM"));
}

QString TimelineFormat::relativeDay(const QDate &date, const QDate &today)
{
    if (!date.isValid())
        return {};
    const qint64 days = today.daysTo(date);
    if (days == 0)
        return tr("Today");
    if (days == -1)
        return tr("Yesterday");
    if (days == 1)
        return tr("Tomorrow");
    if (days < 0 && days > -7)
        return tr("%n day(s) ago", nullptr, int(-days));
    if (days > 0 && days < 14)
        return tr("in %n day(s)", nullptr, int(days));
    return dayMonth(date, date.year() != today.year());
}

QString TimelineFormat::relativeTime(const QDateTime &utc, const QDateTime &nowUtc)
{
    if (!utc.isValid())
        return {};
    const QDate day = utc.toLocalTime().date();
    const qint64 days = nowUtc.toLocalTime().date().daysTo(day);
    // Close days keep their time of day: "Yesterday, 4:05 PM" says more than "Yesterday".
    if (days >= -1 && days <= 1)
        return tr("%1, %2", "relative day, time of day")
            .arg(relativeDay(day, nowUtc.toLocalTime().date()), display::time(utc));
    return relativeDay(day, nowUtc.toLocalTime().date());
}

QString TimelineFormat::kindName(TimelineItem::Kind kind)
{
    switch (kind) {
    case Kind::Note:
        return tr("Note");
    case Kind::Call:
        return tr("Call");
    case Kind::Email:
        return tr("Email");
    case Kind::Meeting:
        return tr("Meeting");
    case Kind::Visit:
        return tr("Visit");
    case Kind::Order:
        return tr("Order");
    case Kind::FollowUp:
        return tr("Follow-up");
    case Kind::Deal:
        return tr("Deal");
    }
    return {};
}

QColor TimelineFormat::kindColor(TimelineItem::Kind kind)
{
    switch (kind) {
    case Kind::Note:
        return QColor(0x6d, 0x6a, 0x8a);
    case Kind::Call:
        return theme::secondary();
    case Kind::Email:
        return QColor(0x2b, 0x8a, 0x9b);
    case Kind::Meeting:
        return QColor(0x8a, 0x5c, 0xb0);
    case Kind::Visit:
        return QColor(0xb0, 0x6a, 0x1c);
    case Kind::Order:
        return theme::accent();
    case Kind::FollowUp:
        return theme::warning();
    case Kind::Deal:
        return theme::success();
    }
    return theme::mutedText();
}

QPixmap TimelineFormat::kindBadge(TimelineItem::Kind kind, int size, qreal devicePixelRatio)
{
    const QColor color = kindColor(kind);
    QColor fill = color;
    fill.setAlphaF(0.14f);
    return glyphPixmap(kind, color, size, devicePixelRatio, fill);
}

QIcon TimelineFormat::kindIcon(TimelineItem::Kind kind, const QColor &color)
{
    QIcon icon;
    for (const int size : {16, 20, 24, 32})
        for (const qreal ratio : {1.0, 2.0})
            icon.addPixmap(glyphPixmap(kind, color, size, ratio, QColor()));
    return icon;
}

} // namespace clientele
