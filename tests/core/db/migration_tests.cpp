#include "tempdatabase.h"

#include "db/migrator.h"

#include <catch2/catch.hpp>

using namespace clientele;

TEST_CASE("a fresh database is migrated to the latest schema")
{
    TempDatabase temp;
    CHECK(temp.database().schemaVersion() == Migrator::latestVersion());
    CHECK(Migrator::latestVersion() >= 1);
}
