#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace clientele {

/// A white rounded panel with an optional bold title: the building block of the dashboard and
/// the detail panes. KpiTile builds on it.
class Card : public QFrame
{
    Q_OBJECT

public:
    explicit Card(const QString &title = {}, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    /// The layout below the title; add the card's content here.
    QVBoxLayout *body() const { return m_body; }

private:
    QLabel *m_title;
    QVBoxLayout *m_body;
};

} // namespace clientele
