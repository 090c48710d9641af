#include "contactdetailview.h"

#include "common/theme.h"
#include "contactdetailparts.h"
#include "contacts/contactinsights.h"
#include "contacts/contactrepository.h"
#include "contacttimelineview.h"
#include "quicklogbox.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedLayout>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace clientele {

namespace {

constexpr int AvatarSize = 48;

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("detailSection"));
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.05);
    label->setFont(font);
    return label;
}

void setMuted(QLabel *label, const QPalette &palette)
{
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, detailparts::mutedText(palette));
    label->setPalette(pal);
}

} // namespace

ContactDetailView::ContactDetailView(QSqlDatabase db, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_stack(new QStackedLayout)
    , m_placeholder(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_page(nullptr)
    , m_trashBanner(nullptr)
    , m_avatar(nullptr)
    , m_name(nullptr)
    , m_subtitle(nullptr)
    , m_tags(nullptr)
    , m_tagLayout(nullptr)
    , m_fields(nullptr)
    , m_form(nullptr)
    , m_figuresNote(nullptr)
    , m_nextFollowUp(nullptr)
    , m_logTitle(nullptr)
    , m_quickLog(new QuickLogBox(m_db, m_clock, this))
    , m_timeline(new ContactTimelineView(m_db, m_clock, this))
{
    // A frame of its own drawn from the palette, so the pane follows a light or a dark palette.
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("contactDetailFrame"));
    frame->setStyleSheet(QStringLiteral("QFrame#contactDetailFrame { background: palette(base); border: 1px solid %1; "
                                        "border-radius: 10px; }")
                             .arg(theme::border().name()));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(frame);

    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    setMuted(m_placeholder, palette());

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(createContactPage());
    m_scroll->viewport()->setAutoFillBackground(false);
    m_page->setAutoFillBackground(false);

    m_stack->setContentsMargins(1, 1, 1, 1);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_scroll);
    frame->setLayout(m_stack);

    m_timeline->followScrollArea(m_scroll);
    m_scroll->viewport()->installEventFilter(this);
    connect(m_quickLog, &QuickLogBox::logged, this, [this](qint64 activityId) {
        m_timeline->reload();
        emit activityLogged(m_contactId, activityId);
    });
    showPlaceholder();
}

QWidget *ContactDetailView::createContactPage()
{
    m_page = new QWidget;
    m_page->setObjectName(QStringLiteral("contactDetailPage"));
    const QPalette pal = palette();

    m_trashBanner = new QLabel(tr("In the trash"), m_page);
    m_trashBanner->setObjectName(QStringLiteral("trashBanner"));
    m_trashBanner->setTextFormat(Qt::PlainText);
    m_trashBanner->setWordWrap(true);
    QColor bannerFill = theme::warning();
    bannerFill.setAlphaF(0.12f);
    m_trashBanner->setStyleSheet(
        QStringLiteral("QLabel { background: rgba(%1, %2, %3, %4); color: %5; border-radius: 8px; padding: 7px 10px; "
                       "font-weight: bold; }")
            .arg(bannerFill.red())
            .arg(bannerFill.green())
            .arg(bannerFill.blue())
            .arg(bannerFill.alpha())
            .arg(theme::warning().name()));

    m_avatar = new QLabel(m_page);
    m_avatar->setFixedSize(AvatarSize, AvatarSize);
    m_name = new QLabel(m_page);
    m_name->setObjectName(QStringLiteral("detailName"));
    m_name->setTextFormat(Qt::PlainText);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.55);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_subtitle = new QLabel(m_page);
    m_subtitle->setObjectName(QStringLiteral("detailSubtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setMuted(m_subtitle, pal);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addStretch(1);
    titles->addWidget(m_name);
    titles->addWidget(m_subtitle);
    titles->addStretch(1);
    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(m_avatar, 0, Qt::AlignTop);
    header->addLayout(titles, 1);

    m_tags = new QWidget(m_page);
    m_tagLayout = new FlowLayout(m_tags, 6);

    m_fields = new QWidget(m_page);
    m_form = new QFormLayout(m_fields);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(8);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *figures = new QWidget(m_page);
    auto *figureLayout = new FlowLayout(figures, 8);
    figureLayout->setUniformColumns(5);
    for (const QString &caption :
         {tr("Orders"), tr("Lifetime value"), tr("Average order"), tr("Last order"), tr("Usual interval")}) {
        auto *tile = new FigureTile(caption, figures);
        m_tiles.append(tile);
        figureLayout->addWidget(tile);
    }
    m_figuresNote = new QLabel(m_page);
    m_figuresNote->setTextFormat(Qt::PlainText);
    m_figuresNote->setWordWrap(true);
    m_figuresNote->hide();
    setMuted(m_figuresNote, pal);
    m_nextFollowUp = new QLabel(m_page);
    m_nextFollowUp->setObjectName(QStringLiteral("nextFollowUp"));
    m_nextFollowUp->setWordWrap(true);
    m_nextFollowUp->setTextFormat(Qt::RichText);

    m_logTitle = sectionTitle(tr("Timeline"), m_page);
    m_quickLog->setParent(m_page);
    m_timeline->setParent(m_page);

    auto *layout = new QVBoxLayout(m_page);
    layout->setContentsMargins(20, 18, 20, 20);
    layout->setSpacing(10);
    layout->addWidget(m_trashBanner);
    layout->addLayout(header);
    layout->addWidget(m_tags);
    layout->addSpacing(6);
    layout->addWidget(m_fields);
    layout->addSpacing(10);
    layout->addWidget(sectionTitle(tr("Key figures"), m_page));
    layout->addWidget(figures);
    layout->addWidget(m_figuresNote);
    layout->addWidget(m_nextFollowUp);
    layout->addSpacing(10);
    layout->addWidget(m_logTitle);
    layout->addWidget(m_quickLog);
    layout->addSpacing(4);
    layout->addWidget(m_timeline);
    layout->addStretch(1);
    return m_page;
}

void ContactDetailView::showPlaceholder()
{
    showMessage(tr("Select a contact to see their details."));
}

void ContactDetailView::showMessage(const QString &text)
{
    m_contactId = 0;
    m_placeholder->setText(text);
    m_quickLog->setContactId(0);
    m_timeline->setContact(0);
    m_stack->setCurrentWidget(m_placeholder);
}

QString ContactDetailView::placeholderText() const
{
    return m_stack->currentWidget() == m_placeholder ? m_placeholder->text() : QString();
}

void ContactDetailView::showContact(qint64 contactId)
{
    const auto contact = ContactRepository(m_db, m_clock).get(contactId);
    if (!contact) {
        showMessage(contact.error().kind == Error::Kind::NotFound
                        ? tr("This contact does not exist any more. It may have been deleted for good.")
                        : contact.errorMessage());
        return;
    }
    const bool sameContact = contactId == m_contactId;
    const int scrolled = m_scroll->verticalScrollBar()->value();
    m_contactId = contactId;
    fillHeader(*contact);
    fillFields(*contact);
    const auto figures = ContactInsights(m_db, m_clock).figures(contactId);
    if (figures)
        fillFigures(*figures);
    else
        clearFigures(figures.errorMessage());

    const bool trashed = contact->isInTrash();
    m_trashBanner->setVisible(trashed);
    m_quickLog->setVisible(!trashed);
    m_quickLog->setContactId(trashed ? 0 : contactId);
    m_timeline->setContact(contactId);
    m_stack->setCurrentWidget(m_scroll);
    updateFieldWrapping();
    if (sameContact)
        m_scroll->verticalScrollBar()->setValue(scrolled);
    else
        m_scroll->verticalScrollBar()->setValue(0);
}

bool ContactDetailView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        updateFieldWrapping();
    return QWidget::eventFilter(watched, event);
}

void ContactDetailView::updateFieldWrapping()
{
    // Captions beside their values while every value fits beside them, else every caption above
    // its value: one long email address should not make a single row look different.
    int captions = 0;
    int values = 0;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        if (QLayoutItem *caption = m_form->itemAt(row, QFormLayout::LabelRole))
            captions = qMax(captions, caption->sizeHint().width());
        if (QLayoutItem *value = m_form->itemAt(row, QFormLayout::FieldRole))
            values = qMax(values, value->minimumSize().width());
    }
    const QMargins margins = m_page->layout()->contentsMargins();
    const int available = m_scroll->viewport()->width() - margins.left() - margins.right();
    const bool beside = captions + m_form->horizontalSpacing() + values <= available;
    const auto policy = beside ? QFormLayout::DontWrapRows : QFormLayout::WrapAllRows;
    if (m_form->rowWrapPolicy() == policy)
        return;
    m_form->setRowWrapPolicy(policy);
    m_form->setVerticalSpacing(beside ? 8 : 2);
    // Above its value, a caption needs room from the row before it.
    for (int row = 1; row < m_form->rowCount(); ++row) {
        if (QLayoutItem *caption = m_form->itemAt(row, QFormLayout::LabelRole))
            caption->widget()->setContentsMargins(0, beside ? 0 : 8, 0, 0);
    }
}

void ContactDetailView::refresh()
{
    if (m_contactId > 0)
        showContact(m_contactId);
}

bool ContactDetailView::isShowingTrashBanner() const
{
    return m_contactId > 0 && !m_trashBanner->isHidden();
}

FigureTile *ContactDetailView::figureTile(Figure figure) const
{
    return m_tiles.value(int(figure));
}

QList<QLabel *> ContactDetailView::visibleLabels() const
{
    QList<QLabel *> labels;
    if (m_contactId <= 0)
        return labels;
    const auto add = [&labels](QLabel *label) {
        if (label && !label->isHidden() && !label->text().isEmpty())
            labels.append(label);
    };
    add(m_trashBanner);
    add(m_name);
    add(m_subtitle);
    for (QLabel *chip : m_tags->findChildren<QLabel *>())
        add(chip);
    for (int row = 0; row < m_form->rowCount(); ++row) {
        for (const auto role : {QFormLayout::LabelRole, QFormLayout::FieldRole}) {
            if (QLayoutItem *item = m_form->itemAt(row, role))
                add(qobject_cast<QLabel *>(item->widget()));
        }
    }
    for (FigureTile *tile : m_tiles) {
        for (QLabel *label : tile->findChildren<QLabel *>())
            add(label);
    }
    add(m_figuresNote);
    add(m_nextFollowUp);
    return labels;
}

QString ContactDetailView::toPlainText() const
{
    QStringList lines;
    for (const QLabel *label : visibleLabels())
        lines << (label->textFormat() == Qt::PlainText ? label->text()
                                                       : QTextDocumentFragment::fromHtml(label->text()).toPlainText());
    for (int i = 0; i < m_timeline->items().size(); ++i)
        lines << m_timeline->rowText(i);
    return lines.join(QLatin1Char('\n'));
}

QString ContactDetailView::toHtml() const
{
    QStringList parts;
    for (const QLabel *label : visibleLabels())
        parts << (label->textFormat() == Qt::PlainText ? label->text().toHtmlEscaped() : label->text());
    return parts.join(QStringLiteral("<br>"));
}

} // namespace clientele
