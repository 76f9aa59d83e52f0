// The panel's workshop library, workshop editor, site-photo picker and on-screen keyboard (Dear ImGui).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/Catalogue.hpp"
#include "ui/PhotoThumbnail.hpp"

namespace atelier::ui {

struct PanelFrame;

/// Which page of the workshop library is up.
enum class WorkshopPage { Library, Editor, Photos, Stick };

/// A workshop as the library lists it.
struct WorkshopRow {
    std::string title;
    std::string site;
    int sessions = 0;
    std::string lastUsed; ///< local date and time, "" when it never ran
    int photos = 0;
};

/// A category in the editor: its name and its colour, an index in the colour-blind-safe palette.
struct EditorCategory {
    std::string name;
    std::uint32_t colour = 0; ///< 0xRRGGBB
    std::string mark;         ///< the second cue besides colour: the letter its cards carry (A, B…)
};

/// A phase in the editor.
struct EditorPhase {
    std::string name;
    std::string minutes;     ///< as typed
    std::vector<bool> tools; ///< one per tool of `WorkshopPanelModel::toolNames`
};

/// A file offered to the editor (a site photo) or to the import (a workshop file), with its state.
struct EditorFile {
    std::string name;
    enum class State { Listed, Checking, Added, Refused } state = State::Listed;
    std::string reason;                    ///< why it was refused, in the panel's language
    std::optional<RowThumbnail> thumbnail; ///< a photo's small picture (the photos page; not a workshop file)
};

/// Everything the workshop pages show; filled by table::WorkshopLibraryPanel.
struct WorkshopPanelModel {
    WorkshopPage page = WorkshopPage::Library;
    core::Language language = core::Language::French;
    float pxPerMm = 1;
    std::string notice; ///< one sentence at the top: what the last press did, or what went wrong
    // Library
    std::vector<WorkshopRow> rows;
    int selected = -1;
    bool confirmDelete = false;
    bool canStore = true;      ///< false when the table runs without its data file: nothing can be saved
    bool confirmStart = false; ///< "Start a session" was pressed once: the second press ends the live one
    // Editor
    std::string title, site, question;
    std::vector<EditorCategory> categories;
    std::vector<EditorPhase> phases;
    std::vector<std::string> toolNames; ///< the known tools, in the order of EditorPhase::tools
    std::vector<std::string> toolLabels;
    int votesPerSeat = 5;
    int seats = 4;
    std::vector<std::string> photos;           ///< the site photos' names
    std::vector<RowThumbnail> photoThumbnails; ///< beside each name: its picture, or why it cannot be shown
    std::string focus;        ///< the field the keyboard types into: "title", "phase.2.minutes"…
    std::string problemField; ///< the field whose value is refused ("" none)
    std::string problem;      ///< the sentence shown next to it
    bool shift = false;
    std::vector<std::string> accents; ///< accented variants of the letter just typed, offered on the keyboard
    // Photos and the stick
    std::string folder; ///< the folder (or stick) listed
    std::vector<EditorFile> files;
    bool checking = false;
    int checked = 0;
    int total = 0;
};

/// A press on a workshop page, for table::WorkshopLibraryPanel to carry out.
struct WorkshopAction {
    enum class Kind {
        Back,   ///< to the controls (from the library) or to the library
        Select, ///< index: the row
        New,
        Duplicate,
        Edit,
        Delete,        ///< first press: asks
        ConfirmDelete, ///< second press
        CancelDelete,
        Save,
        Focus, ///< text: the field
        Type,  ///< text: the character
        Erase,
        Shift,
        AddCategory,
        RemoveCategory, ///< index
        NextColour,     ///< index: the category
        AddPhase,
        RemovePhase, ///< index
        ToggleTool,  ///< index: the phase; value: the tool
        Votes,       ///< value: +1 or -1
        Seats,       ///< value: +1 or -1
        OpenPhotos,
        RemovePhoto, ///< index
        AddFile,     ///< index in files
        AddAllFiles,
        CancelCheck,
        OpenStick,
        ExportToStick,
        ImportFile,   ///< index in files (the Stick page)
        StartSession, ///< first press: asks (the live session will end)
        ConfirmStart, ///< second press: the table starts a session of the selected workshop
        CancelStart
    };
    Kind kind = Kind::Back;
    int index = 0;
    int value = 0;
    std::string text;
};

/// Draws the page inside the panel's window; its presses go to `actions`, its controls to `frame`'s targets.
void drawWorkshopPages(const WorkshopPanelModel& model, PanelFrame& frame,
                       std::vector<WorkshopAction>& actions);

} // namespace atelier::ui
