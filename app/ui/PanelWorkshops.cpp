// Draws the workshop library, the editor with its on-screen AZERTY keyboard, the photo picker and the stick.
#include "ui/PanelWorkshops.hpp"

#include <algorithm>
#include <imgui.h>

#include "ui/PanelScreens.hpp"
#include "ui/PanelWidgets.hpp"
#include "workshop/KeyboardLayout.hpp"

namespace atelier::ui {
namespace {

using Kind = WorkshopAction::Kind;

/// Every control of these pages is at least this large on the surface.
constexpr float kTouchMm = 15.0f;
const ImVec4 kProblemColour{0.70f, 0.12f, 0.08f, 1.0f};

std::string tr(const WorkshopPanelModel& model, core::TextId id) {
    return std::string(core::text(model.language, id));
}

float row(const WorkshopPanelModel& model) {
    return std::max(kTouchMm * model.pxPerMm, ImGui::GetFontSize() * 1.8f);
}

float widthOf(const std::string& label, float minimum) {
    return std::max(ImGui::CalcTextSize(label.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x, minimum);
}

/// Pixels per millimetre of the keyboard: true size, or larger where the font would not fit a 16 mm key.
float keyboardScale(const WorkshopPanelModel& model) {
    return std::max(model.pxPerMm, ImGui::GetFontSize() * 1.7f / 16.0f);
}

/// Where the labels of the editor's left column end and their fields begin.
float labelColumn() {
    return ImGui::GetFontSize() * 8.5f;
}

void push(std::vector<WorkshopAction>& actions, Kind kind, int index = 0, int value = 0,
          std::string text = {}) {
    actions.push_back(WorkshopAction{kind, index, value, std::move(text)});
}

/// A button sized to its label (at least one touch wide) that pushes `kind` when pressed.
bool act(const WorkshopPanelModel& model, PanelFrame& frame, std::vector<WorkshopAction>& actions,
         const std::string& label, const std::string& name, Kind kind, int index = 0, int value = 0) {
    const bool pressed = panelButton(frame, label, name, ImVec2(widthOf(label, row(model)), row(model)));
    if (pressed) {
        push(actions, kind, index, value);
    }
    return pressed;
}

void drawNotice(const WorkshopPanelModel& model) {
    if (!model.notice.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(model.notice.c_str());
        ImGui::PopTextWrapPos();
    }
}

/// The sentence next to a refused field, in the problem colour.
void drawProblem(const WorkshopPanelModel& model, const std::string& field) {
    if (model.problemField != field || model.problem.empty()) {
        return;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, kProblemColour);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(model.problem.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

/// A text field: a wide button showing its value (a caret when it has the keyboard); a tap gives it the
/// keyboard.
void textField(const WorkshopPanelModel& model, PanelFrame& frame, std::vector<WorkshopAction>& actions,
               const std::string& field, const std::string& value, float width) {
    const bool focused = model.focus == field;
    const bool refused = model.problemField == field;
    std::string shown = value.empty() && !focused ? tr(model, core::TextId::EditorEmpty) : value;
    if (focused) {
        shown += "|";
    }
    if (focused || refused) { // white while typed into, pink while refused; a refused field's border is red
        ImGui::PushStyleColor(ImGuiCol_Button,
                              focused ? ImVec4(1.0f, 1.0f, 1.0f, 1.0f) : ImVec4(0.98f, 0.86f, 0.84f, 1.0f));
        ImGui::PushStyleColor(ImGuiCol_Border, refused ? kProblemColour : ImVec4(0.06f, 0.53f, 0.98f, 1.0f));
    }
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, focused || refused ? 2.0f : 1.0f);
    if (panelButton(frame, shown + "##" + field, "editor." + field, ImVec2(width, row(model)))) {
        push(actions, Kind::Focus, 0, 0, field);
    }
    ImGui::PopStyleVar(2);
    if (focused || refused) {
        ImGui::PopStyleColor(2);
    }
}

/// A label and a text field on one line, and the field's problem under them.
void labelledField(const WorkshopPanelModel& model, PanelFrame& frame, std::vector<WorkshopAction>& actions,
                   core::TextId label, const std::string& field, const std::string& value) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(model, label).c_str());
    ImGui::SameLine(labelColumn());
    textField(model, frame, actions, field, value, ImGui::GetContentRegionAvail().x);
    drawProblem(model, field);
}

/// "−  N  +" for a whole number chosen by steps.
void stepper(const WorkshopPanelModel& model, PanelFrame& frame, std::vector<WorkshopAction>& actions,
             core::TextId label, const std::string& name, Kind kind, int value) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(model, label).c_str());
    ImGui::SameLine(labelColumn());
    act(model, frame, actions, "-", "editor." + name + ".minus", kind, 0, -1);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%d", value);
    ImGui::SameLine();
    act(model, frame, actions, "+", "editor." + name + ".plus", kind, 0, 1);
    drawProblem(model, name);
}

void drawLibraryRows(const WorkshopPanelModel& model, PanelFrame& frame, std::vector<WorkshopAction>& actions,
                     float height) {
    ImGui::BeginChild("##workshop-rows", ImVec2(0, height), true);
    if (model.rows.empty()) {
        ImGui::TextDisabled("%s", tr(model, core::TextId::WorkshopsNone).c_str());
    }
    const ImGuiStyle& style = ImGui::GetStyle();
    for (std::size_t i = 0; i < model.rows.size(); ++i) {
        const WorkshopRow& shown = model.rows[i];
        const std::string last = shown.lastUsed.empty()
                                     ? tr(model, core::TextId::WorkshopsNeverUsed)
                                     : tr(model, core::TextId::WorkshopsLastUsed) + " " + shown.lastUsed;
        const std::string label = shown.title + " — " + shown.site + "\n" + std::to_string(shown.sessions) +
                                  " " + tr(model, core::TextId::WorkshopsSessions) + " · " + last + " · " +
                                  std::to_string(shown.photos) + " " +
                                  tr(model, core::TextId::WorkshopsPhotos);
        const bool lit = static_cast<int>(i) == model.selected;
        if (lit) {
            ImGui::PushStyleColor(ImGuiCol_Button, style.Colors[ImGuiCol_ButtonActive]);
        }
        ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
        if (panelButton(frame, label, "workshops.row." + std::to_string(i + 1),
                        ImVec2(ImGui::GetContentRegionAvail().x,
                               std::max(row(model), ImGui::GetFontSize() * 3.0f)))) {
            push(actions, Kind::Select, static_cast<int>(i));
        }
        ImGui::PopStyleVar();
        if (lit) {
            ImGui::PopStyleColor();
        }
    }
    panelDragToScroll(frame, "workshops.list");
    ImGui::EndChild();
}

void drawLibrary(const WorkshopPanelModel& model, PanelFrame& frame, std::vector<WorkshopAction>& actions) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(model, core::TextId::WorkshopsTitle).c_str());
    const std::string back = tr(model, core::TextId::WorkshopsBack);
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - widthOf(back, row(model)));
    act(model, frame, actions, back, "workshops.back", Kind::Back);
    ImGui::Separator();
    drawNotice(model);
    const float buttons =
        3 * (row(model) + ImGui::GetStyle().ItemSpacing.y) + ImGui::GetTextLineHeightWithSpacing();
    drawLibraryRows(model, frame, actions,
                    std::max(row(model) * 2, ImGui::GetContentRegionAvail().y - buttons));
    if (model.confirmDelete) {
        ImGui::TextUnformatted(tr(model, core::TextId::WorkshopsDeleteSure).c_str());
        ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.62f, 0.16f, 0.12f, 1.0f));
        act(model, frame, actions, tr(model, core::TextId::WorkshopsDelete), "workshops.confirm",
            Kind::ConfirmDelete);
        ImGui::PopStyleColor();
        ImGui::SameLine();
        act(model, frame, actions, tr(model, core::TextId::EditorCancel), "workshops.cancel",
            Kind::CancelDelete);
        return;
    }
    if (model.confirmStart && model.selected >= 0 && model.selected < static_cast<int>(model.rows.size())) {
        ImGui::TextUnformatted((tr(model, core::TextId::WorkshopsStartSure) + " " +
                                model.rows[static_cast<std::size_t>(model.selected)].title)
                                   .c_str());
        act(model, frame, actions, tr(model, core::TextId::WorkshopsStartConfirm), "workshops.start.confirm",
            Kind::ConfirmStart);
        ImGui::SameLine();
        act(model, frame, actions, tr(model, core::TextId::EditorCancel), "workshops.start.cancel",
            Kind::CancelStart);
        return;
    }
    const bool chosen = model.selected >= 0 && model.canStore;
    if (!model.canStore) {
        ImGui::BeginDisabled();
    }
    act(model, frame, actions, tr(model, core::TextId::WorkshopsNew), "workshops.new", Kind::New);
    ImGui::SameLine();
    if (!model.canStore) {
        ImGui::EndDisabled();
    }
    if (!chosen) {
        ImGui::BeginDisabled();
    }
    act(model, frame, actions, tr(model, core::TextId::WorkshopsDuplicate), "workshops.duplicate",
        Kind::Duplicate);
    ImGui::SameLine();
    act(model, frame, actions, tr(model, core::TextId::WorkshopsEdit), "workshops.edit", Kind::Edit);
    ImGui::SameLine();
    act(model, frame, actions, tr(model, core::TextId::WorkshopsDelete), "workshops.delete", Kind::Delete);
    ImGui::SameLine();
    act(model, frame, actions, tr(model, core::TextId::WorkshopsExport), "workshops.export",
        Kind::ExportToStick);
    if (!chosen) {
        ImGui::EndDisabled();
    }
    ImGui::SameLine();
    if (!model.canStore) {
        ImGui::BeginDisabled();
    }
    act(model, frame, actions, tr(model, core::TextId::WorkshopsImport), "workshops.import", Kind::OpenStick);
    if (!model.canStore) {
        ImGui::EndDisabled();
    }
    // Its own line, the width of the page: what the library is for on the day.
    if (!chosen) {
        ImGui::BeginDisabled();
    }
    if (panelButton(frame, tr(model, core::TextId::WorkshopsStart), "workshops.start",
                    ImVec2(ImGui::GetContentRegionAvail().x, row(model)))) {
        push(actions, Kind::StartSession);
    }
    if (!chosen) {
        ImGui::EndDisabled();
    }
}

/// The swatch of a category: its colour with its letter (the second cue) in black or white, whichever reads.
void swatch(const WorkshopPanelModel& model, PanelFrame& frame, std::vector<WorkshopAction>& actions,
            const EditorCategory& category, int index) {
    const float r = static_cast<float>((category.colour >> 16) & 0xFF) / 255.0f;
    const float g = static_cast<float>((category.colour >> 8) & 0xFF) / 255.0f;
    const float b = static_cast<float>(category.colour & 0xFF) / 255.0f;
    const bool dark = 0.2126f * r + 0.7152f * g + 0.0722f * b < 0.45f;
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(r, g, b, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(r, g, b, 0.85f));
    ImGui::PushStyleColor(ImGuiCol_Text, dark ? ImVec4(1, 1, 1, 1) : ImVec4(0, 0, 0, 1));
    act(model, frame, actions, category.mark, "editor.category." + std::to_string(index + 1) + ".colour",
        Kind::NextColour, index);
    ImGui::PopStyleColor(3);
}

void drawCategories(const WorkshopPanelModel& model, PanelFrame& frame,
                    std::vector<WorkshopAction>& actions) {
    ImGui::TextDisabled("%s", tr(model, core::TextId::EditorCategories).c_str());
    const std::string remove = tr(model, core::TextId::EditorRemove);
    for (std::size_t i = 0; i < model.categories.size(); ++i) {
        const int index = static_cast<int>(i);
        const std::string prefix = "category." + std::to_string(i + 1);
        swatch(model, frame, actions, model.categories[i], index);
        ImGui::SameLine();
        const float nameWidth =
            ImGui::GetContentRegionAvail().x - widthOf(remove, row(model)) - ImGui::GetStyle().ItemSpacing.x;
        textField(model, frame, actions, prefix + ".name", model.categories[i].name, nameWidth);
        ImGui::SameLine();
        act(model, frame, actions, remove, "editor." + prefix + ".remove", Kind::RemoveCategory, index);
        drawProblem(model, prefix + ".name");
    }
    drawProblem(model, "categories");
    act(model, frame, actions, tr(model, core::TextId::EditorAdd), "editor.category.add", Kind::AddCategory);
}

void drawPhase(const WorkshopPanelModel& model, PanelFrame& frame, std::vector<WorkshopAction>& actions,
               std::size_t i) {
    const EditorPhase& phase = model.phases[i];
    const int index = static_cast<int>(i);
    const std::string prefix = "phase." + std::to_string(i + 1);
    const std::string remove = tr(model, core::TextId::EditorRemove);
    const float minutesWidth = row(model) * 2.2f;
    const float nameWidth = ImGui::GetContentRegionAvail().x - minutesWidth - widthOf(remove, row(model)) -
                            ImGui::CalcTextSize("min").x - 3 * ImGui::GetStyle().ItemSpacing.x;
    textField(model, frame, actions, prefix + ".name", phase.name, nameWidth);
    ImGui::SameLine();
    textField(model, frame, actions, prefix + ".minutes", phase.minutes, minutesWidth);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(model, core::TextId::EditorMinutes).c_str());
    ImGui::SameLine();
    act(model, frame, actions, remove, "editor." + prefix + ".remove", Kind::RemovePhase, index);
    drawProblem(model, prefix + ".name");
    drawProblem(model, prefix + ".minutes");
    const ImGuiStyle& style = ImGui::GetStyle();
    const float tools = static_cast<float>(std::max<std::size_t>(1, model.toolNames.size()));
    const float toolWidth =
        std::max(row(model), (ImGui::GetContentRegionAvail().x - (tools - 1) * style.ItemSpacing.x) / tools);
    for (std::size_t t = 0; t < model.toolNames.size() && t < phase.tools.size(); ++t) {
        if (t > 0) {
            ImGui::SameLine();
        }
        const bool on = phase.tools[t];
        ImGui::PushStyleColor(ImGuiCol_Button,
                              on ? style.Colors[ImGuiCol_ButtonActive] : style.Colors[ImGuiCol_FrameBg]);
        ImGui::PushStyleColor(ImGuiCol_Text, on ? ImVec4(1, 1, 1, 1) : style.Colors[ImGuiCol_Text]);
        const std::string label = (on ? "\u2022 " : "") + model.toolLabels[t]; // a dot besides the colour
        if (panelButton(frame, label + "##" + model.toolNames[t],
                        "editor." + prefix + ".tool." + model.toolNames[t], ImVec2(toolWidth, row(model)))) {
            push(actions, Kind::ToggleTool, index, static_cast<int>(t));
        }
        ImGui::PopStyleColor(2);
    }
}

void drawPhases(const WorkshopPanelModel& model, PanelFrame& frame, std::vector<WorkshopAction>& actions) {
    ImGui::TextDisabled("%s", tr(model, core::TextId::EditorPhases).c_str());
    for (std::size_t i = 0; i < model.phases.size(); ++i) {
        drawPhase(model, frame, actions, i);
        ImGui::Spacing();
    }
    drawProblem(model, "phases");
    act(model, frame, actions, tr(model, core::TextId::EditorAdd), "editor.phase.add", Kind::AddPhase);
}

void drawEditorLeft(const WorkshopPanelModel& model, PanelFrame& frame,
                    std::vector<WorkshopAction>& actions) {
    labelledField(model, frame, actions, core::TextId::EditorTitle, "title", model.title);
    labelledField(model, frame, actions, core::TextId::EditorSite, "site", model.site);
    labelledField(model, frame, actions, core::TextId::EditorQuestion, "question", model.question);
    stepper(model, frame, actions, core::TextId::EditorVotes, "votes", Kind::Votes, model.votesPerSeat);
    stepper(model, frame, actions, core::TextId::EditorSeats, "seats", Kind::Seats, model.seats);
    ImGui::TextDisabled("%s", tr(model, core::TextId::EditorPhotos).c_str());
    for (std::size_t i = 0; i < model.photos.size(); ++i) {
        act(model, frame, actions, tr(model, core::TextId::EditorRemove),
            "editor.photo." + std::to_string(i + 1) + ".remove", Kind::RemovePhoto, static_cast<int>(i));
        ImGui::SameLine();
        const RowThumbnail* thumbnail =
            i < model.photoThumbnails.size() ? &model.photoThumbnails[i] : nullptr;
        if (thumbnail != nullptr) {
            drawThumbnail(*thumbnail, 2 * row(model)); // large enough to tell two photos of a site apart
            ImGui::SameLine();
        }
        ImGui::AlignTextToFramePadding();
        if (thumbnail != nullptr && !thumbnail->problem.empty()) {
            ImGui::Text("%s — %s", model.photos[i].c_str(), thumbnail->problem.c_str());
        } else {
            ImGui::TextUnformatted(model.photos[i].c_str());
        }
    }
    act(model, frame, actions, tr(model, core::TextId::EditorAddPhotos), "editor.photos", Kind::OpenPhotos);
}

/// The panel's own AZERTY keyboard (the seats' layout), full size in millimetres, with the accents of the
/// letter just typed offered in its header band.
void drawKeyboard(const WorkshopPanelModel& model, PanelFrame& frame, std::vector<WorkshopAction>& actions) {
    const workshop::KeyboardLayout& layout = workshop::KeyboardLayout::french();
    const float mm = keyboardScale(model);
    const core::Size panel = layout.panelSize();
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float left =
        start.x + (ImGui::GetContentRegionAvail().x - static_cast<float>(panel.width) * mm) * 0.5f;
    for (std::size_t i = 0; i < model.accents.size(); ++i) {
        ImGui::SetCursorScreenPos(ImVec2(left + static_cast<float>(i) * 18.0f * mm, start.y));
        const std::string& accent = model.accents[i];
        if (panelButton(frame, accent, "keyboard.accent." + accent, ImVec2(16.0f * mm, 16.0f * mm))) {
            push(actions, Kind::Type, 0, 1, accent); // value 1: replaces the letter just typed
        }
    }
    const float top = start.y + (model.accents.empty() ? 0.0f : 18.0f * mm);
    for (const workshop::Key& key : layout.keys()) {
        if (key.kind == workshop::KeyKind::Layout) {
            continue; // the panel types in its own language; the seats' EN/FR key is theirs
        }
        const float x = left + static_cast<float>(key.centreMm.x - key.size.width / 2 + panel.width / 2) * mm;
        const float y =
            top + static_cast<float>(key.centreMm.y - key.size.height / 2 + panel.height / 2) * mm;
        ImGui::SetCursorScreenPos(ImVec2(x, y));
        std::string label = key.text;
        switch (key.kind) {
        case workshop::KeyKind::Character:
            label = model.shift ? workshop::KeyboardLayout::capitalOf(key.text) : key.text;
            break;
        case workshop::KeyKind::Shift:
            label = model.shift ? "MAJ" : "Maj";
            break;
        case workshop::KeyKind::Backspace:
            label = "\u232B";
            break;
        case workshop::KeyKind::Space:
            label = " ";
            break;
        case workshop::KeyKind::Enter:
            label = "OK";
            break;
        case workshop::KeyKind::Layout: // left out above
            break;
        }
        const ImVec2 size(static_cast<float>(key.size.width) * mm, static_cast<float>(key.size.height) * mm);
        if (panelButton(frame, label + "##key-" + key.name, "keyboard." + key.name, size)) {
            if (key.kind == workshop::KeyKind::Character) {
                push(actions, Kind::Type, 0, 0,
                     model.shift ? workshop::KeyboardLayout::capitalOf(key.text) : key.text);
            } else if (key.kind == workshop::KeyKind::Space) {
                push(actions, Kind::Type, 0, 0, " ");
            } else if (key.kind == workshop::KeyKind::Backspace) {
                push(actions, Kind::Erase);
            } else if (key.kind == workshop::KeyKind::Shift) {
                push(actions, Kind::Shift);
            } else {
                push(actions, Kind::Focus, 0, 0, ""); // Enter: the field is done
            }
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(start.x, top + static_cast<float>(panel.height) * mm));
}

void drawEditor(const WorkshopPanelModel& model, PanelFrame& frame, std::vector<WorkshopAction>& actions) {
    act(model, frame, actions, tr(model, core::TextId::EditorSave), "editor.save", Kind::Save);
    ImGui::SameLine();
    act(model, frame, actions, tr(model, core::TextId::EditorCancel), "editor.cancel", Kind::Back);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    if (!model.problem.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, kProblemColour);
        ImGui::TextUnformatted(tr(model, core::TextId::EditorNotSaved).c_str());
        ImGui::PopStyleColor();
    } else {
        ImGui::TextUnformatted(model.notice.c_str());
    }
    ImGui::Separator();
    const float keyboard =
        static_cast<float>(workshop::KeyboardLayout::french().panelSize().height) * keyboardScale(model) +
        (model.accents.empty() ? 0.0f : 18.0f * keyboardScale(model));
    const ImVec2 whole = ImGui::GetContentRegionAvail();
    const float formHeight = std::max(row(model) * 3, whole.y - keyboard - ImGui::GetStyle().ItemSpacing.y);
    const float half = (whole.x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    ImGui::BeginChild("##editor-left", ImVec2(half, formHeight), true);
    drawEditorLeft(model, frame, actions);
    panelDragToScroll(frame, "editor.left");
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##editor-right", ImVec2(0, formHeight), true);
    drawCategories(model, frame, actions);
    ImGui::Separator();
    drawPhases(model, frame, actions);
    panelDragToScroll(frame, "editor.right");
    ImGui::EndChild();
    drawKeyboard(model, frame, actions);
}

/// The site photos of a folder (a stick) or the workshop files on it: one row per file.
void drawFiles(const WorkshopPanelModel& model, PanelFrame& frame, std::vector<WorkshopAction>& actions,
               const std::string& prefix, core::TextId one, Kind kind) {
    ImGui::BeginChild("##files", ImVec2(0, 0), true);
    if (model.files.empty()) {
        ImGui::TextDisabled("%s", tr(model, prefix == "photos" ? core::TextId::PanelImportNoFiles
                                                               : core::TextId::WorkshopsNoBundles)
                                      .c_str());
    }
    for (std::size_t i = 0; i < model.files.size(); ++i) {
        const EditorFile& file = model.files[i];
        const bool idle = !model.checking && file.state != EditorFile::State::Added;
        if (!idle) {
            ImGui::BeginDisabled();
        }
        act(model, frame, actions, tr(model, one), prefix + "." + std::to_string(i + 1), kind,
            static_cast<int>(i));
        if (!idle) {
            ImGui::EndDisabled();
        }
        ImGui::SameLine();
        if (file.thumbnail) { // which photo this is, before its name
            drawThumbnail(*file.thumbnail, row(model));
            ImGui::SameLine();
        }
        ImGui::AlignTextToFramePadding();
        switch (file.state) {
        case EditorFile::State::Listed:
            ImGui::TextUnformatted(file.name.c_str());
            break;
        case EditorFile::State::Checking:
            ImGui::Text("%s — %s", file.name.c_str(), tr(model, core::TextId::PanelImportChecking).c_str());
            break;
        case EditorFile::State::Added:
            ImGui::Text("%s — %s", file.name.c_str(), tr(model, core::TextId::PhotosAdded).c_str());
            break;
        case EditorFile::State::Refused:
            ImGui::PushStyleColor(ImGuiCol_Text, kProblemColour);
            ImGui::Text("%s — %s %s", file.name.c_str(), tr(model, core::TextId::PanelImportRefused).c_str(),
                        file.reason.c_str());
            ImGui::PopStyleColor();
            break;
        }
    }
    panelDragToScroll(frame, prefix + ".list");
    ImGui::EndChild();
}

void drawFolderPage(const WorkshopPanelModel& model, PanelFrame& frame,
                    std::vector<WorkshopAction>& actions) {
    const bool photos = model.page == WorkshopPage::Photos;
    act(model, frame, actions, tr(model, photos ? core::TextId::PhotosDone : core::TextId::WorkshopsBack),
        photos ? "photos.done" : "stick.back", Kind::Back);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s %s", tr(model, core::TextId::PhotosFolder).c_str(), model.folder.c_str());
    drawNotice(model);
    if (photos && model.checking) {
        const float done =
            model.total > 0 ? static_cast<float>(model.checked) / static_cast<float>(model.total) : 0.0f;
        const std::string count = std::to_string(model.checked) + " / " + std::to_string(model.total);
        ImGui::ProgressBar(done, ImVec2(ImGui::GetContentRegionAvail().x * 0.5f, row(model)), count.c_str());
        ImGui::SameLine();
        act(model, frame, actions, tr(model, core::TextId::PanelImportCancel), "photos.cancel",
            Kind::CancelCheck);
    } else if (photos) {
        act(model, frame, actions, tr(model, core::TextId::PhotosAddAll), "photos.all", Kind::AddAllFiles);
    }
    if (photos) {
        drawFiles(model, frame, actions, "photos", core::TextId::PhotosAdd, Kind::AddFile);
    } else {
        drawFiles(model, frame, actions, "stick", core::TextId::StickImportOne, Kind::ImportFile);
    }
}

} // namespace

void drawWorkshopPages(const WorkshopPanelModel& model, PanelFrame& frame,
                       std::vector<WorkshopAction>& actions) {
    switch (model.page) {
    case WorkshopPage::Library:
        drawLibrary(model, frame, actions);
        break;
    case WorkshopPage::Editor:
        drawEditor(model, frame, actions);
        break;
    case WorkshopPage::Photos:
    case WorkshopPage::Stick:
        drawFolderPage(model, frame, actions);
        break;
    }
}

} // namespace atelier::ui
