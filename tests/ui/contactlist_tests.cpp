#include "common/displayformat.h"
#include "contacts/contactfilterbar.h"
#include "contacts/contactsview.h"
#include "contacts/contacttablemodel.h"
#include "contacts/searchhighlight.h"
#include "orders/orderrepository.h"
#include "tempdatabase.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

/// Column layouts are remembered per user; each test starts from and leaves no saved layout.
struct CleanColumnSettings
{
    CleanColumnSettings() { QSettings().remove(QStringLiteral("contacts")); }
    ~CleanColumnSettings() { QSettings().remove(QStringLiteral("contacts")); }
};

QStringList shownNames(const ContactTableModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.contactAt(row).displayName;
    return names;
}

} // namespace

TEST_CASE("The contact list model passes the item model checks while fetching sorting and filtering")
{
    TempDatabase t;
    insertPeople(t.db(), 45);
    insertContact(t.db(), t.clock(), QStringLiteral("Anna"), QStringLiteral("Weber"));
    ContactTableModel model(t.db(), t.clock());
    model.setPageSize(10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The tester would call fetchMore() from inside modelReset, before it has marked the reset as
    // finished (Qt 6.4); the test fetches the pages itself and the tester checks each insertion.
    tester.setUseFetchMore(false);
    model.reload();
    CHECK(model.rowCount() == 10);
    CHECK(model.totalCount() == 46);
    CHECK(model.columnCount() == ContactTableModel::ColumnCount);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 46);

    model.sort(ContactTableModel::Name, Qt::DescendingOrder);
    for (int column = 0; column < ContactTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            CHECK(model.rowCount() == 10);
            while (model.canFetchMore({}))
                model.fetchMore({});
            CHECK(model.rowCount() == 46);
        }
    }
    model.sort(ContactTableModel::Name, Qt::DescendingOrder);
    CHECK(model.contactAt(0).displayName == QStringLiteral("Test Person 045"));

    ContactFilter search;
    search.search = QStringLiteral("person 00");
    model.setFilter(search);
    CHECK(model.sortKey() == ContactSort::Relevance);
    CHECK(model.rowCount() == 9);
    // A search is counted on a worker thread.
    REQUIRE(waitFor([&] { return model.isTotalCountExact(); }));
    CHECK(model.totalCount() == 9);
    search.search = QStringLiteral("WEB");
    model.setFilter(search);
    CHECK(shownNames(model) == QStringList {QStringLiteral("Anna Weber")});
    CHECK(model.data(model.index(0, ContactTableModel::Tags)).toString() == QStringLiteral("VIP"));
    CHECK(model.data(model.index(0, ContactTableModel::Phone)).toString() == QStringLiteral("+1 503 555 0199"));
    model.setFilter({});
    CHECK(model.sortKey() == ContactSort::Name);
    CHECK(model.totalCount() == 46);
}

TEST_CASE("The contact list shows the last order lifetime value and next follow-up")
{
    TempDatabase t;
    const qint64 anna = insertContact(t.db(), t.clock(), QStringLiteral("Anna"), QStringLiteral("Weber"));
    Order order;
    order.contactId = anna;
    order.orderedAt = QDateTime(QDate(2026, 2, 3), QTime(9, 0), Qt::UTC);
    order.status = OrderStatus::Collected;
    OrderLine line;
    line.description = QStringLiteral("Wedding cake");
    line.unitPriceMinor = 12550;
    order.lines << line;
    REQUIRE(OrderRepository(t.db(), t.clock()).create(order).ok());
    ContactTableModel model(t.db(), t.clock());
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0, ContactTableModel::LastOrder)).toString() == display::date(QDate(2026, 2, 3)));
    CHECK(model.data(model.index(0, ContactTableModel::LifetimeValue)).toString().contains(QStringLiteral("125.50")));
    CHECK(model.data(model.index(0, ContactTableModel::NextFollowUp)).toString().isEmpty());
}

TEST_CASE("Typing in the search field filters the list after a pause")
{
    CleanColumnSettings clean;
    TempDatabase t;
    insertPeople(t.db(), 30);
    insertContact(t.db(), t.clock(), QStringLiteral("Jürgen"), QStringLiteral("Müller"));
    ContactsView view(t.db(), t.clock());
    view.resize(1200, 700);
    view.show();
    REQUIRE(view.model()->totalCount() == 31);

    view.searchField()->setText(QStringLiteral("mul"));
    // Nothing happens while the user may still be typing.
    CHECK(view.model()->totalCount() == 31);
    REQUIRE(waitFor([&] { return view.model()->totalCount() == 1; }));
    CHECK(view.model()->contactAt(0).displayName == QStringLiteral("Jürgen Müller"));
    CHECK(view.highlighter()->terms() == QStringList {QStringLiteral("mul")});
    CHECK_FALSE(view.isShowingEmptyState());

    view.searchField()->setText(QStringLiteral("nobody like this"));
    REQUIRE(waitFor([&] { return view.isShowingEmptyState(); }));
    CHECK(view.emptyStateText().contains(QStringLiteral("nobody like this")));

    view.searchField()->clear();
    REQUIRE(waitFor([&] { return view.model()->totalCount() == 31; }));
    CHECK_FALSE(view.isShowingEmptyState());
    CHECK(view.highlighter()->terms().isEmpty());
}

TEST_CASE("Quick filters combine with each other and with the search")
{
    CleanColumnSettings clean;
    TempDatabase t;
    insertPeople(t.db(), 5);
    insertContact(t.db(), t.clock(), QStringLiteral("Anna"), QStringLiteral("Weber"));
    insertContact(t.db(), t.clock(), QStringLiteral("Ben"), QStringLiteral("Weber"));
    insertContact(t.db(), t.clock(), QStringLiteral("Clara"), QStringLiteral("Dubois"));
    ContactsView view(t.db(), t.clock());
    view.show();
    REQUIRE(view.model()->totalCount() == 8);

    QComboBox *tags = view.filterBar()->tagCombo();
    const int vip = tags->findData(QStringLiteral("VIP"));
    REQUIRE(vip > 0);
    tags->setCurrentIndex(vip);
    CHECK(view.model()->totalCount() == 3);
    view.searchField()->setText(QStringLiteral("weber"));
    REQUIRE(waitFor([&] { return view.model()->rowCount() == 2; }));
    // insertContact's birthday is 20 March, five days after the test clock's today.
    view.filterBar()->birthdayBox()->setChecked(true);
    CHECK(view.model()->rowCount() == 2);
    view.filterBar()->followUpBox()->setChecked(true);
    CHECK(view.model()->rowCount() == 0);
    CHECK(view.isShowingEmptyState());
    view.filterBar()->clear();
    CHECK(view.model()->rowCount() == 2);
    REQUIRE(waitFor([&] { return view.model()->isTotalCountExact() && view.model()->totalCount() == 2; }));
    view.searchField()->clear();
    REQUIRE(waitFor([&] { return view.model()->totalCount() == 8; }));

    CHECK_FALSE(view.isShowingTrash());
    view.filterBar()->trashBox()->setChecked(true);
    CHECK(view.isShowingTrash());
    CHECK(view.isShowingEmptyState());
    CHECK(view.emptyStateText().contains(QStringLiteral("trash")));
}

TEST_CASE("Several contacts can be selected and exported as CSV")
{
    CleanColumnSettings clean;
    TempDatabase t;
    insertPeople(t.db(), 4);
    ContactsView view(t.db(), t.clock());
    view.show();
    CHECK(view.table()->selectionMode() == QAbstractItemView::ExtendedSelection);
    CHECK_FALSE(view.exportAction()->isEnabled());
    view.table()->selectionModel()->select(view.model()->index(3, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view.table()->selectionModel()->select(view.model()->index(1, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    CHECK(view.exportAction()->isEnabled());
    const QList<qint64> ids = view.selectedContactIds();
    REQUIRE(ids == QList<qint64> {view.model()->contactAt(1).id, view.model()->contactAt(3).id});

    const QString path = t.dir() + QStringLiteral("/selection.csv");
    const auto written = view.exportSelection(path);
    REQUIRE(written.ok());
    CHECK(*written == 2);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines
        = QString::fromUtf8(file.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(1).startsWith(QStringLiteral("Test Person 002,")));
    CHECK(lines.at(2).startsWith(QStringLiteral("Test Person 004,")));
}

TEST_CASE("Highlight spans follow the full-text matching")
{
    const auto spans = [](const QString &text, const QString &search) {
        return highlightSpans(text, highlightTerms(search));
    };
    using Spans = QList<HighlightSpan>;
    CHECK(spans(QStringLiteral("Jürgen Müller"), QStringLiteral("mul")) == Spans {{7, 3}});
    CHECK(spans(QStringLiteral("Jürgen Müller"), QStringLiteral("MÜLLER jur")) == Spans {{0, 3}, {7, 6}});
    // Only word starts match, as in the index.
    CHECK(spans(QStringLiteral("Samuel Lee"), QStringLiteral("mu")).isEmpty());
    // Punctuation splits words: an email's parts and a phone's groups.
    CHECK(spans(QStringLiteral("anna.weber@example.com"), QStringLiteral("web")) == Spans {{5, 3}});
    CHECK(spans(QStringLiteral("+1 503 555 0199"), QStringLiteral("555")) == Spans {{7, 3}});
    // The longest matching term wins, and a decomposed accent stays with its letter.
    CHECK(spans(QStringLiteral("Anneliese"), QStringLiteral("an anneli")) == Spans {{0, 6}});
    CHECK(spans(QStringLiteral("E\u0301mile"), QStringLiteral("em")) == Spans {{0, 3}});
    CHECK(spans(QStringLiteral("Straße"), QStringLiteral("STRAß")) == Spans {{0, 5}});
    CHECK(spans(QStringLiteral("Anna"), QString()).isEmpty());
    CHECK(highlightTerms(QStringLiteral("  o'brien  x "))
          == QStringList {QStringLiteral("o"), QStringLiteral("brien"), QStringLiteral("x")});
}

TEST_CASE("Column choice widths and sort are remembered for the next contacts page")
{
    CleanColumnSettings clean;
    TempDatabase t;
    insertPeople(t.db(), 3);
    {
        ContactsView first(t.db(), t.clock());
        first.show();
        QHeaderView *header = first.table()->horizontalHeader();
        header->hideSection(ContactTableModel::Phone);
        header->resizeSection(ContactTableModel::Email, 333);
        first.table()->sortByColumn(ContactTableModel::LifetimeValue, Qt::DescendingOrder);
        CHECK(first.model()->sortKey() == ContactSort::LifetimeValue);
    }
    ContactsView second(t.db(), t.clock());
    second.show();
    QHeaderView *header = second.table()->horizontalHeader();
    CHECK(header->isSectionHidden(ContactTableModel::Phone));
    CHECK_FALSE(header->isSectionHidden(ContactTableModel::Email));
    CHECK(header->sectionSize(ContactTableModel::Email) == 333);
    CHECK(second.model()->sortKey() == ContactSort::LifetimeValue);
    CHECK(second.model()->sortOrder() == Qt::DescendingOrder);
}
