#include "clipboard.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMap>
#include <QTextEdit>

namespace clientele {

bool copySelection(QWidget *focus)
{
    if (auto *line = qobject_cast<QLineEdit *>(focus)) {
        if (!line->hasSelectedText())
            return false;
        line->copy();
        return true;
    }
    if (auto *text = qobject_cast<QTextEdit *>(focus)) {
        if (!text->textCursor().hasSelection())
            return false;
        text->copy();
        return true;
    }
    auto *view = qobject_cast<QAbstractItemView *>(focus);
    if (!view || !view->selectionModel())
        return false;
    // Rows in view order, columns left to right, whatever order the user selected them in.
    QMap<int, QMap<int, QString>> cells;
    for (const QModelIndex &index : view->selectionModel()->selectedIndexes())
        cells[index.row()][index.column()] = index.data(Qt::DisplayRole).toString();
    if (cells.isEmpty())
        return false;
    QStringList lines;
    for (const auto &row : std::as_const(cells))
        lines << QStringList(row.values()).join(QLatin1Char('\t'));
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    return true;
}

} // namespace clientele
