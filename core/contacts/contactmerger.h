#pragma once

#include "contact.h"

#include "common/result.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QVariantList>

namespace clientele {

class Clock;

/// Which record's value the survivor of a merge keeps, field by field.
struct MergeChoices
{
    enum class Side { Keep, Other };
    /// The fields a person picks between. Names are first, last and display name together;
    /// Address is all of its lines; Consent is the answer with its date and source.
    enum class Field { Names, Company, JobTitle, Birthday, Address, Notes, Consent };

    /// A field or custom field that is not listed takes the kept record's value when it has one
    /// and the other's otherwise.
    QMap<Field, Side> fields;
    QMap<QString, Side> custom; ///< custom field name -> side

    static QList<Field> allFields();
    /// The field's name as shown to a person ("Job title").
    static QString fieldName(Field field);
    static bool hasValue(const Contact &contact, Field field);
    static bool sameValue(const Contact &a, const Contact &b, Field field);
    /// The field's value in words, for a merge dialog ("14 May 1984", "Main St 1, Portland").
    static QString displayValue(const Contact &contact, Field field);

    /// The side whose value the survivor gets, resolving "not listed" as described above.
    Side resolve(Field field, const Contact &keep, const Contact &other) const;
    Side resolveCustom(const QString &name, const Contact &keep, const Contact &other) const;
    /// `keep` with the chosen values of `other` (its own methods, tags and id), as the survivor
    /// will be stored; custom values are the chosen ones of both.
    Contact apply(const Contact &keep, const Contact &other) const;
};

/// What a merge moved, counted per kind of record.
struct MergeSummary
{
    int orders = 0;
    int activities = 0;
    int followUps = 0;
    int deals = 0;
    int methods = 0; ///< emails, phones and websites added to the survivor
    int methodsCollapsed = 0; ///< the other's methods the survivor already had
    int tags = 0; ///< tags the survivor did not have yet
    int customValues = 0; ///< custom values taken from the other record
    int members = 0; ///< people of a merged company

    /// "3 orders, 2 activities, 1 follow-up"; empty when nothing moves.
    QString describe() const;
};

/// Everything unmerge() needs to put the two records back as they were. Kept by whoever may
/// undo the merge (the undo stack); it describes rows by id and is only valid on the database
/// it came from, until a later change touches the same records.
struct MergeReceipt
{
    qint64 keepId = 0;
    qint64 otherId = 0;
    MergeSummary summary;

    /// The columns of both contact rows before the merge (ContactMerger's restorable columns).
    QVariantList keepRow;
    QVariantList otherRow;
    /// The ids of the rows that moved from the other contact to the survivor, per table
    /// ("orders", "activities", "followups", "deals", "members", "merged").
    QMap<QString, QList<qint64>> moved;
    /// Both contacts' emails, phones and websites before the merge: every column, ids included.
    QList<QVariantList> methodRows;
    /// Both contacts' tag ids and custom values (field id, value) before the merge.
    QList<qint64> keepTagIds;
    QList<qint64> otherTagIds;
    QList<QPair<qint64, QString>> keepCustom;
    QList<QPair<qint64, QString>> otherCustom;
};

/// Merges two contacts into one. Everything that belongs to the other contact moves to the
/// survivor: orders, activities, follow-ups, deals, tags, custom values, emails and phones (an
/// address both have is kept once) and, for companies, their people. The other contact then goes
/// to the trash, marked as merged into the survivor, so nothing points at a missing record. One
/// transaction with audit rows; unmerge() reverses it exactly.
class ContactMerger final
{
public:
    ContactMerger(QSqlDatabase db, const Clock &clock);

    /// Whether the two can be merged: both exist, neither is in the trash, they are two records
    /// and of the same kind. The error says why not.
    Status check(qint64 keepId, qint64 otherId) const;
    /// What merge() would move with these choices, without changing anything.
    Result<MergeSummary> preview(qint64 keepId, qint64 otherId, const MergeChoices &choices = {}) const;
    Result<MergeReceipt> merge(qint64 keepId, qint64 otherId, const MergeChoices &choices = {});
    /// Puts both records and every moved row back as they were before the merge.
    Status unmerge(const MergeReceipt &receipt);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace clientele
