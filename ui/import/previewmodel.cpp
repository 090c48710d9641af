#include "previewmodel.h"

#include "common/displayformat.h"

#include <QApplication>
#include <QBrush>
#include <QMultiMap>
#include <QStyle>

#include <QLocale>
#include <algorithm>

namespace clientele {

namespace {

QString issueText(const QString &column, const QString &message)
{
    return column.isEmpty() ? message : QStringLiteral("%1: %2").arg(column, message);
}

QString joinValues(const QList<ContactMethod> &methods)
{
    QStringList values;
    for (const ContactMethod &method : methods)
        values << method.value;
    return values.join(QStringLiteral(", "));
}

QString birthdayText(const Birthday &birthday)
{
    if (birthday.isNull())
        return {};
    if (birthday.hasYear())
        return display::date(QDate(birthday.year, birthday.month, birthday.day));
    return QLocale().toString(QDate(2000, birthday.month, birthday.day), QStringLiteral("MMMM d"));
}

QString addressText(const Address &address)
{
    QStringList parts;
    // A second street line is stored after a line break; the preview shows one line.
    for (const QString &part : {address.street, address.city, address.region, address.postalCode, address.country}) {
        const QString line = part.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral(", ")).trimmed();
        if (!line.isEmpty())
            parts << line;
    }
    return parts.join(QStringLiteral(", "));
}

QColor tint(const QColor &color)
{
    QColor light = color;
    light.setAlpha(56);
    return light;
}

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportPreviewModel::clear()
{
    beginResetModel();
    m_columns.clear();
    m_rows.clear();
    endResetModel();
}

void ImportPreviewModel::setPreview(const ImportPreview &preview, ImportEntity entity)
{
    beginResetModel();
    m_columns.clear();
    m_rows.clear();
    // Reading problems and per-row verdicts the preview reports by row.
    QMultiMap<qint64, QString> fileIssues;
    QMap<qint64, RowState> fileStates;
    for (const ImportIssue &issue : preview.issues) {
        fileIssues.insert(issue.row, issueText(issue.column, issue.message));
        if (issue.outcome == ImportIssue::Outcome::Rejected)
            fileStates.insert(issue.row, RowState::Rejected);
        else if (!fileStates.contains(issue.row))
            fileStates.insert(issue.row, RowState::Warning);
    }
    auto finish = [&](Row &row, const QList<ImportIssue> &warnings, const QString &reject, const QString &column) {
        for (const ImportIssue &warning : warnings)
            row.issues << issueText(warning.column, warning.message);
        if (!warnings.isEmpty())
            row.state = RowState::Warning;
        if (!reject.isEmpty()) {
            row.issues.prepend(issueText(column, reject));
            row.state = RowState::Rejected;
        }
        for (const QString &message : fileIssues.values(row.line)) {
            if (!row.issues.contains(message))
                row.issues << message;
        }
        const RowState fromFile = fileStates.value(row.line, RowState::Ok);
        if (int(fromFile) > int(row.state))
            row.state = fromFile;
    };

    if (entity == ImportEntity::Orders) {
        for (Kind kind : {Kind::Line, Kind::OrderNumber, Kind::OrderDate, Kind::Customer, Kind::CustomerEmail,
                          Kind::Items, Kind::Total, Kind::OrderState})
            m_columns << Column {kind, {}};
        for (const OrderRecord &order : preview.orders) {
            Row row;
            row.line = order.row;
            for (const Column &column : std::as_const(m_columns))
                row.cells << cellText(order, column);
            finish(row, order.warnings, order.rejectReason, order.rejectColumn);
            m_rows << row;
        }
    } else {
        // Optional columns are shown when a previewed contact has a value for them.
        QList<Column> candidates;
        for (Kind kind : {Kind::Line, Kind::Name, Kind::Company, Kind::JobTitle, Kind::Email, Kind::Phone,
                          Kind::Website, Kind::Address, Kind::Birthday, Kind::Tags, Kind::Consent})
            candidates << Column {kind, {}};
        QStringList customNames;
        for (const ContactRecord &record : preview.contacts) {
            for (auto it = record.contact.custom.cbegin(); it != record.contact.custom.cend(); ++it) {
                if (!customNames.contains(it.key()))
                    customNames << it.key();
            }
        }
        for (const QString &name : std::as_const(customNames))
            candidates << Column {Kind::Custom, name};
        candidates << Column {Kind::Notes, {}};
        for (const Column &column : std::as_const(candidates)) {
            bool shown = column.kind == Kind::Line || column.kind == Kind::Name || column.kind == Kind::Email
                || column.kind == Kind::Phone;
            for (qsizetype i = 0; !shown && i < preview.contacts.size(); ++i) {
                const ContactRecord &record = preview.contacts.at(i);
                shown = !cellText(record.contact, record.companyName, column).isEmpty();
            }
            if (shown)
                m_columns << column;
        }
        for (const ContactRecord &record : preview.contacts) {
            Row row;
            row.line = record.row;
            for (const Column &column : std::as_const(m_columns))
                row.cells << cellText(record.contact, record.companyName, column);
            finish(row, record.warnings, record.rejectReason, record.rejectColumn);
            m_rows << row;
        }
    }
    endResetModel();
}

QString ImportPreviewModel::cellText(const Contact &contact, const QString &company, const Column &column) const
{
    switch (column.kind) {
    case Kind::Name: {
        if (!contact.displayName.isEmpty())
            return contact.displayName;
        return QStringList {contact.firstName, contact.lastName}.join(QLatin1Char(' ')).trimmed();
    }
    case Kind::Company:
        return company.isEmpty() ? contact.companyName : company;
    case Kind::JobTitle:
        return contact.jobTitle;
    case Kind::Email:
        return joinValues(contact.emails);
    case Kind::Phone:
        return joinValues(contact.phones);
    case Kind::Website:
        return joinValues(contact.websites);
    case Kind::Address:
        return addressText(contact.address);
    case Kind::Birthday:
        return birthdayText(contact.birthday);
    case Kind::Tags:
        return contact.tags.join(QStringLiteral(", "));
    case Kind::Consent:
        if (!contact.consent.emailMarketing.has_value())
            return {};
        return *contact.consent.emailMarketing ? tr("Yes") : tr("No");
    case Kind::Custom:
        return contact.custom.value(column.custom);
    case Kind::Notes:
        return contact.notes.simplified();
    default:
        return {};
    }
}

QString ImportPreviewModel::cellText(const OrderRecord &record, const Column &column) const
{
    const Order &order = record.order;
    switch (column.kind) {
    case Kind::OrderNumber:
        return order.externalRef.isEmpty() ? order.number : order.externalRef;
    case Kind::OrderDate:
        return order.orderedAt.isValid() ? display::date(order.orderedAt.toLocalTime().date()) : QString();
    case Kind::Customer:
        return record.customerName;
    case Kind::CustomerEmail:
        return record.customerEmail;
    case Kind::Items: {
        QStringList items;
        for (const OrderLine &line : order.lines) {
            const QString name = line.description.isEmpty() ? line.productName : line.description;
            const QString quantity = QLocale().toString(double(line.quantityMilli) / 1000.0, 'g', 12);
            items << tr("%1 × %2").arg(quantity, name);
        }
        return items.join(QStringLiteral(", "));
    }
    case Kind::Total:
        return order.currency.isEmpty() && order.totalMinor == 0 ? QString() : display::money(order.total());
    case Kind::OrderState:
        return displayName(order.status);
    default:
        return {};
    }
}

QString ImportPreviewModel::title(const Column &column) const
{
    switch (column.kind) {
    case Kind::Line:
        return tr("Line");
    case Kind::Name:
        return tr("Name");
    case Kind::Company:
        return tr("Company");
    case Kind::JobTitle:
        return tr("Job title");
    case Kind::Email:
        return tr("E-mail");
    case Kind::Phone:
        return tr("Phone");
    case Kind::Website:
        return tr("Website");
    case Kind::Address:
        return tr("Address");
    case Kind::Birthday:
        return tr("Birthday");
    case Kind::Tags:
        return tr("Tags");
    case Kind::Consent:
        return tr("E-mail consent");
    case Kind::Custom:
        return column.custom;
    case Kind::Notes:
        return tr("Notes");
    case Kind::OrderNumber:
        return tr("Order");
    case Kind::OrderDate:
        return tr("Date");
    case Kind::Customer:
        return tr("Customer");
    case Kind::CustomerEmail:
        return tr("E-mail");
    case Kind::Items:
        return tr("Items");
    case Kind::Total:
        return tr("Total");
    case Kind::OrderState:
        return tr("Status");
    }
    return {};
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (m_columns.at(index.column()).kind == Kind::Line)
            return QString::number(row.line);
        return row.cells.at(index.column());
    case Qt::ToolTipRole:
        if (!row.issues.isEmpty())
            return row.issues.join(QLatin1Char('\n'));
        return m_columns.at(index.column()).kind == Kind::Line ? tr("Line %1 of the file").arg(row.line) : QVariant();
    case Qt::BackgroundRole:
        if (row.state == RowState::Rejected)
            return QBrush(tint(QColor(0xc6, 0x28, 0x28)));
        if (row.state == RowState::Warning)
            return QBrush(tint(QColor(0xe8, 0xa3, 0x17)));
        return {};
    case Qt::DecorationRole:
        if (m_columns.at(index.column()).kind != Kind::Line || row.state == RowState::Ok)
            return {};
        return QApplication::style()->standardIcon(row.state == RowState::Rejected ? QStyle::SP_MessageBoxCritical
                                                                                   : QStyle::SP_MessageBoxWarning);
    case Qt::TextAlignmentRole:
        if (m_columns.at(index.column()).kind == Kind::Line || m_columns.at(index.column()).kind == Kind::Total)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return title(m_columns.at(section));
    if (role == Qt::ToolTipRole && m_columns.at(section).kind == Kind::Custom)
        return tr("Custom field");
    return {};
}

int ImportPreviewModel::columnOf(const QString &text) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (title(m_columns.at(i)) == text)
            return i;
    }
    return -1;
}

ImportPreviewModel::RowState ImportPreviewModel::rowState(int row) const
{
    return m_rows.at(row).state;
}

QString ImportPreviewModel::rowIssues(int row) const
{
    return m_rows.at(row).issues.join(QLatin1Char('\n'));
}

int ImportPreviewModel::rejectedCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.state == RowState::Rejected; }));
}

int ImportPreviewModel::warningCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.state == RowState::Warning; }));
}

} // namespace clientele
