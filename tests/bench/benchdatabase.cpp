#include "benchdatabase.h"

#include "db/sqlvalue.h"
#include "db/transaction.h"
#include "search/bulkindexing.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <array>
#include <cstdio>
#include <functional>

namespace clientele::bench {

namespace {

// Names as a European small business meets them, diacritics included, so that the search's
// diacritics folding and the sort keys do real work.
const std::array FirstNames
    = {u"Anna",  u"Jürgen", u"Émile",  u"Zoë",      u"Łukasz", u"José",   u"Sofía", u"Björn",  u"Ana",      u"Lena",
       u"Mia",   u"Noah",   u"Paul",   u"Chloé",    u"Hélène", u"Søren",  u"Maël",  u"Inès",   u"François", u"Jonas",
       u"Marta", u"Tomás",  u"Ørjan",  u"Greta",    u"Ben",    u"Clara",  u"David", u"Elif",   u"Fatima",   u"Georg",
       u"Hanna", u"Ivan",   u"Julia",  u"Karl",     u"Léa",    u"Mehmet", u"Nina",  u"Olivia", u"Pierre",   u"Rosa",
       u"Sven",  u"Theo",   u"Ursula", u"Valentin", u"Wiebke", u"Xavier", u"Yusuf", u"Zofia",  u"Agnès",    u"Bruno"};
const std::array LastNames
    = {u"Müller",   u"Schmidt",    u"Dubois",  u"Martin",    u"Nowak",     u"Kowalski", u"García",   u"Fernández",
       u"Rossi",    u"Weber",      u"Schäfer", u"Lefèvre",   u"Jørgensen", u"Öztürk",   u"Smith",    u"Johnson",
       u"Brown",    u"Wójcik",     u"Bernard", u"Petit",     u"Durand",    u"Moreau",   u"Fischer",  u"Wagner",
       u"Becker",   u"Hoffmann",   u"Koch",    u"Richter",   u"Klein",     u"Wolf",     u"Schröder", u"Neumann",
       u"Schwarz",  u"Zimmermann", u"Braun",   u"Krüger",    u"Hofmann",   u"Hartmann", u"Lange",    u"Schmitt",
       u"Werner",   u"Krause",     u"Meier",   u"Lehmann",   u"Köhler",    u"Herrmann", u"König",    u"Walter",
       u"Mayer",    u"Huber",      u"Kaiser",  u"Fuchs",     u"Peters",    u"Lang",     u"Scholz",   u"Möller",
       u"Weiß",     u"Jung",       u"Hahn",    u"Vogel",     u"Friedrich", u"Keller",   u"Günther",  u"Frank",
       u"Berger",   u"Winkler",    u"Roth",    u"Beck",      u"Lorenz",    u"Baumann",  u"Franke",   u"Albrecht",
       u"Schuster", u"Simon",      u"Ludwig",  u"Böhm",      u"Winter",    u"Kraus",    u"Martín",   u"Schumacher",
       u"Krämer",   u"Vogt",       u"Stein",   u"Jäger",     u"Otto",      u"Sommer",   u"Groß",     u"Seidel",
       u"Heinrich", u"Brandt",     u"Haas",    u"Schreiber", u"Graf",      u"Ribeiro",  u"Dietrich", u"Ziegler",
       u"Kuhn",     u"Kühn",       u"Pohl",    u"Engel"};
const std::array Companies = {u"Bäckerei", u"Café",       u"Atelier", u"Studio", u"Hofladen",
                              u"Boutique", u"Konditorei", u"Weingut", u"Salon",  u"Werkstatt"};
const std::array Tags
    = {u"VIP", u"Stammkunde", u"Wholesale", u"Newsletter", u"Hochzeit", u"Glutenfrei", u"Catering", u"Café-Partner"};
const std::array NoteWords
    = {u"prefers", u"rye",    u"bread",  u"allergic", u"to",      u"nuts",  u"birthday",   u"cake",
       u"every",   u"friday", u"friend", u"of",       u"wedding", u"order", u"croissants", u"delivery"};

/// A small deterministic generator (the same file for the same size, every run).
struct Random
{
    quint64 state = 0x9E3779B97F4A7C15ULL;
    quint32 next()
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(state >> 33);
    }
    int below(int n) { return int(next() % quint32(n)); }
};

template<typename Array> QString pick(Random &random, const Array &array)
{
    return QString::fromUtf16(array[size_t(random.below(int(array.size())))]);
}

QString asciiFolded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing && c.unicode() < 128)
            out += c.toLower();
    }
    return out;
}

bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        std::fprintf(stderr, "bench: %s\n  %s\n", qPrintable(q.lastError().text()), qPrintable(sql.left(200)));
        return false;
    }
    return true;
}

bool run(QSqlQuery &q)
{
    if (!q.exec()) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

} // namespace

int contactCount(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM contacts")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QStringList searchWords()
{
    QStringList words;
    for (const char16_t *name : LastNames)
        words << QString::fromUtf16(name).toLower();
    for (const char16_t *name : FirstNames)
        words << asciiFolded(QString::fromUtf16(name));
    return words;
}

bool populate(QSqlDatabase db, int contacts)
{
    QElapsedTimer timer;
    timer.start();
    // The triggers rewrite a contact's index rows once per email, phone and tag, and a million
    // random inserts into a dozen indexes is slower than building them once: a bulk load drops
    // triggers and indexes, fills the derived columns and the full-text index once at the end,
    // and puts them back, so that the file is what the application would have written.
    struct SchemaObject
    {
        QString type, name, table, sql;
    };
    QList<SchemaObject> objects;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                   "WHERE type IN ('trigger', 'index') AND sql IS NOT NULL")))
            return false;
        while (q.next())
            objects.append(
                {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    }
    const auto recreate = [&](const std::function<bool(const SchemaObject &)> &which) {
        for (const SchemaObject &object : std::as_const(objects)) {
            if (which(object) && !exec(db, object.sql))
                return false;
        }
        return true;
    };
    exec(db, QStringLiteral("PRAGMA synchronous = OFF"));
    Transaction tx(db);
    for (const SchemaObject &object : std::as_const(objects)) {
        if (!exec(db, QStringLiteral("DROP %1 %2").arg(object.type.toUpper(), object.name)))
            return false;
    }
    const QString now = QStringLiteral("2026-03-15T10:00:00.000Z");
    for (int i = 0; i < int(Tags.size()); ++i) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO tags (name, name_key, created_at) VALUES (:name, :key, :now)"));
        q.bindValue(QStringLiteral(":name"), QString::fromUtf16(Tags[size_t(i)]));
        q.bindValue(QStringLiteral(":key"), QString::fromUtf16(Tags[size_t(i)]).toLower());
        q.bindValue(QStringLiteral(":now"), now);
        if (!run(q))
            return false;
    }

    QSqlQuery contact(db);
    contact.prepare(QStringLiteral(
        "INSERT INTO contacts (id, kind, company_id, first_name, last_name, display_name, sort_key, birthday_month, "
        "birthday_day, city, notes, created_at, updated_at) VALUES (:id, :kind, :company, :first, :last, :display, "
        ":sort_key, :month, :day, :city, :notes, :now, :now)"));
    QSqlQuery method(db);
    method.prepare(QStringLiteral("INSERT INTO contact_methods (contact_id, kind, value, normalized, is_primary) "
                                  "VALUES (:contact, :kind, :value, :normalized, 1)"));
    QSqlQuery tag(db);
    tag.prepare(QStringLiteral("INSERT INTO contact_tags (contact_id, tag_id) VALUES (:contact, :tag)"));
    QSqlQuery order(db);
    order.prepare(QStringLiteral(
        "INSERT INTO orders (contact_id, number, status, ordered_at, currency, subtotal_minor, total_minor, "
        "created_at, updated_at) VALUES (:contact, :number, 'collected', :at, 'EUR', :total, :total, :now, :now)"));
    QSqlQuery followUp(db);
    followUp.prepare(QStringLiteral("INSERT INTO followups (contact_id, title, due_at, created_at, updated_at) "
                                    "VALUES (:contact, 'Call back', :due, :now, :now)"));

    Random random;
    const int companyEvery = 50; // 2 % companies, each the employer of the people after it
    qint64 currentCompany = 0;
    int orders = 0;
    for (int id = 1; id <= contacts; ++id) {
        const bool isCompany = id % companyEvery == 1;
        QString first, last, display;
        if (isCompany) {
            display = pick(random, Companies) + QLatin1Char(' ') + pick(random, LastNames);
        } else {
            first = pick(random, FirstNames);
            last = pick(random, LastNames);
            display = first + QLatin1Char(' ') + last;
        }
        QString sortKey;
        for (const QChar c : display.normalized(QString::NormalizationForm_D)) {
            if (c.category() != QChar::Mark_NonSpacing)
                sortKey += c;
        }
        contact.bindValue(QStringLiteral(":id"), id);
        contact.bindValue(QStringLiteral(":kind"), isCompany ? QStringLiteral("company") : QStringLiteral("person"));
        contact.bindValue(QStringLiteral(":company"),
                          !isCompany && currentCompany > 0 && random.below(3) == 0 ? QVariant(currentCompany)
                                                                                   : QVariant());
        contact.bindValue(QStringLiteral(":first"), sqlText(first));
        contact.bindValue(QStringLiteral(":last"), sqlText(last));
        contact.bindValue(QStringLiteral(":display"), display);
        contact.bindValue(QStringLiteral(":sort_key"), sortKey.toCaseFolded());
        const bool birthday = random.below(3) == 0;
        contact.bindValue(QStringLiteral(":month"), birthday ? QVariant(1 + random.below(12)) : QVariant());
        contact.bindValue(QStringLiteral(":day"), birthday ? QVariant(1 + random.below(28)) : QVariant());
        contact.bindValue(QStringLiteral(":city"), QStringLiteral("Berlin"));
        QString notes;
        if (random.below(10) == 0) {
            for (int w = 0, n = 3 + random.below(6); w < n; ++w)
                notes += pick(random, NoteWords) + QLatin1Char(' ');
            notes += pick(random, LastNames);
        }
        contact.bindValue(QStringLiteral(":notes"), sqlText(notes));
        contact.bindValue(QStringLiteral(":now"), now);
        if (!run(contact))
            return false;
        if (isCompany)
            currentCompany = id;

        const QString email
            = asciiFolded(isCompany ? display : first + QLatin1Char('.') + last).remove(QLatin1Char(' '))
            + QString::number(id) + QStringLiteral("@example.com");
        method.bindValue(QStringLiteral(":contact"), id);
        method.bindValue(QStringLiteral(":kind"), QStringLiteral("email"));
        method.bindValue(QStringLiteral(":value"), email);
        method.bindValue(QStringLiteral(":normalized"), email);
        if (!run(method))
            return false;
        if (random.below(2) == 0) {
            const QString digits = QStringLiteral("30%1").arg(1000000 + random.below(9000000));
            method.bindValue(QStringLiteral(":kind"), QStringLiteral("phone"));
            method.bindValue(QStringLiteral(":value"), QStringLiteral("+49 ") + digits);
            method.bindValue(QStringLiteral(":normalized"), QStringLiteral("+49") + digits);
            if (!run(method))
                return false;
        }
        if (random.below(4) == 0) {
            tag.bindValue(QStringLiteral(":contact"), id);
            tag.bindValue(QStringLiteral(":tag"), 1 + random.below(int(Tags.size())));
            if (!run(tag))
                return false;
        }
        for (int n = random.below(5) == 0 ? 1 + random.below(3) : 0; n > 0; --n) {
            const QDateTime at
                = QDateTime(QDate(2023, 1, 1), QTime(9, 0), Qt::UTC).addSecs(qint64(random.below(1150)) * 86400);
            order.bindValue(QStringLiteral(":contact"), id);
            order.bindValue(QStringLiteral(":number"), QStringLiteral("B-%1").arg(++orders));
            order.bindValue(QStringLiteral(":at"), at.toString(Qt::ISODateWithMs));
            order.bindValue(QStringLiteral(":total"), 250 + random.below(20000));
            order.bindValue(QStringLiteral(":now"), now);
            if (!run(order))
                return false;
        }
        if (random.below(20) == 0) {
            const QDateTime due
                = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC).addSecs(qint64(random.below(90)) * 86400);
            followUp.bindValue(QStringLiteral(":contact"), id);
            followUp.bindValue(QStringLiteral(":due"), due.toString(Qt::ISODateWithMs));
            followUp.bindValue(QStringLiteral(":now"), now);
            if (!run(followUp))
                return false;
        }
        if (id % 100000 == 0)
            std::fprintf(stderr, "  %d contacts (%.0f s)\n", id, timer.elapsed() / 1000.0);
    }

    // The indexes the backfills look up through first, then the contacts' own (cheaper built
    // once from the final rows than kept up to date through the backfill), then the triggers.
    if (!recreate([](const SchemaObject &o) {
            return o.type == QLatin1String("index") && o.table != QLatin1String("contacts");
        })
        || !exec(db, BulkIndexing::listKeysSql()) || !exec(db, BulkIndexing::indexDocumentsSql())
        || !recreate([](const SchemaObject &o) {
               return o.type == QLatin1String("index") && o.table == QLatin1String("contacts");
           })
        || !recreate([](const SchemaObject &o) { return o.type == QLatin1String("trigger"); }))
        return false;
    if (!tx.commit())
        return false;
    exec(db, QStringLiteral("PRAGMA synchronous = FULL"));
    std::fprintf(stderr, "  built in %.0f s\n", timer.elapsed() / 1000.0);
    return true;
}

} // namespace clientele::bench
