#pragma once

#include <QString>
#include <QVariant>

namespace clientele {

/// Qt's SQL drivers bind a null QString as SQL NULL. Text columns that are NOT NULL DEFAULT ''
/// need an empty, non-null string instead: bind text through this.
inline QVariant sqlText(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

/// NULL for an empty string: for optional columns such as dates.
inline QVariant sqlTextOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace clientele
