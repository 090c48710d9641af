#pragma once

#include "import/importoptions.h"

#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace clientele {

/// The column layout of an export from a known tool (Shopify, Google Contacts, Outlook, Square,
/// HubSpot, Mailchimp, Etsy), recognised by its headers and mapped column by column, including
/// the columns Clientele deliberately ignores (order totals, marketing ratings, ...).
struct KnownLayout
{
    QString id; ///< as in ColumnMapping::layout; variants of one export share it
    ImportEntity entity = ImportEntity::Contacts;
    /// Sets of headers that identify the layout: all headers of any one set must be present.
    QList<QStringList> signatures;
    /// Every header of the export (as the tool writes it) and its field id.
    QList<QPair<QString, QString>> columns;
    /// Numbered columns ("E-mail 3 - Value"): patterns on normalized headers and their field.
    QList<QPair<QRegularExpression, QString>> patterns;
    /// How the export writes ambiguous dates (Etsy and US Outlook: month first).
    DateOrder dateOrder = DateOrder::Auto;
};

struct ColumnMapping;
struct RawRow;

namespace KnownLayouts {

/// Every known layout, contacts and orders.
const QList<KnownLayout> &all();
/// The layout whose signature the headers carry and that knows most of them; nullptr when none.
const KnownLayout *match(const QStringList &headers, ImportEntity entity);
/// The field the layout gives a header, or an empty string when the layout does not know it.
QString fieldFor(const KnownLayout &layout, const QString &header);
/// A header reduced for comparison: lower case, accents and ß folded, only letters and digits
/// ("E-Mail-Adresse" and "e-mail adresse" both become "emailadresse").
QString normalizeHeader(const QString &header);

/// The date order to read a file's dates in: decided from the values of its date columns
/// (`isDateField` says which fields hold dates), falling back to the requested order, then the
/// layout's own (Outlook's German export is day-first).
DateOrder learnDateOrder(const ColumnMapping &mapping, ImportEntity entity, DateOrder requested,
                         const QList<RawRow> &sampleRows, bool (*isDateField)(const QString &field));

} // namespace KnownLayouts
} // namespace clientele
