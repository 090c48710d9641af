#include "duplicatesdialog.h"

#include "db/database.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlError>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace clientele {

namespace {

enum Column { FirstColumn, SecondColumn, ReasonColumn };
constexpr int PairIndexRole = Qt::UserRole;

/// Runs the finder on the calling (worker) thread over a connection of its own: SQLite
/// connections must not cross threads.
Result<QList<DuplicatePair>> findOnWorker(const QString &connectionName, const Clock *clock)
{
    const QString name = QStringLiteral("clientele-duplicates-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<Result<QList<DuplicatePair>>> result;
    {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(connectionName, name);
        if (!db.open() || !applyConnectionPragmas(db, true)) {
            result = Error {QCoreApplication::translate("DuplicatesDialog", "The database could not be read: %1")
                                .arg(db.lastError().text())};
        } else {
            result = DuplicateFinder(db, *clock).find();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return std::move(*result);
}

} // namespace

DuplicatesDialog::DuplicatesDialog(QSqlDatabase db, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_list(new QTreeWidget(this))
    , m_merge(new QPushButton(tr("&Merge…"), this))
    , m_dismiss(new QPushButton(tr("&Not Duplicates"), this))
{
    setWindowTitle(tr("Find Duplicates"));
    m_status->setWordWrap(true);
    m_busy->setRange(0, 0); // busy, without a known end
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Looking for duplicates"));
    m_busy->setMaximumWidth(160);

    m_list->setHeaderLabels({tr("Contact"), tr("Possible duplicate"), tr("Why")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Possible duplicates"));
    m_list->header()->setStretchLastSection(true);
    const int em = fontMetrics().averageCharWidth();
    m_list->setColumnWidth(FirstColumn, em * 26);
    m_list->setColumnWidth(SecondColumn, em * 26);

    m_merge->setToolTip(tr("Merge the two contacts of the selected pair"));
    m_dismiss->setToolTip(tr("They are different people: stop suggesting this pair"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_merge, QDialogButtonBox::ActionRole);
    buttons->addButton(m_dismiss, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesDialog::requestMerge);
    connect(m_dismiss, &QPushButton::clicked, this, &DuplicatesDialog::dismissCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, &DuplicatesDialog::requestMerge);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &DuplicatesDialog::updateButtons);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_busy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    setTabOrder(m_list, m_merge);
    setTabOrder(m_merge, m_dismiss);

    connect(&m_watcher, &QFutureWatcher<Result<QList<DuplicatePair>>>::finished, this, [this] {
        m_busy->hide();
        const Result<QList<DuplicatePair>> result = m_watcher.result();
        if (!result) {
            m_pairs.clear();
            m_status->setText(result.errorMessage());
        } else {
            m_pairs = *result;
        }
        showPairs();
        if (!result)
            m_status->setText(result.errorMessage());
        Q_EMIT searchFinished();
    });
    resize(em * 110, fontMetrics().height() * 30);
    refresh();
}

DuplicatesDialog::~DuplicatesDialog()
{
    m_watcher.waitForFinished();
}

void DuplicatesDialog::refresh()
{
    if (m_watcher.isRunning())
        return;
    m_status->setText(tr("Looking for contacts with the same email, phone or a very similar name…"));
    m_busy->show();
    m_list->clear();
    updateButtons();
    m_watcher.setFuture(QtConcurrent::run(findOnWorker, m_db.connectionName(), &m_clock));
}

bool DuplicatesDialog::isBusy() const
{
    return m_watcher.isRunning();
}

QString DuplicatesDialog::reasonsText(const DuplicatePair &pair)
{
    QStringList parts;
    for (const DuplicateReason &reason : pair.reasons) {
        switch (reason.kind) {
        case DuplicateReason::Kind::Email:
            parts.append(tr("same email (%1)").arg(reason.value));
            break;
        case DuplicateReason::Kind::Phone:
            parts.append(tr("same phone (%1)").arg(reason.value));
            break;
        case DuplicateReason::Kind::Name:
            parts.append(reason.atCompany ? tr("similar name, both at %1").arg(reason.value)
                                          : tr("similar name, both in %1").arg(reason.value));
            break;
        }
    }
    QString text = parts.join(QStringLiteral("; "));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

void DuplicatesDialog::showPairs()
{
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    for (qsizetype i = 0; i < m_pairs.size(); ++i) {
        const DuplicatePair &pair = m_pairs.at(i);
        auto *item = new QTreeWidgetItem({pair.firstName, pair.secondName, reasonsText(pair)});
        item->setData(FirstColumn, PairIndexRole, int(i));
        item->setToolTip(ReasonColumn, item->text(ReasonColumn));
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    m_status->setText(m_pairs.isEmpty()
                          ? tr("No likely duplicates found.")
                          : tr("%n pair(s) of contacts may be the same customer.", nullptr, int(m_pairs.size())));
    if (!items.isEmpty())
        m_list->setCurrentItem(items.constFirst());
    updateButtons();
}

int DuplicatesDialog::currentPairIndex() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !item->isSelected())
        return -1;
    return item->data(FirstColumn, PairIndexRole).toInt();
}

void DuplicatesDialog::updateButtons()
{
    const bool selected = !isBusy() && currentPairIndex() >= 0;
    m_merge->setEnabled(selected);
    m_dismiss->setEnabled(selected);
}

void DuplicatesDialog::requestMerge()
{
    const int index = currentPairIndex();
    if (index < 0)
        return;
    const DuplicatePair pair = m_pairs.at(index);
    Q_EMIT mergeRequested(pair.firstId, pair.secondId);
}

void DuplicatesDialog::dismissCurrent()
{
    const int index = currentPairIndex();
    if (index < 0)
        return;
    const DuplicatePair pair = m_pairs.at(index);
    if (auto s = DuplicateFinder(m_db, m_clock).dismiss(pair.firstId, pair.secondId); !s) {
        QMessageBox::warning(this, windowTitle(), s.errorMessage());
        return;
    }
    m_pairs.removeAt(index);
    showPairs();
}

void DuplicatesDialog::removeContact(qint64 contactId)
{
    m_pairs.removeIf(
        [contactId](const DuplicatePair &pair) { return pair.firstId == contactId || pair.secondId == contactId; });
    showPairs();
}

} // namespace clientele
