// Pens and erasers under people's fingers: strokes drawn on photos, strokes rubbed out.
#pragma once

#include "core/Board.hpp"
#include "core/Event.hpp"
#include "input/Contact.hpp"
#include "input/GestureOptions.hpp"
#include "input/Manipulation.hpp"
#include "workshop/PenStyle.hpp"
#include "workshop/WorkshopOutput.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace atelier::workshop {

/// How the pens and erasers behave.
struct SketchOptions {
    double smoothing = 0.5;     ///< weight of a new sample against the smoothed point (1 = none)
    double minSpacingMm = 0.75; ///< on the table: closer samples add no point
    std::int64_t batchMs = 50;  ///< stroke.extended at most every 50 ms per stroke (20 Hz), like motion
    double eraserRadiusMm = 6;  ///< a fingertip's reach, added to half the stroke's width
    double palmSizeMm = 30;     ///< a contact reported larger than this is a palm or a fist: it never draws
    double startMm = 1.5;       ///< a pen's line starts once it has moved this far ...
    std::int64_t startMs = 120; ///< ... or been down this long; a second finger before that moves the photo
};

/// One per table. Each pen contact draws its own stroke on the photo it started on (several contacts, one
/// stroke each, never joined): stroke.begun once it has moved startMm or been down startMs (with every point
/// so far), stroke.extended batches at most every batchMs, stroke.ended when it lifts (or is lost). Points
/// are in the photo's own frame as it lies at each sample, lightly smoothed, so the sketch moves, turns and
/// scales with the photo. A second finger of the same seat landing on the same photo before the first one's
/// line started makes both a grip: they move, turn and scale the photo (photo.moved, logged at most every
/// batchMs and at each lift), as two fingers do in move mode. Each eraser contact erases every stroke its
/// path crosses, once.
class SketchTool {
public:
    /// A tool with these options.
    explicit SketchTool(SketchOptions options = {}, input::GestureOptions gestures = {})
        : m_options(options), m_gestures(std::move(gestures)) {}

    /// True when a contact of this size may draw (sources that report no size, 0, always may).
    bool drawsWith(const input::Contact& contact) const {
        return contact.sizeMm <= 0 || contact.sizeMm <= m_options.palmSizeMm;
    }
    /// A pen contact went down on `photo`: its stroke will be `strokeId` in `style` (or it joins a grip).
    void penDown(const input::Contact& contact, int seat, const core::Photo& photo, core::ItemId strokeId,
                 PenStyle style, std::vector<WorkshopOutput>& out);
    /// An eraser contact went down: appends stroke.erased for the strokes under it.
    void eraserDown(const input::Contact& contact, int seat, const core::Board& board,
                    std::vector<WorkshopOutput>& out);
    /// True when the contact is one of this tool's pens, grips or erasers.
    bool follows(input::ContactKey key) const {
        return m_pens.contains(key) || m_erasers.contains(key) || m_gripped.contains(key);
    }
    /// A later sample of a pen, grip or eraser contact.
    void follow(const input::Contact& contact, const core::Board& board, std::vector<WorkshopOutput>& out);
    /// Starts the lines of pens held still past startMs and sends the points a pen holds back once its batch
    /// time has passed (a slow finger's last points).
    void flush(std::int64_t nowMs, const core::Board& board, std::vector<WorkshopOutput>& out);
    /// When flush() must run without input, if ever.
    std::optional<std::int64_t> nextDeadlineMs() const;

private:
    struct Pen {
        core::ItemId stroke = core::kNoItem;
        core::ItemId photo = core::kNoItem;
        int seat = 0;
        PenStyle style;
        bool begun = false;            ///< stroke.begun is out
        core::Vec2 downMm;             ///< where it went down
        core::Vec2 rawMm;              ///< where the finger is
        std::int64_t downMs = 0;       ///< when
        std::vector<core::Vec2> early; ///< table points kept before the line began
        core::Vec2 smoothed;           ///< table mm
        core::Vec2 lastTable;          ///< the last point kept, table mm
        std::vector<core::Vec2> pending;
        std::size_t points = 0;
        std::int64_t lastSentMs = 0;
    };
    struct Grip {
        int seat = 0;
        input::Manipulation manipulation;
        std::int64_t persistedMs = 0;
    };
    struct Eraser {
        int seat = 0;
        core::Vec2 last;
        std::set<core::ItemId> erased;
    };

    void addPoint(Pen& pen, const core::Photo& photo, core::Vec2 table);
    void begin(Pen& pen, const core::Photo& photo, std::vector<WorkshopOutput>& out);
    void send(Pen& pen, std::int64_t nowMs, std::vector<WorkshopOutput>& out);
    void followGrip(const input::Contact& contact, const core::Board& board,
                    std::vector<WorkshopOutput>& out);
    void erase(Eraser& eraser, core::Vec2 from, core::Vec2 to, const core::Board& board,
               std::vector<WorkshopOutput>& out);

    SketchOptions m_options;
    input::GestureOptions m_gestures;
    std::map<input::ContactKey, Pen> m_pens;
    std::map<core::ItemId, Grip> m_grips;                ///< by photo
    std::map<input::ContactKey, core::ItemId> m_gripped; ///< contact → the photo it grips
    std::map<input::ContactKey, Eraser> m_erasers;
};

} // namespace atelier::workshop
