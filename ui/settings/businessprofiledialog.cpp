#include "businessprofiledialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clientele {

namespace {

QStringList linesOf(const QPlainTextEdit *edit)
{
    QStringList lines;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

} // namespace

BusinessProfileDialog::BusinessProfileDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_name(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_taxId(new QLineEdit(this))
    , m_bank(new QPlainTextEdit(this))
    , m_logoLabel(new QLabel(this))
    , m_paper(new QComboBox(this))
{
    setWindowTitle(tr("Business Profile"));
    const int lineHeight = fontMetrics().lineSpacing();
    m_address->setFixedHeight(lineHeight * 4 + 12);
    m_bank->setFixedHeight(lineHeight * 3 + 12);
    m_address->setTabChangesFocus(true);
    m_bank->setTabChangesFocus(true);
    m_paper->addItem(tr("A4"), int(PaperSize::A4));
    m_paper->addItem(tr("US Letter"), int(PaperSize::Letter));

    auto *chooseLogo = new QPushButton(tr("Choose…"), this);
    auto *removeLogo = new QPushButton(tr("Remove"), this);
    connect(chooseLogo, &QPushButton::clicked, this, &BusinessProfileDialog::chooseLogo);
    connect(removeLogo, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        updateLogoLabel();
    });
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoLabel, 1);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(removeLogo);

    auto *form = new QFormLayout;
    form->addRow(tr("Business name"), m_name);
    form->addRow(tr("Address"), m_address);
    form->addRow(tr("Tax ID"), m_taxId);
    form->addRow(tr("Bank details"), m_bank);
    form->addRow(tr("Logo"), logoRow);
    form->addRow(tr("Paper"), m_paper);

    auto *note = new QLabel(tr("Printed on order slips, quotes and invoices. Invoices already issued keep the "
                               "profile they were issued with."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setProfile(readBusinessProfile(m_db));
}

BusinessProfile BusinessProfileDialog::profile() const
{
    BusinessProfile profile;
    profile.name = m_name->text().trimmed();
    profile.addressLines = linesOf(m_address);
    profile.taxId = m_taxId->text().trimmed();
    profile.bankDetails = linesOf(m_bank);
    profile.logo = m_logo;
    profile.paperSize = PaperSize(m_paper->currentData().toInt());
    return profile;
}

void BusinessProfileDialog::setProfile(const BusinessProfile &profile)
{
    m_name->setText(profile.name);
    m_address->setPlainText(profile.addressLines.join(QLatin1Char('\n')));
    m_taxId->setText(profile.taxId);
    m_bank->setPlainText(profile.bankDetails.join(QLatin1Char('\n')));
    m_logo = profile.logo;
    m_paper->setCurrentIndex(m_paper->findData(int(profile.paperSize)));
    updateLogoLabel();
}

bool BusinessProfileDialog::setLogoFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    if (QImage::fromData(bytes).isNull())
        return false;
    m_logo = bytes;
    updateLogoLabel();
    return true;
}

bool BusinessProfileDialog::save()
{
    if (auto s = saveBusinessProfile(m_db, profile()); !s) {
        if (isVisible())
            QMessageBox::warning(this, windowTitle(), s.errorMessage());
        return false;
    }
    return true;
}

void BusinessProfileDialog::accept()
{
    if (save())
        QDialog::accept();
}

void BusinessProfileDialog::chooseLogo()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Choose a Logo"), QString(), tr("Images (*.png *.jpg *.jpeg)"));
    if (!path.isEmpty() && !setLogoFile(path))
        QMessageBox::warning(this, windowTitle(), tr("%1 is not a PNG or JPEG image.").arg(path));
}

void BusinessProfileDialog::updateLogoLabel()
{
    const QImage image = QImage::fromData(m_logo);
    if (image.isNull()) {
        m_logoLabel->setPixmap({});
        m_logoLabel->setText(tr("No logo"));
        return;
    }
    m_logoLabel->setPixmap(QPixmap::fromImage(image.scaledToHeight(48, Qt::SmoothTransformation)));
}

} // namespace clientele
