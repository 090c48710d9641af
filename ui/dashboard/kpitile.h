#pragma once

#include "common/card.h"

class QLabel;

namespace clientele {

/// A dashboard tile: a caption on top, one big figure, and a line of context below it (a
/// comparison, a breakdown) that can be tinted as good news or a warning.
class KpiTile final : public Card
{
    Q_OBJECT

public:
    enum class Tone { Neutral, Good, Warning };

    explicit KpiTile(const QString &title, QWidget *parent = nullptr);

    void setValue(const QString &value);
    QString value() const;
    void setCaption(const QString &caption, Tone tone = Tone::Neutral);
    QString caption() const;

private:
    QLabel *m_value;
    QLabel *m_caption;
};

} // namespace clientele
