// JSON fields of the photo events.
#include "core/EventFields.hpp"

namespace atelier::core::detail {

void writeFields(JsonWriter& writer, const PhotoPlaced& event) {
    writer.key("id");
    writer.unsignedInteger(event.id);
    writer.key("assetHash");
    writer.string(event.assetHash);
    writer.key("pose");
    writePose(writer, event.pose);
    writer.key("size");
    writeSize(writer, event.size);
}

bool readFields(FieldReader& reader, PhotoPlaced& event) {
    return reader.id("id", event.id) && reader.text("assetHash", event.assetHash) &&
           reader.pose("pose", event.pose) && reader.size("size", event.size);
}

void writeFields(JsonWriter& writer, const PhotoMoved& event) {
    writer.key("id");
    writer.unsignedInteger(event.id);
    writer.key("pose");
    writePose(writer, event.pose);
}

bool readFields(FieldReader& reader, PhotoMoved& event) {
    return reader.id("id", event.id) && reader.pose("pose", event.pose);
}

void writeFields(JsonWriter& writer, const PhotoRemoved& event) {
    writer.key("id");
    writer.unsignedInteger(event.id);
}

bool readFields(FieldReader& reader, PhotoRemoved& event) {
    return reader.id("id", event.id);
}

void writeFields(JsonWriter& writer, const PhotoRestored& event) {
    writer.key("id");
    writer.unsignedInteger(event.id);
}

bool readFields(FieldReader& reader, PhotoRestored& event) {
    return reader.id("id", event.id);
}

} // namespace atelier::core::detail
