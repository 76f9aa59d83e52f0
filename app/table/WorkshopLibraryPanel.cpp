// The workshop library's state and actions: the store's library, the editor's draft, the photo checks.
#include "table/WorkshopLibraryPanel.hpp"

#include <algorithm>
#include <spdlog/spdlog.h>

#include "core/Utf8.hpp"
#include "table/LocalTime.hpp"
#include "table/WorkshopBundle.hpp"
#include "workshop/KeyboardLayout.hpp"

namespace atelier::table {
namespace {

using Kind = ui::WorkshopAction::Kind;

/// At most this many site photos per workshop (each lies on the table at the start).
constexpr std::size_t kMaxPhotos = 12;

std::string say(core::Language language, core::TextId id) {
    return std::string(core::text(language, id));
}

/// The text without its last UTF-8 character.
void dropLastCharacter(std::string& text) {
    while (!text.empty()) {
        const unsigned char last = static_cast<unsigned char>(text.back());
        text.pop_back();
        if ((last & 0xC0) != 0x80) {
            return;
        }
    }
}

/// `name`, or `name` with " (2)", " (3)"… before its extension when the draft has a photo of that name.
std::string uniquePhotoName(const WorkshopDraft& draft, const std::string& name) {
    const auto taken = [&draft](const std::string& candidate) {
        return std::any_of(draft.photos.begin(), draft.photos.end(),
                           [&candidate](const DraftPhoto& photo) { return photo.name == candidate; });
    };
    const std::filesystem::path path(name);
    std::string candidate = name;
    for (int n = 2; taken(candidate); ++n) {
        candidate = path.stem().string() + " (" + std::to_string(n) + ")" + path.extension().string();
    }
    return candidate;
}

ui::WorkshopRow rowOf(const store::WorkshopEntry& entry) {
    return ui::WorkshopRow{entry.workshop.title, entry.workshop.site, static_cast<int>(entry.sessions),
                           localDateTime(entry.lastUsed), static_cast<int>(entry.photos.size())};
}

} // namespace

WorkshopLibraryPanel::WorkshopLibraryPanel(std::optional<std::filesystem::path> databaseFile,
                                           std::filesystem::path stickFolder)
    : m_databaseFile(std::move(databaseFile)), m_stickFolder(std::move(stickFolder)),
      m_thumbnails(m_databaseFile) {}

store::Database* WorkshopLibraryPanel::database() {
    if (!m_database && m_databaseFile) {
        try {
            m_database.emplace(store::Database::openFile(*m_databaseFile));
        } catch (const std::exception& error) {
            spdlog::error("the workshop library cannot open the data file: {}", error.what());
            m_databaseFile.reset();
        }
    }
    return m_database ? &*m_database : nullptr;
}

void WorkshopLibraryPanel::open() {
    m_open = true;
    m_page = ui::WorkshopPage::Library;
    m_notice.clear();
    m_confirmDelete = false;
    m_confirmStart = false;
    reload();
}

void WorkshopLibraryPanel::close() {
    m_open = false;
    m_job.reset();
    m_draft = {};
    m_focus.clear();
    m_problem.reset();
}

void WorkshopLibraryPanel::reload() {
    m_entries.clear();
    if (store::Database* db = database()) {
        try {
            m_entries = store::listWorkshops(*db);
        } catch (const std::exception& error) {
            spdlog::error("{}", error.what());
            m_notice = error.what();
        }
    }
    m_selected = std::min(m_selected, static_cast<int>(m_entries.size()) - 1);
}

ui::WorkshopPanelModel WorkshopLibraryPanel::model(core::Language language, float pxPerMm) const {
    ui::WorkshopPanelModel model;
    model.page = m_page;
    model.language = language;
    model.pxPerMm = pxPerMm;
    model.notice = m_notice;
    model.canStore = m_databaseFile.has_value();
    if (!model.canStore) {
        model.notice = say(language, core::TextId::WorkshopsNoStore);
    }
    for (const store::WorkshopEntry& entry : m_entries) {
        model.rows.push_back(rowOf(entry));
    }
    model.selected = m_selected;
    model.confirmDelete = m_confirmDelete;
    model.confirmStart = m_confirmStart;
    model.title = m_draft.title;
    model.site = m_draft.site;
    model.question = m_draft.question;
    for (std::size_t i = 0; i < m_draft.categories.size(); ++i) {
        model.categories.push_back(ui::EditorCategory{
            m_draft.categories[i].name,
            categoryPalette()[m_draft.categories[i].colour % categoryPalette().size()], categoryMark(i)});
    }
    static const core::TextId kToolWords[] = {core::TextId::ToolPhotos, core::TextId::ToolCards,
                                              core::TextId::ToolSketch, core::TextId::ToolCluster,
                                              core::TextId::ToolVote,   core::TextId::ToolLocked};
    model.toolNames = workshop::knownTools();
    for (std::size_t t = 0; t < model.toolNames.size(); ++t) {
        model.toolLabels.push_back(t < std::size(kToolWords) ? say(language, kToolWords[t])
                                                             : model.toolNames[t]);
    }
    for (const DraftPhase& phase : m_draft.phases) {
        ui::EditorPhase shown{phase.name, phase.minutes, {}};
        for (const std::string& tool : model.toolNames) {
            shown.tools.push_back(std::find(phase.tools.begin(), phase.tools.end(), tool) !=
                                  phase.tools.end());
        }
        model.phases.push_back(std::move(shown));
    }
    model.votesPerSeat = m_draft.votesPerSeat;
    model.seats = m_draft.seats;
    for (const DraftPhoto& photo : m_draft.photos) {
        model.photos.push_back(photo.name);
        model.photoThumbnails.push_back(m_thumbnails.find(photo.hash, language));
    }
    model.focus = m_focus;
    if (m_problem) {
        model.problemField = m_problem->field;
        model.problem = say(language, m_problem->sentence);
    }
    model.shift = m_shift;
    if (!m_lastLetter.empty()) {
        for (const std::string& variant : workshop::KeyboardLayout::variantsOf(m_lastLetter)) {
            model.accents.push_back(m_shift ? workshop::KeyboardLayout::capitalOf(variant) : variant);
        }
    }
    model.folder = m_stickFolder.string();
    for (const File& file : m_files) {
        model.files.push_back(ui::EditorFile{
            file.path.filename().string(), file.state,
            language == core::Language::English ? file.reason : say(language, file.refusal),
            file.thumbnail.empty()
                ? std::nullopt
                : std::optional<ui::RowThumbnail>(m_thumbnails.find(file.thumbnail, language))});
    }
    model.checking = m_job != nullptr;
    if (m_job) {
        model.checked = static_cast<int>(m_job->checked());
        model.total = static_cast<int>(m_job->total());
    }
    return model;
}

std::string* WorkshopLibraryPanel::field(const std::string& name) {
    if (name == "title") {
        return &m_draft.title;
    }
    if (name == "site") {
        return &m_draft.site;
    }
    if (name == "question") {
        return &m_draft.question;
    }
    std::size_t index = 0;
    char part[16] = {};
    if (std::sscanf(name.c_str(), "category.%zu.%15s", &index, part) == 2 && index >= 1 &&
        index <= m_draft.categories.size() && std::string(part) == "name") {
        return &m_draft.categories[index - 1].name;
    }
    if (std::sscanf(name.c_str(), "phase.%zu.%15s", &index, part) == 2 && index >= 1 &&
        index <= m_draft.phases.size()) {
        DraftPhase& phase = m_draft.phases[index - 1];
        return std::string(part) == "name"      ? &phase.name
               : std::string(part) == "minutes" ? &phase.minutes
                                                : nullptr;
    }
    return nullptr;
}

void WorkshopLibraryPanel::type(const std::string& text, bool replaceLast) {
    std::string* target = field(m_focus);
    if (target == nullptr) {
        return;
    }
    if (replaceLast) {
        dropLastCharacter(*target);
    }
    if (core::utf8CodePoints(*target) < 200) {
        *target += text;
    }
    m_lastLetter = replaceLast || text.size() > 2 ? std::string() : text;
    std::transform(m_lastLetter.begin(), m_lastLetter.end(), m_lastLetter.begin(),
                   [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    m_shift = false;
}

void WorkshopLibraryPanel::typeText(std::string_view utf8) {
    if (wantsText()) {
        type(std::string(utf8), false);
        m_lastLetter.clear(); // a physical keyboard types its own accents
    }
}

void WorkshopLibraryPanel::erase() {
    if (std::string* target = field(m_focus)) {
        dropLastCharacter(*target);
    }
    m_lastLetter.clear();
}

void WorkshopLibraryPanel::save(core::Language language) {
    m_problem = checkDraft(m_draft);
    if (m_problem) {
        spdlog::info("the workshop is not saved: the editor refuses '{}'", m_problem->field);
        return;
    }
    store::Database* db = database();
    if (db == nullptr) {
        m_notice = say(language, core::TextId::WorkshopsNoStore);
        return;
    }
    try {
        const std::string id = m_draft.id.empty() ? store::freeWorkshopId(*db, m_draft.title) : m_draft.id;
        std::vector<store::WorkshopPhoto> photos;
        for (DraftPhoto& photo : m_draft.photos) {
            if (!photo.bytes.empty()) {
                photo.hash = db->putAsset(photo.bytes, photo.mime, photo.width, photo.height);
                photo.bytes.clear();
            }
            photos.push_back(store::WorkshopPhoto{photo.name, photo.hash});
        }
        auto definition = workshop::parseWorkshopDefinition(draftJson(m_draft), "editor");
        const auto& parsed = std::get<workshop::WorkshopDefinition>(definition);
        store::saveWorkshop(
            *db, store::Workshop{id, parsed.title, parsed.site, workshop::workshopDefinitionJson(parsed), {}},
            photos);
        spdlog::info("the facilitator saved workshop '{}' ({} phases, {} categories, {} photos)", id,
                     parsed.phases.size(), parsed.categories.size(), photos.size());
        m_notice = say(language, core::TextId::WorkshopsSaved) + " " + parsed.title;
        m_page = ui::WorkshopPage::Library;
        m_focus.clear();
        reload();
        const auto found =
            std::find_if(m_entries.begin(), m_entries.end(),
                         [&id](const store::WorkshopEntry& entry) { return entry.workshop.id == id; });
        m_selected = found == m_entries.end() ? -1 : static_cast<int>(found - m_entries.begin());
    } catch (const std::exception& error) {
        spdlog::error("the workshop could not be saved: {}", error.what());
        m_notice = say(language, core::TextId::WorkshopsFailed) + " " + error.what();
    }
}

void WorkshopLibraryPanel::editSelected() {
    if (m_selected < 0 || m_selected >= static_cast<int>(m_entries.size())) {
        return;
    }
    const store::WorkshopEntry& entry = m_entries[static_cast<std::size_t>(m_selected)];
    auto parsed =
        workshop::parseWorkshopDefinition(entry.workshop.configJson, "workshop '" + entry.workshop.id + "'");
    if (const auto* error = std::get_if<workshop::DefinitionError>(&parsed)) {
        m_notice = error->message;
        return;
    }
    m_draft = draftOf(std::get<workshop::WorkshopDefinition>(parsed));
    m_draft.id = entry.workshop.id;
    for (const store::WorkshopPhoto& photo : entry.photos) {
        m_draft.photos.push_back(DraftPhoto{photo.name, photo.hash, {}, {}, 0, 0});
    }
    m_page = ui::WorkshopPage::Editor;
    m_problem.reset();
    m_focus.clear();
    m_notice.clear();
}

void WorkshopLibraryPanel::duplicate(core::Language language) {
    editSelected();
    if (m_page != ui::WorkshopPage::Editor) {
        return;
    }
    m_draft.id.clear();
    m_draft.title = say(language, core::TextId::WorkshopsCopyOf) + " " + m_draft.title;
    save(language); // the copy is in the library at once, ready to edit
}

void WorkshopLibraryPanel::remove(core::Language language) {
    m_confirmDelete = false;
    store::Database* db = database();
    if (db == nullptr || m_selected < 0 || m_selected >= static_cast<int>(m_entries.size())) {
        return;
    }
    const std::string id = m_entries[static_cast<std::size_t>(m_selected)].workshop.id;
    try {
        const store::WorkshopRemoval removal = store::removeWorkshop(*db, id);
        m_notice =
            say(language, removal == store::WorkshopRemoval::Archived ? core::TextId::WorkshopsArchived
                                                                      : core::TextId::WorkshopsDeleted);
        spdlog::info("the facilitator removed workshop '{}': {}", id,
                     removal == store::WorkshopRemoval::Archived ? "archived with its sessions" : "deleted");
    } catch (const std::exception& error) {
        m_notice = say(language, core::TextId::WorkshopsFailed) + " " + error.what();
    }
    m_selected = -1;
    reload();
}

void WorkshopLibraryPanel::exportToStick(core::Language language) {
    store::Database* db = database();
    if (db == nullptr || m_selected < 0 || m_selected >= static_cast<int>(m_entries.size())) {
        return;
    }
    const std::string id = m_entries[static_cast<std::size_t>(m_selected)].workshop.id;
    auto written = writeWorkshopBundle(*db, id, m_stickFolder / (id + kWorkshopFileExtension));
    if (const auto* error = std::get_if<BundleError>(&written)) {
        m_notice = say(language, core::TextId::WorkshopsFailed) + " " + error->message;
        spdlog::error("{}", error->message);
        return;
    }
    const BundleWritten& done = std::get<BundleWritten>(written);
    m_notice = say(language, core::TextId::WorkshopsExported) + " " + done.file.string();
    spdlog::info("workshop '{}' copied to {} with {} photo(s)", id, done.file.string(), done.photos);
}

void WorkshopLibraryPanel::importFromStick(std::size_t index, core::Language language) {
    store::Database* db = database();
    if (db == nullptr || index >= m_files.size()) {
        return;
    }
    auto imported = importWorkshopBundle(*db, m_files[index].path);
    if (const auto* error = std::get_if<BundleError>(&imported)) {
        m_files[index].state = ui::EditorFile::State::Refused;
        m_files[index].reason = error->message;
        m_files[index].refusal = core::TextId::EditorInvalid;
        spdlog::error("{}", error->message);
        return;
    }
    const BundleImported& done = std::get<BundleImported>(imported);
    spdlog::info("workshop '{}' imported from {} as '{}'", done.title, m_files[index].path.string(),
                 done.workshopId);
    m_notice = say(language, core::TextId::WorkshopsImported) + " " + done.title;
    m_page = ui::WorkshopPage::Library;
    reload();
}

void WorkshopLibraryPanel::listPhotos() {
    m_files.clear();
    for (std::filesystem::path& file : listPhotoFiles(m_stickFolder)) {
        std::string thumbnail = m_thumbnails.requestFile(file); // decoded once, on the thumbnails' thread
        m_files.push_back(File{std::move(file),
                               ui::EditorFile::State::Listed,
                               core::TextId::PhotoRefusedDamaged,
                               {},
                               std::move(thumbnail)});
    }
}

void WorkshopLibraryPanel::listBundles() {
    m_files.clear();
    std::error_code error;
    for (std::filesystem::directory_iterator it(m_stickFolder, error), end; !error && it != end;
         it.increment(error)) {
        const std::string name = it->path().filename().string();
        const std::string extension = kWorkshopFileExtension;
        if (name.size() > extension.size() && name.ends_with(extension) && it->is_regular_file(error)) {
            m_files.push_back(
                File{it->path(), ui::EditorFile::State::Listed, core::TextId::EditorInvalid, {}, {}});
        }
    }
    std::sort(m_files.begin(), m_files.end(), [](const File& a, const File& b) { return a.path < b.path; });
}

void WorkshopLibraryPanel::startCheck(const std::vector<std::size_t>& files) {
    if (m_job || files.empty()) {
        return;
    }
    std::vector<std::filesystem::path> paths;
    m_jobFiles = files;
    for (std::size_t index : files) {
        m_files[index].state = ui::EditorFile::State::Checking;
        paths.push_back(m_files[index].path);
    }
    spdlog::info("the facilitator adds {} site photo file(s) to the workshop", paths.size());
    m_job = std::make_unique<PhotoCheckJob>(std::move(paths));
}

bool WorkshopLibraryPanel::update() {
    for (const DraftPhoto& photo : m_draft.photos) { // each photo decoded once, on the thumbnails' thread
        m_thumbnails.request(photo.hash, photo.bytes);
    }
    if (!m_job) {
        return m_thumbnails.takeNews();
    }
    const bool finished = m_job->finished(); // read first: every verdict is in before it turns true
    bool changed = false;
    for (PhotoVerdict& verdict : m_job->take()) {
        File& file = m_files[m_jobFiles[verdict.index]];
        if (verdict.photo && m_draft.photos.size() < kMaxPhotos) {
            const CheckedPhoto& photo = *verdict.photo;
            m_draft.photos.push_back(DraftPhoto{uniquePhotoName(m_draft, file.path.filename().string()),
                                                photo.hash, photo.bytes, photoMimeType(photo.info),
                                                photo.info.uprightWidth, photo.info.uprightHeight});
            file.state = ui::EditorFile::State::Added;
        } else if (verdict.refused) {
            file.state = ui::EditorFile::State::Refused;
            file.refusal = verdict.refused->words;
            file.reason = verdict.refused->reason;
            spdlog::warn("{}: not added: it {}", file.path.string(), file.reason);
        } else {
            file.state = ui::EditorFile::State::Listed; // the workshop has all the photos it may have
        }
        changed = true;
    }
    if (finished) {
        for (std::size_t index : m_jobFiles) {
            if (m_files[index].state == ui::EditorFile::State::Checking) {
                m_files[index].state = ui::EditorFile::State::Listed; // stopped before its turn
            }
        }
        m_job.reset();
        m_jobFiles.clear();
        changed = true;
    }
    return changed;
}

void WorkshopLibraryPanel::editAction(const ui::WorkshopAction& action) {
    const auto valid = [](int index, std::size_t size) {
        return index >= 0 && static_cast<std::size_t>(index) < size;
    };
    switch (action.kind) {
    case Kind::AddCategory:
        if (m_draft.categories.size() < 8) {
            m_draft.categories.push_back(
                DraftCategory{{}, m_draft.categories.size() % categoryPalette().size()});
            m_focus = "category." + std::to_string(m_draft.categories.size()) + ".name";
        }
        break;
    case Kind::RemoveCategory:
        if (valid(action.index, m_draft.categories.size())) {
            m_draft.categories.erase(m_draft.categories.begin() + action.index);
            m_focus.clear();
        }
        break;
    case Kind::NextColour:
        if (valid(action.index, m_draft.categories.size())) {
            std::size_t& colour = m_draft.categories[static_cast<std::size_t>(action.index)].colour;
            colour = (colour + 1) % categoryPalette().size();
        }
        break;
    case Kind::AddPhase:
        if (m_draft.phases.size() < 12) {
            m_draft.phases.push_back(DraftPhase{{}, "10", {"cards"}});
            m_focus = "phase." + std::to_string(m_draft.phases.size()) + ".name";
        }
        break;
    case Kind::RemovePhase:
        if (valid(action.index, m_draft.phases.size())) {
            m_draft.phases.erase(m_draft.phases.begin() + action.index);
            m_focus.clear();
        }
        break;
    case Kind::ToggleTool:
        if (valid(action.index, m_draft.phases.size()) &&
            valid(action.value, workshop::knownTools().size())) {
            std::vector<std::string>& tools = m_draft.phases[static_cast<std::size_t>(action.index)].tools;
            const std::string& tool = workshop::knownTools()[static_cast<std::size_t>(action.value)];
            const auto found = std::find(tools.begin(), tools.end(), tool);
            if (found == tools.end()) {
                tools.push_back(tool);
            } else {
                tools.erase(found);
            }
        }
        break;
    case Kind::Votes:
        m_draft.votesPerSeat = std::clamp(m_draft.votesPerSeat + action.value, 1, 20);
        break;
    case Kind::Seats:
        m_draft.seats = std::clamp(m_draft.seats + action.value, 2, 8);
        break;
    case Kind::RemovePhoto:
        if (valid(action.index, m_draft.photos.size())) {
            m_draft.photos.erase(m_draft.photos.begin() + action.index);
        }
        break;
    default:
        break;
    }
}

void WorkshopLibraryPanel::photoAction(const ui::WorkshopAction& action) {
    switch (action.kind) {
    case Kind::OpenPhotos:
        listPhotos();
        m_page = ui::WorkshopPage::Photos;
        m_focus.clear();
        return;
    case Kind::AddFile:
        if (action.index >= 0 && static_cast<std::size_t>(action.index) < m_files.size()) {
            startCheck({static_cast<std::size_t>(action.index)});
        }
        return;
    case Kind::AddAllFiles: {
        std::vector<std::size_t> listed;
        for (std::size_t i = 0; i < m_files.size(); ++i) {
            if (m_files[i].state != ui::EditorFile::State::Added) {
                listed.push_back(i);
            }
        }
        startCheck(listed);
        return;
    }
    case Kind::CancelCheck:
        if (m_job) {
            m_job->cancel();
        }
        return;
    default:
        return;
    }
}

void WorkshopLibraryPanel::confirmStart(core::Language language) {
    m_confirmStart = false;
    if (m_selected < 0 || m_selected >= static_cast<int>(m_entries.size())) {
        return;
    }
    const store::Workshop& chosen = m_entries[static_cast<std::size_t>(m_selected)].workshop;
    auto parsed = workshop::parseWorkshopDefinition(chosen.configJson, "workshop '" + chosen.id + "'");
    if (auto* error = std::get_if<workshop::DefinitionError>(&parsed)) {
        spdlog::error("the facilitator chose workshop '{}', which cannot start: {}", chosen.id,
                      error->message);
        m_notice = say(language, core::TextId::WorkshopsStartFailed) + " " + error->message;
        return;
    }
    spdlog::info("the facilitator starts a session of workshop '{}'", chosen.id);
    m_startRequest = WorkshopStart{chosen.id, std::get<workshop::WorkshopDefinition>(std::move(parsed))};
}

void WorkshopLibraryPanel::carryOut(const ui::WorkshopAction& action, core::Language language) {
    spdlog::debug("workshop library press: kind {} index {} value {}", static_cast<int>(action.kind),
                  action.index, action.value);
    switch (action.kind) {
    case Kind::Back:
        if (m_page == ui::WorkshopPage::Library) {
            close();
        } else if (m_page == ui::WorkshopPage::Photos) {
            m_job.reset();
            m_page = ui::WorkshopPage::Editor;
        } else {
            m_page = ui::WorkshopPage::Library;
            m_draft = {};
            m_focus.clear();
            m_problem.reset();
        }
        return;
    case Kind::Select:
        m_selected =
            action.index >= 0 && action.index < static_cast<int>(m_entries.size()) ? action.index : -1;
        m_confirmDelete = false;
        m_confirmStart = false;
        return;
    case Kind::StartSession:
        m_confirmStart = m_selected >= 0;
        m_confirmDelete = false;
        return;
    case Kind::ConfirmStart:
        confirmStart(language);
        return;
    case Kind::CancelStart:
        m_confirmStart = false;
        return;
    case Kind::New:
        m_draft = {};
        m_problem.reset();
        m_notice.clear();
        m_focus = "title";
        m_page = ui::WorkshopPage::Editor;
        return;
    case Kind::Duplicate:
        duplicate(language);
        return;
    case Kind::Edit:
        editSelected();
        return;
    case Kind::Delete:
        m_confirmDelete = m_selected >= 0;
        return;
    case Kind::ConfirmDelete:
        remove(language);
        return;
    case Kind::CancelDelete:
        m_confirmDelete = false;
        return;
    case Kind::Save:
        save(language);
        return;
    case Kind::Focus:
        m_focus = action.text;
        m_lastLetter.clear();
        m_shift = false;
        return;
    case Kind::Type:
        type(action.text, action.value == 1);
        return;
    case Kind::Erase:
        erase();
        return;
    case Kind::Shift:
        m_shift = !m_shift;
        return;
    case Kind::OpenStick:
        listBundles();
        m_notice.clear();
        m_page = ui::WorkshopPage::Stick;
        return;
    case Kind::ExportToStick:
        exportToStick(language);
        return;
    case Kind::ImportFile:
        if (action.index >= 0) {
            importFromStick(static_cast<std::size_t>(action.index), language);
        }
        return;
    case Kind::OpenPhotos:
    case Kind::AddFile:
    case Kind::AddAllFiles:
    case Kind::CancelCheck:
        photoAction(action);
        return;
    default:
        editAction(action);
        return;
    }
}

} // namespace atelier::table
