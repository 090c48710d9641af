#include "contactdetailview.h"

#include "activities/activityrepository.h"
#include "common/clock.h"
#include "common/displayformat.h"
#include "common/theme.h"
#include "contacts/contactrepository.h"
#include "followups/followuprepository.h"
#include "orders/orderrepository.h"

#include <QLocale>

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

QString row(const QString &label, const QString &valueHtml)
{
    if (valueHtml.isEmpty())
        return {};
    return QStringLiteral("<tr><td style=\"color:%1; padding:3px 14px 3px 0;\">%2</td>"
                          "<td style=\"padding:3px 0;\">%3</td></tr>")
        .arg(theme::mutedText().name(), esc(label), valueHtml);
}

QString section(const QString &title)
{
    return QStringLiteral("<p style=\"margin-top:16px; margin-bottom:4px; color:%1; font-weight:bold;\">%2</p>")
        .arg(theme::mutedText().name(), esc(title));
}

QString methodLinks(const QList<ContactMethod> &methods, const QString &scheme)
{
    QStringList lines;
    for (const ContactMethod &method : methods) {
        const QString target = method.normalized.isEmpty() ? method.value : method.normalized;
        QString line = QStringLiteral("<a href=\"%1:%2\">%3</a>").arg(scheme, esc(target), esc(method.value));
        if (!method.label.isEmpty())
            line += QStringLiteral(" <span style=\"color:%1;\">%2</span>")
                        .arg(theme::mutedText().name(), esc(method.label));
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
    const QString regionLine = QStringList {cityLine, address.region}.join(QStringLiteral(", "));
    if (!cityLine.isEmpty() || !address.region.isEmpty())
        lines << esc(cityLine.isEmpty() ? address.region : (address.region.isEmpty() ? cityLine : regionLine));
    if (!address.country.isEmpty())
        lines << esc(address.country);
    return lines.join(QStringLiteral("<br>"));
}

QString tagChips(const QStringList &tags)
{
    QStringList chips;
    for (const QString &tag : tags)
        chips << QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>")
                     .arg(theme::accentSoft().name(), theme::accent().darker(120).name(), esc(tag));
    return chips.join(QStringLiteral(" "));
}

} // namespace

ContactDetailView::ContactDetailView(QSqlDatabase db, const Clock &clock, QWidget *parent)
    : QTextBrowser(parent)
    , m_db(std::move(db))
    , m_clock(clock)
{
    setOpenExternalLinks(true);
    document()->setDocumentMargin(18);
    showPlaceholder();
}

void ContactDetailView::showPlaceholder()
{
    m_contactId = 0;
    setHtml(QStringLiteral("<p style=\"color:%1;\">%2</p>")
                .arg(theme::mutedText().name(), esc(tr("Select a contact to see their details."))));
}

void ContactDetailView::showContact(qint64 contactId)
{
    const auto contact = ContactRepository(m_db, m_clock).get(contactId);
    if (!contact) {
        m_contactId = 0;
        setHtml(QStringLiteral("<p>%1</p>").arg(esc(contact.errorMessage())));
        return;
    }
    m_contactId = contactId;
    setHtml(html(contact.value()));
}

QString ContactDetailView::html(const Contact &contact) const
{
    QString html = QStringLiteral("<h2 style=\"margin-bottom:2px;\">%1</h2>").arg(esc(contact.displayName));
    QStringList subtitle;
    if (!contact.jobTitle.isEmpty())
        subtitle << esc(contact.jobTitle);
    if (!contact.companyName.isEmpty())
        subtitle << esc(contact.companyName);
    if (contact.kind == Contact::Kind::Company)
        subtitle << esc(tr("Company"));
    if (!subtitle.isEmpty())
        html += QStringLiteral("<p style=\"color:%1; margin-top:0;\">%2</p>")
                    .arg(theme::mutedText().name(), subtitle.join(QStringLiteral(" · ")));

    QString table;
    table += row(tr("Email"), methodLinks(contact.emails, QStringLiteral("mailto")));
    table += row(tr("Phone"), methodLinks(contact.phones, QStringLiteral("tel")));
    QStringList sites;
    for (const ContactMethod &site : contact.websites) {
        const QString href
            = site.value.contains(QStringLiteral("://")) ? site.value : QStringLiteral("https://") + site.value;
        sites << QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(href), esc(site.value));
    }
    table += row(tr("Web"), sites.join(QStringLiteral("<br>")));
    table += row(tr("Address"), addressHtml(contact.address));
    if (!contact.birthday.isNull()) {
        const Birthday &birthday = contact.birthday;
        QString text;
        if (birthday.hasYear()) {
            text = esc(display::date(QDate(birthday.year, birthday.month, birthday.day)));
            const int age = birthday.ageOn(m_clock.today());
            if (age >= 0)
                text += QLatin1Char(' ') + esc(tr("(%n year(s) old)", nullptr, age));
        } else {
            text = esc(QLocale().toString(QDate(2000, birthday.month, birthday.day), QStringLiteral("MMMM d")));
        }
        const QDate next = birthday.nextOccurrence(m_clock.today());
        const qint64 days = m_clock.today().daysTo(next);
        if (next.isValid() && days == 0)
            text += QStringLiteral(" &nbsp;<b style=\"color:%1;\">%2</b>")
                        .arg(theme::accent().name(), esc(tr("Birthday today!")));
        else if (next.isValid() && days <= 30)
            text += QStringLiteral(" &nbsp;<span style=\"color:%1;\">%2</span>")
                        .arg(theme::accent().name(), esc(tr("in %n day(s)", nullptr, int(days))));
        table += row(tr("Birthday"), text);
    }
    table += row(tr("Tags"), tagChips(contact.tags));
    for (auto it = contact.custom.cbegin(); it != contact.custom.cend(); ++it)
        table += row(it.key(), multiline(it.value()));
    QString consent;
    if (!contact.consent.emailMarketing.has_value()) {
        consent = esc(tr("Not asked yet"));
    } else {
        consent = *contact.consent.emailMarketing ? esc(tr("Yes")) : esc(tr("No"));
        QStringList details;
        if (contact.consent.date.isValid())
            details << esc(tr("since %1").arg(display::date(contact.consent.date)));
        if (!contact.consent.source.isEmpty())
            details << esc(contact.consent.source);
        if (!details.isEmpty())
            consent += QStringLiteral(" <span style=\"color:%1;\">(%2)</span>")
                           .arg(theme::mutedText().name(), details.join(QStringLiteral(", ")));
    }
    table += row(tr("Email marketing"), consent);
    html += QStringLiteral("<table cellspacing=\"0\">%1</table>").arg(table);

    if (!contact.notes.isEmpty())
        html
            += section(tr("Notes")) + QStringLiteral("<p style=\"margin-top:0;\">%1</p>").arg(multiline(contact.notes));
    return html + historyHtml(contact.id);
}

QString ContactDetailView::historyHtml(qint64 contactId) const
{
    QString html;
    const QDate today = m_clock.today();

    FollowUpListQuery followUpQuery;
    followUpQuery.contactId = contactId;
    followUpQuery.limit = 5;
    const QList<FollowUp> followUps = FollowUpRepository(m_db, m_clock).list(followUpQuery);
    if (!followUps.isEmpty()) {
        html += section(tr("Open follow-ups"));
        QString rows;
        for (const FollowUp &followUp : followUps) {
            const QDate due = followUp.effectiveDueAt().toLocalTime().date();
            const QString color = due < today ? theme::warning().name() : theme::text().name();
            rows += QStringLiteral("<tr><td style=\"padding:2px 14px 2px 0; color:%1;\">%2</td><td>%3</td></tr>")
                        .arg(color, esc(display::relativeDay(due, today)), esc(followUp.title));
        }
        html += QStringLiteral("<table cellspacing=\"0\">%1</table>").arg(rows);
    }

    OrderRepository orders(m_db, m_clock);
    OrderListQuery orderQuery;
    orderQuery.contactId = contactId;
    const QList<OrderSums> sums = orders.sums(orderQuery);
    const QList<OrderSummary> recent = orders.listForContact(contactId, 5);
    if (!recent.isEmpty()) {
        QStringList totals;
        int count = 0;
        for (const OrderSums &sum : sums) {
            totals << display::money(sum.total());
            count += sum.count;
        }
        html += section(tr("Orders: %n in total", nullptr, count) + QStringLiteral(" · ")
                        + totals.join(QStringLiteral(" + ")));
        QString rows;
        for (const OrderSummary &order : recent) {
            rows += QStringLiteral("<tr><td style=\"padding:2px 14px 2px 0;\">%1</td>"
                                   "<td style=\"padding:2px 14px 2px 0; color:%2;\">%3</td>"
                                   "<td style=\"padding:2px 14px 2px 0;\" align=\"right\">%4</td>"
                                   "<td style=\"color:%2;\">%5</td></tr>")
                        .arg(esc(order.number), theme::mutedText().name(),
                             esc(display::date(order.orderedAt.toLocalTime().date())), esc(display::money(order.total)),
                             esc(displayName(order.status)));
        }
        html += QStringLiteral("<table cellspacing=\"0\">%1</table>").arg(rows);
    }

    const QList<Activity> activities = ActivityRepository(m_db, m_clock).listForContact(contactId, 5);
    if (!activities.isEmpty()) {
        html += section(tr("Recent activity"));
        QString rows;
        for (const Activity &activity : activities) {
            QString text = QStringLiteral("<b>%1</b>")
                               .arg(esc(activity.subject.isEmpty() ? displayName(activity.kind) : activity.subject));
            if (!activity.body.isEmpty())
                text += QStringLiteral("<br><span style=\"color:%1;\">%2</span>")
                            .arg(theme::mutedText().name(), multiline(activity.body.left(280)));
            rows += QStringLiteral("<tr><td style=\"padding:3px 14px 3px 0; color:%1;\" valign=\"top\">%2<br>%3</td>"
                                   "<td style=\"padding:3px 0;\">%4</td></tr>")
                        .arg(theme::mutedText().name(), esc(display::date(activity.occurredAt.toLocalTime().date())),
                             esc(displayName(activity.kind)), text);
        }
        html += QStringLiteral("<table cellspacing=\"0\">%1</table>").arg(rows);
    }
    return html;
}

} // namespace clientele
