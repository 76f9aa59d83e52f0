// Unique temporary directories for tests (mkdtemp), removed with their content.
#include "TempDir.hpp"

#include <cstdlib>
#include <stdexcept>
#include <string>
#include <system_error>

namespace atelier::testing {

TempDir::TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "atelier-test-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("cannot create a temporary directory from " + pattern);
    }
    m_path = pattern;
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

} // namespace atelier::testing
