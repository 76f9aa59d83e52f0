// A fresh directory per test, removed afterwards, so tests never share a data file.
#pragma once

#include <filesystem>

namespace atelier::testing {

/// Creates a unique directory under the system temp dir; removes it (and everything in it) on destruction.
class TempDir {
public:
    TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    ~TempDir();

    /// The directory.
    const std::filesystem::path& path() const noexcept { return m_path; }

    /// The data file (atelier.db) that a table or a store::Database opened on this directory uses.
    std::filesystem::path dataFile() const { return m_path / "atelier.db"; }

private:
    std::filesystem::path m_path;
};

} // namespace atelier::testing
