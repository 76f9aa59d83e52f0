// JSON fields of session.configured, phase.started, session.paused and session.resumed.
#include "core/EventFields.hpp"

namespace atelier::core::detail {

void writeFields(JsonWriter& writer, const SessionConfigured& event) {
    writer.key("seatCount");
    writer.integer(event.seatCount);
    writer.key("votesPerSeat");
    writer.integer(event.votesPerSeat);
    writer.key("title");
    writer.string(event.title);
}

bool readFields(FieldReader& reader, SessionConfigured& event) {
    return reader.integer("seatCount", event.seatCount) &&
           reader.integer("votesPerSeat", event.votesPerSeat) && reader.text("title", event.title);
}

void writeFields(JsonWriter& writer, const PhaseStarted& event) {
    writer.key("index");
    writer.integer(event.index);
    writer.key("name");
    writer.string(event.name);
    writer.key("tools");
    writer.beginArray();
    for (const std::string& tool : event.tools) {
        writer.string(tool);
    }
    writer.endArray();
    writer.key("durationS");
    writer.integer(event.durationS);
}

bool readFields(FieldReader& reader, PhaseStarted& event) {
    return reader.integer("index", event.index) && reader.text("name", event.name) &&
           reader.texts("tools", event.tools) && reader.integer("durationS", event.durationS);
}

void writeFields(JsonWriter& /*writer*/, const SessionPaused& /*event*/) {}

bool readFields(FieldReader& /*reader*/, SessionPaused& /*event*/) {
    return true;
}

void writeFields(JsonWriter& /*writer*/, const SessionResumed& /*event*/) {}

bool readFields(FieldReader& /*reader*/, SessionResumed& /*event*/) {
    return true;
}

} // namespace atelier::core::detail
