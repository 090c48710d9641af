#include "duplicatefinder.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/timeformat.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVarLengthArray>

#include <algorithm>

namespace clientele {

namespace {

using PairKey = QPair<qint64, qint64>;

/// Each word of a similar name must be at least this alike its partner: "Jon"/"John" (0.93)
/// and "Jana"/"Jane" (0.88) pass, "Jane"/"John" (0.67) do not, so two members of one family
/// are not suggested.
constexpr double MinWordSimilarity = 0.88;
/// An email or phone shared by more contacts than this is a shop's own address or a placeholder
/// ("none@none.com"), not a sign of duplicates; pairing them all would list thousands of pairs.
constexpr int MaxSharedGroup = 50;
/// Likewise a name block this large is a placeholder name ("Customer") repeated by an import.
constexpr int MaxNameBlock = 500;
/// Names with more words than this are compared on their first ones only.
constexpr int MaxWords = 4;

constexpr double EmailWeight = 4;
constexpr double PhoneWeight = 3;
constexpr double NameWeight = 1;

struct Entry
{
    qint64 id = 0;
    bool company = false;
    QString name;
    QString city;
    qint64 companyId = 0;
    QString companyName;
    QStringList words;
};

PairKey pairKey(qint64 a, qint64 b)
{
    return a < b ? PairKey(a, b) : PairKey(b, a);
}

Error sqlError(const QSqlQuery &query)
{
    return Error {QCoreApplication::translate("DuplicateFinder", "Duplicates could not be searched: %1")
                      .arg(query.lastError().text())};
}

QStringList words(const QString &name)
{
    const QString folded = DuplicateFinder::foldName(name);
    QStringList result;
    QString current;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (c == QLatin1Char('\'') || c == QChar(0x2019)) {
            continue; // "O'Brien" is one word
        } else if (!current.isEmpty()) {
            result.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        result.append(current);
    return result.mid(0, MaxWords);
}

double wordsSimilarity(const QStringList &a, const QStringList &b)
{
    if (a.isEmpty() || b.isEmpty() || (a.size() == 1) != (b.size() == 1))
        return 0;
    const QStringList &shorter = a.size() <= b.size() ? a : b;
    const QStringList &longer = a.size() <= b.size() ? b : a;
    QVarLengthArray<bool, MaxWords> used(longer.size());
    std::fill(used.begin(), used.end(), false);
    double sum = 0;
    for (const QString &word : shorter) {
        double best = 0;
        qsizetype bestIndex = -1;
        for (qsizetype j = 0; j < longer.size(); ++j) {
            if (used[j])
                continue;
            const double similarity = DuplicateFinder::jaroWinkler(word, longer.at(j));
            if (similarity > best) {
                best = similarity;
                bestIndex = j;
            }
        }
        if (bestIndex < 0 || best < MinWordSimilarity)
            return 0;
        used[bestIndex] = true;
        sum += best;
    }
    return sum / double(shorter.size());
}

/// The keys of the sub-blocks a name goes into: the two-letter beginnings of each pair of its
/// words, so that "Jon Smith", "Smith John" and "John A. Smith" share "jo|sm".
QStringList blockKeys(const QStringList &nameWords)
{
    QStringList prefixes;
    for (const QString &word : nameWords)
        prefixes.append(word.left(2));
    prefixes.sort();
    prefixes.removeDuplicates();
    if (nameWords.size() == 1)
        return {QStringLiteral("1:") + prefixes.constFirst()};
    QStringList keys;
    for (qsizetype i = 0; i < prefixes.size(); ++i) {
        for (qsizetype j = i + 1; j < prefixes.size(); ++j)
            keys.append(prefixes.at(i) + QLatin1Char('|') + prefixes.at(j));
    }
    if (keys.isEmpty()) // all words share a beginning ("Anna Anders")
        keys.append(prefixes.constFirst() + QLatin1Char('|') + prefixes.constFirst());
    return keys;
}

class Collector
{
public:
    explicit Collector(const QHash<qint64, Entry> &entries)
        : m_entries(entries)
    { }

    void add(qint64 a, qint64 b, const DuplicateReason &reason)
    {
        const PairKey key = pairKey(a, b);
        DuplicatePair &pair = m_pairs[key];
        if (pair.firstId == 0) {
            pair.firstId = key.first;
            pair.secondId = key.second;
            pair.firstName = m_entries.value(key.first).name;
            pair.secondName = m_entries.value(key.second).name;
        }
        if (pair.has(reason.kind))
            return;
        pair.reasons.append(reason);
        std::sort(pair.reasons.begin(), pair.reasons.end(),
                  [](const DuplicateReason &x, const DuplicateReason &y) { return x.kind < y.kind; });
        switch (reason.kind) {
        case DuplicateReason::Kind::Email:
            pair.strength += EmailWeight;
            break;
        case DuplicateReason::Kind::Phone:
            pair.strength += PhoneWeight;
            break;
        case DuplicateReason::Kind::Name:
            pair.strength += NameWeight + reason.similarity;
            break;
        }
    }

    QList<DuplicatePair> sorted(const QSet<PairKey> &dismissed) const
    {
        QList<DuplicatePair> result;
        result.reserve(m_pairs.size());
        for (auto it = m_pairs.cbegin(); it != m_pairs.cend(); ++it) {
            if (!dismissed.contains(it.key()))
                result.append(it.value());
        }
        std::sort(result.begin(), result.end(), [](const DuplicatePair &x, const DuplicatePair &y) {
            if (x.strength != y.strength)
                return x.strength > y.strength;
            return PairKey(x.firstId, x.secondId) < PairKey(y.firstId, y.secondId);
        });
        return result;
    }

private:
    const QHash<qint64, Entry> &m_entries;
    QHash<PairKey, DuplicatePair> m_pairs;
};

Result<QHash<qint64, Entry>> loadEntries(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT c.id, c.kind, c.first_name, c.last_name, c.display_name, c.city, "
                                   "c.company_id, co.display_name FROM contacts c "
                                   "LEFT JOIN contacts co ON co.id = c.company_id WHERE c.deleted_at IS NULL")))
        return sqlError(query);
    QHash<qint64, Entry> entries;
    while (query.next()) {
        Entry e;
        e.id = query.value(0).toLongLong();
        e.company = query.value(1).toString() == QLatin1String("company");
        const QString first = query.value(2).toString();
        const QString last = query.value(3).toString();
        e.name = query.value(4).toString();
        e.city = query.value(5).toString().simplified();
        e.companyId = query.value(6).toLongLong();
        e.companyName = query.value(7).toString();
        // A person's own names, not a nickname the display name may hold.
        const bool hasNames = !e.company && !(first.trimmed().isEmpty() && last.trimmed().isEmpty());
        e.words = words(hasNames ? first + QLatin1Char(' ') + last : e.name);
        entries.insert(e.id, e);
    }
    return entries;
}

Status findShared(const QSqlDatabase &db, const QHash<qint64, Entry> &entries, DuplicateReason::Kind kind,
                  Collector &collector)
{
    const QString kindName = kind == DuplicateReason::Kind::Email ? QStringLiteral("email") : QStringLiteral("phone");
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT m.normalized, m.contact_id FROM contact_methods m JOIN contacts c ON c.id = m.contact_id "
        "WHERE m.kind = :kind AND c.deleted_at IS NULL AND m.normalized IN ("
        "  SELECT normalized FROM contact_methods WHERE kind = :group_kind AND normalized <> '' "
        "  GROUP BY normalized HAVING COUNT(DISTINCT contact_id) > 1) "
        "ORDER BY m.normalized, m.contact_id"));
    query.bindValue(QStringLiteral(":kind"), kindName);
    query.bindValue(QStringLiteral(":group_kind"), kindName);
    if (!query.exec())
        return sqlError(query);

    QString value;
    QList<qint64> ids;
    const auto flush = [&] {
        if (ids.size() > 1 && ids.size() <= MaxSharedGroup) {
            for (qsizetype i = 0; i < ids.size(); ++i) {
                for (qsizetype j = i + 1; j < ids.size(); ++j) {
                    if (entries.value(ids.at(i)).company == entries.value(ids.at(j)).company)
                        collector.add(ids.at(i), ids.at(j), DuplicateReason {kind, value});
                }
            }
        }
        ids.clear();
    };
    while (query.next()) {
        const QString normalized = query.value(0).toString();
        if (normalized != value) {
            flush();
            value = normalized;
        }
        const qint64 id = query.value(1).toLongLong();
        if (!ids.contains(id))
            ids.append(id);
    }
    flush();
    return {};
}

void findSimilarNames(const QHash<qint64, Entry> &entries, Collector &collector)
{
    QHash<QString, QList<qint64>> blocks;
    QHash<QString, QString> foldedCities;
    for (const Entry &e : entries) {
        if (e.words.isEmpty())
            continue;
        QStringList places;
        if (!e.city.isEmpty()) {
            auto city = foldedCities.constFind(e.city);
            if (city == foldedCities.cend())
                city = foldedCities.insert(e.city, DuplicateFinder::foldName(e.city));
            places.append((e.company ? QStringLiteral("company-in:") : QStringLiteral("person-in:")) + *city);
        }
        if (!e.company && e.companyId > 0)
            places.append(QStringLiteral("at:") + QString::number(e.companyId));
        for (const QString &place : std::as_const(places)) {
            for (const QString &key : blockKeys(e.words))
                blocks[place + QLatin1Char('#') + key].append(e.id);
        }
    }

    // A pair in two blocks (same city and same company, or a name of three words) is compared
    // twice; the collector keeps one name reason. Remembering every compared pair instead would
    // cost more than the few repeated comparisons.
    for (const QList<qint64> &block : std::as_const(blocks)) {
        if (block.size() < 2 || block.size() > MaxNameBlock)
            continue;
        for (qsizetype i = 0; i < block.size(); ++i) {
            const Entry &a = *entries.constFind(block.at(i));
            for (qsizetype j = i + 1; j < block.size(); ++j) {
                const Entry &b = *entries.constFind(block.at(j));
                const double similarity = wordsSimilarity(a.words, b.words);
                if (similarity < DuplicateFinder::NameThreshold)
                    continue;
                DuplicateReason reason;
                reason.kind = DuplicateReason::Kind::Name;
                reason.similarity = similarity;
                reason.atCompany = !a.company && a.companyId > 0 && a.companyId == b.companyId;
                // The place as the lower id writes it, so the text does not depend on hashing.
                const Entry &first = a.id < b.id ? a : b;
                reason.value = reason.atCompany ? first.companyName : first.city;
                collector.add(a.id, b.id, reason);
            }
        }
    }
}

Result<QSet<PairKey>> loadDismissed(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT first_id, second_id FROM duplicate_dismissals")))
        return sqlError(query);
    QSet<PairKey> dismissed;
    while (query.next())
        dismissed.insert(pairKey(query.value(0).toLongLong(), query.value(1).toLongLong()));
    return dismissed;
}

} // namespace

QString DuplicateReason::keyword(Kind kind)
{
    switch (kind) {
    case Kind::Email:
        return QStringLiteral("email");
    case Kind::Phone:
        return QStringLiteral("phone");
    case Kind::Name:
        break;
    }
    return QStringLiteral("name");
}

bool DuplicatePair::has(DuplicateReason::Kind kind) const
{
    return std::any_of(reasons.cbegin(), reasons.cend(), [kind](const DuplicateReason &r) { return r.kind == kind; });
}

QStringList DuplicatePair::keywords() const
{
    QStringList list;
    for (const DuplicateReason &reason : reasons)
        list.append(DuplicateReason::keyword(reason.kind));
    return list;
}

QString DuplicatePair::detail() const
{
    QStringList parts;
    for (const DuplicateReason &reason : reasons) {
        switch (reason.kind) {
        case DuplicateReason::Kind::Email:
            parts.append(QCoreApplication::translate("DuplicateFinder", "same email %1").arg(reason.value));
            break;
        case DuplicateReason::Kind::Phone:
            parts.append(QCoreApplication::translate("DuplicateFinder", "same phone %1").arg(reason.value));
            break;
        case DuplicateReason::Kind::Name:
            parts.append(reason.atCompany
                             ? QCoreApplication::translate("DuplicateFinder", "similar names at %1").arg(reason.value)
                             : QCoreApplication::translate("DuplicateFinder", "similar names in %1").arg(reason.value));
            break;
        }
    }
    return parts.join(QStringLiteral("; "));
}

DuplicateFinder::DuplicateFinder(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

Result<QList<DuplicatePair>> DuplicateFinder::find() const
{
    const auto entries = loadEntries(m_db);
    if (!entries)
        return entries.error();
    const auto dismissed = loadDismissed(m_db);
    if (!dismissed)
        return dismissed.error();
    Collector collector(*entries);
    for (const auto kind : {DuplicateReason::Kind::Email, DuplicateReason::Kind::Phone}) {
        if (auto s = findShared(m_db, *entries, kind, collector); !s)
            return s.error();
    }
    findSimilarNames(*entries, collector);
    return collector.sorted(*dismissed);
}

Status DuplicateFinder::dismiss(qint64 firstId, qint64 secondId)
{
    if (firstId == secondId)
        return Error {QCoreApplication::translate("DuplicateFinder", "A contact cannot be a duplicate of itself."),
                      QStringLiteral("id"), Error::Kind::Validation};
    const PairKey key = pairKey(firstId, secondId);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO duplicate_dismissals (first_id, second_id, dismissed_at) "
                                 "VALUES (:first, :second, :now) ON CONFLICT (first_id, second_id) DO NOTHING"));
    query.bindValue(QStringLiteral(":first"), key.first);
    query.bindValue(QStringLiteral(":second"), key.second);
    query.bindValue(QStringLiteral(":now"), toStoredTime(m_clock.nowUtc()));
    if (!query.exec())
        return Error {QCoreApplication::translate("DuplicateFinder", "The pair could not be marked as different: %1")
                          .arg(query.lastError().text())};
    if (auto s = AuditLog(m_db, m_clock)
                     .record(QStringLiteral("contact"), key.first, QStringLiteral("not-duplicate"),
                             {{QStringLiteral("other"), key.second}});
        !s)
        return s;
    return tx.commit();
}

Status DuplicateFinder::undismiss(qint64 firstId, qint64 secondId)
{
    const PairKey key = pairKey(firstId, secondId);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM duplicate_dismissals WHERE first_id = :first AND second_id = :second"));
    query.bindValue(QStringLiteral(":first"), key.first);
    query.bindValue(QStringLiteral(":second"), key.second);
    if (!query.exec())
        return sqlError(query);
    if (auto s = AuditLog(m_db, m_clock)
                     .record(QStringLiteral("contact"), key.first, QStringLiteral("maybe-duplicate"),
                             {{QStringLiteral("other"), key.second}});
        !s)
        return s;
    return tx.commit();
}

double DuplicateFinder::nameSimilarity(const QString &first, const QString &second)
{
    return wordsSimilarity(words(first), words(second));
}

QString DuplicateFinder::foldName(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c;
    }
    folded = folded.toCaseFolded();
    // Letters that Unicode does not decompose into a base letter and an accent.
    static const QList<QPair<QString, QString>> letters {
        {QStringLiteral("\u00DF"), QStringLiteral("ss")}, {QStringLiteral("\u00E6"), QStringLiteral("ae")},
        {QStringLiteral("\u0153"), QStringLiteral("oe")}, {QStringLiteral("\u00F8"), QStringLiteral("o")},
        {QStringLiteral("\u0142"), QStringLiteral("l")},  {QStringLiteral("\u0111"), QStringLiteral("d")},
        {QStringLiteral("\u00FE"), QStringLiteral("th")},
    };
    for (const auto &[from, to] : letters)
        folded.replace(from, to);
    // German spells "ü" as "ue" where the letter is missing: fold both to the plain vowel.
    folded.replace(QLatin1String("ae"), QLatin1String("a"));
    folded.replace(QLatin1String("oe"), QLatin1String("o"));
    folded.replace(QLatin1String("ue"), QLatin1String("u"));
    return folded;
}

double DuplicateFinder::jaroWinkler(const QString &first, const QString &second)
{
    const qsizetype la = first.size();
    const qsizetype lb = second.size();
    if (la == 0 && lb == 0)
        return 1;
    if (la == 0 || lb == 0)
        return 0;
    const qsizetype window = std::max<qsizetype>(0, std::max(la, lb) / 2 - 1);
    // Names are short: the flags stay on the stack, which matters over millions of comparisons.
    QVarLengthArray<bool, 64> matchedA(la);
    QVarLengthArray<bool, 64> matchedB(lb);
    std::fill(matchedA.begin(), matchedA.end(), false);
    std::fill(matchedB.begin(), matchedB.end(), false);
    qsizetype matches = 0;
    for (qsizetype i = 0; i < la; ++i) {
        const qsizetype from = std::max<qsizetype>(0, i - window);
        const qsizetype to = std::min(lb - 1, i + window);
        for (qsizetype j = from; j <= to; ++j) {
            if (!matchedB[j] && first.at(i) == second.at(j)) {
                matchedA[i] = true;
                matchedB[j] = true;
                ++matches;
                break;
            }
        }
    }
    if (matches == 0)
        return 0;
    qsizetype halfTranspositions = 0;
    qsizetype k = 0;
    for (qsizetype i = 0; i < la; ++i) {
        if (!matchedA[i])
            continue;
        while (!matchedB[k])
            ++k;
        if (first.at(i) != second.at(k))
            ++halfTranspositions;
        ++k;
    }
    const double m = double(matches);
    const double jaro = (m / double(la) + m / double(lb) + (m - double(halfTranspositions) / 2.0) / m) / 3.0;
    // Winkler: a shared beginning of up to four letters raises an already good score.
    if (jaro <= 0.7)
        return jaro;
    qsizetype prefix = 0;
    while (prefix < std::min<qsizetype>({4, la, lb}) && first.at(prefix) == second.at(prefix))
        ++prefix;
    return jaro + double(prefix) * 0.1 * (1.0 - jaro);
}

} // namespace clientele
