// Internal to the event codec: field-by-field JSON writing and reading of each event struct.
#pragma once

#include "core/Event.hpp"
#include "core/JsonObjectView.hpp"
#include "core/JsonWriter.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace atelier::core::detail {

/// Reads typed fields out of one JSON object, keeping the first problem as a sentence naming the event
/// type and the field path ("pose.x"). Every method returns false once a problem is found.
class FieldReader {
public:
    /// Reads fields of `object`; `eventType` and `prefix` name them in messages.
    FieldReader(const JsonObjectView& object, std::string_view eventType, std::string& error,
                std::string prefix = {})
        : m_object(object), m_eventType(eventType), m_error(error), m_prefix(std::move(prefix)) {}

    /// An item id: a whole number ≥ 0.
    bool id(const char* key, ItemId& value);
    /// A whole number that fits in an int.
    bool integer(const char* key, int& value);
    /// A whole number that fits in 64 bits (money in cents).
    bool wholeNumber(const char* key, std::int64_t& value);
    /// true or false.
    bool boolean(const char* key, bool& value);
    /// Any finite JSON number.
    bool number(const char* key, double& value);
    /// A string.
    bool text(const char* key, std::string& value);
    /// {"x","y","rotation","scale"}.
    bool pose(const char* key, Pose& value);
    /// {"width","height"}.
    bool size(const char* key, Size& value);
    /// A flat array [x0, y0, x1, y1, ...] in mm.
    bool points(const char* key, std::vector<Vec2>& value);
    /// An array of item ids.
    bool ids(const char* key, std::vector<ItemId>& value);
    /// An array of strings.
    bool texts(const char* key, std::vector<std::string>& value);
    /// "#rrggbbaa".
    bool colour(const char* key, std::uint32_t& value);

private:
    std::optional<std::string_view> find(const char* key);
    bool problem(const char* key, std::string_view what);

    const JsonObjectView& m_object;
    std::string_view m_eventType;
    std::string& m_error;
    std::string m_prefix;
};

/// Writes a pose as {"x","y","rotation","scale"}.
void writePose(JsonWriter& writer, const Pose& pose);
/// Writes a size as {"width","height"}.
void writeSize(JsonWriter& writer, const Size& size);
/// Writes points as a flat array of mm.
void writePoints(JsonWriter& writer, const std::vector<Vec2>& points);
/// Writes a colour as "#rrggbbaa".
void writeColour(JsonWriter& writer, std::uint32_t colour);

// One writeFields/readFields pair per event struct, grouped by family in *Codec.cpp files. writeFields
// writes the keys and values inside the payload object; readFields fills everything but the seat.

/// session.configured fields.
void writeFields(JsonWriter& writer, const SessionConfigured& event);
/// session.configured fields.
bool readFields(FieldReader& reader, SessionConfigured& event);
/// phase.started fields.
void writeFields(JsonWriter& writer, const PhaseStarted& event);
/// phase.started fields.
bool readFields(FieldReader& reader, PhaseStarted& event);
/// session.paused has no fields.
void writeFields(JsonWriter& writer, const SessionPaused& event);
/// session.paused has no fields.
bool readFields(FieldReader& reader, SessionPaused& event);
/// session.resumed has no fields.
void writeFields(JsonWriter& writer, const SessionResumed& event);
/// session.resumed has no fields.
bool readFields(FieldReader& reader, SessionResumed& event);

/// card.created fields.
void writeFields(JsonWriter& writer, const CardCreated& event);
/// card.created fields.
bool readFields(FieldReader& reader, CardCreated& event);
/// card.moved fields.
void writeFields(JsonWriter& writer, const CardMoved& event);
/// card.moved fields.
bool readFields(FieldReader& reader, CardMoved& event);
/// card.edited fields.
void writeFields(JsonWriter& writer, const CardEdited& event);
/// card.edited fields.
bool readFields(FieldReader& reader, CardEdited& event);
/// card.recoloured fields.
void writeFields(JsonWriter& writer, const CardRecoloured& event);
/// card.recoloured fields.
bool readFields(FieldReader& reader, CardRecoloured& event);
/// card.deleted fields.
void writeFields(JsonWriter& writer, const CardDeleted& event);
/// card.deleted fields.
bool readFields(FieldReader& reader, CardDeleted& event);
/// card.restored fields.
void writeFields(JsonWriter& writer, const CardRestored& event);
/// card.restored fields.
bool readFields(FieldReader& reader, CardRestored& event);
/// card.hidden fields.
void writeFields(JsonWriter& writer, const CardHidden& event);
/// card.hidden fields.
bool readFields(FieldReader& reader, CardHidden& event);
/// item.raised fields.
void writeFields(JsonWriter& writer, const ItemRaised& event);
/// item.raised fields.
bool readFields(FieldReader& reader, ItemRaised& event);

/// photo.placed fields.
void writeFields(JsonWriter& writer, const PhotoPlaced& event);
/// photo.placed fields.
bool readFields(FieldReader& reader, PhotoPlaced& event);
/// photo.moved fields.
void writeFields(JsonWriter& writer, const PhotoMoved& event);
/// photo.moved fields.
bool readFields(FieldReader& reader, PhotoMoved& event);
/// photo.removed fields.
void writeFields(JsonWriter& writer, const PhotoRemoved& event);
/// photo.removed fields.
bool readFields(FieldReader& reader, PhotoRemoved& event);
/// photo.restored fields.
void writeFields(JsonWriter& writer, const PhotoRestored& event);
/// photo.restored fields.
bool readFields(FieldReader& reader, PhotoRestored& event);

/// stroke.begun fields.
void writeFields(JsonWriter& writer, const StrokeBegun& event);
/// stroke.begun fields.
bool readFields(FieldReader& reader, StrokeBegun& event);
/// stroke.extended fields.
void writeFields(JsonWriter& writer, const StrokeExtended& event);
/// stroke.extended fields.
bool readFields(FieldReader& reader, StrokeExtended& event);
/// stroke.ended fields.
void writeFields(JsonWriter& writer, const StrokeEnded& event);
/// stroke.ended fields.
bool readFields(FieldReader& reader, StrokeEnded& event);
/// stroke.erased fields.
void writeFields(JsonWriter& writer, const StrokeErased& event);
/// stroke.erased fields.
bool readFields(FieldReader& reader, StrokeErased& event);
/// stroke.restored fields.
void writeFields(JsonWriter& writer, const StrokeRestored& event);
/// stroke.restored fields.
bool readFields(FieldReader& reader, StrokeRestored& event);

/// cluster.formed fields.
void writeFields(JsonWriter& writer, const ClusterFormed& event);
/// cluster.formed fields.
bool readFields(FieldReader& reader, ClusterFormed& event);
/// cluster.renamed fields.
void writeFields(JsonWriter& writer, const ClusterRenamed& event);
/// cluster.renamed fields.
bool readFields(FieldReader& reader, ClusterRenamed& event);
/// cluster.joined fields.
void writeFields(JsonWriter& writer, const ClusterJoined& event);
/// cluster.joined fields.
bool readFields(FieldReader& reader, ClusterJoined& event);
/// cluster.left fields.
void writeFields(JsonWriter& writer, const ClusterLeft& event);
/// cluster.left fields.
bool readFields(FieldReader& reader, ClusterLeft& event);
/// cluster.dissolved fields.
void writeFields(JsonWriter& writer, const ClusterDissolved& event);
/// cluster.dissolved fields.
bool readFields(FieldReader& reader, ClusterDissolved& event);
/// cluster.restored fields.
void writeFields(JsonWriter& writer, const ClusterRestored& event);
/// cluster.restored fields.
bool readFields(FieldReader& reader, ClusterRestored& event);

/// vote.cast fields.
void writeFields(JsonWriter& writer, const VoteCast& event);
/// vote.cast fields.
bool readFields(FieldReader& reader, VoteCast& event);
/// vote.withdrawn fields.
void writeFields(JsonWriter& writer, const VoteWithdrawn& event);
/// vote.withdrawn fields.
bool readFields(FieldReader& reader, VoteWithdrawn& event);
/// vote.restored fields.
void writeFields(JsonWriter& writer, const VoteRestored& event);
/// vote.restored fields.
bool readFields(FieldReader& reader, VoteRestored& event);

/// decision.configured fields.
void writeFields(JsonWriter& writer, const DecisionConfigured& event);
/// decision.configured fields.
bool readFields(FieldReader& reader, DecisionConfigured& event);
/// cost.set fields.
void writeFields(JsonWriter& writer, const CostSet& event);
/// cost.set fields.
bool readFields(FieldReader& reader, CostSet& event);
/// coin.placed fields.
void writeFields(JsonWriter& writer, const CoinPlaced& event);
/// coin.placed fields.
bool readFields(FieldReader& reader, CoinPlaced& event);
/// coin.withdrawn fields.
void writeFields(JsonWriter& writer, const CoinWithdrawn& event);
/// coin.withdrawn fields.
bool readFields(FieldReader& reader, CoinWithdrawn& event);
/// coin.restored fields.
void writeFields(JsonWriter& writer, const CoinRestored& event);
/// coin.restored fields.
bool readFields(FieldReader& reader, CoinRestored& event);
/// rating.given fields.
void writeFields(JsonWriter& writer, const RatingGiven& event);
/// rating.given fields.
bool readFields(FieldReader& reader, RatingGiven& event);

} // namespace atelier::core::detail
