// What a participant sees of cards: their colour, dark legible text, rotation, clusters and overlays.
#include <imgui.h>
#include <numbers>

#include "SceneFixture.hpp"
#include "render/Contrast.hpp"
#include "render/Palette.hpp"
#include "render/TableColour.hpp"

namespace atelier::render::testing {
namespace {

const Rgb kTable{kTableColour.r, kTableColour.g, kTableColour.b};

using CardPixels = SceneFixture;

TEST_F(CardPixels, ACardShowsItsCategoryColourAndDarkTextInside) {
    core::Board board;
    board.cards[1] = makeCard(1, {200, 112.5}, "Des bancs à l’ombre", 0);
    const Pixels pixels = render(board);
    const Rgb orange = rgb(okabeIto()[0]);
    EXPECT_TRUE(near(at(pixels, {200 - 30, 112.5 - 30}), orange)) << "near the top-left corner";
    EXPECT_TRUE(near(at(pixels, {200 + 30, 112.5 + 30}), orange)) << "near the bottom-right corner";
    EXPECT_TRUE(near(at(pixels, {200 + 50, 112.5}), kTable)) << "beside the card";
    // Text sits in the middle of the card, in black (the dark choice for orange).
    const core::Vec2 topLeft = m_view.toPixels({200 - 30, 112.5 - 25});
    const core::Vec2 bottomRight = m_view.toPixels({200 + 30, 112.5 + 25});
    const int dark = pixels.countDarker(static_cast<int>(topLeft.x), static_cast<int>(topLeft.y),
                                        static_cast<int>(bottomRight.x), static_cast<int>(bottomRight.y), 60);
    EXPECT_GT(dark, 400) << "dark text pixels inside the card";
}

TEST_F(CardPixels, CardsWaitForTheFontAtlasToBeBuilt) {
    // As in the app: the font is added to ImGui's atlas, which ImGui builds only at its first frame.
    ImFontAtlas atlas;
    ImFont* font = atlas.AddFontDefault();
    ASSERT_EQ(font->ContainerAtlas, nullptr);
    SceneRenderer scene(resourceRoot(), *font, *m_textures);
    core::Board board;
    board.cards[1] = makeCard(1, {200, 112.5}, "MMMMM", 0);
    m_target->bind();
    scene.draw(board, m_view);
    Pixels pixels = m_target->read();
    EXPECT_TRUE(near(at(pixels, {200 - 30, 112.5 - 30}), rgb(okabeIto()[0]))) << "the body shows at once";
    const core::Vec2 a = m_view.toPixels({200 - 30, 112.5 - 6});
    const core::Vec2 b = m_view.toPixels({200 + 30, 112.5 + 6});
    const auto dark = [&](const Pixels& p) {
        return p.countDarker(static_cast<int>(a.x), static_cast<int>(a.y), static_cast<int>(b.x),
                             static_cast<int>(b.y), 60);
    };
    EXPECT_EQ(dark(pixels), 0) << "no text yet";
    atlas.Build();
    m_target->bind();
    scene.draw(board, m_view);
    pixels = m_target->read();
    EXPECT_GT(dark(pixels), 20) << "text once the atlas is built";
}

TEST_F(CardPixels, TextCapHeightIsAtLeastFourMillimetres) {
    if (!m_font->isDejaVu()) {
        GTEST_SKIP() << "needs DejaVu Sans";
    }
    core::Board board;
    board.cards[1] = makeCard(1, {200, 112.5}, "HHH", 3); // yellow card, black text
    const Pixels pixels = render(board);
    const core::Vec2 a = m_view.toPixels({200 - 35, 112.5 - 35});
    const core::Vec2 b = m_view.toPixels({200 + 35, 112.5 + 35});
    int top = pixels.height;
    int bottom = -1;
    for (int y = static_cast<int>(a.y); y < static_cast<int>(b.y); ++y) {
        if (pixels.countDarker(static_cast<int>(a.x), y, static_cast<int>(b.x), y + 1, 128) > 0) {
            top = std::min(top, y);
            bottom = std::max(bottom, y);
        }
    }
    ASSERT_GE(bottom, top);
    const double capMm = (bottom - top + 1) / m_view.pxPerMmY();
    EXPECT_GE(capMm, 4.0);
    EXPECT_LE(capMm, 6.0);
}

TEST_F(CardPixels, LightTextOnADarkCategory) {
    if (!m_font->isDejaVu()) {
        GTEST_SKIP() << "needs DejaVu Sans (ImGui's fallback bitmap font is too thin to count)";
    }
    core::Board board;
    m_scene->setCategoryColours({0x0072B2});
    board.cards[1] = makeCard(1, {200, 112.5}, "MMMM", 0);
    const Pixels pixels = render(board);
    const core::Vec2 a = m_view.toPixels({200 - 30, 112.5 - 8});
    const core::Vec2 b = m_view.toPixels({200 + 30, 112.5 + 8});
    int light = 0;
    for (int y = static_cast<int>(a.y); y < static_cast<int>(b.y); ++y) {
        for (int x = static_cast<int>(a.x); x < static_cast<int>(b.x); ++x) {
            const Rgb c = pixels.at(x, y);
            light += c.r > 230 && c.g > 230 && c.b > 230 ? 1 : 0;
        }
    }
    EXPECT_GT(light, 120) << "white text pixels inside the card";
    EXPECT_TRUE(near(at(pixels, {200 - 30, 112.5 - 30}), rgb(0x0072B2)));
}

TEST_F(CardPixels, ACardTurnedAQuarterShowsItsLengthUpDown) {
    core::Board board;
    core::Card card = makeCard(1, {200, 112.5}, "", 1);
    card.size = {150, 40};
    board.cards[1] = card;
    Pixels pixels = render(board);
    const Rgb blue = rgb(okabeIto()[1]);
    EXPECT_TRUE(near(at(pixels, {200 + 60, 112.5}), blue)) << "unturned: long across";
    EXPECT_TRUE(near(at(pixels, {200, 112.5 + 60}), kTable));

    board.cards[1].pose.rotation = std::numbers::pi / 2;
    pixels = render(board);
    EXPECT_TRUE(near(at(pixels, {200, 112.5 + 60}), blue)) << "turned: long up-down";
    EXPECT_TRUE(near(at(pixels, {200, 112.5 - 60}), blue));
    EXPECT_TRUE(near(at(pixels, {200 + 60, 112.5}), kTable));
    EXPECT_TRUE(near(at(pixels, {200 - 60, 112.5}), kTable));
}

TEST_F(CardPixels, HigherZIsDrawnOnTop) {
    core::Board board;
    board.cards[1] = makeCard(1, {180, 112.5}, "", 0, 5);
    board.cards[2] = makeCard(2, {220, 112.5}, "", 2, 3);
    Pixels pixels = render(board);
    EXPECT_TRUE(near(at(pixels, {200, 112.5}), rgb(okabeIto()[0]))) << "card 1 has the higher z";
    board.cards[2].z = 9;
    pixels = render(board);
    EXPECT_TRUE(near(at(pixels, {200, 112.5}), rgb(okabeIto()[2])));
}

TEST_F(CardPixels, DeletedCardsAreNotDrawn) {
    core::Board board;
    board.cards[1] = makeCard(1, {200, 112.5}, "", 0);
    board.cards[1].deleted = true;
    const Pixels pixels = render(board);
    EXPECT_TRUE(near(at(pixels, {200, 112.5}), kTable));
}

TEST_F(CardPixels, AClusterOutlinesItsCardsAndShowsItsName) {
    core::Board board;
    board.cards[1] = makeCard(1, {150, 120}, "", 0);
    board.cards[2] = makeCard(2, {240, 120}, "", 0);
    board.clusters[3] = core::Cluster{3, "Ombre", {1, 2}, false};
    const Pixels pixels = render(board);
    // Between the two cards, inside the outline: tinted, not the bare table.
    const Rgb between = at(pixels, {195, 150});
    EXPECT_FALSE(near(between, kTable, 3));
    EXPECT_TRUE(near(at(pixels, {195, 30}), kTable, 3)) << "well outside the outline";
    // The label straddles the top edge of the outline, near its left end.
    const core::Vec2 a = m_view.toPixels({108, 60});
    const core::Vec2 b = m_view.toPixels({150, 80});
    EXPECT_GT(pixels.countDarker(static_cast<int>(a.x), static_cast<int>(a.y), static_cast<int>(b.x),
                                 static_cast<int>(b.y), 80),
              50);
}

TEST_F(CardPixels, ContactsAndLassosAreDrawnOnTop) {
    core::Board board;
    Overlays overlays;
    overlays.contacts.push_back({{100, 100}, 1});
    overlays.lassos.push_back({{{250, 50}, {300, 50}, {300, 100}}, 2});
    const Pixels pixels = render(board, overlays);
    EXPECT_FALSE(near(at(pixels, {100 + 7.5, 100}), kTable, 10)) << "the ring of the contact";
    EXPECT_TRUE(near(at(pixels, {275, 50}), rgb(Palette().seat(2)), 40)) << "the lasso line";
    EXPECT_TRUE(near(at(pixels, {275, 75}), kTable, 3));
}

} // namespace
} // namespace atelier::render::testing
