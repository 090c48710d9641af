#pragma once

#include <QStyledItemDelegate>

namespace clientele {

/// Paints a deal in a pipeline column as a card: title, customer, value and a probability pill.
/// The item's data: DisplayRole the title, and the roles below.
class DealCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role { DealIdRole = Qt::UserRole + 1, ContactRole, ValueRole, ProbabilityRole, CloseDateRole };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace clientele
