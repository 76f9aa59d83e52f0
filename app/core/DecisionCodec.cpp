// JSON fields of the deciding events (money in whole cents).
#include "core/EventFields.hpp"

namespace atelier::core::detail {

void writeFields(JsonWriter& writer, const DecisionConfigured& event) {
    writer.key("envelopeCents");
    writer.integer(event.envelopeCents);
    writer.key("coinsPerSeat");
    writer.integer(event.coinsPerSeat);
    writer.key("coinValueCents");
    writer.integer(event.coinValueCents);
    writer.key("criteria");
    writer.beginArray();
    for (const std::string& name : event.criteria) {
        writer.string(name);
    }
    writer.endArray();
    writer.key("seatsSetCosts");
    writer.boolean(event.seatsSetCosts);
}

bool readFields(FieldReader& reader, DecisionConfigured& event) {
    return reader.wholeNumber("envelopeCents", event.envelopeCents) &&
           reader.integer("coinsPerSeat", event.coinsPerSeat) &&
           reader.wholeNumber("coinValueCents", event.coinValueCents) &&
           reader.texts("criteria", event.criteria) && reader.boolean("seatsSetCosts", event.seatsSetCosts);
}

void writeFields(JsonWriter& writer, const CostSet& event) {
    writer.key("item");
    writer.unsignedInteger(event.item);
    writer.key("cents");
    writer.integer(event.cents);
}

bool readFields(FieldReader& reader, CostSet& event) {
    return reader.id("item", event.item) && reader.wholeNumber("cents", event.cents);
}

void writeFields(JsonWriter& writer, const CoinPlaced& event) {
    writer.key("id");
    writer.unsignedInteger(event.id);
    writer.key("target");
    writer.unsignedInteger(event.target);
}

bool readFields(FieldReader& reader, CoinPlaced& event) {
    return reader.id("id", event.id) && reader.id("target", event.target);
}

void writeFields(JsonWriter& writer, const CoinWithdrawn& event) {
    writer.key("id");
    writer.unsignedInteger(event.id);
}

bool readFields(FieldReader& reader, CoinWithdrawn& event) {
    return reader.id("id", event.id);
}

void writeFields(JsonWriter& writer, const CoinRestored& event) {
    writer.key("id");
    writer.unsignedInteger(event.id);
}

bool readFields(FieldReader& reader, CoinRestored& event) {
    return reader.id("id", event.id);
}

void writeFields(JsonWriter& writer, const RatingGiven& event) {
    writer.key("item");
    writer.unsignedInteger(event.item);
    writer.key("criterion");
    writer.integer(event.criterion);
    writer.key("value");
    writer.integer(event.value);
}

bool readFields(FieldReader& reader, RatingGiven& event) {
    return reader.id("item", event.item) && reader.integer("criterion", event.criterion) &&
           reader.integer("value", event.value);
}

} // namespace atelier::core::detail
