#pragma once

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace clientele {

class Clock;

/// Why two contacts look like the same customer.
struct DuplicateReason
{
    enum class Kind { Email, Phone, Name };

    Kind kind = Kind::Email;
    /// The shared normalized email or phone; for Name, the city or the company both are in.
    QString value;
    /// For Name: true when `value` is the company both work for, false when it is their city.
    bool atCompany = false;
    /// For Name: how alike the names are, 0..1 (1: the same once case and accents are ignored).
    double similarity = 1.0;

    /// "email", "phone" or "name": the stable keyword for JSON and scripts.
    static QString keyword(Kind kind);
};

/// Two live contacts that may be one customer, with every reason they matched.
struct DuplicatePair
{
    qint64 firstId = 0; ///< always the lower id
    QString firstName;
    qint64 secondId = 0;
    QString secondName;
    QList<DuplicateReason> reasons; ///< email, then phone, then name
    /// Higher is more certain: a shared email weighs most, then a phone, then a similar name;
    /// several reasons add up.
    double strength = 0;

    bool has(DuplicateReason::Kind kind) const;
    QStringList keywords() const;
    /// The reasons in words: "same email anna@example.com; similar names in Portland".
    QString detail() const;
};

/// Finds candidate duplicates among the live contacts: the same normalized email, the same
/// normalized phone, or very similar names (case, accents, "ue" for "ü" and the order of the
/// words ignored) of two people in the same city or the same company, or two companies in the
/// same city. Only contacts of the same kind are paired: a person and her shop often share an
/// address. Pairs the user dismissed are left out.
///
/// Emails and phones are grouped in SQL. Names are compared only within blocks of one city or
/// company and, inside a block, of the same two-letter word beginnings, so a book of 100,000
/// contacts costs a few hundred thousand comparisons instead of five billion.
class DuplicateFinder final
{
public:
    DuplicateFinder(QSqlDatabase db, const Clock &clock);

    /// Every candidate pair once (lower id first), strongest first.
    Result<QList<DuplicatePair>> find() const;

    /// Remembers that the two contacts are different people: find() stops suggesting them.
    Status dismiss(qint64 firstId, qint64 secondId);
    /// Suggests the pair again.
    Status undismiss(qint64 firstId, qint64 secondId);

    /// Names at least this similar (see nameSimilarity) count as "very similar".
    static constexpr double NameThreshold = 0.92;
    /// 0..1: how alike two names are. Both are folded (foldName) and split into words; each
    /// word of the shorter name is paired with its most similar word of the other
    /// (Jaro-Winkler), so word order and a missing middle name do not matter. Returns 0 when a
    /// pair of words is clearly different ("Jane" and "John") or when only one of the names is
    /// a single word, and otherwise the mean of the word similarities.
    static double nameSimilarity(const QString &first, const QString &second);
    /// Lower case without accents, with "ß" as "ss" and "ae", "oe", "ue" as the plain vowel, so
    /// that "Müller", "Mueller" and "Muller" are one name.
    static QString foldName(const QString &name);
    /// Jaro-Winkler similarity of two strings, 0..1.
    static double jaroWinkler(const QString &first, const QString &second);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace clientele
