// The /tuio/2Dcur state machine: source, alive, set and fseq messages.
#include "input/TuioDecoder.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace atelier::input {
namespace {

constexpr std::string_view kCursorPath = "/tuio/2Dcur";
constexpr std::size_t kMaxSourceNameBytes = 256;
constexpr std::int64_t kLateFrameWindow = 100; // TUIO reference client: older by more than this is a restart
constexpr double kMaxNormalised = 1000.0;

bool number(const OscArg& arg, double& value) {
    switch (arg.type) {
    case 'f':
    case 'd':
        value = arg.real;
        break;
    case 'i':
    case 'h':
        value = static_cast<double>(arg.integer);
        break;
    default:
        return false;
    }
    return std::isfinite(value) && std::abs(value) <= kMaxNormalised;
}

bool isText(const OscArg& arg) {
    return arg.type == 's' || arg.type == 'S';
}

} // namespace

TuioDecoder::TuioDecoder(SurfaceMapping mapping, TuioOptions options)
    : m_mapping(mapping), m_options(options) {
    m_options.maxSources = std::max<std::size_t>(m_options.maxSources, 1);
    m_sources.emplace_back();
    m_current = 0;
}

void TuioDecoder::malformed(std::int64_t nowMs, const std::string& detail) {
    m_anomalies.report(Anomaly::MalformedOsc, nowMs, detail);
}

bool TuioDecoder::sessionId(const OscArg& arg, std::uint32_t& id) const {
    if ((arg.type != 'i' && arg.type != 'h') || arg.integer < 0 ||
        arg.integer > std::numeric_limits<std::uint32_t>::max()) {
        return false;
    }
    id = static_cast<std::uint32_t>(arg.integer);
    return true;
}

void TuioDecoder::beginPacket(std::string_view sender) {
    m_sender = std::string(sender);
    beginBundle();
}

void TuioDecoder::beginBundle() {
    m_current = 0;
    m_senderSlotPending = !m_sender.empty(); // found at its first message (creating it needs the time)
}

void TuioDecoder::handle(const OscMessage& message, std::int64_t nowMs, std::vector<Contact>& out) {
    if (message.path != kCursorPath) {
        return; // other TUIO profiles (2Dobj, 2Dblb) and other OSC traffic are not ours
    }
    if (message.args.empty() || !isText(message.args[0])) {
        malformed(nowMs, "a /tuio/2Dcur message without its command string");
        return;
    }
    const std::string_view command = message.args[0].text;
    if (command == "source") {
        handleSource(message, nowMs);
        return;
    }
    if (m_senderSlotPending) {
        m_senderSlotPending = false;
        m_current = slotFor({}, m_sender, nowMs);
    }
    if (!m_current) {
        return; // a source over the limit: already counted when it named itself
    }
    const std::size_t index = *m_current;
    SourceState& source = m_sources[index];
    if (command == "alive") {
        handleAlive(source, message, nowMs);
    } else if (command == "set") {
        handleSet(source, message, nowMs);
    } else if (command == "fseq") {
        handleFrame(source, index, message, nowMs, out);
    } else {
        malformed(nowMs, "an unknown /tuio/2Dcur command");
    }
}

void TuioDecoder::handleSource(const OscMessage& message, std::int64_t nowMs) {
    if (message.args.size() != 2 || !isText(message.args[1]) || message.args[1].text.empty() ||
        message.args[1].text.size() > kMaxSourceNameBytes) {
        malformed(nowMs, "a TUIO source message without one name");
        return;
    }
    m_senderSlotPending = false;
    m_current = slotFor(message.args[1].text, {}, nowMs);
}

std::optional<std::size_t> TuioDecoder::slotFor(std::string_view name, std::string_view sender,
                                                std::int64_t nowMs) {
    for (std::size_t i = 1; i < m_sources.size(); ++i) {
        if (m_sources[i].name == name && m_sources[i].sender == sender) {
            m_sources[i].lastHeardMs = nowMs;
            return i;
        }
    }
    const SourceState fresh{std::string(name), std::string(sender), {}, {}, {}, 0, nowMs};
    // Reuse the slot of a source that has gone (no cursors) before refusing a new one.
    for (std::size_t i = 1; i < m_sources.size(); ++i) {
        if (m_sources[i].cursors.empty() && nowMs - m_sources[i].lastHeardMs >= m_options.silenceTimeoutMs) {
            m_sources[i] = fresh;
            return i;
        }
    }
    if (m_sources.size() >= m_options.maxSources) {
        m_anomalies.report(
            Anomaly::TooManyTuioSources, nowMs,
            "TUIO source " + (name.empty() ? "from " + std::string(sender) : std::string(name)) + " ignored");
        return std::nullopt;
    }
    m_sources.push_back(fresh);
    return m_sources.size() - 1;
}

void TuioDecoder::handleAlive(SourceState& source, const OscMessage& message, std::int64_t nowMs) {
    if (message.args.size() - 1 > m_options.maxIdsPerMessage) {
        malformed(nowMs, "a TUIO alive message with too many ids");
        return;
    }
    std::vector<std::uint32_t> alive;
    alive.reserve(message.args.size() - 1);
    for (std::size_t i = 1; i < message.args.size(); ++i) {
        std::uint32_t id = 0;
        if (!sessionId(message.args[i], id)) {
            malformed(nowMs, "a TUIO alive message with an id that is not a session id");
            return;
        }
        alive.push_back(id);
    }
    std::sort(alive.begin(), alive.end());
    alive.erase(std::unique(alive.begin(), alive.end()), alive.end());
    source.pendingAlive = std::move(alive);
    source.lastHeardMs = nowMs;
}

void TuioDecoder::handleSet(SourceState& source, const OscMessage& message, std::int64_t nowMs) {
    // set s x y X Y m: session id, position, velocity, acceleration.
    if (message.args.size() != 7) {
        malformed(nowMs, "a TUIO set message without its six values (s x y X Y m)");
        return;
    }
    std::uint32_t id = 0;
    if (!sessionId(message.args[1], id)) {
        malformed(nowMs, "a TUIO set message with an id that is not a session id");
        return;
    }
    double values[5] = {};
    for (std::size_t i = 0; i < 5; ++i) {
        if (!number(message.args[i + 2], values[i])) {
            malformed(nowMs, "a TUIO set message with a value that is not a finite number");
            return;
        }
    }
    if (!source.pendingSet.contains(id) && source.pendingSet.size() >= m_options.maxIdsPerMessage) {
        malformed(nowMs, "a TUIO frame with too many set messages");
        return;
    }
    source.pendingSet.insert_or_assign(id, m_mapping.toMm(values[0], values[1]));
    source.lastHeardMs = nowMs;
}

void TuioDecoder::handleFrame(SourceState& source, std::size_t index, const OscMessage& message,
                              std::int64_t nowMs, std::vector<Contact>& out) {
    if (message.args.size() != 2 || (message.args[1].type != 'i' && message.args[1].type != 'h')) {
        malformed(nowMs, "a TUIO fseq message without one frame number");
        return;
    }
    const std::int64_t frame = message.args[1].integer;
    source.lastHeardMs = nowMs;
    if (frame > 0 && frame < source.lastFrame && source.lastFrame - frame <= kLateFrameWindow) {
        m_anomalies.report(Anomaly::LateTuioFrame, nowMs,
                           "TUIO frame " + std::to_string(frame) + " after frame " +
                               std::to_string(source.lastFrame));
        source.pendingAlive.reset();
        source.pendingSet.clear();
        return;
    }
    if (frame > 0) {
        source.lastFrame = frame;
    }
    commit(source, index, nowMs, out);
}

Contact TuioDecoder::contactFor(std::size_t index, std::uint32_t session, Phase phase, core::Vec2 pos,
                                std::int64_t nowMs) const {
    Contact contact;
    contact.id = (static_cast<ContactId>(index) << 32U) | session;
    contact.source = Source::Tuio;
    contact.phase = phase;
    contact.posMm = pos;
    contact.tMs = nowMs;
    return contact;
}

void TuioDecoder::commit(SourceState& source, std::size_t index, std::int64_t nowMs,
                         std::vector<Contact>& out) {
    std::vector<std::uint32_t> alive;
    if (source.pendingAlive) {
        alive = std::move(*source.pendingAlive);
    } else {
        // No alive in this frame (a hand-made sender): the cursors stay, and set ones join.
        for (const auto& [id, pos] : source.cursors) {
            alive.push_back(id);
        }
        for (const auto& [id, pos] : source.pendingSet) {
            alive.push_back(id);
        }
        std::sort(alive.begin(), alive.end());
        alive.erase(std::unique(alive.begin(), alive.end()), alive.end());
    }
    for (auto it = source.cursors.begin(); it != source.cursors.end();) {
        if (std::binary_search(alive.begin(), alive.end(), it->first)) {
            ++it;
            continue;
        }
        out.push_back(contactFor(index, it->first, Phase::Up, it->second, nowMs));
        it = source.cursors.erase(it);
    }
    for (const std::uint32_t id : alive) {
        const auto set = source.pendingSet.find(id);
        if (set == source.pendingSet.end()) {
            continue; // alive but never placed yet, or still: nothing to say
        }
        const auto cursor = source.cursors.find(id);
        if (cursor != source.cursors.end()) {
            if (cursor->second != set->second) {
                cursor->second = set->second;
                out.push_back(contactFor(index, id, Phase::Move, set->second, nowMs));
            }
            continue;
        }
        if (source.cursors.size() >= m_options.maxCursorsPerSource) {
            m_anomalies.report(Anomaly::TooManyContacts, nowMs,
                               "TUIO cursor " + std::to_string(id) + " refused");
            continue;
        }
        source.cursors.emplace(id, set->second);
        out.push_back(contactFor(index, id, Phase::Down, set->second, nowMs));
    }
    source.pendingAlive.reset();
    source.pendingSet.clear();
}

void TuioDecoder::expireSilent(std::int64_t nowMs, std::vector<Contact>& out) {
    for (std::size_t index = 0; index < m_sources.size(); ++index) {
        SourceState& source = m_sources[index];
        if (source.cursors.empty() || nowMs - source.lastHeardMs < m_options.silenceTimeoutMs) {
            continue;
        }
        m_anomalies.report(Anomaly::SilentTuioSource, nowMs,
                           "TUIO source " +
                               (!source.name.empty()    ? source.name
                                : source.sender.empty() ? std::string("(unnamed)")
                                                        : "(unnamed, from " + source.sender + ")") +
                               " silent for " + std::to_string(nowMs - source.lastHeardMs) + " ms; " +
                               std::to_string(source.cursors.size()) + " cursors released");
        for (const auto& [id, pos] : source.cursors) {
            out.push_back(contactFor(index, id, Phase::Cancel, pos, nowMs));
        }
        source.cursors.clear();
        source.pendingAlive.reset();
        source.pendingSet.clear();
        source.lastFrame = 0;
    }
}

std::vector<ContactId> TuioDecoder::aliveIds() const {
    std::vector<ContactId> ids;
    for (std::size_t index = 0; index < m_sources.size(); ++index) {
        for (const auto& [id, pos] : m_sources[index].cursors) {
            ids.push_back((static_cast<ContactId>(index) << 32U) | id);
        }
    }
    return ids;
}

std::size_t TuioDecoder::cursorCount() const {
    std::size_t count = 0;
    for (const SourceState& source : m_sources) {
        count += source.cursors.size();
    }
    return count;
}

} // namespace atelier::input
