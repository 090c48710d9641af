#pragma once

#include <QColor>
#include <QIcon>

namespace clientele::icons {

/// Line icons drawn with QPainter at any size, so they look the same on every desktop and need
/// no SVG plugin. `color` is used for the normal state; selected items use the accent colour.
QIcon dashboard(const QColor &color = {});
QIcon contacts(const QColor &color = {});
QIcon orders(const QColor &color = {});
QIcon followUps(const QColor &color = {});
QIcon pipeline(const QColor &color = {});
QIcon search(const QColor &color = {});

/// The application icon: the packaged PNGs when they are built in, else a drawn stand-in.
QIcon application();

} // namespace clientele::icons
