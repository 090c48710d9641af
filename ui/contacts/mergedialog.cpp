#include "mergedialog.h"

#include "contacts/contactrepository.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

namespace clientele {

namespace {

/// How much a record holds: filled fields, emails, phones, tags and custom values.
int completeness(const Contact &c)
{
    int score = 0;
    for (const MergeChoices::Field field : MergeChoices::allFields())
        score += MergeChoices::hasValue(c, field) ? 1 : 0;
    return score + int(c.emails.size() + c.phones.size() + c.websites.size() + c.tags.size() + c.custom.size());
}

QString methodsText(const QList<ContactMethod> &methods)
{
    QStringList values;
    for (const ContactMethod &m : methods)
        values.append(m.value);
    return values.join(QStringLiteral(", "));
}

/// One line of a value on a radio button: a long note would make the dialog as wide as itself.
QString shortened(const QString &text)
{
    constexpr int MaxLength = 60;
    const QString line = text.simplified();
    return line.size() > MaxLength ? line.left(MaxLength - 1) + QChar(0x2026) : line;
}

} // namespace

MergeDialog::MergeDialog(QSqlDatabase db, const Clock &clock, qint64 firstId, qint64 secondId, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_grid(new QGridLayout)
    , m_keepGroup(new QButtonGroup(this))
    , m_keepFirst(new QRadioButton(this))
    , m_keepSecond(new QRadioButton(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Merge Contacts"));
    const ContactRepository repository(m_db, m_clock);
    const auto first = repository.get(firstId);
    const auto second = repository.get(secondId);
    if (!first || !second)
        m_error = !first ? first.errorMessage() : second.errorMessage();
    else {
        m_first = *first;
        m_second = *second;
    }

    auto *intro = new QLabel(tr("Choose the record to keep and, where the two differ, which value it keeps. "
                                "Emails, phones, tags, orders, activities, follow-ups and deals of both are kept; "
                                "the other record goes to the trash."),
                             this);
    intro->setWordWrap(true);

    auto *rowsWidget = new QWidget(this);
    rowsWidget->setLayout(m_grid);
    m_grid->setHorizontalSpacing(18);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(rowsWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    merge->setDefault(true);
    merge->setEnabled(isValid());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    m_keepGroup->addButton(m_keepFirst);
    m_keepGroup->addButton(m_keepSecond);
    if (!isValid()) {
        m_summary->setText(m_error);
        return;
    }
    buildRows();
    // The more complete record is kept; between equals, the older one.
    const int firstScore = completeness(m_first);
    const int secondScore = completeness(m_second);
    const bool keepFirst = firstScore != secondScore
        ? firstScore > secondScore
        : std::make_pair(m_first.createdAt, m_first.id) <= std::make_pair(m_second.createdAt, m_second.id);
    (keepFirst ? m_keepFirst : m_keepSecond)->setChecked(true);
    applyDefaults();
    connect(m_keepGroup, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked) {
            applyDefaults();
            updateSummary();
        }
    });
    updateSummary();
    resize(sizeHint().expandedTo(QSize(720, 480)));
}

QString MergeDialog::fieldKey(MergeChoices::Field field)
{
    return QStringLiteral("field:") + QString::number(int(field));
}

QString MergeDialog::customKey(const QString &name)
{
    return QStringLiteral("custom:") + name;
}

void MergeDialog::buildRows()
{
    const auto header = [this](const Contact &c) {
        return tr("%1\n(#%2, added %3)")
            .arg(c.displayName)
            .arg(c.id)
            .arg(QLocale().toString(c.createdAt.toLocalTime().date(), QLocale::ShortFormat));
    };
    m_keepFirst->setText(header(m_first));
    m_keepSecond->setText(header(m_second));
    auto *keepLabel = new QLabel(tr("Keep"), this);
    keepLabel->setBuddy(m_keepFirst);
    QFont bold = keepLabel->font();
    bold.setBold(true);
    keepLabel->setFont(bold);
    m_grid->addWidget(keepLabel, 0, 0);
    m_grid->addWidget(m_keepFirst, 0, 1);
    m_grid->addWidget(m_keepSecond, 0, 2);

    for (const MergeChoices::Field field : MergeChoices::allFields()) {
        if (!MergeChoices::sameValue(m_first, m_second, field))
            addChoiceRow(fieldKey(field), MergeChoices::fieldName(field), MergeChoices::displayValue(m_first, field),
                         MergeChoices::displayValue(m_second, field));
    }
    QStringList customNames = m_first.custom.keys() + m_second.custom.keys();
    customNames.removeDuplicates();
    customNames.sort(Qt::CaseInsensitive);
    for (const QString &name : std::as_const(customNames)) {
        const QString a = m_first.custom.value(name);
        const QString b = m_second.custom.value(name);
        if (a != b)
            addChoiceRow(customKey(name), name, a, b);
    }
    addInfoRow(tr("Emails"), methodsText(m_first.emails), methodsText(m_second.emails));
    addInfoRow(tr("Phones"), methodsText(m_first.phones), methodsText(m_second.phones));
    addInfoRow(tr("Tags"), m_first.tags.join(QStringLiteral(", ")), m_second.tags.join(QStringLiteral(", ")));
    m_grid->setRowStretch(m_grid->rowCount(), 1);
}

void MergeDialog::addChoiceRow(const QString &key, const QString &label, const QString &firstValue,
                               const QString &secondValue)
{
    const int row = m_grid->rowCount();
    const auto button = [this, &label](const QString &value) {
        auto *radio = new QRadioButton(value.isEmpty() ? tr("(empty)") : shortened(value), this);
        radio->setToolTip(value);
        radio->setAccessibleName(tr("%1: %2").arg(label, value.isEmpty() ? tr("empty") : value));
        return radio;
    };
    Row choice {button(firstValue), button(secondValue)};
    auto *group = new QButtonGroup(this);
    group->addButton(choice.first);
    group->addButton(choice.second);
    if (key.startsWith(QLatin1String("custom:"))) {
        // The summary counts the custom values taken from the other record.
        connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
            if (checked)
                updateSummary();
        });
    }
    auto *name = new QLabel(label, this);
    name->setBuddy(choice.first);
    m_grid->addWidget(name, row, 0);
    m_grid->addWidget(choice.first, row, 1);
    m_grid->addWidget(choice.second, row, 2);
    m_rows.insert(key, choice);
}

void MergeDialog::addInfoRow(const QString &label, const QString &firstValue, const QString &secondValue)
{
    if (firstValue.isEmpty() && secondValue.isEmpty())
        return;
    const int row = m_grid->rowCount();
    m_grid->addWidget(new QLabel(label, this), row, 0);
    for (const auto &[column, value] : {std::pair {1, firstValue}, std::pair {2, secondValue}}) {
        auto *text = new QLabel(value, this);
        text->setWordWrap(true);
        text->setEnabled(false); // shown for reference: both records' values are kept
        m_grid->addWidget(text, row, column);
    }
}

qint64 MergeDialog::keepId() const
{
    return m_keepSecond->isChecked() ? m_second.id : m_first.id;
}

qint64 MergeDialog::otherId() const
{
    return m_keepSecond->isChecked() ? m_first.id : m_second.id;
}

void MergeDialog::setKeepId(qint64 id)
{
    if (id == m_second.id)
        m_keepSecond->setChecked(true);
    else if (id == m_first.id)
        m_keepFirst->setChecked(true);
}

void MergeDialog::applyDefaults()
{
    const bool keepFirst = !m_keepSecond->isChecked();
    const Contact &keep = keepFirst ? m_first : m_second;
    const Contact &other = keepFirst ? m_second : m_first;
    const MergeChoices defaults;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const QString &key = it.key();
        MergeChoices::Side side = MergeChoices::Side::Keep;
        if (key.startsWith(QLatin1String("field:")))
            side = defaults.resolve(MergeChoices::Field(key.mid(6).toInt()), keep, other);
        else
            side = defaults.resolveCustom(key.mid(7), keep, other);
        const bool pickFirst = (side == MergeChoices::Side::Keep) == keepFirst;
        (pickFirst ? it->first : it->second)->setChecked(true);
    }
}

MergeChoices::Side MergeDialog::sideOf(const QString &key) const
{
    const Row row = m_rows.value(key);
    const bool firstChecked = row.first && row.first->isChecked();
    const bool keepFirst = !m_keepSecond->isChecked();
    return firstChecked == keepFirst ? MergeChoices::Side::Keep : MergeChoices::Side::Other;
}

MergeChoices MergeDialog::choices() const
{
    MergeChoices choices;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const QString &key = it.key();
        if (key.startsWith(QLatin1String("field:")))
            choices.fields.insert(MergeChoices::Field(key.mid(6).toInt()), sideOf(key));
        else
            choices.custom.insert(key.mid(7), sideOf(key));
    }
    return choices;
}

QRadioButton *MergeDialog::fieldButton(MergeChoices::Field field, qint64 contactId) const
{
    const Row row = m_rows.value(fieldKey(field));
    return contactId == m_first.id ? row.first : contactId == m_second.id ? row.second : nullptr;
}

QRadioButton *MergeDialog::customFieldButton(const QString &name, qint64 contactId) const
{
    const Row row = m_rows.value(customKey(name));
    return contactId == m_first.id ? row.first : contactId == m_second.id ? row.second : nullptr;
}

QRadioButton *MergeDialog::keepButton(qint64 contactId) const
{
    return contactId == m_first.id ? m_keepFirst : contactId == m_second.id ? m_keepSecond : nullptr;
}

QString MergeDialog::summaryText() const
{
    return m_summary->text();
}

void MergeDialog::updateSummary()
{
    const Contact &keep = keepId() == m_first.id ? m_first : m_second;
    const auto preview = ContactMerger(m_db, m_clock).preview(keepId(), otherId(), choices());
    if (!preview) {
        m_summary->setText(preview.errorMessage());
        return;
    }
    const QString moves = preview->describe();
    m_summary->setText(moves.isEmpty()
                           ? tr("Nothing else moves: “%1” is kept with the chosen values.").arg(keep.displayName)
                           : tr("Moves to “%1”: %2.").arg(keep.displayName, moves));
}

} // namespace clientele
