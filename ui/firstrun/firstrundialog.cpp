#include "firstrundialog.h"

#include "common/icons.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace clientele {

namespace {

/// A large button with a bold title and a line of explanation under it.
QPushButton *choiceButton(const QString &title, const QString &description, bool primary, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(primary ? QStringLiteral("primaryChoice") : QStringLiteral("secondaryChoice"));
    button->setAccessibleName(title);
    button->setAccessibleDescription(description);
    button->setCursor(Qt::PointingHandCursor);
    auto *titleLabel = new QLabel(title, button);
    QFont font = titleLabel->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    titleLabel->setFont(font);
    auto *descriptionLabel = new QLabel(description, button);
    descriptionLabel->setWordWrap(true);
    for (QLabel *label : {titleLabel, descriptionLabel}) {
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        label->setStyleSheet(primary ? QStringLiteral("color: white; background: transparent;")
                                     : QStringLiteral("background: transparent;"));
    }
    auto *layout = new QVBoxLayout(button);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(4);
    layout->addWidget(titleLabel);
    layout->addWidget(descriptionLabel);
    button->setMinimumHeight(layout->sizeHint().height() + 8);
    button->setMinimumWidth(340);
    return button;
}

} // namespace

FirstRunDialog::FirstRunDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to Clientele"));
    setWindowIcon(icons::application());

    auto *logo = new QLabel(this);
    logo->setPixmap(icons::application().pixmap(QSize(64, 64)));
    auto *heading = new QLabel(tr("Welcome to Clientele"), this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    auto *intro = new QLabel(tr("Your customers, their orders, what to follow up and the deals in the works, "
                                "all in one place. How would you like to begin?"),
                             this);
    intro->setWordWrap(true);
    auto *headerTexts = new QVBoxLayout;
    headerTexts->setSpacing(6);
    headerTexts->addWidget(heading);
    headerTexts->addWidget(intro);
    auto *header = new QHBoxLayout;
    header->setSpacing(18);
    header->addWidget(logo, 0, Qt::AlignTop);
    header->addLayout(headerTexts, 1);

    m_startEmpty = choiceButton(
        tr("Start empty"), tr("A new, empty customer book, ready for your first contact or an import."), true, this);
    m_sample = choiceButton(tr("Open sample bakery"),
                            tr("Look around Rosie's Bakery first: about 200 customers, 1,500 orders, follow-ups "
                               "and deals. You can start your own book later with File › New Database."),
                            false, this);
    m_openExisting = new QPushButton(tr("Open an existing database file…"), this);
    m_openExisting->setFlat(true);
    m_openExisting->setCursor(Qt::PointingHandCursor);
    auto *quit = new QPushButton(tr("Quit"), this);

    auto *where
        = new QLabel(tr("Your data is saved on this computer in %1").arg(QDir::toNativeSeparators(databasePath)), this);
    where->setObjectName(QStringLiteral("pageSubtitle"));
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_openExisting);
    footer->addStretch(1);
    footer->addWidget(quit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 22);
    layout->setSpacing(14);
    layout->addLayout(header);
    layout->addSpacing(8);
    layout->addWidget(m_startEmpty);
    layout->addWidget(m_sample);
    layout->addSpacing(4);
    layout->addWidget(where);
    layout->addLayout(footer);
    setMinimumWidth(560);

    connect(m_startEmpty, &QPushButton::clicked, this, [this] { choose(Choice::StartEmpty); });
    connect(m_sample, &QPushButton::clicked, this, [this] { choose(Choice::SampleBakery); });
    connect(m_openExisting, &QPushButton::clicked, this, [this] { choose(Choice::OpenExisting); });
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
    m_startEmpty->setFocus();
}

void FirstRunDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

} // namespace clientele
