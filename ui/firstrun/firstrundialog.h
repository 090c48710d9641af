#pragma once

#include <QDialog>

class QPushButton;

namespace clientele {

/// The welcome page shown when Clientele starts without a database file: start with an empty
/// customer book, explore the sample bakery, or open a file from elsewhere.
class FirstRunDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { None, StartEmpty, SampleBakery, OpenExisting };

    /// `databasePath` is where the new database will be created; it is shown to the user.
    explicit FirstRunDialog(const QString &databasePath, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QPushButton *startEmptyButton() const { return m_startEmpty; }
    QPushButton *sampleButton() const { return m_sample; }
    QPushButton *openExistingButton() const { return m_openExisting; }

private:
    void choose(Choice choice);

    Choice m_choice = Choice::None;
    QPushButton *m_startEmpty;
    QPushButton *m_sample;
    QPushButton *m_openExisting;
};

} // namespace clientele
