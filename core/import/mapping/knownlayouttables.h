#pragma once

// The column tables of the known export layouts, split by entity; only knownlayouts.cpp and the
// table files include this.

#include "knownlayouts.h"

#include <initializer_list>

namespace clientele::KnownLayouts::Tables {

struct Column
{
    const char *header;
    const char *field;
};

QList<QPair<QString, QString>> columns(std::initializer_list<Column> list);
QList<QStringList> signatures(std::initializer_list<std::initializer_list<const char *>> sets);
QList<QPair<QRegularExpression, QString>> patterns(std::initializer_list<Column> list);

/// Shopify customers, Google Contacts, Outlook (English and German), Square, HubSpot, Mailchimp.
QList<KnownLayout> contactLayouts();
/// Etsy sold orders and sold order items, Shopify orders.
QList<KnownLayout> orderLayouts();

} // namespace clientele::KnownLayouts::Tables
