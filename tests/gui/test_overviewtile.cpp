#include "overview/overviewtile.h"

#include <gtest/gtest.h>

namespace caseloop {
namespace {

TEST(OverviewTileTest, ShowsADashUntilAValueArrives)
{
    OverviewTile tile;
    tile.setTitle(QStringLiteral("Cases"));
    EXPECT_EQ(tile.value(), QStringLiteral("—"));
    tile.setValue(QStringLiteral("4,000"));
    tile.setDetail(QStringLiteral("3 overdue"), OverviewTile::Tone::Warning);
    EXPECT_EQ(tile.title(), QStringLiteral("Cases"));
    EXPECT_EQ(tile.value(), QStringLiteral("4,000"));
    EXPECT_EQ(tile.detail(), QStringLiteral("3 overdue"));
    tile.setLoading();
    EXPECT_EQ(tile.value(), QStringLiteral("—"));
}

} // namespace
} // namespace caseloop
