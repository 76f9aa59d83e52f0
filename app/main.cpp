// The `atelier` executable: everything else lives in the app/ libraries, shared with the tests.
#include "cli/Main.hpp"

int main(int argc, char** argv) {
    return atelier::cli::atelierMain(argc, argv);
}
