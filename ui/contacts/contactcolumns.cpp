#include "contactcolumns.h"

#include "contacttablemodel.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>

namespace clientele {

ContactColumns::ContactColumns(QHeaderView *header, ContactTableModel *model, const QString &group)
    : QObject(header)
    , m_header(header)
    , m_model(model)
    , m_group(group)
{
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    m_header->setSectionsMovable(true);
    connect(m_header, &QWidget::customContextMenuRequested, this, &ContactColumns::showMenu);
    // Saved as they change, so a crash or a second window keeps the latest layout.
    connect(m_header, &QHeaderView::sectionResized, this, &ContactColumns::save);
    connect(m_header, &QHeaderView::sectionMoved, this, &ContactColumns::save);
    connect(m_header, &QHeaderView::sortIndicatorChanged, this, &ContactColumns::save);
}

bool ContactColumns::restore()
{
    const QSettings settings;
    const QByteArray state = settings.value(m_group + QStringLiteral("/header")).toByteArray();
    m_model->setNameByLastName(settings.value(m_group + QStringLiteral("/nameByLastName"), false).toBool());
    if (state.isEmpty() || !m_header->restoreState(state))
        return false;
    // The name identifies the row: it is never hidden, whatever an old state says.
    m_header->setSectionHidden(ContactTableModel::Name, false);
    return true;
}

void ContactColumns::save() const
{
    QSettings settings;
    settings.setValue(m_group + QStringLiteral("/header"), m_header->saveState());
    settings.setValue(m_group + QStringLiteral("/nameByLastName"), m_model->nameByLastName());
}

void ContactColumns::showMenu(const QPoint &pos)
{
    QMenu menu(m_header);
    for (int column = 0; column < ContactTableModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(column));
        action->setEnabled(column != ContactTableModel::Name);
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            m_header->setSectionHidden(column, !shown);
            save();
        });
    }
    menu.addSeparator();
    QAction *byLastName = menu.addAction(tr("Sort names by last name"));
    byLastName->setCheckable(true);
    byLastName->setChecked(m_model->nameByLastName());
    connect(byLastName, &QAction::toggled, this, [this](bool checked) {
        m_model->setNameByLastName(checked);
        save();
    });
    menu.exec(m_header->mapToGlobal(pos));
}

} // namespace clientele
