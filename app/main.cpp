// The `atelier` executable: everything else lives in the app/ libraries, shared with the tests.
#include "platform/Main.hpp"

int main(int argc, char** argv) {
    return atelier::platform::atelierMain(argc, argv);
}
