// Draws the PIN pad and the facilitator's controls with touch-sized ImGui buttons.
#include "ui/PanelScreens.hpp"

#include <algorithm>
#include <imgui.h>

#include "render/Theme.hpp"
#include "ui/PanelPhases.hpp"
#include "ui/PanelWidgets.hpp"
#include "ui/PanelWorkshops.hpp"
#include "ui/ThemeStyle.hpp"
#include "workshop/Dimensions.hpp"
#include "workshop/KeyboardLayout.hpp"

namespace atelier::ui {
namespace {

/// Every button is at least this tall and wide on the surface: the theme's touch target, a little over its
/// 15 mm floor.
const float kMinTouchMm = static_cast<float>(render::theme().controlMm);
/// The PIN pad's keys: the theme's comfortable control, above the 15 mm floor (pressed standing, at arm's
/// length).
const float kPadKeyMm = static_cast<float>(render::theme().controlMm);
constexpr int kMaxCardsListed = 40;
/// The panel's ImGui window, whatever its title's language.
constexpr const char* kPanelWindow = "###facilitator-panel";
/// Clear space left between the panel and the seats' keyboards.
constexpr double kKeyboardClearanceMm = 4.5;

/// How deep from each edge of the table the seats' docks and keyboards reach, clearance included (~136 mm):
/// the panel stays inside, so a seat keeps its keyboard while the facilitator works.
float seatBandMm() {
    namespace dims = workshop::dims;
    return static_cast<float>(dims::kEdgeMarginMm + dims::kDockButtonDepthMm + dims::kDockToKeyboardMm +
                              workshop::KeyboardLayout::french().panelSize().height + kKeyboardClearanceMm);
}

std::string tr(const PanelModel& model, core::TextId id) {
    return std::string(core::text(model.language, id));
}

float touch(const PanelModel& model, float mm) {
    return std::max(mm * model.pxPerMm, ImGui::GetFontSize() * 1.8f);
}

float padKey(const PanelModel& model) {
    return touch(model, kPadKeyMm);
}

/// Set while the finger that is down has scrolled a list: lifting it then is the end of a drag, not a tap on
/// the button that slid under it. The panel has one pointer, as Dear ImGui has one mouse.
bool g_scrolledThisPress = false;
/// The surface's pixels per millimetre this frame, for the targets reported to the legibility registry.
double g_pxPerMm = 1.0;

/// A button that also becomes a named target; true when pressed this frame.
bool button(PanelFrame& frame, const std::string& label, const std::string& name, ImVec2 size) {
    ImGui::PushID(name.c_str());
    const bool pressed = ImGui::Button(label.c_str(), size) && !g_scrolledThisPress;
    if (ImGui::IsItemVisible()) {
        const ImVec2 min = ImGui::GetItemRectMin();
        const ImVec2 max = ImGui::GetItemRectMax();
        frame.targets.push_back(PanelTarget{name, min.x, min.y, max.x, max.y});
        reportLastItem("panel." + name, g_pxPerMm);
    }
    ImGui::PopID();
    return pressed;
}

/// A list (a child window) that scrolls when a finger drags on it, rows and their buttons included (Dear
/// ImGui 1.86 scrolls with a wheel only), and that takes the touches landing on it: a named target.
/// Call inside the child, after its rows.
void dragToScroll(PanelFrame& frame, const std::string& name) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID dragging = ImGui::GetID("##drag-to-scroll");
    if (ImGui::IsMouseClicked(0)) {
        g_scrolledThisPress = false;
        storage->SetBool(dragging, ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem));
    } else if (!io.MouseDown[0]) {
        storage->SetBool(dragging, false);
    }
    // Not on the frame a press starts: the pointer jumps there from where the last finger lifted, and that
    // jump is no drag (taken as one, a tap on a row just after a scroll scrolled the list back and missed).
    if (storage->GetBool(dragging) && !ImGui::IsMouseClicked(0) && io.MouseDelta.y != 0.0f &&
        ImGui::GetScrollMaxY() > 0.0f) {
        ImGui::SetScrollY(std::clamp(ImGui::GetScrollY() - io.MouseDelta.y, 0.0f, ImGui::GetScrollMaxY()));
        frame.scrolled = true;
        g_scrolledThisPress = true;
    }
    const ImVec2 min = ImGui::GetWindowPos();
    const ImVec2 size = ImGui::GetWindowSize();
    frame.targets.push_back(PanelTarget{name, min.x, min.y, min.x + size.x, min.y + size.y});
}

/// A card's line in the moderation lists: its text cut at 48 bytes, or a word for a blank card.
std::string excerpt(const PanelModel& model, const std::string& text) {
    constexpr std::size_t kBytes = 48;
    if (text.empty()) {
        return tr(model, core::TextId::PanelBlankCard);
    }
    if (text.size() <= kBytes) {
        return text;
    }
    std::size_t cut = kBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
        --cut; // never split a UTF-8 letter
    }
    return text.substr(0, cut) + "…";
}

void drawPad(const PanelModel& model, PanelFrame& frame) {
    const float key = padKey(model);
    ImGui::TextUnformatted(tr(model, core::TextId::PinPrompt).c_str());
    std::string dots;
    for (std::size_t i = 0; i < model.digitsTyped; ++i) {
        dots += i == 0 ? "\u2022" : " \u2022";
    }
    ImGui::TextUnformatted(dots.empty() ? " " : dots.c_str());
    const bool locked = model.notice == PadNotice::Locked || model.notice == PadNotice::Checking;
    std::string notice;
    switch (model.notice) {
    case PadNotice::None:
        break;
    case PadNotice::Checking:
        notice = tr(model, core::TextId::PinChecking);
        break;
    case PadNotice::Wrong:
        notice = tr(model, core::TextId::PinWrong) + " " + std::to_string(model.triesLeft);
        break;
    case PadNotice::Locked:
        // Whole minutes past the first one (a 30-minute lock is not counted down in seconds).
        notice = tr(model, core::TextId::PinLocked) + " " +
                 (model.lockedSeconds > 60
                      ? std::to_string((model.lockedSeconds + 59) / 60) + " " +
                            tr(model, core::TextId::PanelMinutes)
                      : std::to_string(model.lockedSeconds) + " " + tr(model, core::TextId::PanelSeconds));
        break;
    case PadNotice::NoPinSet:
        notice = tr(model, core::TextId::PinNoneSet);
        break;
    case PadNotice::TooShort:
        notice = tr(model, core::TextId::PinTooShort);
        break;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.70f, 0.12f, 0.08f, 1.0f));
    ImGui::PushTextWrapPos(0.0f); // the window's width
    ImGui::TextWrapped("%s", notice.empty() ? " " : notice.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();

    if (locked) {
        ImGui::BeginDisabled();
    }
    const float keysWidth = 3 * key + 2 * ImGui::GetStyle().ItemSpacing.x;
    const float indent = std::max(1.0f, (ImGui::GetContentRegionAvail().x - keysWidth) * 0.5f); // 0 = default
    ImGui::Indent(indent);
    static constexpr const char* kKeys[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9"};
    for (int i = 0; i < 9; ++i) {
        if (i % 3 != 0) {
            ImGui::SameLine();
        }
        if (button(frame, kKeys[i], std::string("pinpad.") + kKeys[i], ImVec2(key, key))) {
            frame.actions.push_back(PanelAction{PanelAction::Kind::Digit, i + 1, 0});
        }
    }
    if (button(frame, "\u232B", "pinpad.erase", ImVec2(key, key))) {
        frame.actions.push_back(PanelAction{PanelAction::Kind::Erase, 0, 0});
    }
    ImGui::SameLine();
    if (button(frame, "0", "pinpad.0", ImVec2(key, key))) {
        frame.actions.push_back(PanelAction{PanelAction::Kind::Digit, 0, 0});
    }
    ImGui::SameLine();
    if (button(frame, "OK", "pinpad.ok", ImVec2(key, key))) {
        frame.actions.push_back(PanelAction{PanelAction::Kind::Ok, 0, 0});
    }
    if (locked) {
        ImGui::EndDisabled();
    }
    const float wide = keysWidth;
    if (button(frame, tr(model, core::TextId::PanelClose), "pinpad.close",
               ImVec2(wide, touch(model, kMinTouchMm)))) {
        frame.actions.push_back(PanelAction{PanelAction::Kind::Close, 0, 0});
    }
    ImGui::Unindent(indent);
}

void drawCardList(const PanelModel& model, PanelFrame& frame, bool takenAway, float height) {
    const float row = touch(model, kMinTouchMm);
    const std::string childId = takenAway ? "##taken" : "##cards";
    ImGui::BeginChild(childId.c_str(), ImVec2(0, height), true);
    int listed = 0;
    for (const PanelCard& card : model.cards) {
        if (card.takenAway != takenAway || listed >= kMaxCardsListed) {
            continue;
        }
        ++listed;
        const std::string action =
            tr(model, takenAway ? core::TextId::PanelRestore : core::TextId::PanelHide);
        const std::string name =
            std::string(takenAway ? "panel.restore." : "panel.hide.") + std::to_string(card.id);
        const float buttonWidth =
            ImGui::CalcTextSize(action.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x;
        if (button(frame, action, name, ImVec2(std::max(buttonWidth, row * 2), row))) {
            frame.actions.push_back(PanelAction{
                takenAway ? PanelAction::Kind::RestoreCard : PanelAction::Kind::HideCard, 0, card.id});
        }
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        if (takenAway) { // who took it away: the facilitator (hidden) or a seat (deleted)
            ImGui::TextDisabled(
                "%s", tr(model, card.hidden ? core::TextId::PanelCardHidden : core::TextId::PanelCardDeleted)
                          .c_str());
            ImGui::SameLine();
        }
        ImGui::TextUnformatted(excerpt(model, card.text).c_str());
    }
    if (listed == 0) {
        ImGui::TextDisabled("%s", tr(model, core::TextId::PanelNoCards).c_str());
    }
    dragToScroll(frame, takenAway ? "panel.taken.list" : "panel.cards.list");
    ImGui::EndChild();
}

// The workshop library; ending the session and quitting the table act only on a second, explicit press.
void drawSessionEnd(const PanelModel& model, PanelFrame& frame, float width, float row) {
    using Kind = PanelAction::Kind;
    if (model.confirm == PanelConfirm::None) {
        // One row for before and after the workshop, so that the panel keeps its height on a small screen.
        const float half = (width - ImGui::GetStyle().ItemSpacing.x) / 2;
        if (button(frame, tr(model, core::TextId::WorkshopsOpen), "panel.workshops", ImVec2(half, row))) {
            frame.actions.push_back(
                PanelAction{Kind::OpenWorkshops, 0, 0}); // the workshop library, to prepare
        }
        ImGui::SameLine();
        drawSessionsButton(model, frame, half, row); // past sessions: replay, export
        if (button(frame, tr(model, core::TextId::PanelEndSession), "panel.end_session", ImVec2(half, row))) {
            frame.actions.push_back(PanelAction{Kind::AskEndSession, 0, 0});
        }
        ImGui::SameLine();
        if (button(frame, tr(model, core::TextId::PanelQuit), "panel.quit", ImVec2(half, row))) {
            frame.actions.push_back(PanelAction{Kind::AskQuit, 0, 0});
        }
        return;
    }
    const bool ending = model.confirm == PanelConfirm::EndSession;
    ImGui::TextWrapped(
        "%s", tr(model, ending ? core::TextId::PanelEndSessionSure : core::TextId::PanelQuitSure).c_str());
    const float half = (width - ImGui::GetStyle().ItemSpacing.x) / 2;
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.62f, 0.16f, 0.12f, 1.0f));
    if (button(frame, tr(model, ending ? core::TextId::PanelEndSession : core::TextId::PanelQuit),
               "panel.confirm", ImVec2(half, row))) {
        frame.actions.push_back(PanelAction{Kind::Confirm, 0, 0});
    }
    ImGui::PopStyleColor();
    ImGui::SameLine();
    if (button(frame, tr(model, core::TextId::PanelCancel), "panel.cancel", ImVec2(half, row))) {
        frame.actions.push_back(PanelAction{Kind::Cancel, 0, 0});
    }
}

// "Suggest clusters": live only in a phase that allows clustering; says what the last press found.
void drawSuggest(const PanelModel& model, PanelFrame& frame, float width, float row) {
    if (!model.canSuggest) {
        ImGui::BeginDisabled();
    }
    if (button(frame, tr(model, core::TextId::PanelSuggestClusters), "panel.suggest", ImVec2(width, row))) {
        frame.actions.push_back(PanelAction{PanelAction::Kind::SuggestClusters, 0, 0});
    }
    ImGui::PushTextWrapPos(0.0f); // a column of the panel is narrow: the sentence wraps
    if (!model.canSuggest) {
        ImGui::EndDisabled();
        ImGui::TextDisabled("%s", tr(model, core::TextId::PanelSuggestNeedsClusterPhase).c_str());
    } else if (model.suggested == 0) {
        ImGui::TextUnformatted(tr(model, core::TextId::PanelNoSuggestion).c_str());
    } else if (model.suggested > 0) {
        ImGui::Text("%d %s", model.suggested, tr(model, core::TextId::PanelSuggested).c_str());
    }
    ImGui::PopTextWrapPos();
}

// Site photos: the folder's JPEG and PNG files (and those dropped on the window), each imported with a tap
// or all at once; a progress bar and a stop button while they are checked; one line per refusal.
void drawImport(const PanelModel& model, PanelFrame& frame, float width, float row) {
    using Kind = PanelAction::Kind;
    ImGui::Separator();
    ImGui::TextDisabled("%s %s", tr(model, core::TextId::PanelImportTitle).c_str(),
                        model.importFolder.c_str());
    const float half = (width - ImGui::GetStyle().ItemSpacing.x) / 2;
    if (model.importing) {
        const auto done = static_cast<float>(model.importProgress);
        const std::string count =
            std::to_string(model.importChecked) + " / " + std::to_string(model.importTotal);
        ImGui::ProgressBar(done, ImVec2(half, row), count.c_str());
        ImGui::SameLine();
        if (button(frame, tr(model, core::TextId::PanelImportCancel), "panel.import.cancel",
                   ImVec2(half, row))) {
            frame.actions.push_back(PanelAction{Kind::ImportCancel, 0, 0});
        }
    } else {
        if (model.importFiles.empty()) {
            ImGui::BeginDisabled();
        }
        if (button(frame, tr(model, core::TextId::PanelImportAll), "panel.import.all", ImVec2(half, row))) {
            frame.actions.push_back(PanelAction{Kind::ImportAll, 0, 0});
        }
        if (model.importFiles.empty()) {
            ImGui::EndDisabled();
        }
        ImGui::SameLine();
        if (button(frame, tr(model, core::TextId::PanelImportRefresh), "panel.import.refresh",
                   ImVec2(half, row))) {
            frame.actions.push_back(PanelAction{Kind::ImportRefresh, 0, 0});
        }
    }
    const float shown = static_cast<float>(std::clamp(static_cast<int>(model.importFiles.size()), 1, 4));
    ImGui::BeginChild(
        "##import",
        ImVec2(0, shown * (row + ImGui::GetStyle().ItemSpacing.y) + 2 * ImGui::GetStyle().WindowPadding.y),
        true);
    if (model.importFiles.empty()) {
        ImGui::TextDisabled("%s", tr(model, core::TextId::PanelImportNoFiles).c_str());
    }
    for (std::size_t i = 0; i < model.importFiles.size(); ++i) {
        const PanelImportFile& file = model.importFiles[i];
        const std::string action = tr(model, core::TextId::PanelImportOne);
        const float buttonWidth =
            std::max(ImGui::CalcTextSize(action.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x, row * 2);
        const bool onTable =
            file.state == PanelImportFile::State::Placed || file.state == PanelImportFile::State::OnTable;
        const bool idle = !model.importing && !onTable;
        if (!idle) {
            ImGui::BeginDisabled();
        }
        if (button(frame, action, "panel.import." + std::to_string(i + 1), ImVec2(buttonWidth, row))) {
            frame.actions.push_back(PanelAction{Kind::ImportFile, static_cast<int>(i), 0});
        }
        if (!idle) {
            ImGui::EndDisabled();
        }
        ImGui::SameLine();
        drawThumbnail(file.thumbnail, row); // which photo this is, before its name: two of a site look alike
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        switch (file.state) {
        case PanelImportFile::State::Listed:
            ImGui::TextUnformatted(file.name.c_str());
            break;
        case PanelImportFile::State::Checking:
            ImGui::Text("%s — %s", file.name.c_str(), tr(model, core::TextId::PanelImportChecking).c_str());
            break;
        case PanelImportFile::State::Placed:
            ImGui::Text("%s — %s", file.name.c_str(), tr(model, core::TextId::PanelImportPlaced).c_str());
            break;
        case PanelImportFile::State::OnTable:
            ImGui::Text("%s — %s", file.name.c_str(), tr(model, core::TextId::PanelImportOnTable).c_str());
            break;
        case PanelImportFile::State::Refused:
            ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.70f, 0.12f, 0.08f, 1.0f));
            ImGui::Text("%s — %s %s", file.name.c_str(), tr(model, core::TextId::PanelImportRefused).c_str(),
                        file.reason.c_str());
            ImGui::PopStyleColor();
            break;
        }
    }
    dragToScroll(frame, "panel.import.list");
    ImGui::EndChild();
}

// Moderation: hide what is on the table, restore what was taken away; the lists fill what is left.
void drawModeration(const PanelModel& model, PanelFrame& frame, float row) {
    ImGui::Separator();
    const float lists =
        std::max(row * 2.5f, ImGui::GetContentRegionAvail().y - 2 * ImGui::GetTextLineHeightWithSpacing() -
                                 ImGui::GetStyle().ItemSpacing.y);
    ImGui::TextDisabled("%s", tr(model, core::TextId::PanelCardsOnTable).c_str());
    drawCardList(model, frame, false, lists * 0.55f);
    ImGui::TextDisabled("%s", tr(model, core::TextId::PanelCardsTakenAway).c_str());
    drawCardList(model, frame, true, 0);
}

void drawControls(const PanelModel& model, PanelFrame& frame) {
    const float row = touch(model, kMinTouchMm);
    const ImGuiStyle& style = ImGui::GetStyle();
    // Wide and low between the seats' keyboards: the phases on the left, photos and moderation on the right.
    const ImVec2 whole = ImGui::GetContentRegionAvail();
    const bool twoColumns = whole.x > whole.y * 1.5f;
    const ImGuiWindowFlags columnFlags = ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
    if (twoColumns) {
        ImGui::BeginChild("##phases", ImVec2((whole.x - style.ItemSpacing.x) * 0.5f, whole.y), false,
                          columnFlags);
    }
    // Language and close on the first line.
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(model, core::TextId::PanelLanguage).c_str());
    ImGui::SameLine();
    const bool french = model.language == core::Language::French;
    if (french) {
        ImGui::PushStyleColor(ImGuiCol_Button, style.Colors[ImGuiCol_ButtonActive]);
    }
    if (button(frame, "FR", "panel.language.fr", ImVec2(row * 1.6f, row))) {
        frame.actions.push_back(PanelAction{PanelAction::Kind::Language, 0, 0});
    }
    if (french) {
        ImGui::PopStyleColor();
    }
    ImGui::SameLine();
    if (!french) {
        ImGui::PushStyleColor(ImGuiCol_Button, style.Colors[ImGuiCol_ButtonActive]);
    }
    if (button(frame, "EN", "panel.language.en", ImVec2(row * 1.6f, row))) {
        frame.actions.push_back(PanelAction{PanelAction::Kind::Language, 1, 0});
    }
    if (!french) {
        ImGui::PopStyleColor();
    }
    ImGui::SameLine();
    const std::string close = tr(model, core::TextId::PanelClose);
    const float closeWidth =
        std::max(ImGui::CalcTextSize(close.c_str()).x + 2 * style.FramePadding.x, row * 2);
    ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - closeWidth);
    if (button(frame, close, "panel.close", ImVec2(closeWidth, row))) {
        frame.actions.push_back(PanelAction{PanelAction::Kind::Close, 0, 0});
    }

    // The current phase and its timer.
    ImGui::Separator();
    const std::string current =
        model.currentPhase >= 0 && model.currentPhase < static_cast<int>(model.phases.size())
            ? model.phases[static_cast<std::size_t>(model.currentPhase)]
            : tr(model, core::TextId::PanelNoPhase);
    ImGui::Text("%s %s", tr(model, core::TextId::PanelCurrentPhase).c_str(), current.c_str());
    if (!model.timer.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("·");
        ImGui::SameLine();
        ImGui::TextUnformatted(model.timer.c_str());
    }

    // One button per phase of the workshop, the current one lit.
    ImGui::TextDisabled("%s", tr(model, core::TextId::PanelPhases).c_str());
    const float width = ImGui::GetContentRegionAvail().x;
    drawPhaseButtons(model, frame, width, row);
    if (model.presenting) { // the results stand on the table by design: nothing to lock or unlock
        ImGui::TextUnformatted(tr(model, core::TextId::PanelPresenting).c_str());
    } else {
        const std::string lock =
            tr(model, model.boardLocked ? core::TextId::PanelResumeBoard : core::TextId::PanelLockBoard);
        if (button(frame, lock, "panel.lock", ImVec2(width, row))) {
            frame.actions.push_back(PanelAction{PanelAction::Kind::ToggleLock, 0, 0});
        }
    }
    if (button(frame, tr(model, core::TextId::PanelPlaceQuestion), "panel.prompt", ImVec2(width, row))) {
        frame.actions.push_back(PanelAction{PanelAction::Kind::PlaceQuestion, 0, 0});
    }
    drawSuggest(model, frame, width, row);
    drawCostsEntry(model, frame, width, row);
    drawSessionEnd(model, frame, width, row);
    notePhaseControlsEnd(frame);
    if (twoColumns) {
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("##table", ImVec2(0, whole.y), false, columnFlags);
    }
    drawImport(model, frame, ImGui::GetContentRegionAvail().x, row);
    drawModeration(model, frame, row);
    if (twoColumns) {
        ImGui::EndChild();
    }
}

} // namespace

bool panelButton(PanelFrame& frame, const std::string& label, const std::string& name, ImVec2 size) {
    return button(frame, label, name, size);
}

void panelDragToScroll(PanelFrame& frame, const std::string& name) {
    dragToScroll(frame, name);
}

PanelRect panelRect(const PanelModel& model) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float width = 0;
    float height = 0;
    if (model.mode == PanelMode::PinPad) {
        // Wide enough for the prompt and a short sentence per line; tall enough for a notice of four lines.
        const float key = padKey(model);
        width = std::max(3 * key + 2 * style.ItemSpacing.x, ImGui::GetFontSize() * 13.0f) +
                2 * style.WindowPadding.x;
        height = 5 * key + 7 * ImGui::GetTextLineHeightWithSpacing() + 6 * style.ItemSpacing.y +
                 2 * style.WindowPadding.y;
    } else {
        // Between the seats' bands when they leave room for the controls; centred over the table otherwise.
        const float band = seatBandMm() * model.pxPerMm;
        const float freeWidth = model.displayWidth - 2 * band;
        const float freeHeight = model.displayHeight - 2 * band;
        if (model.mode ==
            PanelMode::Workshops) { // preparing: the seats are empty, the editor takes the table
            width = model.displayWidth * 0.94f;
            height = model.displayHeight * 0.92f;
        } else if (freeWidth >= 500 * model.pxPerMm && freeHeight >= 300 * model.pxPerMm) {
            width = std::min(freeWidth, 700 * model.pxPerMm); // the table's sides stay in sight
            height = freeHeight;
        } else {
            width = std::min(model.displayWidth * 0.92f,
                             std::max(model.displayWidth * 0.42f, 300 * model.pxPerMm));
            height = model.displayHeight * 0.84f;
        }
    }
    width = std::min(width, model.displayWidth);
    height = std::min(height, model.displayHeight);
    const float x = (model.displayWidth - width) * 0.5f;
    const float y = (model.displayHeight - height) * 0.5f;
    return PanelRect{x, y, x + width, y + height};
}

PanelFrame drawPanel(const PanelModel& model) {
    PanelFrame frame;
    const PanelRect rect = panelRect(model);
    ImGui::SetNextWindowPos(ImVec2(rect.minX, rect.minY), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(rect.maxX - rect.minX, rect.maxY - rect.minY), ImGuiCond_Always);
    ImGui::SetNextWindowBgAlpha(0.97f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
    const std::string title = tr(model, core::TextId::PanelTitle) + kPanelWindow;
    if (ImGui::Begin(title.c_str(), nullptr, flags)) {
        g_pxPerMm = model.pxPerMm;
        // Every word of the panel is in the body font, ink or muted ink on its paper.
        const ImGuiStyle& style = ImGui::GetStyle();
        const std::uint32_t paper = rgbOf(style.Colors[ImGuiCol_WindowBg]);
        reportText("panel.text", title.substr(0, title.find("###")), render::TextRole::Body,
                   *ImGui::GetFont(), ImGui::GetFontSize(), model.pxPerMm,
                   rgbOf(style.Colors[ImGuiCol_Text], paper), paper);
        reportText("panel.muted", title.substr(0, title.find("###")), render::TextRole::Body,
                   *ImGui::GetFont(), ImGui::GetFontSize(), model.pxPerMm,
                   rgbOf(style.Colors[ImGuiCol_TextDisabled], paper), paper);
        const std::uint32_t button = rgbOf(style.Colors[ImGuiCol_Button], paper);
        reportText("panel.button", title.substr(0, title.find("###")), render::TextRole::Body,
                   *ImGui::GetFont(), ImGui::GetFontSize(), model.pxPerMm,
                   rgbOf(style.Colors[ImGuiCol_Text], button), button);
        if (model.mode == PanelMode::PinPad) {
            drawPad(model, frame);
        } else if (model.costs.open) {
            drawCosts(model, frame);
        } else if (model.mode == PanelMode::Workshops && model.workshops != nullptr) {
            drawWorkshopPages(*model.workshops, frame, frame.workshopActions);
        } else if (model.mode == PanelMode::Sessions) {
            drawSessionLibrary(model, frame);
        } else if (model.mode == PanelMode::Export) {
            drawExportScreen(model, frame);
        } else {
            drawControls(model, frame);
        }
    }
    ImGui::End();
    // Facing the facilitator: ImGui laid the panel out upright; its vertices turn to the edge they stand at.
    const TableEdge edge = fittingEdge(model.facing, model.fallback, rect.maxX - rect.minX,
                                       rect.maxY - rect.minY, model.displayWidth, model.displayHeight);
    frame.turn = turnFacing(edge, model.displayWidth, model.displayHeight);
    turnWindow(kPanelWindow, frame.turn);
    for (PanelTarget& target : frame.targets) { // where each control is seen, and touched
        const PixelBox box =
            frame.turn.toScreen(PixelBox{target.minX, target.minY, target.maxX, target.maxY});
        target.minX = box.minX;
        target.minY = box.minY;
        target.maxX = box.maxX;
        target.maxY = box.maxY;
    }
    return frame;
}

} // namespace atelier::ui
