#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace clientele {

/// The title row at the top of every view: a large title, a grey subtitle (counts, the selected
/// period) and room on the right for the view's filters.
class PageHeader final : public QWidget
{
    Q_OBJECT

public:
    explicit PageHeader(const QString &title, QWidget *parent = nullptr);

    void setSubtitle(const QString &subtitle);
    QString subtitle() const;
    /// Adds a widget at the right end of the row.
    void addTrailingWidget(QWidget *widget);

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_trailing;
};

} // namespace clientele
