#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace clientele {

class ImportSession;

/// The wizard's first page: the file (chosen, typed or dropped), whether it holds contacts or
/// orders, and how it is read: format, encoding, delimiter and sheet, each detected and each
/// overridable. The first rows as read show whether the choices are right.
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportSession &session, QWidget *parent = nullptr);

    bool isComplete() const override;

    QComboBox *formatCombo() const { return m_format; }
    QComboBox *encodingCombo() const { return m_encoding; }
    QComboBox *delimiterCombo() const { return m_delimiter; }
    QComboBox *sheetCombo() const { return m_sheet; }
    QRadioButton *contactsButton() const { return m_contacts; }
    QRadioButton *ordersButton() const { return m_orders; }
    QTableWidget *rawTable() const { return m_raw; }
    /// What was detected ("Delimited text (CSV) · UTF-8 · Semicolon · 20 rows"), or the error.
    QString summary() const;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFile();
    void readOptionsChanged();
    void entityChanged();
    void showPreview();
    void fillRawTable();

    ImportSession &m_session;
    QLineEdit *m_path;
    QPushButton *m_choose;
    QRadioButton *m_contacts;
    QRadioButton *m_orders;
    QComboBox *m_format;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QLabel *m_sheetLabel;
    QComboBox *m_sheet;
    QLabel *m_status;
    QTableWidget *m_raw;
};

} // namespace clientele
