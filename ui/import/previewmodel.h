#pragma once

#include "import/importer.h"

#include <QAbstractTableModel>

namespace clientele {

/// The wizard's live preview: the first rows of the file as they will be stored (contacts with
/// their name, company, e-mails, phones, birthday, tags and custom values; or orders). Columns
/// that no previewed record fills are left out, except the name, e-mail and phone. A row with a
/// problem is tinted (red: it will be rejected; amber: a warning) and its tooltip says why.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class RowState { Ok, Warning, Rejected };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPreview(const ImportPreview &preview, ImportEntity entity);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The column titled `title` (as headerData shows it), or -1.
    int columnOf(const QString &title) const;
    RowState rowState(int row) const;
    /// Every reason given for the row, one per line.
    QString rowIssues(int row) const;
    int rejectedCount() const;
    int warningCount() const;

private:
    enum class Kind {
        Line,
        Name,
        Company,
        JobTitle,
        Email,
        Phone,
        Website,
        Address,
        Birthday,
        Tags,
        Consent,
        Custom,
        Notes,
        OrderNumber,
        OrderDate,
        Customer,
        CustomerEmail,
        Items,
        Total,
        OrderState,
    };
    struct Column
    {
        Kind kind;
        QString custom; ///< for Kind::Custom
    };
    struct Row
    {
        qint64 line = 0;
        QStringList cells;
        RowState state = RowState::Ok;
        QStringList issues;
    };

    QString cellText(const Contact &contact, const QString &company, const Column &column) const;
    QString cellText(const OrderRecord &order, const Column &column) const;
    QString title(const Column &column) const;

    QList<Column> m_columns;
    QList<Row> m_rows;
};

} // namespace clientele
