#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace clientele {

class FieldCombo;
class ImportPreviewModel;
class ImportSession;

/// The wizard's mapping page: one row per column of the file (its header, the field it goes to,
/// sample values), the recognised export layout, presets, what to do with unmapped columns,
/// dates and duplicates, and a live preview of the first rows as they will be stored. Every
/// change re-runs the preview. Its Next button starts the import.
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    QTableWidget *mappingTable() const { return m_table; }
    /// The field chooser of the file's column `column`.
    FieldCombo *fieldCombo(int column) const;
    ImportPreviewModel *previewModel() const { return m_model; }
    QTableView *previewView() const { return m_preview; }
    QLabel *layoutLabel() const { return m_layout; }
    QComboBox *presetCombo() const { return m_presets; }
    QPushButton *savePresetButton() const { return m_savePreset; }
    QComboBox *unmappedCombo() const { return m_unmapped; }
    QComboBox *dateOrderCombo() const { return m_dateOrder; }
    QComboBox *duplicatesCombo() const { return m_duplicates; }
    QComboBox *matchKeyCombo() const { return m_matchKey; }

    /// "Shopify customers export" for "shopify_customers"; "" for an unknown layout.
    static QString layoutName(const QString &layout);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showPreview();
    void rebuildTable();
    void updateTable();
    void updateCaption();
    void reloadPresets(const QString &select = {});
    void presetChosen(int index);
    void savePreset();
    void duplicatesChanged();
    QStringList customNames() const;

    ImportSession &m_session;
    QLabel *m_layout;
    QComboBox *m_presets;
    QPushButton *m_savePreset;
    QTableWidget *m_table;
    QLabel *m_vcardNote;
    QComboBox *m_unmapped;
    QComboBox *m_dateOrder;
    QComboBox *m_duplicates;
    QComboBox *m_matchKey;
    QLabel *m_caption;
    ImportPreviewModel *m_model;
    QTableView *m_preview;
    QStringList m_shownHeaders;
    int m_shownEntity = -1;
    QStringList m_addedCustomNames;
};

} // namespace clientele
