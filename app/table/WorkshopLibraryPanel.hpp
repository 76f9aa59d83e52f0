// The facilitator's workshop library on the panel: list, new, duplicate, edit, delete (archive), site photos
// checked on a worker thread, and workshop files to and from a USB stick.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/Catalogue.hpp"
#include "store/Database.hpp"
#include "store/WorkshopLibrary.hpp"
#include "table/PhotoImport.hpp"
#include "table/PhotoThumbnails.hpp"
#include "table/WorkshopDraft.hpp"
#include "ui/PanelWorkshops.hpp"
#include "workshop/WorkshopDefinition.hpp"

namespace atelier::table {

/// A workshop of the library the facilitator chose to run now (its definition read and checked).
struct WorkshopStart {
    std::string workshopId;
    workshop::WorkshopDefinition definition;
};

/// The library's pages and what they hold between frames; the panel draws its model and hands back presses.
class WorkshopLibraryPanel {
public:
    /// `databaseFile`: the live session's data file (none: the library can show nothing and save nothing).
    /// `stickFolder`: where site photos and workshop files are looked for (a USB stick,
    /// `panel.import_folder`).
    WorkshopLibraryPanel(std::optional<std::filesystem::path> databaseFile,
                         std::filesystem::path stickFolder);

    /// Shows the library (its list read afresh).
    void open();
    /// Puts the library away (the panel shows its controls again); a draft not saved is dropped.
    void close();
    bool isOpen() const { return m_open; }
    /// Takes the photo checker's verdicts; true when something shown changed.
    bool update();
    /// True while photos are being checked (an input script's next step waits, as a person would).
    bool busy() const { return m_job != nullptr || m_thumbnails.busy(); }
    /// What the pages show now.
    ui::WorkshopPanelModel model(core::Language language, float pxPerMm) const;
    /// Carries out a press on a page, in the panel's language (for the sentences it leaves).
    void carryOut(const ui::WorkshopAction& action, core::Language language);
    /// True while a field of the editor has the keyboard: a physical keyboard's text goes there too.
    bool wantsText() const { return m_open && m_page == ui::WorkshopPage::Editor && !m_focus.empty(); }
    /// Text from a physical keyboard (UTF-8), into the field that has the keyboard.
    void typeText(std::string_view utf8);
    /// Backspace of a physical keyboard.
    void erase();
    /// Enter of a physical keyboard: the field is done.
    void finishField() { m_focus.clear(); }
    /// The workshop whose session the facilitator confirmed starting ("Start a session", pressed twice),
    /// once.
    std::optional<WorkshopStart> takeStartRequest() { return std::exchange(m_startRequest, std::nullopt); }

private:
    store::Database* database();
    void reload();
    std::string* field(const std::string& name);
    void type(const std::string& text, bool replaceLast);
    void save(core::Language language);
    void duplicate(core::Language language);
    void remove(core::Language language);
    void exportToStick(core::Language language);
    void importFromStick(std::size_t index, core::Language language);
    void listPhotos();
    void listBundles();
    void startCheck(const std::vector<std::size_t>& files);
    void editSelected();
    void editAction(const ui::WorkshopAction& action);
    void photoAction(const ui::WorkshopAction& action);
    void confirmStart(core::Language language);

    /// A file of the Photos or Stick page.
    struct File {
        std::filesystem::path path;
        ui::EditorFile::State state = ui::EditorFile::State::Listed;
        core::TextId refusal = core::TextId::PhotoRefusedDamaged;
        std::string reason;    ///< English, the checker's
        std::string thumbnail; ///< a photo's key in m_thumbnails ("" for a workshop file)
    };

    std::optional<std::filesystem::path> m_databaseFile;
    std::optional<store::Database> m_database;
    std::filesystem::path m_stickFolder;
    bool m_open = false;
    ui::WorkshopPage m_page = ui::WorkshopPage::Library;
    std::vector<store::WorkshopEntry> m_entries;
    int m_selected = -1;
    bool m_confirmDelete = false;
    bool m_confirmStart = false; ///< "Start a session" pressed once: the second press ends the live session
    std::optional<WorkshopStart> m_startRequest;
    std::string m_notice;
    WorkshopDraft m_draft;
    std::string m_focus;
    bool m_shift = false;
    std::string m_lastLetter; ///< the letter just typed with the on-screen keyboard, for its accents
    std::optional<DraftProblem> m_problem;
    std::vector<File> m_files;
    std::vector<std::size_t> m_jobFiles;
    std::unique_ptr<PhotoCheckJob> m_job;
    PhotoThumbnails m_thumbnails; ///< the editor's site photos, decoded small on its own thread
};

} // namespace atelier::table
