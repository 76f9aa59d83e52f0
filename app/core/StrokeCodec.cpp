// JSON fields of the stroke events.
#include "core/EventFields.hpp"

namespace atelier::core::detail {

void writeFields(JsonWriter& writer, const StrokeBegun& event) {
    writer.key("id");
    writer.unsignedInteger(event.id);
    writer.key("parent");
    writer.unsignedInteger(event.parent);
    writer.key("colour");
    writeColour(writer, event.colour);
    writer.key("width");
    writer.number(event.width);
    writer.key("points");
    writePoints(writer, event.points);
}

bool readFields(FieldReader& reader, StrokeBegun& event) {
    return reader.id("id", event.id) && reader.id("parent", event.parent) &&
           reader.colour("colour", event.colour) && reader.number("width", event.width) &&
           reader.points("points", event.points);
}

void writeFields(JsonWriter& writer, const StrokeExtended& event) {
    writer.key("id");
    writer.unsignedInteger(event.id);
    writer.key("points");
    writePoints(writer, event.points);
}

bool readFields(FieldReader& reader, StrokeExtended& event) {
    return reader.id("id", event.id) && reader.points("points", event.points);
}

void writeFields(JsonWriter& writer, const StrokeEnded& event) {
    writer.key("id");
    writer.unsignedInteger(event.id);
}

bool readFields(FieldReader& reader, StrokeEnded& event) {
    return reader.id("id", event.id);
}

void writeFields(JsonWriter& writer, const StrokeErased& event) {
    writer.key("id");
    writer.unsignedInteger(event.id);
}

bool readFields(FieldReader& reader, StrokeErased& event) {
    return reader.id("id", event.id);
}

void writeFields(JsonWriter& writer, const StrokeRestored& event) {
    writer.key("id");
    writer.unsignedInteger(event.id);
}

bool readFields(FieldReader& reader, StrokeRestored& event) {
    return reader.id("id", event.id);
}

} // namespace atelier::core::detail
