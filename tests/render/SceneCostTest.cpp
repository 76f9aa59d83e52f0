// A frame costs what changed: draw calls do not grow with items, a drag repaints nothing, state is restored.
#include <glad/gl.h>

#include <array>
#include <chrono>
#include <cmath>
#include <thread>
#include <utility>

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

/// Pixels where two frames differ by more than `tolerance` on some channel.
int differences(const Pixels& a, const Pixels& b, int tolerance) {
    int different = 0;
    for (int y = 0; y < a.height; ++y) {
        for (int x = 0; x < a.width; ++x) {
            different += near(a.at(x, y), b.at(x, y), tolerance) ? 0 : 1;
        }
    }
    return different;
}

/// The scene fixture with a clock the test moves by hand (it decides when a moving item settles).
class SceneCost : public SceneFixture {
protected:
    void useTestClock() {
        m_scene->setClock([this] { return m_nowMs; });
    }

    /// A second renderer, on its own caches and the test's clock, that writes every frame whole into its own
    /// target: the reference partial presents are compared with.
    class FullRedraw {
    public:
        explicit FullRedraw(SceneCost& test)
            : m_textures([files = &test.m_files](const std::string& hash) -> std::optional<Bytes> {
                  auto it = files->find(hash);
                  return it == files->end() ? std::nullopt : std::optional<Bytes>(it->second);
              }),
              m_scene(resourceRoot(), test.m_font->font(), m_textures), m_target(kWidth, kHeight),
              m_view(test.m_view) {
            m_scene.setClock([&test] { return test.m_nowMs; });
        }
        /// Draws until every photo is loaded and nothing moves.
        void settle(const core::Board& board) {
            for (int i = 0; i < 400 && (m_scene.needsAnotherFrame() || i == 0); ++i) {
                draw(board, {});
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        }
        /// The whole frame.
        Pixels draw(const core::Board& board, const Overlays& overlays) {
            m_target.bind();
            m_scene.draw(board, m_view, overlays);
            return m_target.read();
        }
        bool needsAnotherFrame() const { return m_scene.needsAnotherFrame(); }

    private:
        TextureCache m_textures;
        SceneRenderer m_scene;
        RenderTarget m_target;
        View m_view;
    };

    double m_nowMs = 1000;
};

TEST_F(SceneCost, DrawCallsDoNotGrowWithCardsOrStrokes) {
    m_files[kHashA] = encodePng(twoToneRgba(64, 48, 0xFFFFFF, 0x808080), 64, 48, 4);
    m_files[kHashB] = m_files[kHashA];
    // The bottom card moved (under the others: redrawn in the cache), then the top card dragged (floating).
    const auto moveCards = [this](core::Board board) {
        useTestClock();
        renderUntilLoaded(board);
        board.cards.begin()->second.pose.centre = {200, 110}; // over both photos' neighbourhood
        m_nowMs += 16;
        render(board);
        const FrameStats cached = m_scene->lastFrame();
        auto& top = board.cards.rbegin()->second;
        for (int frame = 0; frame < 2; ++frame) {
            top.pose.centre = {150.0 + frame * 5, 100};
            m_nowMs += 16;
            render(board);
        }
        return std::pair{cached, m_scene->lastFrame()};
    };
    const auto [few, fewFloating] = moveCards(busyBoard(10, 5));
    restart();
    const auto [many, manyFloating] = moveCards(busyBoard(300, 400));
    EXPECT_EQ(many.drawCalls, few.drawCalls);
    EXPECT_LE(many.drawCalls, 5) << "clear the changed part, redraw it, no overlay";
    EXPECT_EQ(many.floatingItems, 0);
    EXPECT_EQ(manyFloating.drawCalls, fewFloating.drawCalls);
    EXPECT_EQ(manyFloating.drawCalls, 1) << "the floating card, nothing redrawn in the cache";
    EXPECT_EQ(manyFloating.floatingItems, 1);
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
    EXPECT_EQ(differences(partial, full, 3), 0) << "pixels where the cached scene differs from a fresh one";
}

TEST_F(SceneCost, DraggedCardsFloatOverTheCacheAndLandInItUnchanged) {
    m_files[kHashA] = encodePng(twoToneRgba(64, 48, 0x3060A0, 0xC0A060), 64, 48, 4);
    m_files[kHashB] = m_files[kHashA];
    useTestClock();
    core::Board board = busyBoard(60, 30);
    board.clusters[5000] = core::Cluster{5000, "Groupe", {20, 21, 40}, false};
    renderUntilLoaded(board);
    EXPECT_EQ(m_scene->lastFrame().floatingItems, 0) << "nothing moved yet";

    // Four cards grabbed (raised) and dragged over other cards, the cluster and a photo.
    const std::array<core::ItemId, 4> dragged{12, 27, 33, 48};
    Pixels floating;
    for (int frame = 0; frame < 10; ++frame) {
        m_nowMs += 16;
        for (std::size_t i = 0; i < dragged.size(); ++i) {
            core::Card& card = board.cards[dragged[i]];
            card.z = 3000 + i;
            // They end over the third row of cards, the cluster's outline and the photos' top edges.
            card.pose.centre = {70.0 + static_cast<double>(i) * 55 + frame * 9, 30.0 + frame * 3.0};
            card.pose.rotation = 0.12 * frame - 0.3 * static_cast<double>(i);
        }
        floating = render(board);
        const FrameStats& stats = m_scene->lastFrame();
        EXPECT_EQ(stats.floatingItems, 4) << "frame " << frame;
        if (frame > 0) {
            EXPECT_EQ(stats.redrawnPixels, 0)
                << "frame " << frame << ": the cache is not touched while they move";
        }
        EXPECT_TRUE(m_scene->needsAnotherFrame()) << "frame " << frame << ": they must settle later";
    }

    // They stop. Within the settle time they still float and the frame does not change.
    m_nowMs += SceneRenderer::kSettleMs / 2;
    const Pixels stillFloating = render(board);
    EXPECT_EQ(m_scene->lastFrame().floatingItems, 4);
    EXPECT_EQ(differences(stillFloating, floating, 0), 0);
    // After it, they are drawn into the cache once, with the same pixels, and nothing floats any more.
    m_nowMs += SceneRenderer::kSettleMs;
    const Pixels landed = render(board);
    EXPECT_EQ(m_scene->lastFrame().floatingItems, 0);
    EXPECT_GT(m_scene->lastFrame().redrawnPixels, 0) << "drawn back into the cache";
    EXPECT_FALSE(m_scene->needsAnotherFrame());
    // The items under them are redrawn cut to the landing rectangles: a dozen edge pixels may round one
    // level the other way, no more.
    EXPECT_EQ(differences(landed, floating, 1), 0)
        << "pixels that changed when the cards landed in the cache";
    const Pixels after = render(board);
    EXPECT_EQ(m_scene->lastFrame().redrawnPixels, 0);
    EXPECT_EQ(m_scene->lastFrame().drawCalls, 0);
    EXPECT_EQ(differences(after, landed, 0), 0);

    restart();
    const Pixels full = renderUntilLoaded(board);
    EXPECT_EQ(differences(floating, full, 3), 0) << "pixels where floating cards differ from a full redraw";
    EXPECT_EQ(differences(landed, full, 3), 0) << "pixels where the landed cards differ from a full redraw";
}

/// One step of the scripted gestures: the board as it is now, the contacts shown, the clock.
struct GestureFrame {
    Overlays overlays;
    double advanceMs = 16;
};

/// Moves the board one frame along a drag, a pinch, a throw and a pen stroke (in that order, 70 frames).
GestureFrame playGestures(core::Board& board, int frame, double& throwSpeed) {
    GestureFrame step;
    if (frame < 20) { // a card grabbed (raised) and dragged over cards, a cluster and a photo
        core::Card& card = board.cards[15];
        card.z = 2000;
        card.pose.centre = {60.0 + frame * 9, 30.0 + frame * 4};
        step.overlays.contacts.push_back({card.pose.centre, 2});
        // Two more hands drag cards far from it at the same time: the frame changes in several rectangles.
        core::Card& second = board.cards[45];
        second.z = 1998; // under the first card, which goes on moving (pinched) after they stop
        second.pose.centre = {340.0 - frame * 4, 200.0 - frame * 2};
        second.pose.rotation = 0.02 * frame;
        step.overlays.contacts.push_back({second.pose.centre, 3});
        core::Card& third = board.cards[62];
        third.z = 1999;
        third.pose.centre = {40.0 + frame * 2, 190};
        step.overlays.contacts.push_back({third.pose.centre, 4});
    } else if (frame < 30) { // the same card pinched bigger and turned, two fingers
        core::Card& card = board.cards[15];
        card.pose.scale = 1 + (frame - 19) * 0.08;
        card.pose.rotation = (frame - 19) * 0.05;
        const double spread = 12 * card.pose.scale;
        step.overlays.contacts.push_back({{card.pose.centre.x - spread, card.pose.centre.y}, 2});
        step.overlays.contacts.push_back({{card.pose.centre.x + spread, card.pose.centre.y}, 2});
    } else if (frame < 50) { // another card thrown: it glides, slows down, stops and settles
        core::Card& card = board.cards[33];
        card.z = 2001;
        card.pose.centre.x += throwSpeed;
        card.pose.centre.y -= throwSpeed * 0.3;
        throwSpeed *= 0.8;
        if (frame < 32) {
            step.overlays.contacts.push_back({card.pose.centre, 4});
        }
        step.advanceMs = frame < 44 ? 16 : 90; // past the settle time: it lands in the cache
    } else { // a pen stroke on the table and one on a photo, a few points per frame
        core::Stroke& table = board.strokes[9000];
        core::Stroke& onPhoto = board.strokes[9001];
        for (int p = 0; p < 3; ++p) {
            const double t = (frame - 50) * 3 + p;
            table.points.push_back({250.0 + t * 2.5, 150.0 + 20 * std::sin(t / 5)});
            onPhoto.points.push_back({-60.0 + t * 3, 30 * std::cos(t / 4)});
        }
        step.overlays.contacts.push_back({table.points.back(), 5});
    }
    return step;
}

TEST_F(SceneCost, PartialPresentsShowWhatFullPresentsShowPixelForPixel) {
    m_files[kHashA] = encodePng(twoToneRgba(64, 48, 0x3060A0, 0xC0A060), 64, 48, 4);
    m_files[kHashB] = m_files[kHashA];
    core::Board board = busyBoard(60, 30);
    board.clusters[5000] = core::Cluster{5000, "Groupe", {20, 21, 40}, false};
    board.strokes[9000] = core::Stroke{9000, core::kNoItem, 1, 0xD55E00FF, 2.5, {{250, 150}}, false, false};
    board.strokes[9001] = core::Stroke{9001, 1, 2, 0x0072B2FF, 1.5, {{-60, 30}}, false, false};
    FullRedraw full(*this);
    useTestClock();
    renderUntilLoaded(board);
    full.settle(board);
    ASSERT_FALSE(m_scene->needsAnotherFrame());
    ASSERT_FALSE(full.needsAnotherFrame());

    double throwSpeed = 14;
    PresentTarget kept;
    kept.keepsLastFrame = true;
    int partialFrames = 0;
    const PixelRect imgui{900, 500, 1100, 620}; // where "ImGui" draws over one frame (a panel)
    for (int frame = 0; frame < 72; ++frame) {
        const GestureFrame step = frame < 70 ? playGestures(board, frame, throwSpeed) : GestureFrame{{}, 400};
        m_nowMs += step.advanceMs;
        m_target->bind();
        m_scene->draw(board, m_view, step.overlays, kept);
        const Pixels partial = m_target->read();
        long written = 0;
        for (const PixelRect& rect : m_scene->presented()) {
            written += rect.area();
        }
        partialFrames += written < kWidth * kHeight / 4 ? 1 : 0;
        ASSERT_EQ(differences(partial, full.draw(board, step.overlays), 0), 0)
            << "frame " << frame << " (" << written << " pixels written)";
        if (frame > 0 && frame < 20) { // three cards dragged apart, nothing redrawn in the cache
            EXPECT_GE(m_scene->presented().size(), 3u);
            EXPECT_LE(m_scene->lastFrame().drawCalls, 2)
                << "frame " << frame << ": one copy and one draw of the floating items, however many "
                << m_scene->presented().size() << " rectangles changed";
            EXPECT_LE(m_scene->lastFrame().copiedPixels, written) << "frame " << frame;
        }
        // Something else draws over the kept frame (as ImGui does), and says so for the next frame.
        kept.alsoRedraw.clear();
        if (frame == 12 || frame == 55) {
            m_target->bind();
            glEnable(GL_SCISSOR_TEST);
            glScissor(imgui.x0, kHeight - imgui.y1, imgui.x1 - imgui.x0, imgui.y1 - imgui.y0);
            glClearColor(1, 0, 1, 1);
            glClear(GL_COLOR_BUFFER_BIT);
            glDisable(GL_SCISSOR_TEST);
            kept.alsoRedraw.push_back(imgui);
        }
    }
    // The pinch makes the card large and the pen re-bakes the photo it draws on: those frames write more.
    EXPECT_GE(partialFrames, 45) << "most frames must write less than a quarter of the screen";
    EXPECT_FALSE(m_scene->needsAnotherFrame()) << "everything settled";
}

TEST_F(SceneCost, DraggedCardsCopyTheRingAroundThemNotTheirTurnedBoxes) {
    // Four 75 mm cards, turned, dragged across other cards and a photo at 4K's density (the fixture's 1280 px
    // over 400 mm): under their opaque bodies nothing is copied from the cache, yet every pixel is what a
    // full redraw shows.
    m_files[kHashA] = encodePng(twoToneRgba(64, 48, 0x3060A0, 0xC0A060), 64, 48, 4);
    m_files[kHashB] = m_files[kHashA];
    core::Board board = busyBoard(40, 0);
    for (core::ItemId id = 20; id < 24; ++id) {
        core::Card& card = board.cards[id];
        card.size = {75, 75};
        card.z = 3000 + id;
    }
    FullRedraw full(*this);
    useTestClock();
    renderUntilLoaded(board);
    full.settle(board);
    PresentTarget kept;
    kept.keepsLastFrame = true;
    for (int frame = 0; frame < 12; ++frame) {
        Overlays overlays;
        for (core::ItemId id = 20; id < 24; ++id) {
            core::Card& card = board.cards[id];
            const double t = frame * 0.15 + static_cast<double>(id);
            card.pose.centre = {60.0 + 90.0 * static_cast<double>(id - 20) + 12 * std::cos(t),
                                110 + 40 * std::sin(t)};
            card.pose.rotation = 0.3 * std::sin(t);
            overlays.contacts.push_back({card.pose.centre, 1 + static_cast<int>(id % 6)});
        }
        m_nowMs += 16;
        m_target->bind();
        m_scene->draw(board, m_view, overlays, kept);
        const Pixels partial = m_target->read();
        ASSERT_EQ(differences(partial, full.draw(board, overlays), 0), 0) << "frame " << frame;
        const FrameStats& stats = m_scene->lastFrame();
        if (frame > 0) {
            EXPECT_LT(stats.copiedPixels, stats.presentedPixels / 2)
                << "frame " << frame << ": " << stats.copiedPixels << " pixels copied where "
                << stats.presentedPixels << " changed";
        }
    }
}

TEST_F(SceneCost, OnlyTheMovingItemsOnTopFloatAndAtMostThirtyTwo) {
    m_files[kHashA] = encodePng(twoToneRgba(64, 48, 0x3060A0, 0xC0A060), 64, 48, 4);
    m_files[kHashB] = m_files[kHashA];
    useTestClock();
    core::Board board = busyBoard(60, 30);
    board.clusters[5000] = core::Cluster{5000, "Groupe", {20, 21, 40}, false};
    renderUntilLoaded(board);

    // A card moving under still ones (not raised) stays in the cache, redrawn where it was and is.
    for (int frame = 0; frame < 4; ++frame) {
        m_nowMs += 16;
        board.cards[12].pose.centre.x += 6;
        board.photos[2].pose.centre.y += 3; // a photo under the cards moves too
        render(board);
        EXPECT_EQ(m_scene->lastFrame().floatingItems, 0) << "frame " << frame;
        EXPECT_GT(m_scene->lastFrame().redrawnPixels, 0) << "frame " << frame;
    }
    // Forty cards (three of them the cluster's) grabbed and dragged: the top 32 moving items float.
    Pixels partial;
    for (int frame = 0; frame < 6; ++frame) {
        m_nowMs += 16;
        board.cards[12].pose.centre.x += 6;
        for (core::ItemId id = 20; id < 60; ++id) {
            core::Card& card = board.cards[id];
            card.z = 4000 + id;
            card.pose.centre.x += 5;
            card.pose.centre.y += (id % 2 == 0 ? 3 : -3);
        }
        partial = render(board);
        EXPECT_EQ(m_scene->lastFrame().floatingItems, static_cast<int>(SceneRenderer::kMaxFloating));
    }
    restart();
    const Pixels full = renderUntilLoaded(board);
    EXPECT_EQ(differences(partial, full, 3), 0)
        << "pixels where floating and cached items differ from a full redraw";
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
