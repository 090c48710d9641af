#include "../products/domaintesthelpers.h"

#include "pipeline/pipelinerepository.h"

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

/// A pipeline with three known stages instead of the seeded defaults.
struct Pipeline
{
    TempDatabase temp;
    PipelineRepository pipeline {temp.db(), temp.clock()};
    qint64 lead = 0;
    qint64 proposal = 0;
    qint64 won = 0;

    Pipeline()
    {
        for (const Stage &stage : pipeline.stages())
            REQUIRE_OK(pipeline.removeStage(stage.id));
        lead = *pipeline.createStage(QStringLiteral("Lead"), 10);
        proposal = *pipeline.createStage(QStringLiteral("Proposal"), 50);
        won = *pipeline.createStage(QStringLiteral("Negotiation"), 80);
    }

    qint64 deal(const QString &title, qint64 value, qint64 stageId = 0, int probability = -1)
    {
        Deal d;
        d.title = title;
        d.value = Money {value, QStringLiteral("EUR")};
        d.stageId = stageId;
        d.probability = probability;
        const auto id = pipeline.create(d);
        REQUIRE_OK(id);
        return *id;
    }

    QStringList column(qint64 stageId)
    {
        DealListQuery query;
        query.stageId = stageId;
        query.status = DealStatus::Open;
        QStringList titles;
        for (const Deal &d : pipeline.list(query))
            titles << d.title;
        return titles;
    }
};

} // namespace

TEST_CASE("a fresh database has the default stages in order")
{
    TempDatabase temp;
    PipelineRepository pipeline(temp.db(), temp.clock());
    const QList<Stage> stages = pipeline.stages();
    REQUIRE(stages.size() == 4);
    CHECK(stages.first().defaultProbability == 10);
    for (qsizetype i = 1; i < stages.size(); ++i)
        CHECK(stages.at(i).position > stages.at(i - 1).position);
}

TEST_CASE("stages are created at the end, renamed, reordered and audited")
{
    Pipeline p;
    QStringList names;
    for (const Stage &stage : p.pipeline.stages())
        names << stage.name;
    CHECK(names == QStringList {QStringLiteral("Lead"), QStringLiteral("Proposal"), QStringLiteral("Negotiation")});

    REQUIRE_OK(p.pipeline.renameStage(p.proposal, QStringLiteral(" Quote sent ")));
    CHECK(p.pipeline.stage(p.proposal)->name == QStringLiteral("Quote sent"));
    REQUIRE_OK(p.pipeline.setStageProbability(p.proposal, 40));
    CHECK(p.pipeline.stage(p.proposal)->defaultProbability == 40);

    REQUIRE_OK(p.pipeline.reorderStages({p.won, p.lead, p.proposal}));
    QList<qint64> order;
    for (const Stage &stage : p.pipeline.stages())
        order << stage.id;
    CHECK(order == QList<qint64> {p.won, p.lead, p.proposal});

    CHECK(auditCount(p.temp, QStringLiteral("pipeline_stage"), p.proposal, QStringLiteral("rename")) == 1);
    CHECK(auditCount(p.temp, QStringLiteral("pipeline_stage"), 0, QStringLiteral("reorder")) == 1);
    CHECK(auditCount(p.temp, QStringLiteral("pipeline_stage"), p.lead, QStringLiteral("create")) == 1);
}

TEST_CASE("stage validation names the field")
{
    Pipeline p;
    CHECK(p.pipeline.createStage(QStringLiteral("  ")).error().field == QStringLiteral("name"));
    const auto duplicate = p.pipeline.createStage(QStringLiteral("lead"));
    CHECK(duplicate.error().field == QStringLiteral("name"));
    CHECK(duplicate.error().kind == Error::Kind::Conflict);
    CHECK(p.pipeline.createStage(QStringLiteral("Won"), 101).error().field == QStringLiteral("defaultProbability"));
    CHECK(p.pipeline.renameStage(p.lead, QStringLiteral("Proposal")).error().field == QStringLiteral("name"));
    CHECK(p.pipeline.reorderStages({p.lead, p.proposal}).error().field == QStringLiteral("stages"));
    CHECK(p.pipeline.reorderStages({p.lead, p.lead, p.proposal}).error().field == QStringLiteral("stages"));
    CHECK(p.pipeline.renameStage(999, QStringLiteral("X")).error().kind == Error::Kind::NotFound);
}

TEST_CASE("removing a stage with open deals is refused; closed deals do not block it")
{
    Pipeline p;
    const qint64 open = p.deal(QStringLiteral("Catering"), 100000, p.proposal);
    const auto refused = p.pipeline.removeStage(p.proposal);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Conflict);
    CHECK(refused.errorMessage().contains(QStringLiteral("Proposal")));
    CHECK(p.pipeline.stages().size() == 3);

    REQUIRE_OK(p.pipeline.markWon(open));
    // Stage ids of the removed default stages are reused, so count the audit rows this removal adds.
    const int removals = auditCount(p.temp, QStringLiteral("pipeline_stage"), 0, QStringLiteral("remove"));
    REQUIRE_OK(p.pipeline.removeStage(p.proposal));
    CHECK(p.pipeline.stages().size() == 2);
    CHECK(p.pipeline.stages().at(1).position == 1);
    const auto closed = p.pipeline.get(open);
    CHECK(closed->stageId == 0);
    CHECK(closed->status == DealStatus::Won);
    CHECK(auditCount(p.temp, QStringLiteral("pipeline_stage"), 0, QStringLiteral("remove")) == removals + 1);

    // Reopened, it lands in the first stage.
    REQUIRE_OK(p.pipeline.reopen(open));
    CHECK(p.pipeline.get(open)->stageId == p.lead);
}

TEST_CASE("a deal is created with the stage's default probability and audited")
{
    Pipeline p;
    const qint64 anna = insertTestContact(p.temp, QStringLiteral("Anna"));
    Deal input;
    input.title = QStringLiteral(" Wedding catering ");
    input.contactId = anna;
    input.value = Money {250000, QStringLiteral("eur")};
    input.stageId = p.proposal;
    input.expectedClose = QDate(2026, 5, 1);
    const auto id = p.pipeline.create(input);
    REQUIRE_OK(id);

    const auto deal = p.pipeline.get(*id);
    REQUIRE_OK(deal);
    CHECK(deal->title == QStringLiteral("Wedding catering"));
    CHECK(deal->contactName == QStringLiteral("Anna"));
    CHECK(deal->stageName == QStringLiteral("Proposal"));
    CHECK(deal->value == Money {250000, QStringLiteral("EUR")});
    CHECK(deal->probability == 50);
    CHECK(deal->expectedClose == QDate(2026, 5, 1));
    CHECK(deal->status == DealStatus::Open);
    CHECK(deal->position == 0);
    CHECK(auditCount(p.temp, QStringLiteral("deal"), *id, QStringLiteral("create")) == 1);

    // Without a stage it goes into the first one; an explicit probability is kept.
    const qint64 second = p.deal(QStringLiteral("Birthday"), 5000, 0, 25);
    CHECK(p.pipeline.get(second)->stageId == p.lead);
    CHECK(p.pipeline.get(second)->probability == 25);
}

TEST_CASE("deal validation names the field")
{
    Pipeline p;
    auto fieldOf = [&](const Deal &d) {
        const auto id = p.pipeline.create(d);
        return id.ok() ? QString() : id.error().field;
    };
    Deal valid;
    valid.title = QStringLiteral("Deal");
    valid.value = Money {100, QStringLiteral("EUR")};

    Deal noTitle = valid;
    noTitle.title = QStringLiteral("  ");
    CHECK(fieldOf(noTitle) == QStringLiteral("title"));
    Deal negative = valid;
    negative.value.minor = -1;
    CHECK(fieldOf(negative) == QStringLiteral("value"));
    Deal badCurrency = valid;
    badCurrency.value.currency = QStringLiteral("EURO");
    CHECK(fieldOf(badCurrency) == QStringLiteral("currency"));
    Deal badProbability = valid;
    badProbability.probability = 120;
    CHECK(fieldOf(badProbability) == QStringLiteral("probability"));
    Deal badStage = valid;
    badStage.stageId = 999;
    CHECK(fieldOf(badStage) == QStringLiteral("stageId"));
    Deal badContact = valid;
    badContact.contactId = 999;
    CHECK(fieldOf(badContact) == QStringLiteral("contactId"));
    Deal lostWithoutReason = valid;
    lostWithoutReason.status = DealStatus::Lost;
    CHECK(fieldOf(lostWithoutReason) == QStringLiteral("lostReason"));
    CHECK(p.temp.scalar(QStringLiteral("SELECT COUNT(*) FROM deals")).toInt() == 0);
}

TEST_CASE("updating a deal changes its fields but not its stage or status")
{
    Pipeline p;
    const qint64 id = p.deal(QStringLiteral("Catering"), 100000, p.proposal);
    Deal changed = *p.pipeline.get(id);
    changed.title = QStringLiteral("Catering for 80");
    changed.value.minor = 120000;
    changed.probability = 70;
    changed.stageId = p.won;
    changed.status = DealStatus::Won;
    REQUIRE_OK(p.pipeline.update(changed));
    const auto stored = p.pipeline.get(id);
    CHECK(stored->title == QStringLiteral("Catering for 80"));
    CHECK(stored->value.minor == 120000);
    CHECK(stored->probability == 70);
    CHECK(stored->stageId == p.proposal);
    CHECK(stored->status == DealStatus::Open);
    CHECK(auditCount(p.temp, QStringLiteral("deal"), id, QStringLiteral("update")) == 1);

    changed.probability = -5;
    CHECK(p.pipeline.update(changed).error().field == QStringLiteral("probability"));
}

TEST_CASE("deals move between stages at a position and both columns are renumbered")
{
    Pipeline p;
    const qint64 a = p.deal(QStringLiteral("A"), 100, p.lead);
    const qint64 b = p.deal(QStringLiteral("B"), 100, p.lead);
    const qint64 c = p.deal(QStringLiteral("C"), 100, p.lead);
    const qint64 x = p.deal(QStringLiteral("X"), 100, p.proposal);
    const qint64 y = p.deal(QStringLiteral("Y"), 100, p.proposal);
    CHECK(p.column(p.lead) == QStringList {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});

    REQUIRE_OK(p.pipeline.moveToStage(b, p.proposal, 1));
    CHECK(p.column(p.lead) == QStringList {QStringLiteral("A"), QStringLiteral("C")});
    CHECK(p.column(p.proposal) == QStringList {QStringLiteral("X"), QStringLiteral("B"), QStringLiteral("Y")});
    CHECK(p.pipeline.get(c)->position == 1);
    CHECK(p.pipeline.get(y)->position == 2);
    // B's probability was the Lead default, so it follows the new stage.
    CHECK(p.pipeline.get(b)->probability == 50);
    CHECK(auditCount(p.temp, QStringLiteral("deal"), b, QStringLiteral("move")) == 1);

    // Within a column; a position past the end means the end.
    REQUIRE_OK(p.pipeline.moveToStage(x, p.proposal, 99));
    CHECK(p.column(p.proposal) == QStringList {QStringLiteral("B"), QStringLiteral("Y"), QStringLiteral("X")});
    REQUIRE_OK(p.pipeline.moveToStage(x, p.proposal, 0));
    CHECK(p.column(p.proposal) == QStringList {QStringLiteral("X"), QStringLiteral("B"), QStringLiteral("Y")});

    // A probability set by hand is kept.
    Deal manual = *p.pipeline.get(a);
    manual.probability = 33;
    REQUIRE_OK(p.pipeline.update(manual));
    REQUIRE_OK(p.pipeline.moveToStage(a, p.won));
    CHECK(p.pipeline.get(a)->probability == 33);

    CHECK(p.pipeline.moveToStage(a, 999).error().kind == Error::Kind::NotFound);

    // The full list runs in stage order, then position.
    QStringList all;
    for (const Deal &d : p.pipeline.list())
        all << d.title;
    CHECK(all
          == QStringList {QStringLiteral("C"), QStringLiteral("X"), QStringLiteral("B"), QStringLiteral("Y"),
                          QStringLiteral("A")});
}

TEST_CASE("won and lost deals close; lost needs a reason; reopen opens again")
{
    Pipeline p;
    const qint64 id = p.deal(QStringLiteral("Catering"), 100000, p.proposal);

    const auto noReason = p.pipeline.markLost(id, QStringLiteral("  "));
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().field == QStringLiteral("lostReason"));
    CHECK(p.pipeline.get(id)->status == DealStatus::Open);

    REQUIRE_OK(p.pipeline.markLost(id, QStringLiteral("Went with a cheaper caterer")));
    auto deal = p.pipeline.get(id);
    CHECK(deal->status == DealStatus::Lost);
    CHECK(deal->lostReason == QStringLiteral("Went with a cheaper caterer"));
    CHECK(deal->closedAt == p.temp.clock().nowUtc());
    CHECK(auditCount(p.temp, QStringLiteral("deal"), id, QStringLiteral("lost")) == 1);

    REQUIRE_OK(p.pipeline.reopen(id));
    deal = p.pipeline.get(id);
    CHECK(deal->status == DealStatus::Open);
    CHECK(deal->lostReason.isEmpty());
    CHECK_FALSE(deal->closedAt.isValid());

    REQUIRE_OK(p.pipeline.markWon(id));
    CHECK(p.pipeline.get(id)->status == DealStatus::Won);
    DealListQuery wonOnly;
    wonOnly.status = DealStatus::Won;
    CHECK(p.pipeline.list(wonOnly).size() == 1);
    CHECK(p.column(p.proposal).isEmpty());
}

TEST_CASE("the stage summary counts open deals and weights their value by probability")
{
    Pipeline p;
    // 1000.00 at 10% + 333.35 at 10% = 133.335 -> 133.34 (half away from zero)
    p.deal(QStringLiteral("A"), 100000, p.lead);
    p.deal(QStringLiteral("B"), 33335, p.lead);
    // 12.35 at 50% = 6.175 and 0.01 at 50% = 0.005: summed first (6.18), not rounded each (6.18 + 0.01 = 6.19).
    p.deal(QStringLiteral("C"), 1235, p.proposal);
    p.deal(QStringLiteral("D"), 1, p.proposal);
    const qint64 lost = p.deal(QStringLiteral("Lost"), 500000, p.proposal);
    REQUIRE_OK(p.pipeline.markLost(lost, QStringLiteral("No budget")));
    const qint64 trashed = p.deal(QStringLiteral("Trashed"), 700000, p.lead);
    REQUIRE_OK(p.pipeline.moveToTrash(trashed));
    Deal dollars;
    dollars.title = QStringLiteral("US client");
    dollars.value = Money {90000, QStringLiteral("USD")};
    dollars.stageId = p.won;
    REQUIRE_OK(p.pipeline.create(dollars));

    const QList<StageSummary> summary = p.pipeline.summary(QStringLiteral("EUR"));
    REQUIRE(summary.size() == 3);
    CHECK(summary.at(0).stageId == p.lead);
    CHECK(summary.at(0).stageName == QStringLiteral("Lead"));
    CHECK(summary.at(0).dealCount == 2);
    CHECK(summary.at(0).total == Money {133335, QStringLiteral("EUR")});
    CHECK(summary.at(0).weighted == Money {13334, QStringLiteral("EUR")});
    CHECK(summary.at(1).dealCount == 2);
    CHECK(summary.at(1).total.minor == 1236);
    CHECK(summary.at(1).weighted.minor == 618);
    CHECK(summary.at(2).dealCount == 0);
    CHECK(summary.at(2).otherCurrencyCount == 1);
    CHECK(summary.at(2).total.minor == 0);

    const QList<StageSummary> usd = p.pipeline.summary(QStringLiteral("USD"));
    CHECK(usd.at(2).dealCount == 1);
    CHECK(usd.at(2).weighted == Money {72000, QStringLiteral("USD")});
}

TEST_CASE("trashed deals leave the pipeline and come back when restored")
{
    Pipeline p;
    const qint64 id = p.deal(QStringLiteral("Catering"), 100000, p.proposal);
    REQUIRE_OK(p.pipeline.moveToTrash(id));
    CHECK(p.pipeline.list().isEmpty());
    DealListQuery trash;
    trash.inTrash = true;
    CHECK(p.pipeline.list(trash).size() == 1);
    CHECK(p.pipeline.summary(QStringLiteral("EUR")).at(1).dealCount == 0);

    // Its stage may even be removed while it is in the trash; it comes back into the first one.
    REQUIRE_OK(p.pipeline.removeStage(p.proposal));
    REQUIRE_OK(p.pipeline.restore(id));
    const auto restored = p.pipeline.get(id);
    CHECK_FALSE(restored->isInTrash());
    CHECK(restored->stageId == p.lead);
    CHECK(p.pipeline.list().size() == 1);
    CHECK(auditCount(p.temp, QStringLiteral("deal"), id, QStringLiteral("trash")) == 1);
    CHECK(auditCount(p.temp, QStringLiteral("deal"), id, QStringLiteral("restore")) == 1);
}

TEST_CASE("deal status names map to the schema's values")
{
    CHECK(toString(DealStatus::Won) == QStringLiteral("won"));
    CHECK(dealStatusFromString(QStringLiteral("LOST")) == DealStatus::Lost);
    CHECK_FALSE(dealStatusFromString(QStringLiteral("pending")).has_value());
    CHECK_FALSE(displayName(DealStatus::Open).isEmpty());
}
