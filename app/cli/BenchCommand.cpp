// The render benchmark: builds its scenes in memory, draws them on the one frame loop with the table's stage
// (offscreen, at 4K or 1080p) through its SceneRenderer, and measures each frame.
#include "cli/BenchCommand.hpp"
#include "cli/BenchExport.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <glad/gl.h>
#include <iostream>
#include <map>
#include <numbers>
#include <random>
#include <sstream>
#include <stb/stb_image_write.h>
#include <sys/resource.h>
#include <vector>

#include "platform/BoardStage.hpp"
#include "platform/FrameLoop.hpp"
#include "platform/InputLatency.hpp"
#include "render/RenderError.hpp"
#include "render/SceneRenderer.hpp"
#include "table/Screen.hpp"

namespace atelier::cli {
namespace {

using Bytes = std::vector<std::uint8_t>;

const char* const kShortTexts[] = {
    "Des arbres",           "Un banc à l’ombre",  "Piste cyclable",     "Jeux d’eau",
    "Fontaine « à boire »", "Marché du dimanche", "Moins de voitures",  "Éclairage doux",
    "Kiosque à musique",    "Potager partagé",    "Terrasse de café",   "Abri pour la pluie",
    "Toilettes publiques",  "Boîte à livres",     "Ombre l’été",        "Parking vélos",
    "Fête des voisins",     "Œuvre d’art",        "Table de ping-pong", "Espace chiens",
};

double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

double processCpuMs() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](timeval t) {
        return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

double peakRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

/// A photo-like JPEG (gradients, shapes and sensor noise, so it decodes as slowly as a real one).
Bytes syntheticJpeg(int width, int height, unsigned seed) {
    std::vector<std::uint8_t> rgb(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 3);
    std::mt19937 random(seed);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const double u = static_cast<double>(x) / width;
            const double v = static_cast<double>(y) / height;
            const double wave = std::sin(u * 40 + std::sin(v * 13) * 3) * std::cos(v * 31 + u * 7);
            const int noise = static_cast<int>(random() % 24) - 12;
            std::uint8_t* p = rgb.data() + (static_cast<std::size_t>(y) * width + x) * 3;
            p[0] = static_cast<std::uint8_t>(std::clamp(90 + 80 * v + 40 * wave + noise, 0.0, 255.0));
            p[1] = static_cast<std::uint8_t>(std::clamp(120 + 60 * u - 30 * wave + noise, 0.0, 255.0));
            p[2] = static_cast<std::uint8_t>(std::clamp(170 - 90 * v + 20 * wave + noise, 0.0, 255.0));
        }
    }
    Bytes out;
    stbi_write_jpg_to_func(
        [](void* context, void* data, int size) {
            auto* bytes = static_cast<Bytes*>(context);
            bytes->insert(bytes->end(), static_cast<std::uint8_t*>(data),
                          static_cast<std::uint8_t*>(data) + size);
        },
        &out, width, height, 3, rgb.data(), 90);
    return out;
}

/// A whole number in [0, n) as a double, for placing things.
double roll(std::mt19937& random, unsigned n) {
    return static_cast<double>(random() % n);
}

std::string hashFor(int index) {
    char text[65];
    std::snprintf(text, sizeof text, "%064x", index + 1);
    return text;
}

/// A contact moving along a closed path each frame, dragging a card or not.
struct Mover {
    core::ItemId card = core::kNoItem; ///< kNoItem: the contact moves over the table without holding anything
    core::Vec2 centre;
    double radius = 0;
    double phase = 0;
    double speed = 0;
    bool figureEight = false;
};

/// A scenario's board, the files its photos read, and what moves during the measured frames.
struct Scene {
    std::string name;
    int width = 0, height = 0;
    int cards = 0, strokes = 0, points = 0;
    core::Board board;
    std::map<std::string, const Bytes*> files;
    std::vector<Mover> movers;
    int warmupFrames = 0;
    int measuredFrames = 0;
    std::vector<Bytes> storage;
};

core::Stroke makeStroke(core::ItemId id, core::ItemId parent, core::Vec2 start, int points,
                        std::mt19937& random) {
    core::Stroke stroke;
    stroke.id = id;
    stroke.parent = parent;
    stroke.seat = 1 + static_cast<int>(random() % 6);
    stroke.colour = (render::okabeIto()[random() % 8] << 8) | 0xFFu;
    stroke.width = random() % 10 == 0 ? 12 + roll(random, 9) : 1.5 + roll(random, 5);
    stroke.ended = true;
    double angle = roll(random, 628) / 100.0;
    core::Vec2 at = start;
    for (int p = 0; p < points; ++p) {
        stroke.points.push_back(at);
        angle += (roll(random, 100) - 50) / 250.0;
        at.x += std::cos(angle) * 1.6;
        at.y += std::sin(angle) * 1.6;
    }
    return stroke;
}

core::Card makeCard(core::ItemId id, core::Vec2 centre, core::Size size, double rotation, std::uint64_t z,
                    std::mt19937& random) {
    core::Card card;
    card.id = id;
    card.pose = {centre, rotation, 1};
    card.size = size;
    card.text = kShortTexts[random() % std::size(kShortTexts)];
    card.category = static_cast<int>(random() % 5);
    card.seat = 1 + static_cast<int>(random() % 6);
    card.z = z;
    return card;
}

Scene table4k(int cards, int strokes, bool dragging) {
    Scene scene{dragging ? "table-4k-drag" : "table-4k",
                3840,
                2160,
                cards,
                strokes,
                strokes * 50,
                {},
                {},
                {},
                0,
                300,
                {}};
    std::mt19937 random(42);
    std::cerr << "bench: encoding a 24-megapixel test photo...\n";
    scene.storage.push_back(syntheticJpeg(6000, 4000, 1));
    core::Board& board = scene.board;
    core::ItemId id = 1;
    std::uint64_t z = 0;
    std::vector<core::ItemId> photos;
    for (int p = 0; p < 6; ++p, ++id) {
        core::Photo photo;
        photo.id = id;
        photo.assetHash = hashFor(p);
        photo.pose = {{180.0 + (p % 3) * 420.0, 170.0 + (p / 3) * 330.0}, ((p % 3) - 1) * 0.08, 1};
        photo.size = {360, 240};
        photo.z = ++z;
        board.photos[id] = photo;
        scene.files[photo.assetHash] = &scene.storage.front();
        photos.push_back(id);
    }
    for (int c = 0; c < cards; ++c, ++id) {
        const core::Vec2 centre{40.0 + roll(random, 1130), 40.0 + roll(random, 600)};
        board.cards[id] = makeCard(id, centre, {75, 75}, (roll(random, 100) - 50) / 100.0, ++z, random);
        // A few photos come after some cards in the stacking order, as on a real table.
        if (c % 60 == 30) {
            board.photos[photos[static_cast<std::size_t>(c / 60)]].z = ++z;
        }
    }
    for (int s = 0; s < strokes; ++s, ++id) {
        const bool onTable = s % 5 == 4;
        const core::ItemId parent =
            onTable ? core::kNoItem : photos[static_cast<std::size_t>(s) % photos.size()];
        const core::Vec2 start = onTable ? core::Vec2{50.0 + roll(random, 1100), 50.0 + roll(random, 580)}
                                         : core::Vec2{-150.0 + roll(random, 300), -100.0 + roll(random, 200)};
        board.strokes[id] = makeStroke(id, parent, start, 50, random);
    }
    // Twenty contacts moving around their own loops; in table-4k-drag each drags a card (brought to the top
    // when grabbed), in table-4k they only move over the table.
    std::size_t index = 0;
    for (auto& [cardId, card] : board.cards) {
        if (index++ % static_cast<std::size_t>(std::max(cards, 20) / 20) != 0 || scene.movers.size() == 20) {
            continue;
        }
        if (dragging) {
            card.z = ++z;
        }
        scene.movers.push_back({dragging ? cardId : core::kNoItem, card.pose.centre, 40.0 + roll(random, 60),
                                roll(random, 628) / 100.0, 0.02 + roll(random, 20) / 1000.0, false});
    }
    while (scene.movers.size() < 20) {
        scene.movers.push_back({core::kNoItem,
                                {100.0 + roll(random, 1000), 100.0 + roll(random, 480)},
                                40.0 + roll(random, 60),
                                roll(random, 628) / 100.0,
                                0.02 + roll(random, 20) / 1000.0,
                                false});
    }
    board.zCounter = z;
    board.nextId = id;
    return scene;
}

Scene drag1080(int cards, int strokes) {
    Scene scene{"drag-1080", 1920, 1080, cards, strokes, strokes * 50, {}, {}, {}, 60, 240, {}};
    std::mt19937 random(7);
    std::cerr << "bench: encoding a 12-megapixel test photo...\n";
    scene.storage.push_back(syntheticJpeg(4000, 3000, 2));
    core::Board& board = scene.board;
    core::Photo photo;
    photo.id = 1;
    photo.assetHash = hashFor(0);
    photo.pose = {{605, 340}, 0, 1};
    photo.size = {800, 600};
    photo.z = 1;
    board.photos[1] = photo;
    scene.files[photo.assetHash] = &scene.storage.front();
    // A grid of non-overlapping cards over the whole surface.
    const int columns = std::max(1, static_cast<int>(std::ceil(std::sqrt(cards * 1210.0 / 680.0))));
    const int rows = std::max(1, (cards + columns - 1) / columns);
    const double cell = std::min(1210.0 / columns, 680.0 / rows);
    core::ItemId id = 2;
    std::uint64_t z = 1;
    for (int c = 0; c < cards; ++c, ++id) {
        const core::Vec2 centre{cell * (c % columns + 0.5), cell * (c / columns + 0.5)};
        board.cards[id] = makeCard(id, centre, {cell * 0.86, cell * 0.86}, 0, ++z, random);
    }
    for (int s = 0; s < strokes; ++s, ++id) {
        board.strokes[id] =
            makeStroke(id, 1, {-350.0 + roll(random, 700), -250.0 + roll(random, 500)}, 50, random);
    }
    if (cards > 0) {
        const core::ItemId dragged = board.cards.begin()->first;
        scene.movers.push_back({dragged, {605, 340}, 250, 0, 2 * std::numbers::pi / 240, true});
    }
    board.zCounter = z;
    board.nextId = id;
    return scene;
}

/// Moves each contact (and the card it drags, if any) one step along its path; returns the contacts to draw.
render::Overlays step(Scene& scene, int frame) {
    render::Overlays overlays;
    for (const Mover& mover : scene.movers) {
        const double t = mover.phase + mover.speed * frame;
        core::Vec2 at;
        if (mover.figureEight) {
            at = {mover.centre.x + mover.radius * std::sin(t),
                  mover.centre.y + mover.radius * 0.5 * std::sin(2 * t)};
        } else {
            at = {mover.centre.x + mover.radius * std::cos(t),
                  mover.centre.y + mover.radius * 0.6 * std::sin(t)};
        }
        int seat = 1 + static_cast<int>(overlays.contacts.size() % 6);
        if (auto it = scene.board.cards.find(mover.card); it != scene.board.cards.end()) {
            core::Card& card = it->second;
            if (frame == 0 && card.z != scene.board.zCounter && mover.figureEight) {
                card.z = ++scene.board.zCounter; // grabbed: brought to the top
            }
            if (!mover.figureEight) {
                card.pose.rotation = 0.3 * std::sin(t * 0.7);
            }
            card.pose.centre = at;
            seat = card.seat;
        }
        overlays.contacts.push_back({at, seat});
    }
    return overlays;
}

struct FrameFigures {
    double mainCpuMs = 0, processCpuMs = 0, wallMs = 0, drawCpuMs = 0, uploadMs = 0;
    double offscreenCpuMs = 0, compositeCpuMs = 0, drawCalls = 0, uploadWallMs = 0;
    double itemsPainted = 0, segmentsDrawn = 0, layersBaked = 0, redrawnShare = 0, floatingItems = 0;
    double presentedShare = 0;    ///< share of the screen written into the back buffer
    double copiedShare = 0;       ///< share of the screen copied from the scene cache (a partial present)
    double inputToPresentMs = -1; ///< from the move being read to the frame shown; -1: no move this frame
};

struct Summary {
    double median = 0, p95 = 0, p99 = 0, max = 0;
};

Summary summarise(std::vector<double> values) {
    if (values.empty()) {
        return {};
    }
    std::sort(values.begin(), values.end());
    const auto at = [&](double q) {
        const auto index = static_cast<std::size_t>(std::ceil(q * static_cast<double>(values.size()))) - 1;
        return values[std::min(index, values.size() - 1)];
    };
    return {at(0.5), at(0.95), at(0.99), values.back()};
}

/// The figures of one run of frames.
struct Phase {
    std::string name;
    std::vector<FrameFigures> frames;
};

struct Result {
    Scene* scene = nullptr;
    double firstFrameMs = 0;
    double loadedAfterMs = 0;
    double peakRssMb = 0;
    std::vector<Phase> phases;
};

/// A figure over the phase's frames; frames where it does not apply (negative: no move shown) are left out.
Summary field(const Phase& phase, double FrameFigures::*member) {
    std::vector<double> values;
    for (const FrameFigures& frame : phase.frames) {
        if (frame.*member >= 0) {
            values.push_back(frame.*member);
        }
    }
    return summarise(values);
}

std::string json(const Summary& s) {
    std::ostringstream out;
    out.precision(4);
    out << "{\"median\": " << s.median << ", \"p95\": " << s.p95 << ", \"p99\": " << s.p99
        << ", \"max\": " << s.max << "}";
    return out.str();
}

/// A scenario as a screen of the frame loop: each frame moves the contacts and draws the scene with the
/// stage's scene renderer (the contacts' overlays and the renderer's figures are the bench's own, not a
/// screen's canvas); the loop's frame hooks time it from before the frame to after the swap and glFinish. The
/// first frame, then the loading (table-4k*) or warm-up frames until the photos are loaded, then the measured
/// frames; it closes.
class BenchScreen final : public table::Screen {
public:
    BenchScreen(Scene& scene, platform::BoardStage& stage, std::chrono::steady_clock::time_point start)
        : m_scene(scene), m_stage(stage), m_renderer(stage.sceneRenderer()), m_start(start),
          m_table(scene.name.rfind("table-4k", 0) == 0), m_measured{m_table ? "steady" : "drag", {}} {
        m_result.scene = &scene;
    }

    /// The loop's touch-to-screen accounting: the contacts' moves are stamped as read when the loop hands
    /// the screen its input (handle()), and the loop stamps the frame that shows them.
    void measureLatencyWith(platform::InputLatency& latency) { m_latency = &latency; }

    /// Before each frame (the loop's beforeFrame): the clocks start.
    void frameStarts() {
        m_figures = {};
        m_cpu0 = threadCpuMs();
        m_process0 = processCpuMs();
        m_wall0 = std::chrono::steady_clock::now();
    }
    /// Once the frame is shown and the GPU finished it (the loop's afterFrame): the clocks stop.
    void frameShown() {
        FrameFigures& f = m_figures;
        f.mainCpuMs = threadCpuMs() - m_cpu0;
        f.processCpuMs = processCpuMs() - m_process0;
        f.wallMs = msSince(m_wall0);
        const render::FrameStats& stats = m_renderer.lastFrame();
        f.drawCalls = stats.drawCalls;
        f.uploadMs = stats.uploadMs;
        f.uploadWallMs = stats.uploadWallMs;
        f.offscreenCpuMs = stats.offscreenCpuMs;
        f.compositeCpuMs = stats.compositeCpuMs;
        f.itemsPainted = stats.itemsPainted;
        f.segmentsDrawn = static_cast<double>(stats.segmentsDrawn);
        f.layersBaked = stats.layersBaked;
        f.floatingItems = stats.floatingItems;
        f.inputToPresentMs = m_latency != nullptr ? m_latency->lastFrame().value_or(-1) : -1;
        f.redrawnShare =
            static_cast<double>(stats.redrawnPixels) / (static_cast<double>(m_scene.width) * m_scene.height);
        f.presentedShare = static_cast<double>(stats.presentedPixels) /
                           (static_cast<double>(m_scene.width) * m_scene.height);
        f.copiedShare =
            static_cast<double>(stats.copiedPixels) / (static_cast<double>(m_scene.width) * m_scene.height);
        (m_phase == Stage::Measured ? m_measured
         : m_phase == Stage::WarmUp ? m_warmup
                                    : m_loading)
            .frames.push_back(f);
        if (m_phase == Stage::Loading && m_count == 0) {
            m_result.firstFrameMs = msSince(m_start);
        }
        next();
    }
    /// The figures, once the loop has returned.
    Result takeResult() {
        m_result.phases.push_back(std::move(m_loading));
        if (!m_warmup.frames.empty()) {
            m_result.phases.push_back(std::move(m_warmup));
        }
        m_result.phases.push_back(std::move(m_measured));
        return std::move(m_result);
    }

    std::int64_t nowMs() const override { return static_cast<std::int64_t>(msSince(m_start)); }
    void start(std::int64_t) override {}
    void typeText(std::string_view) override {}
    void pressKey(table::Key, std::int64_t) override {}
    void dropFile(const std::filesystem::path&) override {}
    bool closeRequested() const override { return m_phase == Stage::Done; }
    bool takeQuitRequest() override { return false; }
    /// The contacts' next positions are read here, where the loop reads input (once per frame).
    table::Redraw handle(std::vector<input::Contact>& contacts, std::int64_t) override {
        contacts.clear();
        if (m_moving && !m_stepped) {
            m_overlays = step(m_scene, m_index);
            m_stepped = true;
            if (m_latency != nullptr) {
                m_latency->read(platform::steadyMs());
            }
        }
        return table::Redraw::None;
    }
    bool readyForScript() const override { return false; }
    input::TargetRegistry targets() const override { return {}; }
    table::Redraw update(std::int64_t) override { return table::Redraw::OneFrame; }
    bool scriptSettled() const override { return true; }
    void beginFinishing() override {}
    bool animating(std::int64_t) const override { return true; } // every iteration draws, without waiting
    std::optional<std::int64_t> nextWakeMs(std::int64_t) const override { return std::nullopt; }
    void feedPointer(const render::View&) override {}
    table::Redraw draw(table::BoardCanvas&, const render::View& view, std::int64_t) override {
        if (m_moving && !m_stepped) { // not read through handle() (it always is in this loop)
            m_overlays = step(m_scene, m_index);
        }
        const double draw0 = threadCpuMs();
        m_stage.drawBoard(m_scene.board, view, m_moving ? m_overlays : render::Overlays{});
        m_figures.drawCpuMs = threadCpuMs() - draw0;
        return table::Redraw::OneFrame;
    }
    bool stillDrawing() const override { return false; }
    bool readyForLastFrame() const override { return true; }

private:
    enum class Stage { Loading, WarmUp, Measured, Done };

    static double msSince(std::chrono::steady_clock::time_point start) {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    }

    /// What the next frame is: the contacts move from the start in table-4k* (the loading frames are frames
    /// people see) until the photos are loaded and the cards painted (dragged cards float all along, so
    /// needsAnotherFrame() would stay true); drag-1080 warms up still.
    void next() {
        ++m_count;
        m_stepped = false;
        if (m_phase != Stage::Measured) {
            const bool more =
                m_table ? m_renderer.loading() && m_count < 5000
                        : (m_count < m_scene.warmupFrames || m_renderer.loading()) && m_count < 5000;
            if (more) {
                m_phase = m_table ? Stage::Loading : Stage::WarmUp;
                m_index = m_table ? m_count : -1;
                m_moving = m_table;
                return;
            }
            m_result.loadedAfterMs = msSince(m_start);
            m_phase = Stage::Measured;
            m_offset = static_cast<int>(m_loading.frames.size());
            m_count = 0;
        }
        if (m_count >= m_scene.measuredFrames) {
            m_result.peakRssMb = peakRssMb();
            m_phase = Stage::Done;
            return;
        }
        m_index = m_table ? m_offset + m_count : m_count;
        m_moving = true;
    }

    Scene& m_scene;
    platform::BoardStage& m_stage;
    render::SceneRenderer& m_renderer;
    std::chrono::steady_clock::time_point m_start;
    bool m_table;
    Result m_result;
    Phase m_loading{"loading", {}};
    Phase m_warmup{"warm-up", {}};
    Phase m_measured;
    Stage m_phase = Stage::Loading;
    int m_count = 0;  ///< frames drawn in this stage (the first frame counts as a loading one)
    int m_index = 0;  ///< where the contacts are in their loops
    int m_offset = 0; ///< loading frames before the measured ones
    bool m_moving = false;
    bool m_stepped = false; ///< the contacts moved for the coming frame
    render::Overlays m_overlays;
    platform::InputLatency* m_latency = nullptr;
    FrameFigures m_figures;
    double m_cpu0 = 0;
    double m_process0 = 0;
    std::chrono::steady_clock::time_point m_wall0;
};

/// The table's stage (offscreen window, ImGui, the scene renderer) at the scenario's size, swapping without
/// waiting, photos read from the scene's memory.
std::unique_ptr<platform::BoardStage> openStage(const Scene& scene, const std::filesystem::path& resourceRoot,
                                                bool fullFrames) {
    platform::StageSetup setup;
    setup.vsync = false;
    platform::StageOptions options;
    options.size = {scene.width, scene.height};
    options.swapImmediately = true;
    options.fullFrames = fullFrames;
    const auto* files = &scene.files;
    auto opened = platform::BoardStage::open(setup, resourceRoot,
                                             [files](const std::string& hash) -> std::optional<Bytes> {
                                                 auto it = files->find(hash);
                                                 return it == files->end()
                                                            ? std::nullopt
                                                            : std::optional<Bytes>(*it->second);
                                             },
                                             options, {});
    if (auto* problem = std::get_if<std::string>(&opened)) {
        throw render::RenderError("no stage for the bench: " + *problem);
    }
    return std::move(std::get<std::unique_ptr<platform::BoardStage>>(opened));
}

/// Runs the scenario's frames on the one frame loop.
Result run(Scene& scene, const std::filesystem::path& resourceRoot, bool fullFrames,
           ExportInBackground* exporting = nullptr) {
    const auto start = std::chrono::steady_clock::now();
    const std::unique_ptr<platform::BoardStage> stage = openStage(scene, resourceRoot, fullFrames);
    std::cerr << "bench: " << scene.name << " on " << reinterpret_cast<const char*>(glGetString(GL_RENDERER))
              << "\n";
    BenchScreen screen(scene, *stage, start);
    platform::FrameLoopOptions options;
    options.surfaceMm = {1210, 680};
    options.beforeFrame = [&screen, exporting] {
        if (exporting != nullptr) { // export-running: frames at 60 Hz, the export's progress taken in each
            exporting->waitForNextFrame();
        }
        screen.frameStarts();
        if (exporting != nullptr) {
            exporting->poll();
        }
    };
    options.afterFrame = [&screen] { screen.frameShown(); };
    platform::FrameLoop loop(*stage, screen, std::move(options));
    screen.measureLatencyWith(loop.inputLatency());
    if (loop.run() != 0 || !screen.closeRequested()) {
        throw render::RenderError("the frame loop stopped before the last measured frame");
    }
    return screen.takeResult();
}

void print(const Result& result) {
    const Scene& scene = *result.scene;
    std::printf("\n%s: %d×%d, %d cards, %d photos, %d strokes (%d points), %zu moving contacts\n",
                scene.name.c_str(), scene.width, scene.height, scene.cards,
                static_cast<int>(scene.board.photos.size()), scene.strokes, scene.points,
                scene.movers.size());
    std::printf("  first frame %.0f ms after start; photos loaded after %.0f ms; peak RSS %.0f MB\n",
                result.firstFrameMs, result.loadedAfterMs, result.peakRssMb);
    std::printf("  %-8s %6s | %-27s | %-27s | %-27s | %-11s | %s\n", "phase", "frames",
                "main-thread CPU ms (med/p95/p99/max)", "all-thread CPU ms", "wall ms (glFinish)",
                "draw calls", "upload ms max (CPU/wall)");
    for (const Phase& phase : result.phases) {
        const Summary main = field(phase, &FrameFigures::mainCpuMs);
        const Summary process = field(phase, &FrameFigures::processCpuMs);
        const Summary wall = field(phase, &FrameFigures::wallMs);
        const Summary calls = field(phase, &FrameFigures::drawCalls);
        const Summary upload = field(phase, &FrameFigures::uploadMs);
        std::printf("  %-8s %6zu | %5.2f %5.2f %5.2f %7.2f | %6.1f %6.1f %6.1f %7.1f | %6.1f %6.1f %6.1f "
                    "%7.1f | %3.0f %3.0f %3.0f | %5.2f / %5.2f\n",
                    phase.name.c_str(), phase.frames.size(), main.median, main.p95, main.p99, main.max,
                    process.median, process.p95, process.p99, process.max, wall.median, wall.p95, wall.p99,
                    wall.max, calls.median, calls.p99, calls.max, upload.max,
                    field(phase, &FrameFigures::uploadWallMs).max);
    }
    for (const Phase& phase : result.phases) {
        const Summary written = field(phase, &FrameFigures::presentedShare);
        const Summary copied = field(phase, &FrameFigures::copiedShare);
        std::printf(
            "  %-8s share of the screen written per frame: median %.3f, p99 %.3f, max %.3f; of it copied "
            "from the cache (partial presents): median %.3f\n",
            phase.name.c_str(), written.median, written.p99, written.max, copied.median);
        const Summary latency = field(phase, &FrameFigures::inputToPresentMs);
        if (latency.max > 0) {
            std::printf(
                "  %-8s touch to screen (input_to_present_ms: move read → swap returned and GPU done): "
                "median %.2f, p99 %.2f, max %.2f ms\n",
                phase.name.c_str(), latency.median, latency.p99, latency.max);
        }
    }
}

/// The per-frame figures written to JSON, by name.
const std::pair<const char*, double FrameFigures::*> kFigures[] = {
    {"main_thread_cpu_ms", &FrameFigures::mainCpuMs},
    {"draw_cpu_ms", &FrameFigures::drawCpuMs},
    {"process_cpu_ms", &FrameFigures::processCpuMs},
    {"all_thread_cpu_ms", &FrameFigures::processCpuMs}, // the same figure: getrusage(RUSAGE_SELF)
    {"wall_ms", &FrameFigures::wallMs},
    {"draw_calls", &FrameFigures::drawCalls},
    {"upload_ms", &FrameFigures::uploadMs},
    {"upload_wall_ms", &FrameFigures::uploadWallMs},
    {"offscreen_cpu_ms", &FrameFigures::offscreenCpuMs},
    {"composite_cpu_ms", &FrameFigures::compositeCpuMs},
    {"items_painted", &FrameFigures::itemsPainted},
    {"segments_drawn", &FrameFigures::segmentsDrawn},
    {"layers_baked", &FrameFigures::layersBaked},
    {"redrawn_share", &FrameFigures::redrawnShare},
    {"floating_items", &FrameFigures::floatingItems},
    {"presented_share", &FrameFigures::presentedShare},
    {"copied_share", &FrameFigures::copiedShare},
    {"input_to_present_ms", &FrameFigures::inputToPresentMs},
};

std::string toJson(const Result& result) {
    const Scene& scene = *result.scene;
    std::ostringstream out;
    out.precision(6);
    out << "    {\"scenario\": \"" << scene.name << "\", \"width\": " << scene.width
        << ", \"height\": " << scene.height << ", \"cards\": " << scene.cards
        << ", \"photos\": " << scene.board.photos.size() << ", \"strokes\": " << scene.strokes
        << ", \"points\": " << scene.points << ", \"moving_contacts\": " << scene.movers.size()
        << ", \"first_frame_ms\": " << result.firstFrameMs
        << ", \"loaded_after_ms\": " << result.loadedAfterMs << ", \"peak_rss_mb\": " << result.peakRssMb
        << ",\n     \"phases\": [";
    for (std::size_t i = 0; i < result.phases.size(); ++i) {
        const Phase& phase = result.phases[i];
        out << (i ? ",\n" : "\n") << "      {\"name\": \"" << phase.name
            << "\", \"frames\": " << phase.frames.size();
        for (const auto& [name, member] : kFigures) {
            out << ", \"" << name << "\": " << json(field(phase, member));
        }
        out << "}";
    }
    out << "]}";
    return out.str();
}

} // namespace

int benchCommand(const BenchOptions& options, const std::filesystem::path& resourceRoot) {
    std::vector<std::string> names;
    if (options.scenario) {
        if (*options.scenario != "table-4k" && *options.scenario != "table-4k-drag" &&
            *options.scenario != "drag-1080" && *options.scenario != "export-running") {
            std::cerr << "atelier bench: there is no scenario '" << *options.scenario
                      << "' (table-4k, table-4k-drag, drag-1080 or export-running).\n";
            return 2;
        }
        names.push_back(*options.scenario);
    } else {
        names = {"table-4k", "table-4k-drag", "drag-1080"};
    }
    int status = 0;
    std::vector<std::string> records;
    for (const std::string& name : names) {
        try {
            const bool big = name != "drag-1080" && name != "export-running";
            Scene scene = big ? table4k(options.cards.value_or(300), options.strokes.value_or(2000),
                                        name == "table-4k-drag")
                              : drag1080(options.cards.value_or(300), options.strokes.value_or(500));
            if (options.frames) {
                scene.measuredFrames = std::max(1, *options.frames);
            }
            std::unique_ptr<ExportInBackground> exporting; // export-running: drag-1080 while an export runs
            if (name == "export-running") {
                exporting = std::make_unique<ExportInBackground>(options.cards.value_or(300));
                scene.name = name;
                scene.measuredFrames = options.frames ? scene.measuredFrames : 600; // 10 s at 60 Hz
            }
            const Result result = run(scene, resourceRoot, options.fullRedraw, exporting.get());
            print(result);
            if (exporting) {
                std::printf("  %s\n", exporting->summary().c_str());
            }
            records.push_back(toJson(result));
        } catch (const std::exception& error) {
            std::cerr << "atelier bench: " << name << " could not run: " << error.what() << "\n";
            status = 1;
        }
    }
    if (options.json) {
        std::ofstream out(*options.json);
        out << "{\"bench\": \"render\", \"results\": [\n";
        for (std::size_t i = 0; i < records.size(); ++i) {
            out << records[i] << (i + 1 < records.size() ? ",\n" : "\n");
        }
        out << "]}\n";
        if (!out) {
            std::cerr << "atelier bench: cannot write " << options.json->string() << ".\n";
            status = 1;
        }
    }
    return status;
}

} // namespace atelier::cli
