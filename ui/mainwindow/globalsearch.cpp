#include "globalsearch.h"

#include "common/icons.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStandardItemModel>

namespace clientele {

namespace {

constexpr int MaxHits = 12;

} // namespace

GlobalSearch::GlobalSearch(QWidget *parent)
    : QLineEdit(parent)
    , m_model(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_model, this))
{
    setPlaceholderText(tr("Search contacts, emails, phones, notes…  (Ctrl+K)"));
    setClearButtonEnabled(true);
    addAction(icons::search(), QLineEdit::LeadingPosition);
    setAccessibleName(tr("Search contacts"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);

    // The completer only shows the popup: the hits are already the answer, so it must not filter
    // them again or write into the field.
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(MaxHits);
    m_completer->popup()->setObjectName(QStringLiteral("searchPopup"));
    m_completer->popup()->setIconSize(QSize(18, 18));

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &GlobalSearch::runSearch);
    connect(this, &QLineEdit::textEdited, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { choose(index.row()); });
    connect(this, &QLineEdit::returnPressed, this, [this] {
        // With the popup open, the completer activates the highlighted hit itself.
        if (m_completer->popup()->isVisible())
            return;
        if (m_debounce.isActive()) {
            m_debounce.stop();
            runSearch();
        }
        if (!m_hits.isEmpty())
            choose(0);
    });
}

void GlobalSearch::setDatabase(QSqlDatabase db)
{
    m_db = std::move(db);
    m_debounce.stop();
    clear();
    m_hits.clear();
    m_model->clear();
}

void GlobalSearch::runSearch()
{
    m_hits.clear();
    m_model->clear();
    const QString text = this->text().trimmed();
    if (!text.isEmpty() && m_db.isValid()) {
        const auto found = ContactSearch(m_db).search(text, MaxHits);
        if (found)
            m_hits = found.value();
    }
    for (const SearchHit &hit : std::as_const(m_hits)) {
        QStringList details;
        if (!hit.companyName.isEmpty())
            details << hit.companyName;
        if (!hit.email.isEmpty())
            details << hit.email;
        else if (!hit.phone.isEmpty())
            details << hit.phone;
        QString label = hit.displayName;
        if (!details.isEmpty())
            label += QStringLiteral("   ·   ") + details.join(QStringLiteral(" · "));
        auto *item = new QStandardItem(icons::contacts(), label);
        item->setData(hit.contactId, Qt::UserRole);
        QString snippet = hit.snippet;
        item->setToolTip(snippet.replace(QLatin1Char('['), QString()).replace(QLatin1Char(']'), QString()));
        m_model->appendRow(item);
    }
    if (text.isEmpty()) {
        m_completer->popup()->hide();
    } else if (m_hits.isEmpty()) {
        auto *item = new QStandardItem(tr("No contact matches “%1”").arg(text));
        item->setFlags(Qt::ItemIsEnabled);
        m_model->appendRow(item);
        m_completer->complete();
    } else {
        m_completer->complete();
        m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    }
    Q_EMIT resultsChanged();
}

void GlobalSearch::choose(int row)
{
    if (row < 0 || row >= m_hits.size())
        return;
    const qint64 contactId = m_hits.at(row).contactId;
    m_completer->popup()->hide();
    Q_EMIT contactChosen(contactId);
}

void GlobalSearch::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        m_hits.clear();
        m_model->clear();
        m_completer->popup()->hide();
        return;
    }
    if (event->key() == Qt::Key_Down && !m_hits.isEmpty() && !m_completer->popup()->isVisible()) {
        m_completer->complete();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace clientele
