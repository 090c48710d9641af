#include "aboutbox.h"

#include <QMessageBox>

namespace clientele {

QString AboutBox::text()
{
    return tr("<h3>Clientele %1</h3>"
              "<p>A customer book for small businesses: contacts, orders, follow-ups and a sales pipeline "
              "in one file on your computer.</p>"
              "<p>Clientele is free software, licensed under the GNU General Public License, version 3 or "
              "later (GPL-3.0-or-later). It comes with no warranty.</p>"
              "<p>Built with Qt %2, running on Qt %3.</p>")
        .arg(QStringLiteral(CLIENTELE_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
}

void AboutBox::show(QWidget *parent)
{
    QMessageBox::about(parent, tr("About Clientele"), text());
}

} // namespace clientele
