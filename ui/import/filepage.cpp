#include "filepage.h"

#include "common/theme.h"
#include "importfiles.h"
#include "importsession.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clientele {

namespace {

constexpr int RawRows = 8;

void addChoice(QComboBox *combo, const QString &text, const QString &value)
{
    combo->addItem(text, value);
}

/// Puts the detected value into the "Automatic" entry, so the user sees what was found.
void showDetected(QComboBox *combo, const QString &detected)
{
    combo->setItemText(0,
                       detected.isEmpty()
                           ? QCoreApplication::translate("ImportFilePage", "Automatic")
                           : QCoreApplication::translate("ImportFilePage", "Automatic: %1").arg(detected));
}

void select(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

ImportFilePage::ImportFilePage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_path(new QLineEdit(this))
    , m_choose(new QPushButton(tr("&Choose…"), this))
    , m_contacts(new QRadioButton(tr("C&ontacts: customers, people, companies"), this))
    , m_orders(new QRadioButton(tr("O&rders: an order or sales export"), this))
    , m_format(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_sheetLabel(new QLabel(tr("S&heet:"), this))
    , m_sheet(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_raw(new QTableWidget(this))
{
    setTitle(tr("Choose a File"));
    setSubTitle(tr("A customer list from a shop system, a spreadsheet or an address book. You can also drop "
                   "the file on this window."));
    setAcceptDrops(true);

    m_path->setPlaceholderText(tr("No file chosen"));
    m_path->setClearButtonEnabled(true);
    m_path->setObjectName(QStringLiteral("importPath"));
    auto *fileRow = new QHBoxLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_choose);

    auto *entityBox = new QGroupBox(tr("The file holds"), this);
    auto *entityLayout = new QVBoxLayout(entityBox);
    entityLayout->addWidget(m_contacts);
    entityLayout->addWidget(m_orders);
    auto *entityGroup = new QButtonGroup(this);
    entityGroup->addButton(m_contacts);
    entityGroup->addButton(m_orders);
    m_contacts->setChecked(true);

    addChoice(m_format, tr("Automatic"), QStringLiteral("auto"));
    for (const QString &format :
         {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("ods"), QStringLiteral("vcf")})
        addChoice(m_format, ImportFiles::formatName(format), format);
    addChoice(m_encoding, tr("Automatic"), QStringLiteral("auto"));
    for (const QString &encoding : {QStringLiteral("utf-8"), QStringLiteral("utf-16le"), QStringLiteral("utf-16be"),
                                    QStringLiteral("windows-1252")})
        addChoice(m_encoding, ImportFiles::encodingName(encoding), encoding);
    addChoice(m_delimiter, tr("Automatic"), QStringLiteral("auto"));
    for (const QString &delimiter :
         {QStringLiteral(","), QStringLiteral(";"), QStringLiteral("\t"), QStringLiteral("|")})
        addChoice(m_delimiter, ImportFiles::delimiterName(delimiter), delimiter);

    auto *readBox = new QGroupBox(tr("How it is read"), this);
    auto *readForm = new QFormLayout(readBox);
    readForm->addRow(tr("For&mat:"), m_format);
    readForm->addRow(tr("&Encoding:"), m_encoding);
    readForm->addRow(tr("&Delimiter:"), m_delimiter);
    readForm->addRow(m_sheetLabel, m_sheet);
    m_sheetLabel->setBuddy(m_sheet);

    auto *choices = new QHBoxLayout;
    choices->addWidget(entityBox, 1);
    choices->addWidget(readBox, 1);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_raw->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_raw->setSelectionMode(QAbstractItemView::NoSelection);
    m_raw->setFocusPolicy(Qt::NoFocus);
    m_raw->setWordWrap(false);
    m_raw->verticalHeader()->setDefaultSectionSize(m_raw->fontMetrics().height() + 8);
    m_raw->horizontalHeader()->setStretchLastSection(true);
    auto *rawLabel = new QLabel(tr("The first rows as read:"), this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addLayout(choices);
    layout->addWidget(m_status);
    layout->addWidget(rawLabel);
    layout->addWidget(m_raw, 1);

    connect(m_choose, &QPushButton::clicked, this, &ImportFilePage::chooseFile);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
        if (path != m_session.request().path)
            m_session.setFile(path);
    });
    for (QComboBox *combo : {m_format, m_encoding, m_delimiter, m_sheet})
        connect(combo, &QComboBox::activated, this, &ImportFilePage::readOptionsChanged);
    connect(m_contacts, &QRadioButton::toggled, this, &ImportFilePage::entityChanged);
    connect(&m_session, &ImportSession::previewChanged, this, &ImportFilePage::showPreview);
    showPreview();
}

bool ImportFilePage::isComplete() const
{
    return m_session.hasPreview();
}

QString ImportFilePage::summary() const
{
    return m_status->text();
}

void ImportFilePage::chooseFile()
{
    const QString path = ImportFiles::choose(this, m_session.request().path);
    if (!path.isEmpty())
        m_session.setFile(path);
}

void ImportFilePage::readOptionsChanged()
{
    ReadOptions options = m_session.request().read;
    options.format = m_format->currentData().toString();
    options.encoding = m_encoding->currentData().toString();
    options.delimiter = m_delimiter->currentData().toString();
    // Another format has other sheets (or none): start from its first.
    const bool sameFormat = options.format == m_session.request().read.format;
    options.sheet = sameFormat && m_sheet->count() > 0 ? m_sheet->currentData().toString() : QString();
    m_session.setReadOptions(options);
}

void ImportFilePage::entityChanged()
{
    m_session.setEntity(m_contacts->isChecked() ? ImportEntity::Contacts : ImportEntity::Orders);
}

void ImportFilePage::showPreview()
{
    const ImportRequest &request = m_session.request();
    m_path->setText(QDir::toNativeSeparators(request.path));
    {
        const QSignalBlocker contactsBlocker(m_contacts);
        const QSignalBlocker ordersBlocker(m_orders);
        m_contacts->setChecked(request.entity == ImportEntity::Contacts);
        m_orders->setChecked(request.entity == ImportEntity::Orders);
    }
    select(m_format, request.read.format);
    select(m_encoding, request.read.encoding);
    select(m_delimiter, request.read.delimiter);

    const bool has = m_session.hasPreview();
    const ImportPreview *preview = has ? &m_session.preview() : nullptr;
    const QString format = preview ? preview->format : QString();
    showDetected(m_format, preview ? ImportFiles::formatName(format) : QString());
    showDetected(m_encoding, preview ? ImportFiles::encodingName(preview->encoding) : QString());
    showDetected(m_delimiter, preview ? ImportFiles::delimiterName(preview->delimiter) : QString());
    const bool text = !preview || format == QLatin1String("csv") || format == QLatin1String("vcf");
    m_encoding->setEnabled(text);
    m_delimiter->setEnabled(!preview || format == QLatin1String("csv"));
    m_orders->setEnabled(format != QLatin1String("vcf"));

    m_sheet->clear();
    const QStringList sheets = preview ? preview->sheets : QStringList();
    for (const QString &sheet : sheets)
        m_sheet->addItem(sheet, sheet);
    if (preview)
        select(m_sheet, preview->sheet);
    m_sheet->setVisible(!sheets.isEmpty());
    m_sheetLabel->setVisible(!sheets.isEmpty());

    QPalette palette = m_status->palette();
    if (request.path.isEmpty()) {
        m_status->clear();
    } else if (!preview) {
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
        m_status->setText(m_session.previewError());
    } else {
        palette.setColor(QPalette::WindowText, theme::mutedText());
        QStringList parts {ImportFiles::formatName(format)};
        if (!preview->encoding.isEmpty())
            parts << ImportFiles::encodingName(preview->encoding);
        if (!preview->delimiter.isEmpty())
            parts << tr("%1-separated").arg(ImportFiles::delimiterName(preview->delimiter));
        if (!preview->sheet.isEmpty())
            parts << tr("sheet “%1”").arg(preview->sheet);
        const qsizetype records = format == QLatin1String("vcf") ? preview->contacts.size() : preview->rows.size();
        const QString count = records >= ImportSession::PreviewRows
            ? tr("%L1 or more records").arg(records)
            : (records == 1 ? tr("1 record") : tr("%n records", nullptr, int(records)));
        m_status->setText(tr("Read as %1 · %2").arg(parts.join(QStringLiteral(" · ")), count));
    }
    m_status->setPalette(palette);
    fillRawTable();
    Q_EMIT completeChanged();
}

void ImportFilePage::fillRawTable()
{
    m_raw->clear();
    m_raw->setRowCount(0);
    m_raw->setColumnCount(0);
    if (!m_session.hasPreview())
        return;
    const ImportPreview &preview = m_session.preview();
    const QStringList &headers = preview.mapping.headers;
    const int rows = int(qMin<qsizetype>(RawRows, preview.rows.size()));
    int columns = int(headers.size());
    for (int row = 0; row < rows; ++row)
        columns = qMax(columns, int(preview.rows.at(row).cells.size()));
    m_raw->setColumnCount(columns);
    m_raw->setRowCount(rows);
    QStringList titles = headers;
    while (titles.size() < columns)
        titles << QString::number(titles.size() + 1);
    m_raw->setHorizontalHeaderLabels(titles);
    QStringList lines;
    for (int row = 0; row < rows; ++row) {
        const RawRow &raw = preview.rows.at(row);
        lines << QString::number(raw.line);
        for (int column = 0; column < raw.cells.size(); ++column)
            m_raw->setItem(row, column, new QTableWidgetItem(raw.cells.at(column)));
    }
    m_raw->setVerticalHeaderLabels(lines);
    m_raw->resizeColumnsToContents();
    for (int column = 0; column < columns; ++column)
        m_raw->setColumnWidth(column, qMin(m_raw->columnWidth(column), 220));
}

void ImportFilePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!ImportFiles::droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportFilePage::dropEvent(QDropEvent *event)
{
    const QString path = ImportFiles::droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    m_session.setFile(path);
}

} // namespace clientele
