// ContactDetailView: filling the header, the fields and the key figures of one contact.

#include "common/clock.h"
#include "common/displayformat.h"
#include "common/theme.h"
#include "contactdetailparts.h"
#include "contactdetailview.h"
#include "contacts/contact.h"
#include "contacts/contactinsights.h"
#include "customfields/customfieldrepository.h"
#include "timelineformat.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QUrl>

namespace clientele {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString multiline(const QString &text)
{
    return esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString initials(const Contact &contact)
{
    QString letters;
    if (!contact.firstName.isEmpty())
        letters += contact.firstName.at(0);
    if (!contact.lastName.isEmpty())
        letters += contact.lastName.at(0);
    if (letters.isEmpty()) {
        const QStringList words = contact.displayName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words.mid(0, 2))
            letters += word.at(0);
    }
    return letters.toUpper();
}

QPixmap avatar(const QString &letters, int size, qreal ratio, const QFont &baseFont)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(theme::accentSoft());
    p.drawEllipse(QRectF(0, 0, size, size));
    QFont font = baseFont;
    font.setBold(true);
    font.setPixelSize(size * 2 / 5);
    p.setFont(font);
    p.setPen(theme::accent().darker(135));
    p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, letters);
    return pixmap;
}

QString methodLines(const QList<ContactMethod> &methods, const QString &scheme, const QString &muted)
{
    QStringList lines;
    for (const ContactMethod &method : methods) {
        QString target;
        if (scheme == QLatin1String("mailto"))
            target = QString::fromLatin1(QUrl::toPercentEncoding(method.value.trimmed(), "@+.-_"));
        else
            target = method.normalized.isEmpty() ? QString(method.value).remove(QLatin1Char(' ')) : method.normalized;
        QString line = QStringLiteral("<a href=\"%1:%2\">%3</a>").arg(scheme, esc(target), esc(method.value));
        if (!method.label.isEmpty())
            line += QStringLiteral(" &nbsp;<span style=\"color:%1;\">%2</span>").arg(muted, esc(method.label));
        lines << line;
    }
    return lines.join(QStringLiteral("<br>"));
}

QString addressHtml(const Address &address)
{
    QStringList lines;
    if (!address.street.isEmpty())
        lines << multiline(address.street);
    const QString cityLine = QStringList {address.postalCode, address.city}.join(QLatin1Char(' ')).trimmed();
    if (!cityLine.isEmpty() && !address.region.isEmpty())
        lines << esc(cityLine + QStringLiteral(", ") + address.region);
    else if (!cityLine.isEmpty() || !address.region.isEmpty())
        lines << esc(cityLine.isEmpty() ? address.region : cityLine);
    if (!address.country.isEmpty())
        lines << esc(address.country);
    return lines.join(QStringLiteral("<br>"));
}

/// "3 days ago", "5 months ago": how long since a past date, for the last-order tile.
QString ago(const QDate &date, const QDate &today)
{
    const qint64 days = date.daysTo(today);
    if (days <= 0)
        return TimelineFormat::tr("Today");
    if (days == 1)
        return TimelineFormat::tr("Yesterday");
    if (days < 60)
        return TimelineFormat::tr("%n day(s) ago", nullptr, int(days));
    if (days < 730)
        return TimelineFormat::tr("%n month(s) ago", nullptr, int(days / 30));
    return TimelineFormat::tr("%n year(s) ago", nullptr, int(days / 365));
}

} // namespace

void ContactDetailView::fillHeader(const Contact &contact)
{
    m_avatar->setPixmap(avatar(initials(contact), m_avatar->width(), devicePixelRatioF(), font()));
    m_name->setText(contact.displayName);
    QStringList subtitle;
    if (!contact.jobTitle.isEmpty())
        subtitle << contact.jobTitle;
    if (!contact.companyName.isEmpty())
        subtitle << contact.companyName;
    if (contact.kind == Contact::Kind::Company)
        subtitle << tr("Company");
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));
    m_subtitle->setVisible(!subtitle.isEmpty());

    while (QLayoutItem *item = m_tagLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &tag : contact.tags)
        m_tagLayout->addWidget(new TagChip(tag, m_tags));
    m_tags->setVisible(!contact.tags.isEmpty());
}

void ContactDetailView::addField(const QString &label, const QString &html, const QString &objectName)
{
    if (html.isEmpty())
        return;
    auto *caption = new QLabel(label, m_fields);
    caption->setTextFormat(Qt::PlainText);
    QPalette pal = caption->palette();
    pal.setColor(QPalette::WindowText, detailparts::mutedText(palette()));
    caption->setPalette(pal);
    if (m_form->rowWrapPolicy() == QFormLayout::WrapAllRows && m_form->rowCount() > 0)
        caption->setContentsMargins(0, 8, 0, 0);
    auto *value = new QLabel(html, m_fields);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::RichText);
    value->setWordWrap(true);
    value->setOpenExternalLinks(true);
    value->setTextInteractionFlags(Qt::TextBrowserInteraction);
    value->setAccessibleName(label);
    m_form->addRow(caption, value);
}

void ContactDetailView::fillFields(const Contact &contact)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const QString muted = detailparts::mutedText(palette()).name();

    addField(contact.emails.size() > 1 ? tr("Emails") : tr("Email"),
             methodLines(contact.emails, QStringLiteral("mailto"), muted), QStringLiteral("emails"));
    addField(contact.phones.size() > 1 ? tr("Phones") : tr("Phone"),
             methodLines(contact.phones, QStringLiteral("tel"), muted), QStringLiteral("phones"));
    QStringList sites;
    for (const ContactMethod &site : contact.websites) {
        const QString href
            = site.value.contains(QStringLiteral("://")) ? site.value : QStringLiteral("https://") + site.value;
        sites << QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(href), esc(site.value));
    }
    addField(tr("Website"), sites.join(QStringLiteral("<br>")), QStringLiteral("websites"));
    addField(tr("Address"), addressHtml(contact.address), QStringLiteral("address"));
    addField(tr("Birthday"), birthdayText(contact), QStringLiteral("birthday"));

    // Defined fields in their set order, then any value whose definition is gone.
    QStringList shown;
    for (const CustomField &field : CustomFieldRepository(m_db, m_clock).list()) {
        const auto value = contact.custom.constFind(field.name);
        if (value == contact.custom.cend() || value->isEmpty())
            continue;
        addField(field.name, customValueText(field.name, *value), QStringLiteral("custom"));
        shown << field.name;
    }
    for (auto it = contact.custom.cbegin(); it != contact.custom.cend(); ++it) {
        if (!shown.contains(it.key()) && !it.value().isEmpty())
            addField(it.key(), multiline(it.value()), QStringLiteral("custom"));
    }
    addField(tr("Email marketing"), consentText(contact), QStringLiteral("consent"));
    addField(tr("Notes"), multiline(contact.notes), QStringLiteral("notes"));
    m_fields->setVisible(m_form->rowCount() > 0);
}

QString ContactDetailView::customValueText(const QString &name, const QString &value) const
{
    const auto field = CustomFieldRepository(m_db, m_clock).findByName(name);
    if (!field)
        return multiline(value);
    switch (field->type) {
    case CustomField::Type::Bool: {
        const QString key = value.toLower();
        const bool yes = key == QLatin1String("yes") || key == QLatin1String("true") || key == QLatin1String("1");
        return esc(yes ? tr("Yes") : tr("No"));
    }
    case CustomField::Type::Date: {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        return esc(date.isValid() ? TimelineFormat::longDate(date) : value);
    }
    case CustomField::Type::Number: {
        bool ok = false;
        const double number = QString(value).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        return esc(ok ? QLocale().toString(number, 'g', 15) : value);
    }
    case CustomField::Type::Text:
    case CustomField::Type::Choice:
        break;
    }
    return multiline(value);
}

QString ContactDetailView::birthdayText(const Contact &contact) const
{
    const Birthday &birthday = contact.birthday;
    if (birthday.isNull() || !birthday.isValid())
        return {};
    const QDate today = m_clock.today();
    QString text;
    if (birthday.hasYear()) {
        text = esc(TimelineFormat::longDate(QDate(birthday.year, birthday.month, birthday.day)));
        const int age = birthday.ageOn(today);
        if (age >= 0)
            text += QStringLiteral(" (%1)").arg(esc(QLocale().toString(age)));
    } else {
        // A leap year, so that 29 February can be shown.
        text = esc(TimelineFormat::longDate(QDate(2000, birthday.month, birthday.day), false));
    }
    const QDate next = birthday.nextOccurrence(today);
    const qint64 days = next.isValid() ? today.daysTo(next) : -1;
    QString soon;
    if (days == 0)
        soon = tr("birthday today");
    else if (days == 1)
        soon = tr("tomorrow");
    else if (days > 1 && days <= 30)
        soon = tr("in %n day(s)", nullptr, int(days));
    if (!soon.isEmpty())
        text += QStringLiteral(" &nbsp;<span style=\"color:%1; font-weight:bold;\">%2</span>")
                    .arg(theme::accent().name(), esc(soon));
    return text;
}

QString ContactDetailView::consentText(const Contact &contact) const
{
    const Consent &consent = contact.consent;
    if (!consent.emailMarketing.has_value())
        return esc(tr("Never asked"));
    QStringList parts {*consent.emailMarketing ? tr("Yes") : tr("No")};
    if (consent.date.isValid())
        parts << tr("since %1").arg(TimelineFormat::dayMonth(consent.date, true));
    if (!consent.source.isEmpty())
        parts << consent.source;
    const QString muted = detailparts::mutedText(palette()).name();
    QString text = esc(parts.takeFirst());
    if (!parts.isEmpty())
        text += QStringLiteral(" <span style=\"color:%1;\">· %2</span>")
                    .arg(muted, esc(parts.join(QStringLiteral(" · "))));
    return text;
}

void ContactDetailView::fillFigures(const ContactFigures &figures)
{
    const QLocale locale;
    const QDate today = m_clock.today();
    const QString none = QStringLiteral("–");
    auto tile = [this](Figure figure) {
        return figureTile(figure);
    };

    tile(Figure::Orders)
        ->setValue(locale.toString(figures.orderCount),
                   figures.firstOrderDate.isValid()
                       ? tr("since %1").arg(TimelineFormat::dayMonth(figures.firstOrderDate, true))
                       : tr("none yet"));
    tile(Figure::LifetimeValue)
        ->setValue(display::money(figures.lifetimeValue),
                   figures.otherCurrencyOrderCount > 0
                       ? tr("+ %n order(s) in other currencies", nullptr, figures.otherCurrencyOrderCount)
                       : QString());
    tile(Figure::AverageOrder)->setValue(figures.averageOrderValue ? display::money(*figures.averageOrderValue) : none);
    if (figures.lastOrderDate.isValid())
        tile(Figure::LastOrder)
            ->setValue(TimelineFormat::dayMonth(figures.lastOrderDate, figures.lastOrderDate.year() != today.year()),
                       ago(figures.lastOrderDate, today));
    else
        tile(Figure::LastOrder)->setValue(none);
    if (figures.usualIntervalDays)
        tile(Figure::UsualInterval)
            ->setValue(tr("%n day(s)", nullptr, *figures.usualIntervalDays), tr("between orders"));
    else
        tile(Figure::UsualInterval)->setValue(none, tr("needs two orders"));
    m_figuresNote->hide();

    if (figures.nextFollowUp) {
        const FollowUp &next = *figures.nextFollowUp;
        const QDateTime due = next.effectiveDueAt();
        const bool overdue = due < m_clock.nowUtc();
        m_nextFollowUp->setText(
            tr("Next follow-up: %1 · %2")
                .arg(QStringLiteral("<b>%1</b>").arg(esc(next.title)),
                     QStringLiteral("<span style=\"color:%1;\">%2</span>")
                         .arg((overdue ? theme::warning() : detailparts::mutedText(palette())).name(),
                              esc(TimelineFormat::relativeTime(due, m_clock.nowUtc())))));
        m_nextFollowUp->show();
    } else {
        m_nextFollowUp->hide();
    }
}

void ContactDetailView::clearFigures(const QString &error)
{
    for (FigureTile *tile : m_tiles)
        tile->setValue(QStringLiteral("–"));
    m_figuresNote->setText(error);
    m_figuresNote->show();
    m_nextFollowUp->hide();
}

} // namespace clientele
