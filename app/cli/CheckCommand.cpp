// `atelier check [--repair]`: the data file's integrity, said plainly.
#include "cli/CheckCommand.hpp"

#include <iostream>

#include "store/Database.hpp"
#include "store/DatabaseCheck.hpp"

namespace atelier::cli {

int checkCommand(const std::filesystem::path& dataDir, bool repair) {
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
