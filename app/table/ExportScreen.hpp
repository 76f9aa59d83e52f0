// The exports as a screen of the frame loop: boards drawn one after another, each settled, its pixels kept.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>

#include "core/Board.hpp"
#include "core/Catalogue.hpp"
#include "table/Screen.hpp"

namespace atelier::table {

/// How long a board is drawn before its picture is taken.
enum class Settle {
    Always,    ///< two frames at least, then until its photos are loaded and cards painted (a picture)
    IfLoading, ///< one frame, then as Always only while photos still load (a video frame)
};

/// One board an export draws.
struct Shot {
    core::Board board;
    Settle settle = Settle::Always;
    bool kept = true; ///< false: drawn only so that photos and glyphs are ready for the pictures that follow
};

/// What an export draws and what it does with each picture.
struct ExportPlan {
    std::size_t shots = 0;
    /// The board of each shot, asked for once and in order (a video seeks its player there).
    std::function<Shot(std::size_t index)> shotAt;
    /// Takes the picture of a kept shot; false stops the export (a file could not be written).
    std::function<bool(std::size_t index, FrameImage picture)> keep;
    core::Language language = core::Language::French;
    std::int64_t settleLimitMs = 10000; ///< a picture waits this long at most for its photos
};

/// Draws each shot's board under the banner (title and phase) until it is settled, then asks the loop for its
/// pixels; closes after the last one. No input reaches the boards.
class ExportScreen final : public Screen {
public:
    explicit ExportScreen(ExportPlan plan);

    /// True when every shot was drawn and every picture taken.
    bool finished() const { return m_index >= m_plan.shots && !m_stopped; }

    std::int64_t nowMs() const override;
    void start(std::int64_t) override {}
    void typeText(std::string_view) override {}
    void pressKey(Key, std::int64_t) override {}
    void dropFile(const std::filesystem::path&) override {}
    bool closeRequested() const override { return m_stopped || m_index >= m_plan.shots; }
    bool takeQuitRequest() override { return false; }
    Redraw handle(std::vector<input::Contact>& contacts, std::int64_t) override;
    bool readyForScript() const override { return false; }
    input::TargetRegistry targets() const override { return {}; }
    Redraw update(std::int64_t nowMs) override;
    bool scriptSettled() const override { return true; }
    void beginFinishing() override {}
    bool animating(std::int64_t) const override { return true; }
    std::optional<std::int64_t> nextWakeMs(std::int64_t) const override { return std::nullopt; }
    void feedPointer(const render::View&) override {}
    Redraw draw(BoardCanvas& canvas, const render::View& view, std::int64_t nowMs) override;
    bool stillDrawing() const override { return false; }
    bool readyForLastFrame() const override { return true; }
    bool keepsFrame() const override { return m_pictureReady; }
    void keepFrame(FrameImage frame) override;

private:
    bool settled(bool loading);

    ExportPlan m_plan;
    std::chrono::steady_clock::time_point m_started = std::chrono::steady_clock::now();
    std::size_t m_index = 0; ///< the shot being drawn
    std::optional<Shot> m_shot;
    int m_drawn = 0; ///< frames of the shot drawn since it began to settle
    std::int64_t m_settleStartMs = 0;
    bool m_pauseBeforeNext = false; ///< photos still load: give their decoders a moment before the next frame
    bool m_pictureReady = false;
    bool m_stopped = false;
};

} // namespace atelier::table
