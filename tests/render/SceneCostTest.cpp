// A frame costs what changed: draw calls do not grow with items, a drag repaints nothing, state is restored.
#include <glad/gl.h>

#include "SceneFixture.hpp"

namespace atelier::render::testing {
namespace {

const std::string kHashA(64, 'a');
const std::string kHashB(64, 'b');

/// A board with `cards` cards on a grid, two photos and `strokes` strokes of 20 points on the first photo.
core::Board busyBoard(int cards, int strokes) {
    core::Board board;
    board.photos[1] = makePhoto(1, kHashA, {{100, 110}, 0.1, 1}, {160, 120}, 1);
    board.photos[2] = makePhoto(2, kHashB, {{300, 110}, -0.1, 1}, {160, 120}, 2);
    core::ItemId id = 10;
    for (int i = 0; i < cards; ++i, ++id) {
        const core::Vec2 centre{20.0 + (i % 20) * 18.0, 20.0 + (i / 20) * 12.0};
        core::Card card =
            makeCard(id, centre, "Idée n° " + std::to_string(i), i % 8, 10 + static_cast<std::uint64_t>(i));
        card.size = {30, 20};
        board.cards[id] = card;
    }
    for (int s = 0; s < strokes; ++s, ++id) {
        core::Stroke stroke;
        stroke.id = id;
        stroke.parent = 1;
        stroke.colour = 0x000000FF;
        stroke.width = 1 + s % 5;
        for (int p = 0; p < 20; ++p) {
            stroke.points.push_back({-70.0 + p * 7, -50.0 + (s % 100)});
        }
        board.strokes[id] = stroke;
    }
    return board;
}

using SceneCost = SceneFixture;

TEST_F(SceneCost, DrawCallsDoNotGrowWithCardsOrStrokes) {
    m_files[kHashA] = encodePng(twoToneRgba(64, 48, 0xFFFFFF, 0x808080), 64, 48, 4);
    m_files[kHashB] = m_files[kHashA];
    const auto dragTopCard = [this](core::Board board) {
        renderUntilLoaded(board);
        auto& top = board.cards.rbegin()->second;
        top.pose.centre = {200, 110}; // over both photos' neighbourhood and other cards
        render(board);
        return m_scene->lastFrame();
    };
    const FrameStats few = dragTopCard(busyBoard(10, 5));
    restart();
    const FrameStats many = dragTopCard(busyBoard(300, 400));
    EXPECT_EQ(many.drawCalls, few.drawCalls);
    EXPECT_LE(many.drawCalls, 5) << "clear the changed part, redraw it, no overlay";
    EXPECT_EQ(many.itemsPainted, 0) << "nothing repainted";
    EXPECT_EQ(many.segmentsDrawn, 0u);
}

TEST_F(SceneCost, AnUnchangedFrameOnlyCopiesTheCachedScene) {
    const core::Board board = busyBoard(300, 100);
    renderUntilLoaded(board);
    render(board);
    EXPECT_EQ(m_scene->lastFrame().drawCalls, 0);
    EXPECT_EQ(m_scene->lastFrame().redrawnPixels, 0);
}

TEST_F(SceneCost, DraggingACardRepaintsNothingAndRedrawsLittle) {
    core::Board board = busyBoard(300, 100);
    renderUntilLoaded(board);
    for (int frame = 0; frame < 10; ++frame) {
        board.cards[10].pose.centre.x += 3;
        board.cards[10].pose.rotation += 0.05;
        board.cards[10].z = 1000;
        render(board);
        const FrameStats& stats = m_scene->lastFrame();
        EXPECT_EQ(stats.itemsPainted, 0);
        EXPECT_EQ(stats.segmentsDrawn, 0u);
        EXPECT_EQ(stats.layersBaked, 0);
        EXPECT_LT(stats.redrawnPixels, kWidth * kHeight / 20) << "only around the dragged card";
    }
}

TEST_F(SceneCost, PartialRedrawsShowWhatAFullRedrawShows) {
    m_files[kHashA] = encodePng(twoToneRgba(64, 48, 0x3060A0, 0xC0A060), 64, 48, 4);
    m_files[kHashB] = m_files[kHashA];
    core::Board board = busyBoard(60, 30);
    board.clusters[5000] = core::Cluster{5000, "Groupe", {20, 21, 40}, false};
    renderUntilLoaded(board);
    for (int frame = 0; frame < 12; ++frame) {
        core::Card& card = board.cards[15];
        card.pose.centre = {60.0 + frame * 25, 40.0 + frame * 12};
        card.pose.rotation = frame * 0.2;
        card.z = 2000 + static_cast<std::uint64_t>(frame);
        board.photos[2].pose.centre.x -= 4;
        if (frame == 4) {
            board.cards[30].deleted = true;
        }
        if (frame == 6) {
            board.cards[9000] = makeCard(9000, {150, 150}, "Nouvelle", 2, 3000);
        }
        if (frame == 8) {
            board.cards[40].pose.centre = {300, 200}; // a cluster member walks away: the outline grows
        }
        render(board);
    }
    const Pixels partial = renderUntilLoaded(board);
    restart();
    const Pixels full = renderUntilLoaded(board);
    int different = 0;
    for (int y = 0; y < kHeight; ++y) {
        for (int x = 0; x < kWidth; ++x) {
            different += near(partial.at(x, y), full.at(x, y), 3) ? 0 : 1;
        }
    }
    EXPECT_EQ(different, 0) << "pixels where the cached scene differs from a fresh one";
}

TEST_F(SceneCost, EditingACardRepaintsOnlyThatCard) {
    core::Board board = busyBoard(50, 0);
    render(board);
    EXPECT_EQ(m_scene->lastFrame().itemsPainted, 50);
    render(board);
    EXPECT_EQ(m_scene->lastFrame().itemsPainted, 0);
    board.cards[12].text += " !";
    render(board);
    EXPECT_EQ(m_scene->lastFrame().itemsPainted, 1);
    board.cards[13].category = 5;
    board.cards[14].pose.scale = 1.5;
    render(board);
    EXPECT_EQ(m_scene->lastFrame().itemsPainted, 2);
}

TEST_F(SceneCost, APenAddsOnlyItsNewSegments) {
    core::Board board = busyBoard(0, 50);
    render(board);
    EXPECT_EQ(m_scene->lastFrame().segmentsDrawn, 50u * 19u);
    auto& stroke = board.strokes.rbegin()->second;
    for (int p = 0; p < 5; ++p) {
        stroke.points.push_back({70.0 + p, 40.0});
    }
    render(board);
    EXPECT_EQ(m_scene->lastFrame().segmentsDrawn, 5u);
    EXPECT_EQ(m_scene->lastFrame().layersRedrawn, 0);
    stroke.erased = true;
    render(board);
    EXPECT_EQ(m_scene->lastFrame().segmentsDrawn, 49u * 19u) << "an erase redraws the photo's other strokes";
}

TEST_F(SceneCost, RestoresTheGlStateItChanges) {
    core::Board board = busyBoard(20, 20);
    m_target->bind();
    glEnable(GL_SCISSOR_TEST);
    glScissor(1, 2, 3, 4);
    glViewport(5, 6, 7, 8);
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ZERO);
    glActiveTexture(GL_TEXTURE3);
    glUseProgram(0);
    glClearColor(0.1f, 0.2f, 0.3f, 0.4f);
    GLint framebuffer = 0;
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &framebuffer);

    m_scene->draw(board, m_view);

    GLint value = 0;
    EXPECT_EQ(glIsEnabled(GL_SCISSOR_TEST), GL_TRUE);
    GLint box[4];
    glGetIntegerv(GL_SCISSOR_BOX, box);
    EXPECT_EQ(box[0], 1);
    EXPECT_EQ(box[3], 4);
    glGetIntegerv(GL_VIEWPORT, box);
    EXPECT_EQ(box[0], 5);
    EXPECT_EQ(box[3], 8);
    glGetIntegerv(GL_BLEND_SRC_RGB, &value);
    EXPECT_EQ(value, GL_SRC_ALPHA);
    glGetIntegerv(GL_BLEND_DST_ALPHA, &value);
    EXPECT_EQ(value, GL_ZERO);
    glGetIntegerv(GL_ACTIVE_TEXTURE, &value);
    EXPECT_EQ(value, GL_TEXTURE3);
    glGetIntegerv(GL_CURRENT_PROGRAM, &value);
    EXPECT_EQ(value, 0);
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &value);
    EXPECT_EQ(value, framebuffer);
    GLfloat clear[4];
    glGetFloatv(GL_COLOR_CLEAR_VALUE, clear);
    EXPECT_FLOAT_EQ(clear[2], 0.3f);
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_BLEND);
    glActiveTexture(GL_TEXTURE0);
    EXPECT_EQ(glGetError(), static_cast<GLenum>(GL_NO_ERROR));
}

} // namespace
} // namespace atelier::render::testing
