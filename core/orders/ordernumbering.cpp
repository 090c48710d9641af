#include "ordernumbering.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/repositorysupport.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace clientele {

using namespace repository;

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(OrderNumbering)
};

/// An imported book can hold long runs of taken numbers; past this many the sequence is wrong
/// rather than unlucky, and the user is told to change it.
constexpr int MaxSkips = 10000;

} // namespace

QString OrderNumbering::Sequence::format(qint64 number) const
{
    return prefix + QString::number(number).rightJustified(width, QLatin1Char('0'));
}

OrderNumbering::OrderNumbering(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

Result<OrderNumbering::Sequence> OrderNumbering::sequence(OrderKind kind) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT prefix, next_number, width FROM order_number_sequences WHERE kind = :kind"));
    query.bindValue(QStringLiteral(":kind"), toString(kind));
    if (!query.exec())
        return databaseError(Text::tr("Could not read the order numbers"), query);
    if (!query.next())
        return Error {
            Text::tr("The book has no number sequence for %1.").arg(displayName(kind)), {}, Error::Kind::NotFound};
    return Sequence {kind, query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toInt()};
}

Status OrderNumbering::setSequence(const Sequence &sequence)
{
    if (sequence.nextNumber < 1)
        return Error {Text::tr("The next number must be 1 or more."), QStringLiteral("next_number"),
                      Error::Kind::Validation};
    if (sequence.width < 0 || sequence.width > 12)
        return Error {Text::tr("A number has between 0 and 12 digits."), QStringLiteral("width"),
                      Error::Kind::Validation};
    const auto stored = this->sequence(sequence.kind);
    if (!stored)
        return stored.error();
    Transaction tx(m_db);
    if (auto s = tx.beginStatus(); !s)
        return s;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE order_number_sequences SET prefix = :prefix, next_number = :next, "
                                 "width = :width WHERE kind = :kind"));
    query.bindValue(QStringLiteral(":prefix"), sequence.prefix.trimmed());
    query.bindValue(QStringLiteral(":next"), sequence.nextNumber);
    query.bindValue(QStringLiteral(":width"), sequence.width);
    query.bindValue(QStringLiteral(":kind"), toString(sequence.kind));
    if (!query.exec())
        return databaseError(Text::tr("Could not save the order numbers"), query);
    const QJsonObject before {{QStringLiteral("prefix"), stored->prefix},
                              {QStringLiteral("next_number"), stored->nextNumber},
                              {QStringLiteral("width"), stored->width}};
    const QJsonObject after {{QStringLiteral("prefix"), sequence.prefix.trimmed()},
                             {QStringLiteral("next_number"), sequence.nextNumber},
                             {QStringLiteral("width"), sequence.width}};
    if (auto s = AuditLog(m_db, m_clock)
                     .record(QStringLiteral("order_number_sequence"), static_cast<qint64>(sequence.kind),
                             QStringLiteral("update"), changedFields(before, after));
        !s)
        return s;
    return tx.commit();
}

Result<QString> OrderNumbering::take(OrderKind kind)
{
    if (!Transaction::isOpen(m_db))
        return Error {Text::tr("An order number can only be taken inside a transaction.")};
    QSqlQuery advance(m_db);
    advance.prepare(
        QStringLiteral("UPDATE order_number_sequences SET next_number = next_number + 1 WHERE kind = :kind"));
    QSqlQuery taken(m_db);
    // Invoice numbers are also skipped when an issued invoice or credit note has them (a sequence
    // set back by hand), so the UNIQUE number of the invoices table never refuses an issue.
    taken.prepare(QStringLiteral("SELECT 1 FROM orders WHERE kind = :kind AND number = :number UNION ALL "
                                 "SELECT 1 FROM invoices WHERE :kind = 'invoice' AND number = :number"));
    for (int attempt = 0; attempt <= MaxSkips; ++attempt) {
        advance.bindValue(QStringLiteral(":kind"), toString(kind));
        if (!advance.exec())
            return databaseError(Text::tr("Could not take the next order number"), advance);
        if (advance.numRowsAffected() != 1)
            return Error {
                Text::tr("The book has no number sequence for %1.").arg(displayName(kind)), {}, Error::Kind::NotFound};
        const auto current = sequence(kind);
        if (!current)
            return current.error();
        const QString number = current->format(current->nextNumber - 1);
        taken.bindValue(QStringLiteral(":kind"), toString(kind));
        taken.bindValue(QStringLiteral(":number"), number);
        if (!taken.exec())
            return databaseError(Text::tr("Could not check the order number"), taken);
        if (!taken.next())
            return number;
    }
    return Error {
        Text::tr("The next %1 numbers are all taken: please change the next number in the settings.").arg(MaxSkips),
        QStringLiteral("number"), Error::Kind::Conflict};
}

} // namespace clientele
