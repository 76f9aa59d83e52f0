// JSON fields of the cluster events.
#include "core/EventFields.hpp"

namespace atelier::core::detail {
namespace {

void writeMembership(JsonWriter& writer, ItemId cluster, ItemId card) {
    writer.key("cluster");
    writer.unsignedInteger(cluster);
    writer.key("card");
    writer.unsignedInteger(card);
}

} // namespace

void writeFields(JsonWriter& writer, const ClusterFormed& event) {
    writer.key("id");
    writer.unsignedInteger(event.id);
    writer.key("name");
    writer.string(event.name);
    writer.key("cards");
    writer.beginArray();
    for (const ItemId card : event.cards) {
        writer.unsignedInteger(card);
    }
    writer.endArray();
}

bool readFields(FieldReader& reader, ClusterFormed& event) {
    return reader.id("id", event.id) && reader.text("name", event.name) && reader.ids("cards", event.cards);
}

void writeFields(JsonWriter& writer, const ClusterRenamed& event) {
    writer.key("id");
    writer.unsignedInteger(event.id);
    writer.key("name");
    writer.string(event.name);
}

bool readFields(FieldReader& reader, ClusterRenamed& event) {
    return reader.id("id", event.id) && reader.text("name", event.name);
}

void writeFields(JsonWriter& writer, const ClusterJoined& event) {
    writeMembership(writer, event.cluster, event.card);
}

bool readFields(FieldReader& reader, ClusterJoined& event) {
    return reader.id("cluster", event.cluster) && reader.id("card", event.card);
}

void writeFields(JsonWriter& writer, const ClusterLeft& event) {
    writeMembership(writer, event.cluster, event.card);
}

bool readFields(FieldReader& reader, ClusterLeft& event) {
    return reader.id("cluster", event.cluster) && reader.id("card", event.card);
}

void writeFields(JsonWriter& writer, const ClusterDissolved& event) {
    writer.key("id");
    writer.unsignedInteger(event.id);
}

bool readFields(FieldReader& reader, ClusterDissolved& event) {
    return reader.id("id", event.id);
}

void writeFields(JsonWriter& writer, const ClusterRestored& event) {
    writer.key("id");
    writer.unsignedInteger(event.id);
}

bool readFields(FieldReader& reader, ClusterRestored& event) {
    return reader.id("id", event.id);
}

} // namespace atelier::core::detail
