// The sample bakery's sales pipeline, contact timeline and follow-ups: wedding cakes, catering
// contracts and wholesale accounts in every stage, with some won and some lost.
#include "samplecontext.h"

#include "common/clock.h"
#include "common/timeformat.h"

#include <QSqlQuery>

#include <iterator>

namespace clientele::sample {

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

struct DealSpec
{
    const char *key;
    const char *contactKey;
    const char *title;
    int valueDollars;
    int stage; ///< index into the stages by position
    const char *status;
    const char *lostReason;
    int days; ///< open: expected to close in this many days; closed: closed this many days ago
    const char *notes;
};

const DealSpec Deals[] = {
    {"emma-wedding", "emma", "Wedding cake for Emma Walker (80 guests)", 650, 0, "open", "", 120,
     "Wants a naked cake with summer berries."},
    {"northwind-breakfast", "northwind", "Northwind Software: monthly team breakfast", 4800, 0, "open", "", 45,
     "About 40 people on the first Monday of each month."},
    {"sellwood-retreat", "sellwoodyoga", "Sellwood Yoga: retreat snacks", 900, 0, "open", "", 60, ""},
    {"cedarhill-fair", "cedarhill", "Cedar Hill PTA: spring fair cupcakes", 750, 0, "open", "", 40, ""},
    {"yusuf-party", "yusuf", "Birthday dessert table for Yusuf Şahin", 420, 0, "open", "", 30, ""},
    {"ana-wedding", "ana", "Wedding cake for Ana Núñez (120 guests)", 1450, 1, "open", "", 95,
     "Three tiers, tres leches; tasting done, quote sent."},
    {"alder-conference", "alder", "The Alder Hotel: conference breakfast pastries", 12000, 1, "open", "", 50,
     "Annual contract, two or three conferences a month."},
    {"hawthorne-week", "hawthornedental", "Hawthorne Dental: patient appreciation week", 1100, 1, "open", "", 35, ""},
    {"mateo-quince", "mateo", "Quinceañera cake for Mateo Peña's daughter", 780, 1, "open", "", 70, ""},
    {"pixelpine-offsite", "pixelpine", "Pixel & Pine: quarterly offsite catering", 3200, 1, "open", "", 55, ""},
    {"greenacre-gf", "greenacre", "Green Acre Market: gluten-free bread line", 15000, 2, "open", "", 30,
     "Price list for three gluten-free loaves sent; samples delivered."},
    {"riverside-partner", "riverside", "Riverside Weddings: preferred cake partner", 18000, 2, "open", "", 60, ""},
    {"hana-wedding", "hana", "Wedding cake for Hana Kobayashi (60 guests)", 980, 2, "open", "", 110, ""},
    {"willamette-gifts", "willamettelaw", "Willamette Law: client holiday gift boxes", 2600, 2, "open", "", 80, ""},
    {"tabor-birthdays", "tabor", "Mount Tabor: a year of monthly birthday cakes", 2400, 2, "open", "", 20, ""},
    {"oakember-buns", "oakember", "Oak & Ember: brioche buns, three deliveries a week", 21000, 3, "open", "", 14,
     "They want 5 % off for a one-year commitment."},
    {"lumiere-second", "lumiere", "Café Lumière: pastries for the second location", 16500, 3, "open", "", 21, ""},
    {"jose-anniversary", "jose", "50th anniversary cake for José Álvarez's parents", 560, 3, "open", "", 10, ""},
    {"bluedoor-supply", "bluedoor", "Blue Door Café: weekly croissant and sourdough supply", 26000, 3, "won", "", 400,
     ""},
    {"rosebud-supply", "rosebud", "Rosebud Espresso Bar: pastry case supply", 14000, 3, "won", "", 300, ""},
    {"zoe-recital", "zoe", "Ballet recital cake for Zoë Müller", 280, 2, "won", "", 120, ""},
    {"alder-nye", "alder", "The Alder Hotel: New Year's Eve dessert buffet", 3800, 3, "won", "", 95, ""},
    {"renee-bookclub", "renee", "Renée Dupont: six book club cakes a year", 1200, 2, "won", "", 200, ""},
    {"pixelpine-launch", "pixelpine", "Pixel & Pine: launch party catering", 1900, 2, "won", "", 150, ""},
    {"cedarhill-graduation", "cedarhill", "Cedar Hill PTA: graduation cakes", 850, 2, "won", "", 280, ""},
    {"hawthorne-breakfast", "hawthornedental", "Hawthorne Dental: weekly staff breakfast", 5200, 2, "lost",
     "Went with a cheaper caterer", 180, ""},
    {"soren-kransekage", "soren", "Kransekage for Søren Kjærgaard's sister's wedding", 690, 1, "lost",
     "The wedding moved to Copenhagen", 210, ""},
    {"northwind-holiday", "northwind", "Northwind Software: holiday party desserts", 2400, 2, "lost", "Event cancelled",
     110, ""},
    {"ayse-engagement", "ayse", "Engagement party cake for Ayşe Yılmaz", 480, 1, "lost", "Fully booked that weekend",
     70, ""},
    {"greenacre-sandwich", "greenacre", "Green Acre Market: sandwich bread supply", 9000, 3, "lost",
     "They need a lower unit price than we can offer", 240, ""},
};

struct ActivitySpec
{
    const char *contactKey;
    const char *dealKey;
    const char *kind;
    int daysAgo;
    const char *subject;
    const char *body;
};

const ActivitySpec Activities[] = {
    {"ana", "ana-wedding", "visit", 12, "Cake tasting",
     "Tried tres leches, lemon-elderflower and chocolate; leaning towards tres leches."},
    {"ana", "ana-wedding", "email", 5, "Sent the wedding cake quote", "Three tiers for 120 guests, delivery included."},
    {"alder", "alder-conference", "meeting", 20, "Conference breakfasts with Siobhán",
     "Two or three conferences a month, 60 to 150 guests each."},
    {"greenacre", "greenacre-gf", "visit", 9, "Dropped off gluten-free samples",
     "Multigrain, seeded and brioche-style."},
    {"greenacre", "greenacre-gf", "call", 4, "Priya liked the seeded loaf", "Wants pricing for 40 loaves a week."},
    {"oakember", "oakember-buns", "meeting", 16, "Brioche bun tasting with Rafael", "Prefers the sesame-topped ones."},
    {"oakember", "oakember-buns", "call", 3, "Agreed on three deliveries a week", "Still discussing the price."},
    {"riverside", "riverside-partner", "meeting", 25, "Charlotte visited with two couples", ""},
    {"lumiere", "lumiere-second", "call", 8, "Second café opening in May", "Amélie wants the same range plus tarts."},
    {"hana", "hana-wedding", "email", 6, "Sent photos of two-tier designs", ""},
    {"jose", "jose-anniversary", "call", 2, "Anniversary cake for 30 people", "Gold lettering, no fondant."},
    {"emma", "emma-wedding", "email", 3, "Wedding enquiry from the website", ""},
    {"bluedoor", "", "note", 30, "Standing order changed", "Twelve more croissants on Fridays."},
    {"rosebud", "", "call", 6, "Reminded Jonas about the open invoice", "He will pass it on to the owner."},
    {"zoe", "", "note", 118, "The ballet cake was a hit", "She will be back for the next recital."},
    {"soren", "", "note", 230, "Asked whether we bake kransekage", ""},
    {"liam", "", "call", 40, "Asked how the gluten-free loaf is made",
     "Explained the separate tins and the sealed bags."},
    {"jurgen", "", "visit", 75, "Brought his old pretzel recipe", "Worth a try for Oktoberfest."},
};

const char *const NoteTemplates[]
    = {"Loved the %1", "Asked whether the %1 contains nuts",
       "The %1 was sold out when she came; keep one aside next time", "Suggested a seasonal %1 with rhubarb"};
const char *const CallTemplates[] = {"Called to order %1 for the weekend", "Called to move a pickup to Saturday",
                                     "Asked about the holiday opening hours"};
const char *const VisitTemplates[]
    = {"Came in with friends from out of town", "Tasted the new %1", "Picked up a birthday order"};

struct FollowUpSpec
{
    const char *contactKey;
    const char *dealKey;
    const char *title;
    int dueInDays; ///< negative: in the past
    int hour;
    int doneAfterDays; ///< -1: still open
    const char *recurrence;
};

const FollowUpSpec FollowUps[] = {
    {"greenacre", "greenacre-gf", "Send gluten-free pricing to Green Acre Market", -2, 10, -1, ""},
    {"emma", "emma-wedding", "Reply to Emma Walker's wedding enquiry", -1, 9, -1, ""},
    {"soren", "", "Ask Søren for feedback on the new rye", -6, 11, -1, ""},
    {"cedarhill", "cedarhill-fair", "Confirm the spring fair cupcake count", -4, 15, -1, ""},
    {"lumiere", "lumiere-second", "Call Amélie about the second location", 0, 14, -1, ""},
    {"jose", "jose-anniversary", "Check the anniversary cake size with José", 0, 11, -1, ""},
    {"oakember", "oakember-buns", "Send the final brioche bun offer to Oak & Ember", 2, 10, -1, ""},
    {"ana", "ana-wedding", "Book the final cake tasting with Ana", 6, 16, -1, ""},
    {"alder", "alder-conference", "Follow up on the conference breakfast proposal", 9, 10, -1, ""},
    {"renee", "renee-bookclub", "Ask Renée about the next book club cake", 14, 12, -1, ""},
    {"hana", "hana-wedding", "Send Hana the revised two-tier design", 4, 17, -1, ""},
    {"zoe", "zoe-recital", "Deliver the ballet recital cake", -120, 15, 0, ""},
    {"bluedoor", "", "Confirm Blue Door Café's standing order", -7, 10, 0, ""},
    {"riverside", "riverside-partner", "Send the wedding cake brochure to Charlotte", -24, 10, 1, ""},
    {"liam", "", "Call Liam back about gluten-free handling", -40, 13, 0, ""},
    {"greenacre", "greenacre-gf", "Drop off gluten-free samples", -10, 9, 1, ""},
    {"oakember", "oakember-buns", "Brioche bun tasting with Rafael", -16, 15, 0, ""},
    {"pixelpine", "pixelpine-launch", "Invoice Pixel & Pine for the launch party", -150, 10, 2, ""},
};

class PipelineBuilder final
{
public:
    explicit PipelineBuilder(Context &context)
        : m_context(context)
        , m_random(context.random)
    { }

    Status addDeals();
    Status addActivities();
    Status addFollowUps();

private:
    qint64 contactId(const char *key) const
    {
        const int index = m_context.customerIndex(QString::fromUtf8(key));
        return index < 0 ? 0 : m_context.customers.at(index).id;
    }
    qint64 dealId(const char *key) const { return m_context.dealByKey.value(QString::fromUtf8(key)); }
    QDateTime nowOrBefore(const QDateTime &time) const { return std::min(time, m_context.clock.nowUtc()); }

    Status insertActivity(QSqlQuery &query, qint64 contact, qint64 deal, const QString &kind, const QDateTime &at,
                          const QString &subject, const QString &body);
    Status insertFollowUp(QSqlQuery &query, qint64 contact, qint64 order, qint64 deal, const QString &title,
                          const QDateTime &due, const QDateTime &done, const QString &recurrence);

    Context &m_context;
    SampleRandom &m_random;
};

Status PipelineBuilder::addDeals()
{
    QSqlQuery stages(m_context.db);
    if (!stages.exec(QStringLiteral("SELECT id, default_probability FROM pipeline_stages ORDER BY position, id")))
        return sampleSqlError(stages);
    QList<std::pair<qint64, int>> stageList;
    while (stages.next())
        stageList.append({stages.value(0).toLongLong(), stages.value(1).toInt()});
    if (stageList.isEmpty())
        return {};

    QSqlQuery query(m_context.db);
    query.prepare(QStringLiteral(
        "INSERT INTO deals (contact_id, stage_id, title, value_minor, currency, probability, expected_close, "
        "status, lost_reason, closed_at, notes, position, created_at, updated_at) VALUES (:contact, :stage, :title, "
        ":value, :currency, :probability, :expected, :status, :reason, :closed, :notes, :position, :created, "
        ":updated)"));
    QHash<qint64, int> positions;
    for (const DealSpec &spec : Deals) {
        const auto &[stageId, defaultProbability] = stageList.at(std::min<qsizetype>(spec.stage, stageList.size() - 1));
        const QString status = QString::fromUtf8(spec.status);
        const bool open = status == QLatin1String("open");
        const QDate closeDay = open ? m_context.today.addDays(spec.days) : m_context.today.addDays(-spec.days);
        const QDateTime closed = open ? QDateTime() : shopTime(closeDay, m_random.between(9 * 60, 17 * 60));
        const QDateTime created = open ? shopTime(m_context.today.addDays(-m_random.between(5, 60)), 10 * 60)
                                       : closed.addDays(-m_random.between(14, 90));
        query.bindValue(QStringLiteral(":contact"), idOrNull(contactId(spec.contactKey)));
        query.bindValue(QStringLiteral(":stage"), stageId);
        query.bindValue(QStringLiteral(":title"), QString::fromUtf8(spec.title));
        query.bindValue(QStringLiteral(":value"), qint64(spec.valueDollars) * 100);
        query.bindValue(QStringLiteral(":currency"), m_context.currency);
        query.bindValue(QStringLiteral(":probability"),
                        open ? defaultProbability : (status == QLatin1String("won") ? 100 : 0));
        query.bindValue(QStringLiteral(":expected"), toStoredDate(closeDay));
        query.bindValue(QStringLiteral(":status"), status);
        query.bindValue(QStringLiteral(":reason"), nonNull(QString::fromUtf8(spec.lostReason)));
        query.bindValue(QStringLiteral(":closed"), closed.isValid() ? QVariant(toStoredTime(closed)) : QVariant());
        query.bindValue(QStringLiteral(":notes"), nonNull(QString::fromUtf8(spec.notes)));
        query.bindValue(QStringLiteral(":position"), open ? positions[stageId]++ : 0);
        query.bindValue(QStringLiteral(":created"), toStoredTime(created));
        query.bindValue(QStringLiteral(":updated"), toStoredTime(open ? created : closed));
        if (!query.exec())
            return sampleSqlError(query);
        m_context.dealByKey.insert(QString::fromUtf8(spec.key), query.lastInsertId().toLongLong());
        ++m_context.dealCount;
    }
    return {};
}

Status PipelineBuilder::insertActivity(QSqlQuery &query, qint64 contact, qint64 deal, const QString &kind,
                                       const QDateTime &at, const QString &subject, const QString &body)
{
    query.bindValue(QStringLiteral(":contact"), idOrNull(contact));
    query.bindValue(QStringLiteral(":deal"), idOrNull(deal));
    query.bindValue(QStringLiteral(":kind"), kind);
    query.bindValue(QStringLiteral(":at"), toStoredTime(at));
    query.bindValue(QStringLiteral(":subject"), nonNull(subject));
    query.bindValue(QStringLiteral(":body"), nonNull(body));
    query.bindValue(QStringLiteral(":created"), toStoredTime(at));
    query.bindValue(QStringLiteral(":updated"), toStoredTime(at));
    if (!query.exec())
        return sampleSqlError(query);
    ++m_context.activityCount;
    return {};
}

Status PipelineBuilder::addActivities()
{
    QSqlQuery query(m_context.db);
    query.prepare(QStringLiteral("INSERT INTO activities (contact_id, deal_id, kind, occurred_at, subject, body, "
                                 "created_at, updated_at) VALUES (:contact, :deal, :kind, :at, :subject, :body, "
                                 ":created, :updated)"));
    for (const ActivitySpec &spec : Activities) {
        const QDateTime at
            = nowOrBefore(shopTime(m_context.today.addDays(-spec.daysAgo), m_random.between(8 * 60, 16 * 60)));
        if (auto s
            = insertActivity(query, contactId(spec.contactKey), dealId(spec.dealKey), QString::fromUtf8(spec.kind), at,
                             QString::fromUtf8(spec.subject), QString::fromUtf8(spec.body));
            !s)
            return s;
    }

    // A few notes, calls and visits in the timelines of customers who shop there.
    for (qsizetype i = 0; i < m_context.customers.size(); ++i) {
        const Customer &customer = m_context.customers.at(i);
        if (customer.company || !customer.firstOrder.isValid() || !customer.key.isEmpty())
            continue;
        const bool regular = customer.habit == Habit::Regular;
        if (!m_random.chance(regular ? 0.8 : 0.25))
            continue;
        const int count = m_random.between(1, regular ? 4 : 2);
        for (int n = 0; n < count; ++n) {
            const int span = static_cast<int>(customer.firstOrder.date().daysTo(m_context.today));
            const QDate day = customer.firstOrder.date().addDays(m_random.between(0, std::max(span - 1, 0)));
            const QString product = m_random.pick(m_context.products).name.toLower();
            QString kind;
            const char *subject = nullptr;
            switch (m_random.between(0, 2)) {
            case 0:
                kind = QStringLiteral("note");
                subject = NoteTemplates[m_random.between(0, static_cast<int>(std::size(NoteTemplates)) - 1)];
                break;
            case 1:
                kind = QStringLiteral("call");
                subject = CallTemplates[m_random.between(0, static_cast<int>(std::size(CallTemplates)) - 1)];
                break;
            default:
                kind = QStringLiteral("visit");
                subject = VisitTemplates[m_random.between(0, static_cast<int>(std::size(VisitTemplates)) - 1)];
                break;
            }
            QString text = QString::fromUtf8(subject);
            if (text.contains(QLatin1String("%1")))
                text = text.arg(product);
            const QDateTime at = nowOrBefore(shopTime(day, m_random.between(7 * 60, 15 * 60)));
            if (auto s = insertActivity(query, customer.id, 0, kind, at, text, QString()); !s)
                return s;
        }
    }
    return {};
}

Status PipelineBuilder::insertFollowUp(QSqlQuery &query, qint64 contact, qint64 order, qint64 deal,
                                       const QString &title, const QDateTime &due, const QDateTime &done,
                                       const QString &recurrence)
{
    const QDateTime created = nowOrBefore(due.addDays(-m_random.between(2, 10)));
    query.bindValue(QStringLiteral(":contact"), idOrNull(contact));
    query.bindValue(QStringLiteral(":order"), idOrNull(order));
    query.bindValue(QStringLiteral(":deal"), idOrNull(deal));
    query.bindValue(QStringLiteral(":title"), title);
    query.bindValue(QStringLiteral(":due"), toStoredTime(due));
    query.bindValue(QStringLiteral(":done"), done.isValid() ? QVariant(toStoredTime(done)) : QVariant());
    query.bindValue(QStringLiteral(":recurrence"), nonNull(recurrence));
    query.bindValue(QStringLiteral(":created"), toStoredTime(created));
    query.bindValue(QStringLiteral(":updated"), toStoredTime(done.isValid() ? done : created));
    if (!query.exec())
        return sampleSqlError(query);
    ++m_context.followUpCount;
    return {};
}

Status PipelineBuilder::addFollowUps()
{
    QSqlQuery query(m_context.db);
    query.prepare(QStringLiteral("INSERT INTO followups (contact_id, order_id, deal_id, title, due_at, done_at, "
                                 "recurrence, created_at, updated_at) VALUES (:contact, :order, :deal, :title, :due, "
                                 ":done, :recurrence, :created, :updated)"));
    const QDate today = m_context.today;
    for (const FollowUpSpec &spec : FollowUps) {
        const QDate dueDay = today.addDays(spec.dueInDays);
        const QDateTime due = localTime(m_context.clock, dueDay, spec.hour);
        const QDateTime done = spec.doneAfterDays < 0
            ? QDateTime()
            : nowOrBefore(localTime(m_context.clock, dueDay.addDays(spec.doneAfterDays), spec.hour, 30));
        if (auto s = insertFollowUp(query, contactId(spec.contactKey), 0, dealId(spec.dealKey),
                                    QString::fromUtf8(spec.title), due, done, QString::fromUtf8(spec.recurrence));
            !s)
            return s;
    }

    // The weekly call to the café with the standing order, next due on the coming Thursday.
    const QDate thursday = today.addDays((4 - today.dayOfWeek() + 7) % 7 + (today.dayOfWeek() == 4 ? 7 : 0));
    if (auto s = insertFollowUp(query, contactId("bluedoor"), 0, 0,
                                QStringLiteral("Confirm Blue Door Café's standing order for next week"),
                                localTime(m_context.clock, thursday, 10), QDateTime(), QStringLiteral("FREQ=WEEKLY"));
        !s)
        return s;

    if (m_context.overdueInvoiceId > 0) {
        const Customer &customer = m_context.customers.at(m_context.overdueInvoiceCustomer);
        if (auto s = insertFollowUp(query, customer.id, m_context.overdueInvoiceId, 0,
                                    QStringLiteral("Call %1 about the overdue invoice").arg(customer.name),
                                    localTime(m_context.clock, today.addDays(-3), 10), QDateTime(), QString());
            !s)
            return s;
    }

    // Each open custom cake gets a reminder: confirm the design today, and call before pickup.
    for (qsizetype i = 0; i < m_context.openCakeOrders.size() && i < 4; ++i) {
        const OpenOrder &order = m_context.openCakeOrders.at(i);
        const Customer &customer = m_context.customers.at(order.customer);
        const bool first = i == 0;
        const QString title = first ? QStringLiteral("Confirm the cake design with %1").arg(customer.name)
                                    : QStringLiteral("Remind %1 about the cake pickup").arg(customer.name);
        const QDate day = first ? today : std::max(today.addDays(1), order.pickup.addDays(-1));
        if (auto s = insertFollowUp(query, customer.id, order.id, 0, title,
                                    localTime(m_context.clock, day, first ? 9 : 16), QDateTime(), QString());
            !s)
            return s;
    }
    return {};
}

} // namespace

Status addDeals(Context &context)
{
    return PipelineBuilder(context).addDeals();
}

Status addActivities(Context &context)
{
    return PipelineBuilder(context).addActivities();
}

Status addFollowUps(Context &context)
{
    return PipelineBuilder(context).addFollowUps();
}

} // namespace clientele::sample
