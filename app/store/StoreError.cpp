// The store's typed error.
#include "store/StoreError.hpp"

namespace atelier::store {

StoreError::StoreError(StoreErrorKind kind, const std::string& sentence)
    : std::runtime_error(sentence), m_kind(kind) {}

} // namespace atelier::store
