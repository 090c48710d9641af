#pragma once

#include <QFrame>

class QLabel;
class QListWidget;

namespace clientele {

/// The pages of the main window, in sidebar order.
enum class View { Dashboard, Contacts, Orders, FollowUps, Pipeline };
inline constexpr int ViewCount = 5;

/// The navigation column on the left: the business's name under the app's, and one entry with an
/// icon per page.
class Sidebar final : public QFrame
{
    Q_OBJECT

public:
    explicit Sidebar(QWidget *parent = nullptr);

    void setCurrentView(View view);
    View currentView() const;
    void setBusinessName(const QString &name);
    QListWidget *list() const { return m_list; }

    /// The translated name of a page ("Follow-ups").
    static QString viewName(View view);

Q_SIGNALS:
    void viewChosen(clientele::View view);

private:
    QLabel *m_business;
    QListWidget *m_list;
};

} // namespace clientele
