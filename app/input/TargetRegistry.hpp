// Named touch targets ("card.12", "seat.2.dock.new_card"): what input scripts and --list-targets point at.
#pragma once

#include "core/Board.hpp"
#include "core/Geometry.hpp"

#include <map>
#include <string>
#include <string_view>

namespace atelier::input {

/// One touchable thing: its centre and axis-aligned bounding box on the table, in millimetres.
struct Target {
    core::Vec2 centreMm; ///< where a script line naming it touches (plus dx, dy)
    core::Vec2 sizeMm;   ///< width and height of the axis-aligned bounding box
};

/// Name → target, like selectors in UI testing, so that scripts keep working when things move. The board's
/// items come from fromBoard(); the workshop layer adds its docks and keyboards with add(). Names are listed
/// in docs/targets.md.
class TargetRegistry {
public:
    /// Adds (or replaces) a target.
    void add(std::string name, core::Vec2 centreMm, core::Vec2 sizeMm);

    /// Adds (or replaces) a target for a rotated rectangle: its centre and the bounding box of its corners.
    void addRotated(std::string name, const core::Pose& pose, const core::Size& size);

    /// Adds every card, photo and cluster of the board that is not deleted ("card.<id>", "photo.<id>",
    /// "cluster.<id>"); call it again after clear() whenever the board changed.
    void addBoard(const core::Board& board);

    /// A registry holding the board's targets only.
    static TargetRegistry fromBoard(const core::Board& board);

    /// Removes one target; true if it existed.
    bool remove(std::string_view name);

    /// Removes every target.
    void clear() { m_targets.clear(); }

    /// The target with this name, or nullptr.
    const Target* find(std::string_view name) const;

    /// How many targets there are.
    std::size_t size() const { return m_targets.size(); }

    /// Every target sorted by name.
    const std::map<std::string, Target, std::less<>>& all() const { return m_targets; }

    /// One JSON object per line, sorted by name: {"name":…,"x":…,"y":…,"w":…,"h":…}, x, y the centre and
    /// w, h the bounding box, all normalised to the surface (what `atelier run --list-targets` prints).
    std::string toJsonLines(core::Vec2 surfaceSizeMm) const;

private:
    std::map<std::string, Target, std::less<>> m_targets;
};

} // namespace atelier::input
