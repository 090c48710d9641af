#pragma once

#include <QFrame>
#include <QLabel>
#include <QLayout>
#include <QList>

namespace clientele {

/// Building blocks of the contact pane that need no data access.
namespace detailparts {

/// A colour between the palette's text and background: captions and secondary text that stay
/// readable on a light and a dark palette alike.
QColor mutedText(const QPalette &palette);
/// A faint tint of the text colour over the background: tile and box backgrounds.
QColor subtleFill(const QPalette &palette);

} // namespace detailparts

/// Lays its items out left to right and wraps them onto new lines like words (tag chips, key
/// figure tiles), so a narrow pane shows them on several rows instead of cutting them off.
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

    /// Lays the items out as a grid of equal cells instead: as many columns as fit (each at
    /// least as wide as the widest minimum width), at most `columns` (0: natural widths).
    void setUniformColumns(int columns) { m_columns = columns; }

private:
    int layoutItems(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
    int m_columns = 0;
};

/// A rounded tag chip.
class TagChip final : public QLabel
{
    Q_OBJECT

public:
    explicit TagChip(const QString &text, QWidget *parent = nullptr);
};

/// One key figure: a small caption, the figure, and an optional line of context below.
class FigureTile final : public QFrame
{
    Q_OBJECT

public:
    explicit FigureTile(const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &context = {});
    QSize minimumSizeHint() const override;
    QString caption() const;
    QString value() const;
    QString context() const;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void applyColours();

    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_context;
};

} // namespace clientele
