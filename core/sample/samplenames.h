#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace clientele::sample {

/// First and last names of one naming tradition. Portland's customers come from everywhere;
/// drawing both names from one tradition most of the time keeps the names believable.
struct NameGroup
{
    double weight = 1;
    QStringList firstNames;
    QStringList lastNames;
};

const QList<NameGroup> &nameGroups();

/// Plain ASCII for an email local part: "Zoë Núñez-O'Connor" -> "zoenunezoconnor".
QString asciiFold(const QString &text);

} // namespace clientele::sample
