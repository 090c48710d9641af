#include "searchhighlight.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace clientele {

namespace {

/// Case- and diacritics-folded text, with the index in the original text of each folded
/// character (a character may fold to several, "ß" to "ss", or to none, a lone accent).
struct Folded
{
    QString text;
    QList<int> origin;
};

Folded fold(const QString &text)
{
    Folded folded;
    for (int i = 0; i < text.size(); ++i) {
        const QString decomposed = QString(text.at(i)).normalized(QString::NormalizationForm_D);
        for (const QChar c : decomposed) {
            if (c.category() == QChar::Mark_NonSpacing)
                continue;
            for (const QChar f : QString(c).toCaseFolded()) {
                folded.text += f;
                folded.origin.append(i);
            }
        }
    }
    return folded;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

} // namespace

QStringList highlightTerms(const QString &search)
{
    // The full-text tokenizer splits at every character that is not a letter or digit.
    QStringList terms;
    QString current;
    for (const QChar c : search) {
        if (isWordChar(c)) {
            current += c;
        } else if (!current.isEmpty()) {
            terms << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        terms << current;
    return terms;
}

QList<HighlightSpan> highlightSpans(const QString &text, const QStringList &terms)
{
    QList<HighlightSpan> spans;
    QStringList foldedTerms;
    for (const QString &term : terms) {
        const QString f = fold(term).text;
        if (!f.isEmpty())
            foldedTerms << f;
    }
    if (foldedTerms.isEmpty() || text.isEmpty())
        return spans;
    int i = 0;
    while (i < text.size()) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        int end = i;
        while (end < text.size() && isWordChar(text.at(end)))
            ++end;
        const Folded word = fold(text.mid(i, end - i));
        // The longest term that starts the word decides how much of it lights up.
        int longest = 0;
        for (const QString &term : std::as_const(foldedTerms)) {
            if (term.size() > longest && word.text.startsWith(term))
                longest = int(term.size());
        }
        if (longest > 0) {
            // Up to the end of the original character that produced the last matched one, and
            // any accents that follow it.
            int last = word.origin.at(longest - 1) + 1;
            while (last < end - i && text.at(i + last).category() == QChar::Mark_NonSpacing)
                ++last;
            spans.append({i, last});
        }
        i = end;
    }
    return spans;
}

SearchHighlightDelegate::SearchHighlightDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void SearchHighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QList<HighlightSpan> spans = highlightSpans(opt.text, m_terms);
    if (spans.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(3, 0, -3, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    QList<QTextLayout::FormatRange> formats;
    for (const HighlightSpan &span : spans) {
        QTextLayout::FormatRange range;
        range.start = span.start;
        range.length = span.length;
        range.format.setFontWeight(QFont::Bold);
        if (!selected) {
            // A marker-pen yellow that reads on light and dark themes, with dark text on it.
            range.format.setBackground(QColor(255, 214, 74, 150));
            range.format.setForeground(opt.palette.color(QPalette::Text));
        }
        formats.append(range);
    }
    QTextLayout layout(text, opt.font);
    layout.setFormats(formats);
    QTextOption textOption(opt.displayAlignment);
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(rect.width());
    layout.endLayout();

    painter->save();
    painter->setClipRect(rect);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    if (const QVariant fg = index.data(Qt::ForegroundRole); fg.isValid() && !selected)
        painter->setPen(fg.userType() == QMetaType::QColor ? fg.value<QColor>() : fg.value<QBrush>().color());
    const qreal y = rect.top() + (rect.height() - line.height()) / 2.0;
    layout.draw(painter, QPointF(rect.left(), y));
    painter->restore();
}

} // namespace clientele
