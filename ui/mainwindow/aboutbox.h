#pragma once

#include <QCoreApplication>

class QWidget;

namespace clientele {

/// Help › About Clientele: version, license and the Qt it runs on.
class AboutBox final
{
    Q_DECLARE_TR_FUNCTIONS(AboutBox)

public:
    static QString text();
    static void show(QWidget *parent);
};

} // namespace clientele
