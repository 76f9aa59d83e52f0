// The facilitator's panel as a person meets it: on screen, centred, keys big enough for a finger, and a tap
// on a key types that digit.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

#include "ImGuiFrame.hpp"
#include "ui/ImGuiPointer.hpp"
#include "ui/PanelScreens.hpp"

namespace atelier::ui::testing {
namespace {

class PanelScreensTest : public ImGuiFrame {
protected:
    PanelModel pinPad() const {
        PanelModel model;
        model.mode = PanelMode::PinPad;
        model.displayWidth = kDisplayWidthPx;
        model.displayHeight = kDisplayHeightPx;
        model.pxPerMm = kPxPerMm;
        model.triesLeft = 5;
        return model;
    }
    PanelFrame draw(const PanelModel& model) {
        PanelFrame drawn;
        frame([&] { drawn = drawPanel(model); });
        return drawn;
    }
};

TEST_F(PanelScreensTest, ThePinPadIsCentredOnScreen) {
    PanelRect rect;
    frame([&] { rect = panelRect(pinPad()); });
    EXPECT_GE(rect.minX, 0);
    EXPECT_GE(rect.minY, 0);
    EXPECT_LE(rect.maxX, kDisplayWidthPx);
    EXPECT_LE(rect.maxY, kDisplayHeightPx);
    EXPECT_NEAR((rect.minX + rect.maxX) / 2, kDisplayWidthPx / 2, 1.0f);
    EXPECT_NEAR((rect.minY + rect.maxY) / 2, kDisplayHeightPx / 2, 1.0f);
}

TEST_F(PanelScreensTest, EveryPadKeyIsInsideThePanelAndAtLeastFifteenMillimetresSquare) {
    const PanelModel model = pinPad();
    PanelRect rect;
    frame([&] { rect = panelRect(model); });
    const PanelFrame drawn = draw(model);
    int digits = 0;
    for (const PanelTarget& target : drawn.targets) {
        EXPECT_TRUE(rect.contains(target.minX, target.minY) && rect.contains(target.maxX, target.maxY))
            << target.name << " lies outside the panel";
        if (target.name.starts_with("pinpad.") && target.name != "pinpad.close") {
            EXPECT_GE((target.maxX - target.minX) / kPxPerMm, 15.0f) << target.name;
            EXPECT_GE((target.maxY - target.minY) / kPxPerMm, 15.0f) << target.name;
        }
        if (target.name.size() == 8 && target.name.starts_with("pinpad.") && std::isdigit(target.name[7])) {
            ++digits;
        }
    }
    EXPECT_EQ(digits, 10) << "ten digit keys";
}

TEST_F(PanelScreensTest, TappingAKeyTypesItsDigit) {
    const PanelModel model = pinPad();
    setImGuiPointer(std::nullopt, false);
    const PanelFrame before = draw(model);
    const auto seven = std::find_if(before.targets.begin(), before.targets.end(),
                                    [](const PanelTarget& target) { return target.name == "pinpad.7"; });
    ASSERT_NE(seven, before.targets.end());
    const core::Vec2 centre{(seven->minX + seven->maxX) / 2.0, (seven->minY + seven->maxY) / 2.0};
    setImGuiPointer(centre, true);
    std::vector<PanelAction> actions = draw(model).actions;
    setImGuiPointer(centre, false);
    const std::vector<PanelAction> released = draw(model).actions;
    actions.insert(actions.end(), released.begin(), released.end());
    ASSERT_EQ(actions.size(), 1u);
    EXPECT_EQ(actions[0].kind, PanelAction::Kind::Digit);
    EXPECT_EQ(actions[0].value, 7);
}

} // namespace
/// The target named `name` of a frame, or nothing.
std::optional<PanelTarget> targetNamed(const PanelFrame& frame, const std::string& name) {
    for (const PanelTarget& target : frame.targets) {
        if (target.name == name) {
            return target;
        }
    }
    return std::nullopt;
}

TEST_F(PanelScreensTest, APadFacingTheTopEdgeIsTheUprightOneTurnedHalfAndATapOnItsSevenTypesSeven) {
    PanelModel model = pinPad();
    setImGuiPointer(std::nullopt, false);
    const PanelFrame upright = draw(model);
    model.facing = model.fallback = TableEdge::Top;
    const PanelFrame turned = draw(model);
    EXPECT_EQ(turned.turn.quarters, 2);
    ASSERT_EQ(turned.targets.size(), upright.targets.size());
    for (const PanelTarget& before : upright.targets) {
        const std::optional<PanelTarget> after = targetNamed(turned, before.name);
        ASSERT_TRUE(after) << before.name;
        EXPECT_NEAR(after->minX, kDisplayWidthPx - before.maxX, 0.01f) << before.name;
        EXPECT_NEAR(after->maxY, kDisplayHeightPx - before.minY, 0.01f) << before.name;
    }
    // Key 7 stands under key 1 on the upright pad, above it on the turned one (read from the top edge).
    const PanelTarget seven = *targetNamed(turned, "pinpad.7");
    const PanelTarget one = *targetNamed(turned, "pinpad.1");
    EXPECT_LT(seven.maxY, one.minY);
    EXPECT_NEAR(seven.minX, one.minX, 2.0f) << "in the same column";
    const core::Vec2 centre{(seven.minX + seven.maxX) / 2.0, (seven.minY + seven.maxY) / 2.0};
    setImGuiPointer(turned.turn.toLayout(centre), true);
    std::vector<PanelAction> actions = draw(model).actions;
    setImGuiPointer(turned.turn.toLayout(centre), false);
    const std::vector<PanelAction> released = draw(model).actions;
    actions.insert(actions.end(), released.begin(), released.end());
    ASSERT_EQ(actions.size(), 1u);
    EXPECT_EQ(actions[0].kind, PanelAction::Kind::Digit);
    EXPECT_EQ(actions[0].value, 7);
}

TEST_F(PanelScreensTest, APanelFacesAShortSideOnlyWhenItFitsTurnedElseTheLongEdgeOfThatCorner) {
    PanelModel model = pinPad();
    model.facing = TableEdge::Left;
    model.fallback = TableEdge::Bottom;
    EXPECT_EQ(draw(model).turn.quarters, 1) << "the small pad fits turned toward the left side";
    model.mode = PanelMode::Controls; // as wide as the table between the seats: not across its depth
    const PanelFrame controls = draw(model);
    EXPECT_EQ(controls.turn.quarters, 0) << "the controls face the bottom edge of that corner";
    for (const PanelTarget& target : controls.targets) {
        EXPECT_GE(target.minX, 0.0f) << target.name;
        EXPECT_LE(target.maxY, kDisplayHeightPx) << target.name;
    }
}

TEST_F(PanelScreensTest, ATapOnARowJustAfterScrollingTheListHitsThatRowAndLeavesTheListWhereItIs) {
    PanelModel model = pinPad();
    model.mode = PanelMode::Controls;
    model.importFolder = "/media/stick";
    for (const char* name : {"a.png", "b.png", "c.png", "d.png", "e.png", "f.png"}) {
        model.importFiles.push_back(PanelImportFile{name, PanelImportFile::State::Listed, "", {}});
    }
    const auto centreOf = [](const PanelTarget& target) {
        return core::Vec2{(target.minX + target.maxX) / 2.0, (target.minY + target.maxY) / 2.0};
    };
    setImGuiPointer(std::nullopt, false);
    const PanelFrame first = draw(model);
    const std::optional<PanelTarget> list = targetNamed(first, "panel.import.list");
    ASSERT_TRUE(list);
    const auto inView = [&list](const std::optional<PanelTarget>& row) {
        return row && (row->minY + row->maxY) / 2 > list->minY && (row->minY + row->maxY) / 2 < list->maxY;
    };
    ASSERT_FALSE(inView(targetNamed(first, "panel.import.5"))) << "the fifth row starts out of view";
    // A finger drags the list up by 80 px and lifts.
    const core::Vec2 from = centreOf(*list);
    setImGuiPointer(from, true);
    draw(model);
    setImGuiPointer(core::Vec2{from.x, from.y - 80}, true);
    draw(model);
    setImGuiPointer(core::Vec2{from.x, from.y - 80}, false);
    const PanelFrame scrolled = draw(model);
    const std::optional<PanelTarget> fifth = targetNamed(scrolled, "panel.import.5");
    ASSERT_TRUE(inView(fifth)) << "the drag scrolled the fifth row into view";
    // Another finger taps the fifth row's button, away from where the first one lifted.
    const core::Vec2 tap = centreOf(*fifth);
    setImGuiPointer(tap, true);
    std::vector<PanelAction> actions = draw(model).actions;
    setImGuiPointer(tap, false);
    const PanelFrame released = draw(model);
    actions.insert(actions.end(), released.actions.begin(), released.actions.end());
    ASSERT_EQ(actions.size(), 1u) << "one tap, one action";
    EXPECT_EQ(actions[0].kind, PanelAction::Kind::ImportFile);
    EXPECT_EQ(actions[0].value, 4) << "e.png, the fifth file";
    const std::optional<PanelTarget> still = targetNamed(released, "panel.import.5");
    ASSERT_TRUE(still);
    EXPECT_NEAR(still->minY, fifth->minY, 0.5f) << "the tap did not scroll the list";
}

} // namespace atelier::ui::testing
