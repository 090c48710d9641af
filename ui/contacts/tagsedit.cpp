#include "tagsedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStringListModel>

namespace clientele {

TagsEdit::TagsEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_model(new QStringListModel(this))
{
    setPlaceholderText(tr("VIP, Wholesale, …"));
    m_completer->setModel(m_model);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    // The completer is not set on the line edit: that would replace the whole text, and here
    // only the word being typed is completed.
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &TagsEdit::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, &TagsEdit::updateCompletion);
}

void TagsEdit::setAvailableTags(const QStringList &tags)
{
    m_model->setStringList(tags);
}

void TagsEdit::setTags(const QStringList &tags)
{
    setText(tags.join(QStringLiteral(", ")));
}

QStringList TagsEdit::tags() const
{
    QStringList result;
    QStringList keys;
    for (const QString &part : text().split(QLatin1Char(','))) {
        const QString tag = part.simplified();
        if (tag.isEmpty() || keys.contains(tag.toLower()))
            continue;
        keys.append(tag.toLower());
        result.append(tag);
    }
    return result;
}

QString TagsEdit::currentWord() const
{
    const QString before = text().left(cursorPosition());
    return before.mid(before.lastIndexOf(QLatin1Char(',')) + 1).trimmed();
}

void TagsEdit::insertCompletion(const QString &tag)
{
    const QString full = text();
    const int cursor = cursorPosition();
    const int start = int(full.left(cursor).lastIndexOf(QLatin1Char(','))) + 1;
    int end = int(full.indexOf(QLatin1Char(','), cursor));
    if (end < 0)
        end = int(full.size());
    const QString prefix = start > 0 ? full.left(start) + QLatin1Char(' ') : QString();
    const QString inserted = prefix + tag + QStringLiteral(", ");
    setText(inserted + full.mid(end).section(QLatin1Char(','), 1).trimmed());
    setCursorPosition(int(inserted.size()));
}

void TagsEdit::updateCompletion()
{
    const QString word = currentWord();
    if (word.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(word);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

} // namespace clientele
