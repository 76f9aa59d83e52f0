// JSON fields of the card events and item.raised.
#include "core/EventFields.hpp"

namespace atelier::core::detail {
namespace {

void writeId(JsonWriter& writer, ItemId id) {
    writer.key("id");
    writer.unsignedInteger(id);
}

} // namespace

void writeFields(JsonWriter& writer, const CardCreated& event) {
    writeId(writer, event.id);
    writer.key("pose");
    writePose(writer, event.pose);
    writer.key("size");
    writeSize(writer, event.size);
    writer.key("text");
    writer.string(event.text);
    writer.key("category");
    writer.integer(event.category);
}

bool readFields(FieldReader& reader, CardCreated& event) {
    return reader.id("id", event.id) && reader.pose("pose", event.pose) && reader.size("size", event.size) &&
           reader.text("text", event.text) && reader.integer("category", event.category);
}

void writeFields(JsonWriter& writer, const CardMoved& event) {
    writeId(writer, event.id);
    writer.key("pose");
    writePose(writer, event.pose);
}

bool readFields(FieldReader& reader, CardMoved& event) {
    return reader.id("id", event.id) && reader.pose("pose", event.pose);
}

void writeFields(JsonWriter& writer, const CardEdited& event) {
    writeId(writer, event.id);
    writer.key("text");
    writer.string(event.text);
}

bool readFields(FieldReader& reader, CardEdited& event) {
    return reader.id("id", event.id) && reader.text("text", event.text);
}

void writeFields(JsonWriter& writer, const CardRecoloured& event) {
    writeId(writer, event.id);
    writer.key("category");
    writer.integer(event.category);
}

bool readFields(FieldReader& reader, CardRecoloured& event) {
    return reader.id("id", event.id) && reader.integer("category", event.category);
}

void writeFields(JsonWriter& writer, const CardDeleted& event) {
    writeId(writer, event.id);
}

bool readFields(FieldReader& reader, CardDeleted& event) {
    return reader.id("id", event.id);
}

void writeFields(JsonWriter& writer, const CardRestored& event) {
    writeId(writer, event.id);
}

bool readFields(FieldReader& reader, CardRestored& event) {
    return reader.id("id", event.id);
}

void writeFields(JsonWriter& writer, const CardHidden& event) {
    writeId(writer, event.id);
}

bool readFields(FieldReader& reader, CardHidden& event) {
    return reader.id("id", event.id);
}

void writeFields(JsonWriter& writer, const ItemRaised& event) {
    writeId(writer, event.id);
}

bool readFields(FieldReader& reader, ItemRaised& event) {
    return reader.id("id", event.id);
}

} // namespace atelier::core::detail
