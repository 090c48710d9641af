#include "customerpicker.h"

#include "search/contactsearch.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStringListModel>

namespace clientele {

namespace {

constexpr int SuggestionCount = 12;

QString suggestionText(const SearchHit &hit)
{
    QStringList details;
    if (!hit.companyName.isEmpty() && hit.companyName != hit.displayName)
        details.append(hit.companyName);
    if (!hit.email.isEmpty())
        details.append(hit.email);
    else if (!hit.phone.isEmpty())
        details.append(hit.phone);
    return details.isEmpty() ? hit.displayName
                             : hit.displayName + QStringLiteral(" — ") + details.join(QStringLiteral(", "));
}

} // namespace

CustomerPicker::CustomerPicker(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_edit(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_suggestions(new QStringListModel(this))
{
    m_edit->setPlaceholderText(tr("Type a name, e-mail or phone; empty for a walk-in sale"));
    m_edit->setClearButtonEnabled(true);
    m_completer->setModel(m_suggestions);
    // The search index already matched every word as a prefix: show what it found, unfiltered.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_edit->setCompleter(m_completer);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textEdited, this, &CustomerPicker::lookUp);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &CustomerPicker::pick);
}

void CustomerPicker::setCustomer(qint64 contactId, const QString &name)
{
    m_contactId = contactId;
    m_pickedText = name;
    m_edit->setText(name);
    emit changed();
}

QString CustomerPicker::customerName() const
{
    return m_contactId != 0 ? m_pickedText.section(QStringLiteral(" — "), 0, 0) : QString();
}

QString CustomerPicker::problem() const
{
    const QString typed = m_edit->text().trimmed();
    if (typed.isEmpty() || m_contactId != 0)
        return {};
    return tr("“%1” is not a customer in this book: pick one from the list, or leave the field empty for a "
              "walk-in sale.")
        .arg(typed);
}

void CustomerPicker::lookUp(const QString &text)
{
    // Whatever was picked no longer holds once the text changes.
    if (m_contactId != 0 && text != m_pickedText) {
        m_contactId = 0;
        m_pickedText.clear();
    }
    QStringList texts;
    m_suggestionIds.clear();
    if (!text.trimmed().isEmpty()) {
        const auto hits = ContactSearch(m_db).search(text, SuggestionCount);
        if (hits) {
            for (const SearchHit &hit : *hits) {
                texts.append(suggestionText(hit));
                m_suggestionIds.append(hit.contactId);
            }
        }
    }
    m_suggestions->setStringList(texts);
    // One exact hit is that customer, so that typing a whole name and pressing Enter works.
    if (m_contactId == 0 && texts.size() == 1
        && texts.first().section(QStringLiteral(" — "), 0, 0).compare(text.trimmed(), Qt::CaseInsensitive) == 0) {
        m_contactId = m_suggestionIds.first();
        m_pickedText = text;
    }
    emit changed();
}

void CustomerPicker::pick(const QString &completion)
{
    const qsizetype row = m_suggestions->stringList().indexOf(completion);
    if (row < 0 || row >= m_suggestionIds.size())
        return;
    m_contactId = m_suggestionIds.at(row);
    m_pickedText = completion;
    m_edit->setText(completion);
    emit changed();
}

} // namespace clientele
