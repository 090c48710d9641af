#pragma once

#include <QList>
#include <QStringList>
#include <QStyledItemDelegate>

namespace clientele {

/// A run of characters to highlight in a cell: [start, start + length).
struct HighlightSpan
{
    int start = 0;
    int length = 0;

    friend bool operator==(const HighlightSpan &, const HighlightSpan &) = default;
};

/// Where the search terms match `text` the way the full-text search matches: at the start of a
/// word, ignoring case and diacritics ("mul" highlights "Mül" in "Jürgen Müller"). Spans are in
/// text order and do not overlap.
QList<HighlightSpan> highlightSpans(const QString &text, const QStringList &terms);

/// The words of a search, as highlightSpans() wants them.
QStringList highlightTerms(const QString &search);

/// Paints a cell with the parts that match the search highlighted.
class SearchHighlightDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SearchHighlightDelegate(QObject *parent = nullptr);

    void setTerms(const QStringList &terms) { m_terms = terms; }
    const QStringList &terms() const { return m_terms; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QStringList m_terms;
};

} // namespace clientele
