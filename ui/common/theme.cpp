#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace clientele::theme {

QColor accent()
{
    return QColor(0xe0, 0x55, 0x3d);
}

QColor accentSoft()
{
    return QColor(0xfc, 0xe6, 0xdf);
}

QColor secondary()
{
    return QColor(0x3f, 0x7c, 0xac);
}

QColor windowBackground()
{
    return QColor(0xf7, 0xf5, 0xf3);
}

QColor cardBackground()
{
    return QColor(0xff, 0xff, 0xff);
}

QColor border()
{
    return QColor(0xe6, 0xe0, 0xdb);
}

QColor text()
{
    return QColor(0x2a, 0x27, 0x25);
}

QColor mutedText()
{
    return QColor(0x7a, 0x72, 0x6c);
}

QColor warning()
{
    return QColor(0xc2, 0x41, 0x0c);
}

QColor success()
{
    return QColor(0x2e, 0x7d, 0x32);
}

namespace {

QString styleSheet()
{
    // Colours are filled in below so the palette above stays the single source of truth.
    return QStringLiteral(R"(
QMainWindow, QDialog { background: %1; }
QToolBar { background: %1; border: none; border-bottom: 1px solid %3; padding: 6px 10px; spacing: 8px; }
QStatusBar { background: %1; color: %5; border-top: 1px solid %3; }
QStatusBar QLabel { color: %5; padding: 0 6px; }
QFrame#sidebarPanel { background: #efebe7; border: none; border-right: 1px solid %3; }
QListWidget#sidebar { background: transparent; border: none; padding: 0; outline: 0; }
QListWidget#sidebar::item { padding: 0 10px; border-radius: 8px; color: %4; }
QListWidget#sidebar::item:hover { background: #e7e1dc; }
QListWidget#sidebar::item:selected { background: %6; color: %7; font-weight: bold; }
QLabel#pageTitle { font-size: 17pt; font-weight: bold; color: %4; }
QLabel#pageSubtitle { color: %5; }
QLabel#brandName { font-size: 13pt; font-weight: bold; color: %4; }
QLabel#brandBusiness { color: %5; }
QFrame#card { background: %2; border: 1px solid %3; border-radius: 10px; }
QLabel#cardTitle { font-weight: bold; color: %4; }
QLabel#kpiValue { font-size: 18pt; font-weight: bold; color: %4; }
QLabel#kpiCaption { color: %5; }
QTableView, QTreeView, QTextBrowser, QListView { background: %2; border: 1px solid %3; border-radius: 8px;
    selection-background-color: %6; selection-color: %4; }
QTableView::item, QTreeView::item { padding: 4px 6px; }
QHeaderView::section { background: %2; color: %5; border: none; border-bottom: 1px solid %3;
    padding: 6px 6px; font-weight: bold; }
QLineEdit { background: %2; border: 1px solid %3; border-radius: 8px; padding: 5px 9px; }
QLineEdit:focus { border: 1px solid %7; }
QComboBox { background: %2; border: 1px solid %3; border-radius: 8px; padding: 5px 10px; min-width: 12em; }
QComboBox:hover { border-color: %7; }
QComboBox::drop-down { subcontrol-origin: padding; subcontrol-position: center right; width: 24px; border: none; }
QComboBox::down-arrow { image: url(:/clientele/ui/chevron-down.png); width: 12px; height: 12px; }
QPushButton { background: %2; border: 1px solid %3; border-radius: 8px; padding: 6px 14px; }
QPushButton:hover { border-color: %7; }
QPushButton#primaryChoice, QPushButton#secondaryChoice { text-align: left; padding: 16px 18px; border-radius: 12px;
    font-size: 11pt; }
QPushButton#primaryChoice { background: %7; color: white; border: 1px solid %7; }
QPushButton#primaryChoice:hover { background: #c9482f; }
QSplitter::handle { background: transparent; }
QFrame#stageColumn { background: #efebe7; border-radius: 12px; }
QLabel#stageTitle { font-weight: bold; font-size: 11pt; color: %4; }
QLabel#stageCount { background: %2; border-radius: 9px; padding: 1px 8px; color: %5; }
QLabel#stageTotals { color: %5; }
QListWidget#stageList { background: transparent; border: none; }
QWidget#pipelineBoard, QWidget#dashboardBoard { background: transparent; }
QLabel#kpiCaption[warning="true"] { color: #c2410c; }
QLabel#kpiCaption[good="true"] { color: #2e7d32; }
QScrollArea { background: transparent; border: none; }
)")
        .arg(windowBackground().name(), cardBackground().name(), border().name(), text().name(), mutedText().name(),
             accentSoft().name(), accent().name());
}

} // namespace

void applyAppearance(QApplication &app)
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QPalette palette = QApplication::palette();
    palette.setColor(QPalette::Window, windowBackground());
    palette.setColor(QPalette::WindowText, text());
    palette.setColor(QPalette::Base, cardBackground());
    palette.setColor(QPalette::AlternateBase, QColor(0xfa, 0xf8, 0xf6));
    palette.setColor(QPalette::Text, text());
    palette.setColor(QPalette::Button, cardBackground());
    palette.setColor(QPalette::ButtonText, text());
    palette.setColor(QPalette::Highlight, accent());
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, accent().darker(115));
    palette.setColor(QPalette::PlaceholderText, mutedText());
    palette.setColor(QPalette::ToolTipBase, cardBackground());
    palette.setColor(QPalette::ToolTipText, text());
    QApplication::setPalette(palette);
    app.setStyleSheet(styleSheet());
}

} // namespace clientele::theme
