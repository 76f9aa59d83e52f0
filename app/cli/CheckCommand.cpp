// `atelier check [--repair]`: the data file's integrity, said plainly.
#include "cli/CheckCommand.hpp"

#include <iostream>
#include <optional>
#include <system_error>

#include "platform/TableLock.hpp"
#include "store/Database.hpp"
#include "store/DatabaseCheck.hpp"

namespace atelier::cli {

int checkCommand(const std::filesystem::path& dataDir, bool repair) {
    // A repair rewrites the file under a running table's writer: it takes the table's lock first.
    std::optional<platform::TableLock> lock;
    std::error_code missing;
    if (repair && std::filesystem::is_directory(dataDir, missing)) {
        bool lockable = true;
        try {
            lock = platform::TableLock::tryTake(dataDir);
        } catch (const std::system_error& error) {
            lockable = false; // a read-only dir: the repair itself says what it cannot do
            std::cerr << "atelier check: cannot take the table lock (" << error.what() << ").\n";
        }
        if (!lock && lockable) {
            std::cerr << "atelier check: " << platform::TableLock::describeHolder(dataDir)
                      << " is running on " << dataDir.string()
                      << "; nothing was repaired. Quit that table first, then run `atelier check --repair` "
                         "again.\n";
            return 1;
        }
    }
    const store::CheckReport report = store::checkDatabase(dataDir / store::kDataFileName, repair);
    for (const std::string& sentence : report.sentences) {
        std::cout << sentence << '\n';
    }
    if (!report.found) {
        return 1;
    }
    return report.intact || report.repaired ? 0 : 1;
}

} // namespace atelier::cli
