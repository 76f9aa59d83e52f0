// Opens or resumes the live session and keeps the board and the log in step.
#include "table/SessionHost.hpp"

#include "core/Limits.hpp"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <spdlog/spdlog.h>
#include <stdexcept>

#include "core/EventCodec.hpp"
#include "render/ImageLoader.hpp"
#include "store/AssetFailures.hpp"
#include "store/SessionLoader.hpp"
#include "store/StoreError.hpp"
#include "store/WorkshopLibrary.hpp"
#include "table/PhotoGeoreference.hpp"
#include "table/PhotoImport.hpp"

namespace atelier::table {
namespace {

/// How wide a site photo lies on the table at the start (two fit side by side on a 55-inch table).
constexpr double kSitePhotoWidthMm = 380.0;
/// The question's prompt card: large enough to read from any side.
constexpr core::Size kPromptCardMm{180.0, 80.0};

/// The bytes of a site photo the library stored with the workshop, by its name; empty when it is not there.
std::vector<std::uint8_t> storedSitePhoto(const store::Database& database, const std::string& workshopId,
                                          const std::string& name) {
    try {
        if (const auto entry = store::findWorkshopEntry(database, workshopId)) {
            for (const store::WorkshopPhoto& photo : entry->photos) {
                if (photo.name == name) {
                    const std::optional<store::Asset> asset = database.getAsset(photo.hash);
                    return asset ? asset->bytes : std::vector<std::uint8_t>{};
                }
            }
        }
    } catch (const std::exception& error) {
        spdlog::error("the site photo {} cannot be read: {}", name, error.what());
    }
    return {};
}

} // namespace

SessionHost::SessionHost(const std::filesystem::path& dataDir, const workshop::WorkshopDefinition& definition,
                         const SessionChoice& choice, int seats, const std::filesystem::path& workshopDir,
                         core::Vec2 surfaceMm)
    : m_clockStart(std::chrono::steady_clock::now()), m_fresh{choice.workshopId, definition, seats,
                                                              workshopDir, surfaceMm} {
    try {
        m_database.emplace(store::Database::open(dataDir));
        if (const auto& notice = m_database->notice()) {
            spdlog::warn("{}", notice->sentence);
            m_warnings.push_back(notice->movedTo.string());
        }
        m_database->ensureWorkshop(store::Workshop{choice.workshopId,
                                                   definition.title,
                                                   definition.site,
                                                   workshop::workshopDefinitionJson(definition),
                                                   {}});
        std::optional<std::int64_t> existing;
        if (choice.session == "resume") {
            existing = m_database->findLiveSession(choice.workshopId);
        } else if (choice.session != "new") {
            std::int64_t wanted = 0;
            if (std::from_chars(choice.session.data(), choice.session.data() + choice.session.size(), wanted)
                    .ec != std::errc{}) {
                throw std::invalid_argument("--session must be new, resume or a session id, not '" +
                                            choice.session + "'");
            }
            auto summary = m_database->findSession(wanted);
            if (!summary) {
                throw std::invalid_argument("session " + choice.session +
                                            " does not exist (see `atelier sessions`)");
            }
            if (summary->status != store::SessionStatus::Live) {
                throw std::invalid_argument("session " + choice.session +
                                            " has ended; watch it with `atelier replay " + choice.session +
                                            "`");
            }
            existing = wanted;
        }
        if (existing) {
            store::LoadedSession loaded = store::loadSession(*m_database, *existing);
            for (const std::string& warning : loaded.warnings) {
                spdlog::warn("{}", warning);
            }
            m_board = loaded.board;
            m_sessionId = existing;
            m_resumed = true;
            m_clockStart -= std::chrono::milliseconds(loaded.lastTMs);
            m_log = std::make_unique<store::EventLog>(*m_database, *existing, loaded.board, loaded.lastSeq);
            spdlog::info("resumed session {} at event {} in phase '{}'", *existing, loaded.lastSeq,
                         m_board.phase.name);
            return;
        }
        m_sessionId = m_database->createSession(choice.workshopId);
        m_clockStart = std::chrono::steady_clock::now();
        m_log = std::make_unique<store::EventLog>(*m_database, *m_sessionId, core::Board{}, 0);
        spdlog::info("started session {} of workshop '{}'", *m_sessionId, choice.workshopId);
    } catch (const std::invalid_argument&) {
        throw;
    } catch (const std::exception& error) {
        spdlog::error("cannot use the data in {}: {}; the table runs in memory and saves nothing",
                      dataDir.string(), error.what());
        m_warnings.push_back(error.what());
        m_log.reset();
        m_database.reset();
        m_sessionId.reset();
        m_board = core::Board{};
    }
    startNewSession(definition, seats, workshopDir, surfaceMm);
}

SessionHost::~SessionHost() {
    if (m_log && !m_log->flush()) {
        spdlog::error("some events could not be saved before quitting: {}", m_log->status().lastError);
    }
}

void SessionHost::startNewSession(const workshop::WorkshopDefinition& definition, int seats,
                                  const std::filesystem::path& workshopDir, core::Vec2 surfaceMm) {
    submit(core::SessionConfigured{seats, definition.votesPerSeat, definition.title, 0});
    if (const auto decision = workshop::decisionConfigured(definition.decision)) {
        submit(*decision); // budget and criteria (issue 20), in the log like everything else
    }
    const workshop::PhasePlan& first = definition.phases.front();
    submit(core::PhaseStarted{0, first.name, first.tools, first.durationSeconds, 0});
    placeSitePhotos(definition, workshopDir, surfaceMm);

    // The question stands on the table as the facilitator's prompt card, in the middle, over the photos.
    core::CardCreated prompt;
    prompt.id = m_board.nextId;
    prompt.pose.centre = {surfaceMm.x / 2, surfaceMm.y / 2};
    prompt.size = {kPromptCardMm.width, kPromptCardMm.height};
    prompt.text = definition.question;
    prompt.seat = 0;
    prompt.category = core::kNoCategory; // a prompt, not an idea of any category
    submit(prompt);
}

void SessionHost::placeSitePhotos(const workshop::WorkshopDefinition& definition,
                                  const std::filesystem::path& workshopDir, core::Vec2 surfaceMm) {
    const double count = static_cast<double>(definition.photos.size());
    const double widthMm = std::min(kSitePhotoWidthMm, surfaceMm.x * 0.7 / std::max(1.0, count));
    for (std::size_t i = 0; i < definition.photos.size(); ++i) {
        const std::filesystem::path file = workshopDir / definition.photos[i];
        std::vector<std::uint8_t> bytes;
        if (workshopDir.empty() && m_database) { // a workshop of the library: its photos are in the data file
            bytes = storedSitePhoto(*m_database, m_fresh.workshopId, definition.photos[i]);
        } else {
            std::ifstream in(file, std::ios::binary);
            bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
            if (!in.good() && !in.eof()) {
                spdlog::error("{}: cannot read this site photo; the workshop starts without it",
                              file.string());
                continue;
            }
        }
        auto inspected = render::inspectImage(bytes, render::ImageLimits{});
        if (auto* problem = std::get_if<render::ImageProblem>(&inspected)) {
            spdlog::error("{} {}; the workshop starts without it", file.string(), problem->reason);
            continue;
        }
        if (!m_database) {
            spdlog::warn("{}: not placed, the table runs without its data file", file.string());
            continue;
        }
        const render::ImageInfo& info = std::get<render::ImageInfo>(inspected);
        try {
            core::PhotoPlaced photo;
            photo.id = m_board.nextId;
            photo.assetHash = m_database->putAsset(bytes, info.format == "PNG" ? "image/png" : "image/jpeg",
                                                   info.uprightWidth, info.uprightHeight);
            photo.size = {widthMm, widthMm * info.uprightHeight / std::max(1, info.uprightWidth)};
            photo.pose.centre = {surfaceMm.x * (static_cast<double>(i) + 1) / (count + 1), surfaceMm.y / 2};
            photo.seat = 0;
            if (const std::string note = table::storeGeoreference(
                    *m_database, photo.assetHash,
                    sitePhotoGeoreference(definition, definition.photos[i], file, bytes, info.uprightWidth,
                                          info.uprightHeight));
                !note.empty()) {
                spdlog::info("{}: {}", file.string(), note);
            }
            submit(photo);
        } catch (const std::exception& error) {
            spdlog::error("{}: cannot store this site photo ({})", file.string(), error.what());
        }
    }
}

core::ApplyResult SessionHost::submit(const core::Event& event, bool persist) {
    core::ApplyResult result = core::apply(m_board, event);
    if (!result) {
        ++m_rejections;
        spdlog::debug("refused {}: {}", core::eventType(event), result.reason);
        return result;
    }
    if (persist && m_log) {
        m_log->append(nowMs() - m_sessionOriginMs, event);
    }
    return result;
}

std::int64_t SessionHost::nowMs() const {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                 m_clockStart)
        .count();
}

std::optional<std::int64_t> SessionHost::sessionId() const {
    return m_sessionId;
}

std::string SessionHost::storageProblem() const {
    if (!m_log) {
        return m_warnings.empty() ? std::string{} : m_warnings.back();
    }
    return m_log->status().lastError;
}

bool SessionHost::flush() {
    return !m_log || m_log->flush();
}

// Exhibition (attract loop) -------------------------------------------------------------------------------

std::optional<std::int64_t> SessionHost::archiveAndClear(std::string_view reason) {
    std::optional<std::int64_t> archived = m_sessionId;
    if (m_log && !m_log->flush()) {
        spdlog::error("some events could not be saved before archiving: {}", m_log->status().lastError);
    }
    m_log.reset();
    if (m_database && m_sessionId) {
        try {
            m_database->archiveSession(*m_sessionId);
            spdlog::info("archived session {} ({})", *m_sessionId, reason);
        } catch (const std::exception& error) {
            spdlog::error("cannot archive session {}: {}", *m_sessionId, error.what());
        }
    }
    m_sessionId.reset();
    m_board = core::Board{};
    // The fresh board, unlogged: what the attract loop shows and a touch will start from.
    startNewSession(m_fresh.definition, m_fresh.seats, m_fresh.workshopDir, m_fresh.surfaceMm);
    return archived;
}

std::vector<store::SessionSummary> SessionHost::listSessions() const {
    if (!m_database) {
        return {};
    }
    try {
        return m_database->listSessions();
    } catch (const std::exception& error) {
        spdlog::warn("cannot list the sessions: {}", error.what());
        return {};
    }
}

bool SessionHost::startFresh() {
    m_board = core::Board{};
    m_resumed = false;
    m_sessionOriginMs = nowMs();
    if (m_database) {
        try {
            m_sessionId = m_database->createSession(m_fresh.workshopId);
            m_log = std::make_unique<store::EventLog>(*m_database, *m_sessionId, core::Board{}, 0);
            spdlog::info("started session {} of workshop '{}'", *m_sessionId, m_fresh.workshopId);
        } catch (const std::exception& error) {
            spdlog::error("cannot start a new session: {}; the table runs in memory and saves nothing",
                          error.what());
            m_log.reset();
            m_sessionId.reset();
        }
    }
    startNewSession(m_fresh.definition, m_fresh.seats, m_fresh.workshopDir, m_fresh.surfaceMm);
    return m_sessionId.has_value();
}

void SessionHost::switchWorkshop(std::string workshopId, const workshop::WorkshopDefinition& definition,
                                 int seats, std::filesystem::path workshopDir) {
    m_fresh.workshopId = std::move(workshopId);
    m_fresh.definition = definition;
    m_fresh.seats = seats;
    m_fresh.workshopDir = std::move(workshopDir);
}

// Facilitator panel's import
std::string SessionHost::storeAsset(std::span<const std::uint8_t> bytes, std::string_view mime, int width,
                                    int height, std::string& problem) {
    if (!m_database) {
        problem = "cannot be stored: the table runs without its data file.";
        return {};
    }
    try {
        return m_database->putAsset(bytes, mime, width, height);
    } catch (const std::exception& error) {
        problem = std::string("cannot be stored (") + error.what() + ").";
        return {};
    }
}

void SessionHost::storeGeoreference(const std::string& hash, const CheckedPhoto& photo) {
    if (!m_database) {
        return;
    }
    try {
        if (const std::string note = table::storeGeoreference(*m_database, hash, georeferenceFor(photo));
            !note.empty()) {
            spdlog::info("{}: {}", photo.file.string(), note);
        }
    } catch (const std::exception& error) {
        spdlog::warn("{}: where it lies on the map could not be stored ({})", photo.file.string(),
                     error.what());
    }
}

std::optional<store::PinGuard> SessionHost::pinGuard(std::string_view configHash) const {
    if (!m_database) {
        return std::nullopt;
    }
    try {
        return store::loadPinGuard(*m_database, configHash);
    } catch (const std::exception& error) {
        spdlog::warn("{}", error.what());
        return std::nullopt;
    }
}

void SessionHost::keepPinGuard(const store::PinGuard& guard) {
    if (!m_database) {
        return;
    }
    try {
        store::savePinGuard(*m_database, guard);
    } catch (const std::exception& error) {
        spdlog::warn("{} The pad's lock holds until the table closes.", error.what());
    }
}

void SessionHost::markPhotoUndecodable(const std::string& hash, const std::string& reason) {
    if (!m_database) {
        return;
    }
    try {
        store::markAssetUndecodable(*m_database, hash, reason);
        spdlog::info("photo {} is marked undecodable in the data file: later starts show its placeholder "
                     "without decoding it",
                     hash);
    } catch (const std::exception& error) {
        spdlog::warn("{}", error.what());
    }
}

} // namespace atelier::table
