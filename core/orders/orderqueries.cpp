// The read side of OrderRepository: lists, counts and sums, filtered and sorted in SQL.
#include "orderrepository.h"

#include "common/clock.h"
#include "common/repositorysupport.h"
#include "common/timeformat.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariantMap>

#include <limits>

namespace clientele {

namespace {

/// A WHERE clause assembled from fixed fragments, with its bound values. Only the placeholder
/// names are generated; every value a user typed is bound.
struct Filter
{
    QString where;
    QVariantMap values;
};

Filter buildFilter(const Clock &clock, const OrderListQuery &query)
{
    QStringList clauses;
    QVariantMap values;
    clauses << (query.inTrash ? QStringLiteral("o.deleted_at IS NOT NULL") : QStringLiteral("o.deleted_at IS NULL"));
    if (query.contactId > 0) {
        clauses << QStringLiteral("o.contact_id = :contact_id");
        values.insert(QStringLiteral(":contact_id"), query.contactId);
    }
    if (query.kind) {
        clauses << QStringLiteral("o.kind = :kind");
        values.insert(QStringLiteral(":kind"), toString(*query.kind));
    }
    if (!query.statuses.isEmpty()) {
        QStringList names;
        for (qsizetype i = 0; i < query.statuses.size(); ++i) {
            const QString name = QStringLiteral(":status%1").arg(i);
            names << name;
            values.insert(name, toString(query.statuses.at(i)));
        }
        clauses << QStringLiteral("o.status IN (%1)").arg(names.join(QStringLiteral(", ")));
    }
    if (!query.paymentStatuses.isEmpty()) {
        QStringList names;
        for (qsizetype i = 0; i < query.paymentStatuses.size(); ++i) {
            const QString name = QStringLiteral(":payment%1").arg(i);
            names << name;
            values.insert(name, toString(query.paymentStatuses.at(i)));
        }
        clauses << QStringLiteral("o.payment_status IN (%1)").arg(names.join(QStringLiteral(", ")));
    }
    // ordered_at is a UTC instant; the range is of the business's local days, so its ends are
    // converted in the clock's zone.
    if (query.from.isValid()) {
        clauses << QStringLiteral("o.ordered_at >= :from");
        values.insert(QStringLiteral(":from"), toStoredTime(clock.startOfDay(query.from)));
    }
    if (query.to.isValid()) {
        clauses << QStringLiteral("o.ordered_at < :to");
        values.insert(QStringLiteral(":to"), toStoredTime(clock.startOfDay(query.to.addDays(1))));
    }
    if (query.dueFrom.isValid()) {
        clauses << QStringLiteral("o.due_date >= :due_from");
        values.insert(QStringLiteral(":due_from"), toStoredDate(query.dueFrom));
    }
    if (query.dueTo.isValid()) {
        clauses << QStringLiteral("o.due_date <= :due_to");
        values.insert(QStringLiteral(":due_to"), toStoredDate(query.dueTo));
    }
    return Filter {QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND ")), values};
}

QString orderBy(const OrderListQuery &query)
{
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString column;
    switch (query.sort) {
    case OrderListQuery::Sort::OrderedAt:
        column = QStringLiteral("o.ordered_at");
        break;
    case OrderListQuery::Sort::DueDate:
        // Orders without a due date go last in both directions (SQLite and PostgreSQL disagree
        // about where NULLs sort).
        return QStringLiteral(" ORDER BY (o.due_date IS NULL), o.due_date") + direction + QStringLiteral(", o.id")
            + direction;
    case OrderListQuery::Sort::Total:
        column = QStringLiteral("o.total_minor");
        break;
    case OrderListQuery::Sort::Number:
        column = QStringLiteral("o.number");
        break;
    }
    return QStringLiteral(" ORDER BY ") + column + direction + QStringLiteral(", o.id") + direction;
}

void bindAll(QSqlQuery &sql, const QVariantMap &values)
{
    for (auto it = values.begin(); it != values.end(); ++it)
        sql.bindValue(it.key(), it.value());
}

OrderSummary readSummary(const QSqlQuery &sql)
{
    OrderSummary summary;
    summary.id = sql.value(0).toLongLong();
    summary.number = sql.value(1).toString();
    summary.kind = orderKindFromString(sql.value(2).toString()).value_or(OrderKind::Order);
    summary.contactId = sql.value(3).toLongLong();
    summary.contactName = sql.value(4).toString();
    summary.status = orderStatusFromString(sql.value(5).toString()).value_or(OrderStatus::Confirmed);
    summary.orderedAt = fromStoredTime(sql.value(6).toString());
    summary.dueDate = fromStoredDate(sql.value(7).toString());
    const QString currency = sql.value(8).toString();
    summary.total = Money {sql.value(9).toLongLong(), currency};
    summary.paymentStatus = paymentStatusFromString(sql.value(10).toString()).value_or(PaymentStatus::Unpaid);
    summary.paid = Money {sql.value(11).toLongLong(), currency};
    summary.deletedAt = fromStoredTime(sql.value(12).toString());
    return summary;
}

} // namespace

QList<OrderSummary> OrderRepository::list(const OrderListQuery &query) const
{
    const Filter filter = buildFilter(m_clock, query);
    QString text
        = QStringLiteral("SELECT o.id, o.number, o.kind, o.contact_id, c.display_name, o.status, o.ordered_at, "
                         "o.due_date, o.currency, o.total_minor, o.payment_status, o.paid_minor, o.deleted_at "
                         "FROM orders o LEFT JOIN contacts c ON c.id = o.contact_id")
        + filter.where + orderBy(query);
    const bool paged = query.limit > 0 || query.offset > 0;
    if (paged)
        text += QStringLiteral(" LIMIT :limit OFFSET :offset");

    QSqlQuery sql(m_db);
    sql.prepare(text);
    bindAll(sql, filter.values);
    if (paged) {
        sql.bindValue(QStringLiteral(":limit"),
                      query.limit > 0 ? qint64(query.limit) : std::numeric_limits<qint64>::max());
        sql.bindValue(QStringLiteral(":offset"), qint64(qMax(0, query.offset)));
    }
    QList<OrderSummary> orders;
    if (!sql.exec())
        return orders;
    while (sql.next())
        orders.append(readSummary(sql));
    return orders;
}

int OrderRepository::count(const OrderListQuery &query) const
{
    const Filter filter = buildFilter(m_clock, query);
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("SELECT COUNT(*) FROM orders o") + filter.where);
    bindAll(sql, filter.values);
    if (!sql.exec() || !sql.next())
        return 0;
    return sql.value(0).toInt();
}

QList<OrderSummary> OrderRepository::listForContact(qint64 contactId, int limit) const
{
    if (contactId <= 0)
        return {};
    OrderListQuery query;
    query.contactId = contactId;
    query.limit = limit;
    return list(query);
}

QList<OrderSummary> OrderRepository::dueBetween(const QDate &from, const QDate &to, bool includeClosed) const
{
    OrderListQuery query;
    query.dueFrom = from;
    query.dueTo = to;
    if (!includeClosed)
        query.statuses = {OrderStatus::Draft, OrderStatus::Confirmed, OrderStatus::Ready};
    query.sort = OrderListQuery::Sort::DueDate;
    query.descending = false;
    query.limit = 0;
    return list(query);
}

QList<OrderSums> OrderRepository::sums(const OrderListQuery &query) const
{
    const Filter filter = buildFilter(m_clock, query);
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("SELECT o.currency, COUNT(*), SUM(o.total_minor), SUM(o.paid_minor) FROM orders o")
                + filter.where + QStringLiteral(" GROUP BY o.currency ORDER BY o.currency"));
    bindAll(sql, filter.values);
    QList<OrderSums> result;
    if (!sql.exec())
        return result;
    while (sql.next())
        result.append(OrderSums {sql.value(0).toString(), sql.value(1).toInt(), sql.value(2).toLongLong(),
                                 sql.value(3).toLongLong()});
    return result;
}

Result<Order> OrderRepository::findByNumber(const QString &number) const
{
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("SELECT id FROM orders WHERE number = :number AND deleted_at IS NULL "
                               "ORDER BY kind = 'invoice', id LIMIT 1"));
    sql.bindValue(QStringLiteral(":number"), number.trimmed());
    if (!sql.exec())
        return repository::databaseError(
            QCoreApplication::translate("OrderRepository", "Could not look up order %1").arg(number), sql);
    if (!sql.next())
        return Error {
            QCoreApplication::translate("OrderRepository", "There is no order number %1.").arg(number.trimmed()),
            QStringLiteral("number"), Error::Kind::NotFound};
    return get(sql.value(0).toLongLong());
}

QList<qint64> OrderRepository::findByExternalRef(const QString &externalRef) const
{
    const QString ref = externalRef.trimmed();
    if (ref.isEmpty())
        return {};
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("SELECT id FROM orders WHERE external_ref = :ref AND deleted_at IS NULL ORDER BY id"));
    sql.bindValue(QStringLiteral(":ref"), ref);
    QList<qint64> ids;
    if (!sql.exec())
        return ids;
    while (sql.next())
        ids.append(sql.value(0).toLongLong());
    return ids;
}

} // namespace clientele
