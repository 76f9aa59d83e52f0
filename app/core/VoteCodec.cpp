// JSON fields of the vote events.
#include "core/EventFields.hpp"

namespace atelier::core::detail {

void writeFields(JsonWriter& writer, const VoteCast& event) {
    writer.key("id");
    writer.unsignedInteger(event.id);
    writer.key("target");
    writer.unsignedInteger(event.target);
}

bool readFields(FieldReader& reader, VoteCast& event) {
    return reader.id("id", event.id) && reader.id("target", event.target);
}

void writeFields(JsonWriter& writer, const VoteWithdrawn& event) {
    writer.key("id");
    writer.unsignedInteger(event.id);
}

bool readFields(FieldReader& reader, VoteWithdrawn& event) {
    return reader.id("id", event.id);
}

void writeFields(JsonWriter& writer, const VoteRestored& event) {
    writer.key("id");
    writer.unsignedInteger(event.id);
}

bool readFields(FieldReader& reader, VoteRestored& event) {
    return reader.id("id", event.id);
}

} // namespace atelier::core::detail
