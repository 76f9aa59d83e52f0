// GL error checks that cost nothing in release builds and fail loudly in debug and test builds.
#pragma once

namespace atelier::render::gl {

/// In debug builds, throws RenderError naming `where` if GL recorded an error since the last check;
/// in release builds does nothing (glGetError can stall a real GPU).
void checkErrors(const char* where);

/// Clears any error GL recorded before we started (e.g. from the caller), so checks blame the right call.
void clearErrors();

} // namespace atelier::render::gl
