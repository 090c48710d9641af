#pragma once

#include <QObject>
#include <QString>

class QHeaderView;

namespace clientele {

class ContactTableModel;

/// The contact table's column choice: a header context menu with a checkable entry per column
/// (the name always shows) and "Sort names by last name"; widths, order, visibility, the sort
/// and the name order are remembered in QSettings under `group` and restored on the next start.
class ContactColumns final : public QObject
{
    Q_OBJECT

public:
    ContactColumns(QHeaderView *header, ContactTableModel *model,
                   const QString &group = QStringLiteral("contacts/list"));

    /// Puts back what save() kept; returns false when nothing was kept yet.
    bool restore();
    void save() const;

private:
    void showMenu(const QPoint &pos);

    QHeaderView *m_header;
    ContactTableModel *m_model;
    QString m_group;
};

} // namespace clientele
