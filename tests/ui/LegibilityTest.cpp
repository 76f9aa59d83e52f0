// The legibility check: what the drawing code reports (cap heights, colours, target sizes in mm) against the
// theme's floors, and a planted 3 mm label that it must catch.
#include <gtest/gtest.h>

#include <algorithm>

#include "ImGuiFrame.hpp"
#include "render/Legibility.hpp"
#include "render/Theme.hpp"
#include "ui/DockOverlay.hpp"
#include "ui/Invitation.hpp"
#include "ui/SeatHints.hpp"

namespace atelier::ui::testing {
namespace {

/// One dock button of seat 1 ("new_card"), as the workshop hands it over, at the bottom edge.
workshop::Widget ideaButton() {
    workshop::Widget widget;
    widget.kind = workshop::WidgetKind::DockButton;
    widget.seat = 1;
    widget.name = "seat.1.dock.new_card";
    widget.icon = "new_card";
    widget.pose.centre = {300, 660};
    widget.size = {30, 26};
    widget.colour = 0xE69F00;
    return widget;
}

render::View tableView() {
    render::View view;
    view.surfaceMm = {1210, 680};
    view.viewportWidth = static_cast<int>(kDisplayWidthPx);
    view.viewportHeight = static_cast<int>(kDisplayHeightPx);
    return view;
}

bool mentions(const std::vector<std::string>& problems, const std::string& words) {
    return std::any_of(problems.begin(), problems.end(),
                       [&](const std::string& problem) { return problem.find(words) != std::string::npos; });
}

class LegibilityTest : public ImGuiFrame {
protected:
    void SetUp() override {
        ImGuiFrame::SetUp();
        render::Legibility::frame().enable(true);
        render::Legibility::frame().clear();
    }
    void TearDown() override {
        render::Legibility::frame().enable(false);
        render::Legibility::frame().clear();
        render::setTheme(render::Theme{});
        ImGuiFrame::TearDown();
    }
    /// Draws the widgets in one frame and returns what the check finds against the default theme's floors.
    std::vector<std::string> drawAndCheck(const std::vector<workshop::Widget>& widgets) {
        frame([&] { drawWidgets(widgets, tableView(), core::Language::French); });
        return render::Legibility::frame().problems(render::Theme{});
    }
};

TEST_F(LegibilityTest, TheDockWordUnderItsPictogramIsReportedInMillimetresAndPasses) {
    const std::vector<std::string> problems = drawAndCheck({ideaButton()});
    const auto& texts = render::Legibility::frame().texts();
    ASSERT_EQ(texts.size(), 1u);
    EXPECT_EQ(texts[0].text, "Idée");
    EXPECT_NEAR(texts[0].capMm, render::Theme{}.bodyCapMm, 0.05); // measured on the font's own 'H'
    ASSERT_EQ(render::Legibility::frame().targets().size(), 1u);
    EXPECT_DOUBLE_EQ(render::Legibility::frame().targets()[0].widthMm, 30);
    EXPECT_TRUE(problems.empty()) << problems.front();
}

TEST_F(LegibilityTest, APlantedThreeMillimetreLabelIsCaught) {
    render::Theme planted;
    planted.bodyCapMm = 3.0; // a theme override shrinking the dock's words to 3 mm capitals
    render::setTheme(planted);
    const std::vector<std::string> problems = drawAndCheck({ideaButton()});
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_TRUE(mentions(problems, "\"Idée\": capitals 3.0 mm high, under 4.0 mm")) << problems.front();
}

TEST_F(LegibilityTest, ATouchTargetUnderFifteenMillimetresIsCaught) {
    workshop::Widget small = ideaButton();
    small.size = {30, 12};
    const std::vector<std::string> problems = drawAndCheck({small});
    EXPECT_TRUE(mentions(problems, "target seat.1.dock.new_card: 30.0 × 12.0 mm, under 15 mm"));
}

TEST_F(LegibilityTest,
       TheAttractScreensInvitationAndTheHintsAreReportedAndAPlantedThreeMillimetreThemeIsCaught) {
    const InvitationContent invitation{core::Language::French, "Comment vivre cette place ?", 0.5};
    const std::vector<SeatHint> hints = {{{300, 600}, 0, {"Touchez + pour écrire une idée"}}};
    frame([&] {
        drawInvitation(invitation, tableView());
        drawSeatHints(hints, tableView());
    });
    const auto& texts = render::Legibility::frame().texts();
    EXPECT_EQ(std::count_if(texts.begin(), texts.end(),
                            [](const auto& t) { return t.what == "invitation.privacy"; }),
              8); // both languages on each of the four sides
    EXPECT_EQ(std::count_if(texts.begin(), texts.end(), [](const auto& t) { return t.what == "hint"; }), 1);
    const std::vector<std::string> problems = render::Legibility::frame().problems(render::Theme{});
    EXPECT_TRUE(problems.empty()) << problems.front();

    render::Theme planted;
    planted.bodyCapMm = 3.0; // the privacy sentence takes the theme's body size
    render::setTheme(planted);
    render::Legibility::frame().clear();
    frame([&] { drawInvitation(invitation, tableView()); });
    EXPECT_TRUE(mentions(render::Legibility::frame().problems(render::Theme{}),
                         "invitation.privacy \"Anonyme : ni nom ni image de vous."));
}

TEST(LegibilityCheck, TextUnderTheLargeFloorOrUnderAAContrastIsCaught) {
    render::Legibility drawn;
    drawn.enable(true);
    drawn.text({"banner.title", "Place", render::TextRole::Large, 5.0, 0x1A1A1A, 0xFFFFFF});
    drawn.text({"dock.label", "Gomme", render::TextRole::Body, 4.5, 0x999999, 0xFFFFFF}); // ImGui's old grey
    drawn.text({"card", "Un jardin partagé", render::TextRole::Body, 4.5, 0x000000, 0xF0E442});
    const std::vector<std::string> problems = drawn.problems(render::Theme{});
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_TRUE(mentions(problems, "banner.title \"Place\": capitals 5.0 mm high, under 6.0 mm"));
    EXPECT_TRUE(mentions(problems, "dock.label \"Gomme\": contrast 2.85:1, under 4.5:1"));
}

TEST(LegibilityCheck, TheTabSeparatedReportReadsBackAsWritten) {
    render::Legibility drawn;
    drawn.enable(true);
    drawn.text({"question", "Comment\tvivre ?", render::TextRole::Large, 7.5, 0x000000, 0xFFFDF6});
    drawn.target({"panel.close", 40, 18});
    const render::Legibility read = render::Legibility::readTsv(drawn.tsv() + "garbage\tline\n");
    ASSERT_EQ(read.texts().size(), 1u);
    EXPECT_EQ(read.texts()[0].text, "Comment vivre ?");
    EXPECT_EQ(read.texts()[0].role, render::TextRole::Large);
    EXPECT_DOUBLE_EQ(read.texts()[0].capMm, 7.5);
    EXPECT_EQ(read.texts()[0].background, 0xFFFDF6u);
    ASSERT_EQ(read.targets().size(), 1u);
    EXPECT_DOUBLE_EQ(read.targets()[0].heightMm, 18);
}

} // namespace
} // namespace atelier::ui::testing
