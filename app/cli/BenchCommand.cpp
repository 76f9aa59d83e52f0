// The render benchmark: builds the scenes in memory, draws them through SceneRenderer in an
// offscreen 4K or 1080p window, and measures each frame the way docs/render.md explains.
#include "cli/BenchCommand.hpp"

#include <SDL.h>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <glad/gl.h>
#include <imgui.h>
#include <iostream>
#include <map>
#include <numbers>
#include <random>
#include <sstream>
#include <stb/stb_image_write.h>
#include <sys/resource.h>
#include <vector>

#include "render/RenderError.hpp"
#include "render/SceneRenderer.hpp"
#include "ui/Fonts.hpp"

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
    // when grabbed), in table-4k they only move over the table (what the scenario names).
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

struct Frame {
    double mainCpuMs = 0, processCpuMs = 0, wallMs = 0, drawCpuMs = 0, uploadMs = 0;
    double offscreenCpuMs = 0, compositeCpuMs = 0, drawCalls = 0, uploadWallMs = 0;
    double itemsPainted = 0, segmentsDrawn = 0, layersBaked = 0, redrawnShare = 0, floatingItems = 0;
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
    std::vector<Frame> frames;
};

struct Result {
    Scene* scene = nullptr;
    double firstFrameMs = 0;
    double loadedAfterMs = 0;
    double peakRssMb = 0;
    std::vector<Phase> phases;
};

Summary field(const Phase& phase, double Frame::*member) {
    std::vector<double> values;
    for (const Frame& frame : phase.frames) {
        values.push_back(frame.*member);
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

/// Opens the offscreen window and GL context for one scenario.
struct Window {
    SDL_Window* window = nullptr;
    SDL_GLContext context = nullptr;
    ~Window() {
        if (context != nullptr) {
            SDL_GL_DeleteContext(context);
        }
        if (window != nullptr) {
            SDL_DestroyWindow(window);
        }
    }
};

Result run(Scene& scene, const std::filesystem::path& resourceRoot, ImFont& font) {
    Window window;
    window.window = SDL_CreateWindow("atelier bench", 0, 0, scene.width, scene.height, SDL_WINDOW_OPENGL);
    window.context = window.window != nullptr ? SDL_GL_CreateContext(window.window) : nullptr;
    if (window.context == nullptr || gladLoadGL(reinterpret_cast<GLADloadfunc>(SDL_GL_GetProcAddress)) == 0) {
        throw render::RenderError(std::string("no OpenGL 3.3 core context for the bench: ") + SDL_GetError());
    }
    SDL_GL_SetSwapInterval(0);
    std::cerr << "bench: " << scene.name << " on " << reinterpret_cast<const char*>(glGetString(GL_RENDERER))
              << "\n";

    Result result;
    result.scene = &scene;
    const auto start = std::chrono::steady_clock::now();
    const auto* files = &scene.files;
    render::TextureCache textures([files](const std::string& hash) -> std::optional<Bytes> {
        auto it = files->find(hash);
        return it == files->end() ? std::nullopt : std::optional<Bytes>(*it->second);
    });
    render::SceneRenderer renderer(resourceRoot, font, textures);
    const render::View view{{1210, 680}, scene.width, scene.height};

    const auto frame = [&](int index, bool moving) {
        Frame f;
        const double cpu0 = threadCpuMs();
        const double process0 = processCpuMs();
        const auto wall0 = std::chrono::steady_clock::now();
        const render::Overlays overlays = moving ? step(scene, index) : render::Overlays{};
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        const double draw0 = threadCpuMs();
        renderer.draw(scene.board, view, overlays);
        f.drawCpuMs = threadCpuMs() - draw0;
        SDL_GL_SwapWindow(window.window);
        glFinish();
        f.mainCpuMs = threadCpuMs() - cpu0;
        f.processCpuMs = processCpuMs() - process0;
        f.wallMs =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - wall0).count();
        f.drawCalls = renderer.lastFrame().drawCalls;
        f.uploadMs = renderer.lastFrame().uploadMs;
        f.uploadWallMs = renderer.lastFrame().uploadWallMs;
        f.offscreenCpuMs = renderer.lastFrame().offscreenCpuMs;
        f.compositeCpuMs = renderer.lastFrame().compositeCpuMs;
        f.itemsPainted = renderer.lastFrame().itemsPainted;
        f.segmentsDrawn = static_cast<double>(renderer.lastFrame().segmentsDrawn);
        f.layersBaked = renderer.lastFrame().layersBaked;
        f.floatingItems = renderer.lastFrame().floatingItems;
        f.redrawnShare = static_cast<double>(renderer.lastFrame().redrawnPixels) /
                         (static_cast<double>(scene.width) * scene.height);
        return f;
    };

    Phase loading{"loading", {}};
    loading.frames.push_back(frame(0, false));
    result.firstFrameMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    Phase warmup{"warm-up", {}};
    const bool table = scene.name.rfind("table-4k", 0) == 0;
    if (table) {
        // The contacts move from the start: the loading frames are frames people see.
        // Until the photos are loaded and the cards painted (dragged cards float all along:
        // needsAnotherFrame() would stay true).
        for (int i = 1; renderer.loading() && i < 5000; ++i) {
            loading.frames.push_back(frame(i, true));
        }
    } else {
        for (int i = 1; (i < scene.warmupFrames || renderer.loading()) && i < 5000; ++i) {
            warmup.frames.push_back(frame(-1, false));
        }
    }
    result.loadedAfterMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    Phase measured{table ? "steady" : "drag", {}};
    const int offset = static_cast<int>(loading.frames.size());
    for (int i = 0; i < scene.measuredFrames; ++i) {
        measured.frames.push_back(frame(table ? offset + i : i, true));
    }
    result.peakRssMb = peakRssMb();
    result.phases.push_back(std::move(loading));
    if (!warmup.frames.empty()) {
        result.phases.push_back(std::move(warmup));
    }
    result.phases.push_back(std::move(measured));
    return result;
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
                "main-thread CPU ms (med/p95/p99/max)", "process CPU ms", "wall ms (glFinish)", "draw calls",
                "upload ms max (CPU/wall)");
    for (const Phase& phase : result.phases) {
        const Summary main = field(phase, &Frame::mainCpuMs);
        const Summary process = field(phase, &Frame::processCpuMs);
        const Summary wall = field(phase, &Frame::wallMs);
        const Summary calls = field(phase, &Frame::drawCalls);
        const Summary upload = field(phase, &Frame::uploadMs);
        std::printf("  %-8s %6zu | %5.2f %5.2f %5.2f %7.2f | %6.1f %6.1f %6.1f %7.1f | %6.1f %6.1f %6.1f "
                    "%7.1f | %3.0f %3.0f %3.0f | %5.2f / %5.2f\n",
                    phase.name.c_str(), phase.frames.size(), main.median, main.p95, main.p99, main.max,
                    process.median, process.p95, process.p99, process.max, wall.median, wall.p95, wall.p99,
                    wall.max, calls.median, calls.p99, calls.max, upload.max,
                    field(phase, &Frame::uploadWallMs).max);
    }
}

/// The per-frame figures written to JSON, by name.
const std::pair<const char*, double Frame::*> kFigures[] = {
    {"main_thread_cpu_ms", &Frame::mainCpuMs},
    {"draw_cpu_ms", &Frame::drawCpuMs},
    {"process_cpu_ms", &Frame::processCpuMs},
    {"wall_ms", &Frame::wallMs},
    {"draw_calls", &Frame::drawCalls},
    {"upload_ms", &Frame::uploadMs},
    {"upload_wall_ms", &Frame::uploadWallMs},
    {"offscreen_cpu_ms", &Frame::offscreenCpuMs},
    {"composite_cpu_ms", &Frame::compositeCpuMs},
    {"items_painted", &Frame::itemsPainted},
    {"segments_drawn", &Frame::segmentsDrawn},
    {"layers_baked", &Frame::layersBaked},
    {"redrawn_share", &Frame::redrawnShare},
    {"floating_items", &Frame::floatingItems},
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
            *options.scenario != "drag-1080") {
            std::cerr << "atelier bench: there is no scenario '" << *options.scenario
                      << "' (table-4k, table-4k-drag or drag-1080).\n";
            return 2;
        }
        names.push_back(*options.scenario);
    } else {
        names = {"table-4k", "table-4k-drag", "drag-1080"};
    }
    setenv("SDL_VIDEODRIVER", "offscreen", 1);
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        std::cerr << "atelier bench: cannot start SDL's offscreen video (" << SDL_GetError() << ").\n";
        return 1;
    }
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);

    // Scene text comes from a Dear ImGui font atlas, as on the table (a context is not needed for it).
    ImFontAtlas atlas;
    ImFont* font = nullptr;
    for (const std::filesystem::path& file : ui::fontCandidates()) {
        if (std::filesystem::exists(file)) {
            ImFontConfig config;
            config.OversampleH = 2;
            config.OversampleV = 2;
            font = atlas.AddFontFromFileTTF(file.c_str(), 48.0f, &config, ui::frenchGlyphRanges());
            break;
        }
    }
    if (font == nullptr) {
        font = atlas.AddFontDefault();
    }
    atlas.Build();

    int status = 0;
    std::vector<std::string> records;
    for (const std::string& name : names) {
        try {
            const bool big = name != "drag-1080";
            Scene scene = big ? table4k(options.cards.value_or(300), options.strokes.value_or(2000),
                                        name == "table-4k-drag")
                              : drag1080(options.cards.value_or(300), options.strokes.value_or(500));
            if (options.frames) {
                scene.measuredFrames = std::max(1, *options.frames);
            }
            const Result result = run(scene, resourceRoot, *font);
            print(result);
            records.push_back(toJson(result));
        } catch (const std::exception& error) {
            std::cerr << "atelier bench: " << name << " could not run: " << error.what() << "\n";
            status = 1;
        }
    }
    SDL_Quit();
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
