// The panel's phase buttons on the screens the table is shown on: seven phases (the demo's) leave every
// control of the panel in view, each button at least 15 mm; a workshop of many phases scrolls them by touch.
#include <algorithm>
#include <string>
#include <utility>

#include "ImGuiFrame.hpp"
#include "ui/PanelScreens.hpp"

namespace atelier::ui::testing {
namespace {

/// The demo workshop's seven phases.
const std::vector<std::string> kDemoPhases{"Observation", "Atelier créatif", "Scénarios d’usage", "Vote",
                                           "Budget",      "Critères",        "Restitution"};

class PanelPhasesTest : public ImGuiFrame, public ::testing::WithParamInterface<std::pair<float, float>> {
protected:
    void SetUp() override { setUpFor(GetParam().first, GetParam().second); }

    /// The controls screen in the budget phase (its costs button makes the column longest).
    PanelModel controls(std::vector<std::string> phases) const {
        PanelModel model;
        model.mode = PanelMode::Controls;
        model.displayWidth = GetParam().first;
        model.displayHeight = GetParam().second;
        model.pxPerMm = GetParam().first / 1210.0f;
        model.phases = std::move(phases);
        model.currentPhase = 4;
        model.costs.canSet = true;
        return model;
    }
    /// A few frames, as the table draws after a change; the last one's targets.
    PanelFrame settle(const PanelModel& model) {
        PanelFrame drawn;
        for (int i = 0; i < 3; ++i) {
            frame([&] { drawn = drawPanel(model); });
        }
        return drawn;
    }
    static const PanelTarget* find(const PanelFrame& drawn, const std::string& name) {
        const auto found = std::find_if(drawn.targets.begin(), drawn.targets.end(),
                                        [&](const PanelTarget& target) { return target.name == name; });
        return found == drawn.targets.end() ? nullptr : &*found;
    }
};

TEST_P(PanelPhasesTest, SevenPhasesLeaveEveryControlInViewAndFifteenMillimetresTall) {
    const PanelModel model = controls(kDemoPhases);
    PanelRect rect;
    frame([&] { rect = panelRect(model); });
    const PanelFrame drawn = settle(model);
    std::vector<std::string> names{"panel.lock",  "panel.prompt",      "panel.suggest",
                                   "panel.costs", "panel.end_session", "panel.quit"};
    for (std::size_t i = 1; i <= kDemoPhases.size(); ++i) {
        names.push_back("panel.phase." + std::to_string(i));
    }
    for (const std::string& name : names) {
        const PanelTarget* target = find(drawn, name);
        ASSERT_NE(target, nullptr) << name << " is out of view at " << model.displayWidth << "x"
                                   << model.displayHeight;
        EXPECT_TRUE(rect.contains(target->minX, target->minY) && rect.contains(target->maxX, target->maxY))
            << name;
        EXPECT_GE((target->maxY - target->minY) / model.pxPerMm, 15.0f - 0.01f) << name;
        EXPECT_GE((target->maxX - target->minX) / model.pxPerMm, 15.0f - 0.01f) << name;
        for (const PanelTarget& other : drawn.targets) {
            const bool overlap = other.name != name && other.minX < target->maxX - 1 &&
                                 target->minX < other.maxX - 1 && other.minY < target->maxY - 1 &&
                                 target->minY < other.maxY - 1;
            EXPECT_FALSE(overlap && other.name.starts_with("panel.phase."))
                << name << " under " << other.name;
        }
    }
}

TEST_P(PanelPhasesTest, ManyPhasesScrollByTouchWithTheCurrentOneInView) {
    std::vector<std::string> phases;
    for (int i = 1; i <= 60; ++i) {
        phases.push_back("Une phase au nom assez long " + std::to_string(i));
    }
    PanelModel model = controls(phases);
    model.currentPhase = 44;
    const PanelFrame drawn = settle(model);
    EXPECT_NE(find(drawn, "panel.phases"), nullptr) << "the phases are a list dragged by the finger";
    EXPECT_NE(find(drawn, "panel.phase.45"), nullptr) << "the current phase is brought in view";
    EXPECT_NE(find(drawn, "panel.end_session"), nullptr) << "the controls under the phases stay in view";
}

INSTANTIATE_TEST_SUITE_P(Screens, PanelPhasesTest,
                         ::testing::Values(std::pair{1210.0f, 680.0f}, std::pair{1920.0f, 1080.0f},
                                           std::pair{3840.0f, 2160.0f}));

} // namespace
} // namespace atelier::ui::testing
