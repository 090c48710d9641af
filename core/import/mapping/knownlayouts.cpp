#include "knownlayouts.h"

#include "columnmapping.h"
#include "knownlayouttables.h"
#include "valueparsers.h"

#include <QHash>

namespace clientele::KnownLayouts {

namespace Tables {

QList<QPair<QString, QString>> columns(std::initializer_list<Column> list)
{
    QList<QPair<QString, QString>> result;
    result.reserve(qsizetype(list.size()));
    for (const Column &c : list)
        result.append({QString::fromUtf8(c.header), QString::fromUtf8(c.field)});
    return result;
}

QList<QStringList> signatures(std::initializer_list<std::initializer_list<const char *>> sets)
{
    QList<QStringList> result;
    for (const auto &set : sets) {
        QStringList headers;
        for (const char *header : set)
            headers.append(QString::fromUtf8(header));
        result.append(headers);
    }
    return result;
}

QList<QPair<QRegularExpression, QString>> patterns(std::initializer_list<Column> list)
{
    QList<QPair<QRegularExpression, QString>> result;
    for (const Column &c : list)
        result.append({QRegularExpression(QString::fromUtf8(c.header)), QString::fromUtf8(c.field)});
    return result;
}

} // namespace Tables

namespace {

struct Prepared
{
    QList<KnownLayout> layouts;
    /// Per layout: normalized header -> field.
    QList<QHash<QString, QString>> fields;
    /// Per layout: its signatures, normalized.
    QList<QList<QStringList>> signatures;
};

const Prepared &prepared()
{
    static const Prepared p = [] {
        Prepared result;
        result.layouts = Tables::contactLayouts() + Tables::orderLayouts();
        for (const KnownLayout &layout : std::as_const(result.layouts)) {
            QHash<QString, QString> fields;
            for (const auto &[header, field] : layout.columns)
                fields.insert(normalizeHeader(header), field);
            result.fields.append(fields);
            QList<QStringList> sets;
            for (const QStringList &set : layout.signatures) {
                QStringList normalized;
                for (const QString &header : set)
                    normalized.append(normalizeHeader(header));
                sets.append(normalized);
            }
            result.signatures.append(sets);
        }
        return result;
    }();
    return p;
}

} // namespace

const QList<KnownLayout> &all()
{
    return prepared().layouts;
}

const KnownLayout *match(const QStringList &headers, ImportEntity entity)
{
    const Prepared &p = prepared();
    QStringList normalized;
    for (const QString &header : headers)
        normalized.append(normalizeHeader(header));
    const KnownLayout *best = nullptr;
    int bestKnown = 0;
    for (qsizetype i = 0; i < p.layouts.size(); ++i) {
        if (p.layouts.at(i).entity != entity)
            continue;
        bool signed_ = false;
        for (const QStringList &set : p.signatures.at(i)) {
            bool all = true;
            for (const QString &header : set)
                all = all && normalized.contains(header);
            signed_ = signed_ || all;
        }
        if (!signed_)
            continue;
        int known = 0;
        for (const QString &header : std::as_const(normalized))
            known += p.fields.at(i).contains(header) ? 1 : 0;
        if (known > bestKnown) {
            best = &p.layouts.at(i);
            bestKnown = known;
        }
    }
    return best;
}

QString fieldFor(const KnownLayout &layout, const QString &header)
{
    const Prepared &p = prepared();
    const QString key = normalizeHeader(header);
    for (qsizetype i = 0; i < p.layouts.size(); ++i) {
        if (&p.layouts.at(i) != &layout)
            continue;
        if (const auto it = p.fields.at(i).constFind(key); it != p.fields.at(i).constEnd())
            return it.value();
        break;
    }
    for (const auto &[pattern, field] : layout.patterns) {
        if (pattern.match(key).hasMatch())
            return field;
    }
    return {};
}

QString normalizeHeader(const QString &header)
{
    const QString decomposed = header.toLower().normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c == QChar(0x00DF))
            key += QStringLiteral("ss");
        else if (c.isLetterOrNumber() && c.category() != QChar::Mark_NonSpacing)
            key += c;
    }
    return key;
}

DateOrder learnDateOrder(const ColumnMapping &mapping, ImportEntity entity, DateOrder requested,
                         const QList<RawRow> &sampleRows, bool (*isDateField)(const QString &field))
{
    QStringList samples;
    for (const RawRow &row : sampleRows) {
        for (qsizetype i = 0; i < row.cells.size(); ++i) {
            if (isDateField(mapping.fieldOf(i)))
                samples.append(row.cells.at(i));
        }
    }
    const KnownLayout *layout = mapping.layout.isEmpty() ? nullptr : match(mapping.headers, entity);
    DateOrder fallback = requested;
    if (fallback == DateOrder::Auto && layout)
        fallback = layout->dateOrder;
    return ValueParsers::inferDateOrder(samples, fallback);
}

} // namespace clientele::KnownLayouts
