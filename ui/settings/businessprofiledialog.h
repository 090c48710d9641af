#pragma once

#include "settings/businessprofile.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace clientele {

/// Settings › Business Profile: who the business is on order slips and invoices (name, address,
/// tax id, bank details, logo, paper size). Saved in the book when the dialog is accepted.
/// Invoices already issued keep the profile they were issued with.
class BusinessProfileDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit BusinessProfileDialog(QSqlDatabase db, QWidget *parent = nullptr);

    /// The profile as the fields show it.
    BusinessProfile profile() const;
    void setProfile(const BusinessProfile &profile);
    /// Reads a PNG or JPEG as the logo; false (and the logo unchanged) when it is no image.
    bool setLogoFile(const QString &path);
    /// Stores the fields; on failure shows the reason and returns false.
    bool save();

    void accept() override;

private:
    void chooseLogo();
    void updateLogoLabel();

    QSqlDatabase m_db;
    QByteArray m_logo;
    QLineEdit *m_name;
    QPlainTextEdit *m_address;
    QLineEdit *m_taxId;
    QPlainTextEdit *m_bank;
    QLabel *m_logoLabel;
    QComboBox *m_paper;
};

} // namespace clientele
