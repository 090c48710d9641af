#include "mappingpage.h"

#include "common/theme.h"
#include "customfields/customfieldrepository.h"
#include "db/database.h"
#include "fieldcombo.h"
#include "import/importpresetrepository.h"
#include "importsession.h"
#include "previewmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizard>

#include <algorithm>

namespace clientele {

namespace {

enum MappingColumn { HeaderColumn, FieldColumn, SampleColumn };
constexpr int SampleCount = 3;

QString samples(const ImportPreview &preview, qsizetype column)
{
    QStringList values;
    for (const RawRow &row : preview.rows) {
        const QString value = row.cells.value(column).simplified();
        if (!value.isEmpty() && !values.contains(value))
            values << value;
        if (values.size() == SampleCount)
            break;
    }
    return values.join(QStringLiteral("  ·  "));
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_layout(new QLabel(this))
    , m_presets(new QComboBox(this))
    , m_savePreset(new QPushButton(tr("&Save Mapping as Preset…"), this))
    , m_table(new QTableWidget(this))
    , m_vcardNote(new QLabel(this))
    , m_unmapped(new QComboBox(this))
    , m_dateOrder(new QComboBox(this))
    , m_duplicates(new QComboBox(this))
    , m_matchKey(new QComboBox(this))
    , m_caption(new QLabel(this))
    , m_model(new ImportPreviewModel(this))
    , m_preview(new QTableView(this))
{
    setTitle(tr("Match the Columns"));
    setSubTitle(tr("Choose what each column of the file becomes. The preview shows the first rows as they "
                   "will be stored."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_layout->setObjectName(QStringLiteral("importLayout"));
    auto *presetLabel = new QLabel(tr("&Preset:"), this);
    presetLabel->setBuddy(m_presets);
    m_presets->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *top = new QHBoxLayout;
    top->addWidget(m_layout, 1);
    top->addWidget(presetLabel);
    top->addWidget(m_presets);
    top->addWidget(m_savePreset);

    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Column in the file"), tr("Imports as"), tr("Sample values")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    // The field choosers take the focus one after the other; the table itself needs none.
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(HeaderColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_vcardNote->setWordWrap(true);
    m_vcardNote->setText(tr("vCard files name their fields themselves: names, e-mails, phones, addresses, "
                            "birthdays, notes and categories (as tags) are read as they are."));

    m_unmapped->addItem(tr("Leave them out"), int(UnmappedColumns::Ignore));
    m_unmapped->addItem(tr("Keep each in a custom field"), int(UnmappedColumns::CustomField));
    m_unmapped->addItem(tr("Add them to the notes"), int(UnmappedColumns::AppendToNotes));
    m_dateOrder->addItem(tr("Detect from the file"), int(DateOrder::Auto));
    m_dateOrder->addItem(tr("Day first (31.12.2025)"), int(DateOrder::DayMonthYear));
    m_dateOrder->addItem(tr("Month first (12/31/2025)"), int(DateOrder::MonthDayYear));
    m_dateOrder->addItem(tr("Year first (2025-12-31)"), int(DateOrder::YearMonthDay));
    m_duplicates->addItem(tr("Skip them"), int(DuplicatePolicy::Skip));
    m_duplicates->addItem(tr("Fill in empty fields"), int(DuplicatePolicy::Merge));
    m_duplicates->addItem(tr("Overwrite with the file's values"), int(DuplicatePolicy::Overwrite));
    m_matchKey->addItem(tr("E-mail, then phone"), int(MatchKey::EmailThenPhone));
    m_matchKey->addItem(tr("E-mail"), int(MatchKey::Email));
    m_matchKey->addItem(tr("Phone"), int(MatchKey::Phone));
    m_matchKey->addItem(tr("Name and company"), int(MatchKey::NameAndCompany));

    auto *options = new QGroupBox(tr("Options"), this);
    auto *form = new QFormLayout(options);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Unmapped columns:"), m_unmapped);
    form->addRow(tr("&Dates:"), m_dateOrder);
    form->addRow(tr("Existing &contacts:"), m_duplicates);
    form->addRow(tr("Same person &when:"), m_matchKey);
    auto *hint = new QLabel(tr("Rows that match an existing contact, or an earlier row of the file, are "
                               "duplicates."),
                            options);
    hint->setWordWrap(true);
    QPalette muted = hint->palette();
    muted.setColor(QPalette::WindowText, theme::mutedText());
    hint->setPalette(muted);
    form->addRow(hint);

    auto *mappingArea = new QWidget(this);
    auto *mappingLayout = new QHBoxLayout(mappingArea);
    mappingLayout->setContentsMargins(0, 0, 0, 0);
    auto *tableColumn = new QVBoxLayout;
    tableColumn->addWidget(m_table, 1);
    tableColumn->addWidget(m_vcardNote);
    mappingLayout->addLayout(tableColumn, 3);
    auto *optionsColumn = new QVBoxLayout;
    optionsColumn->addWidget(options);
    optionsColumn->addStretch(1);
    mappingLayout->addLayout(optionsColumn, 2);

    m_preview->setModel(m_model);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setWordWrap(false);
    m_preview->setAlternatingRowColors(false);
    m_preview->verticalHeader()->hide();
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 10);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_caption->setTextFormat(Qt::PlainText);
    auto *previewArea = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewArea);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_caption);
    previewLayout->addWidget(m_preview, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(mappingArea);
    splitter->addWidget(previewArea);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_presets, &QComboBox::activated, this, &ImportMappingPage::presetChosen);
    connect(m_savePreset, &QPushButton::clicked, this, &ImportMappingPage::savePreset);
    connect(m_unmapped, &QComboBox::activated, this,
            [this] { m_session.setUnmapped(UnmappedColumns(m_unmapped->currentData().toInt())); });
    connect(m_dateOrder, &QComboBox::activated, this,
            [this] { m_session.setDateOrder(DateOrder(m_dateOrder->currentData().toInt())); });
    connect(m_duplicates, &QComboBox::activated, this, &ImportMappingPage::duplicatesChanged);
    connect(m_matchKey, &QComboBox::activated, this, &ImportMappingPage::duplicatesChanged);
    connect(&m_session, &ImportSession::previewChanged, this, &ImportMappingPage::showPreview);
}

void ImportMappingPage::initializePage()
{
    reloadPresets();
    m_shownHeaders.clear();
    showPreview();
}

bool ImportMappingPage::isComplete() const
{
    if (!m_session.hasPreview())
        return false;
    const ImportPreview &preview = m_session.preview();
    if (preview.format == QLatin1String("vcf"))
        return !preview.contacts.isEmpty();
    return std::any_of(preview.mapping.fields.cbegin(), preview.mapping.fields.cend(),
                       [](const QString &field) { return field != ImportFields::Ignore && !field.isEmpty(); });
}

FieldCombo *ImportMappingPage::fieldCombo(int column) const
{
    return qobject_cast<FieldCombo *>(m_table->cellWidget(column, FieldColumn));
}

QString ImportMappingPage::layoutName(const QString &layout)
{
    static const QMap<QString, const char *> names {
        {QStringLiteral("shopify_customers"), QT_TR_NOOP("Shopify customers export")},
        {QStringLiteral("google_contacts"), QT_TR_NOOP("Google Contacts export")},
        {QStringLiteral("outlook_contacts"), QT_TR_NOOP("Outlook contacts export")},
        {QStringLiteral("square_customers"), QT_TR_NOOP("Square customer directory")},
        {QStringLiteral("hubspot_contacts"), QT_TR_NOOP("HubSpot contacts export")},
        {QStringLiteral("mailchimp_audience"), QT_TR_NOOP("Mailchimp audience export")},
        {QStringLiteral("etsy_orders"), QT_TR_NOOP("Etsy sold orders")},
        {QStringLiteral("shopify_orders"), QT_TR_NOOP("Shopify orders export")},
    };
    const char *name = names.value(layout);
    return name ? tr(name) : QString();
}

void ImportMappingPage::showPreview()
{
    if (!m_session.hasPreview()) {
        m_model->clear();
        m_caption->setText(m_session.previewError());
        Q_EMIT completeChanged();
        return;
    }
    const ImportPreview &preview = m_session.preview();
    const bool vcard = preview.format == QLatin1String("vcf");
    m_table->setVisible(!vcard);
    m_vcardNote->setVisible(vcard);
    m_presets->setEnabled(!vcard);
    m_savePreset->setEnabled(!vcard);
    m_unmapped->setEnabled(!vcard);
    m_unmapped->setCurrentIndex(m_unmapped->findData(int(m_session.request().unmapped)));
    const QString layout = layoutName(preview.mapping.layout);
    if (vcard)
        m_layout->setText(tr("vCard address book"));
    else if (preview.mapping.headerless)
        m_layout->setText(tr("<b>No header row was found</b>: the columns were matched by what they hold. "
                             "Check each column below."));
    else if (!layout.isEmpty())
        m_layout->setText(tr("Recognised: <b>%1</b>").arg(layout.toHtmlEscaped()));
    else
        m_layout->setText(tr("Columns matched by their headers"));
    if (preview.mapping.headers != m_shownHeaders || m_shownEntity != int(m_session.request().entity))
        rebuildTable();
    else
        updateTable();
    m_model->setPreview(preview, m_session.request().entity);
    m_preview->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_preview->setColumnWidth(column, qMin(m_preview->columnWidth(column) + 12, 260));
    updateCaption();
    Q_EMIT completeChanged();
}

void ImportMappingPage::rebuildTable()
{
    const ImportPreview &preview = m_session.preview();
    const ImportEntity entity = m_session.request().entity;
    m_shownHeaders = preview.mapping.headers;
    m_shownEntity = int(entity);
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_shownHeaders.size()));
    const QStringList custom = customNames();
    // Rows tall enough for the field choosers they hold.
    m_table->verticalHeader()->setDefaultSectionSize(FieldCombo(entity, {}).sizeHint().height() + 8);
    QWidget *previous = m_presets;
    for (int column = 0; column < m_shownHeaders.size(); ++column) {
        const QString header = m_shownHeaders.at(column);
        auto *headerItem = new QTableWidgetItem(header.isEmpty() ? tr("(column %1)").arg(column + 1) : header);
        QFont font = headerItem->font();
        font.setBold(true);
        headerItem->setFont(font);
        m_table->setItem(column, HeaderColumn, headerItem);
        const QString sample = samples(preview, column);
        auto *sampleItem = new QTableWidgetItem(sample.isEmpty() ? tr("(empty)") : sample);
        sampleItem->setToolTip(sample);
        if (sample.isEmpty())
            sampleItem->setForeground(theme::mutedText());
        m_table->setItem(column, SampleColumn, sampleItem);

        auto *combo = new FieldCombo(entity, custom, m_table);
        combo->setField(preview.mapping.fieldOf(column));
        combo->setAccessibleName(tr("Field for column %1").arg(header));
        combo->installEventFilter(this);
        m_table->setCellWidget(column, FieldColumn, combo);
        QWidget::setTabOrder(previous, combo);
        previous = combo;
        connect(combo, &FieldCombo::fieldChosen, this,
                [this, header](const QString &field) { m_session.setColumnField(header, field); });
        connect(combo, &FieldCombo::customNameAdded, this, [this](const QString &name) {
            m_addedCustomNames << name;
            for (int row = 0; row < m_table->rowCount(); ++row) {
                if (FieldCombo *other = fieldCombo(row))
                    other->addCustomName(name);
            }
        });
    }
    QWidget::setTabOrder(previous, m_unmapped);
}

void ImportMappingPage::updateTable()
{
    const ColumnMapping &mapping = m_session.preview().mapping;
    for (int column = 0; column < m_table->rowCount(); ++column) {
        if (FieldCombo *combo = fieldCombo(column))
            combo->setField(mapping.fieldOf(column));
    }
}

void ImportMappingPage::updateCaption()
{
    const int rows = m_model->rowCount();
    QStringList parts;
    if (m_session.request().entity == ImportEntity::Orders)
        parts << (rows == 1 ? tr("Preview of the first order as it will be stored")
                            : tr("Preview of the first %n orders as they will be stored", nullptr, rows));
    else
        parts << (rows == 1 ? tr("Preview of the first contact as it will be stored")
                            : tr("Preview of the first %n contacts as they will be stored", nullptr, rows));
    if (const int rejected = m_model->rejectedCount())
        parts << tr("%n will be rejected", nullptr, rejected);
    if (const int warnings = m_model->warningCount())
        parts << tr("%n with warnings", nullptr, warnings);
    if (m_model->rejectedCount() + m_model->warningCount() > 0)
        parts << tr("point at a tinted row to see why");
    m_caption->setText(parts.join(QStringLiteral(" · ")));
}

QStringList ImportMappingPage::customNames() const
{
    QStringList names;
    for (const CustomField &field : CustomFieldRepository(m_session.database().connection(), m_session.clock()).list())
        names << field.name;
    for (const QString &name : m_addedCustomNames) {
        if (!names.contains(name))
            names << name;
    }
    return names;
}

void ImportMappingPage::reloadPresets(const QString &select)
{
    m_presets->clear();
    m_presets->addItem(tr("None: as detected"), QString());
    const ImportEntity entity = m_session.request().entity;
    for (const ImportPreset &preset :
         ImportPresetRepository(m_session.database().connection(), m_session.clock()).list()) {
        if (preset.entity == entity)
            m_presets->addItem(preset.name, preset.name);
    }
    const int index = select.isEmpty() ? 0 : m_presets->findData(select);
    m_presets->setCurrentIndex(qMax(0, index));
}

void ImportMappingPage::presetChosen(int index)
{
    const QString name = m_presets->itemData(index).toString();
    if (name.isEmpty()) {
        m_session.setColumnFields({});
        return;
    }
    const auto preset = ImportPresetRepository(m_session.database().connection(), m_session.clock()).load(name);
    if (!preset) {
        QMessageBox::warning(this, tr("Preset"), preset.errorMessage());
        reloadPresets();
        return;
    }
    m_session.setColumnFields(preset->mapping);
}

void ImportMappingPage::savePreset()
{
    QString suggestion = m_presets->currentData().toString();
    if (suggestion.isEmpty())
        suggestion = layoutName(m_session.preview().mapping.layout);
    if (suggestion.isEmpty())
        suggestion = QFileInfo(m_session.request().path).completeBaseName();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Mapping as Preset"),
                                               tr("Name of the preset (next time, choose it to map the columns "
                                                  "the same way):"),
                                               QLineEdit::Normal, suggestion, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    ImportPresetRepository presets(m_session.database().connection(), m_session.clock());
    const bool exists = presets.load(name).ok();
    if (exists
        && QMessageBox::question(this, tr("Save Mapping as Preset"),
                                 tr("A preset named “%1” exists. Replace it?").arg(name),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    const auto saved = presets.save(name, m_session.request().entity, m_session.currentMapping());
    if (!saved) {
        QMessageBox::warning(this, tr("Save Mapping as Preset"), saved.errorMessage());
        return;
    }
    reloadPresets(name);
}

void ImportMappingPage::duplicatesChanged()
{
    m_session.setDuplicateHandling(DuplicatePolicy(m_duplicates->currentData().toInt()),
                                   MatchKey(m_matchKey->currentData().toInt()));
}

bool ImportMappingPage::eventFilter(QObject *watched, QEvent *event)
{
    // A field chooser reached with Tab scrolls into view.
    if (event->type() == QEvent::FocusIn) {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            if (m_table->cellWidget(row, FieldColumn) == watched) {
                m_table->scrollToItem(m_table->item(row, HeaderColumn));
                break;
            }
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

} // namespace clientele
