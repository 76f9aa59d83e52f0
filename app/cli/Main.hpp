// The program's entry point behind app/main.cpp: parse the command line and run the asked command.
#pragma once

namespace atelier::cli {

/// Runs `atelier` with these arguments and returns its exit code (0 ok, 1 failure, 2 usage or config error).
int atelierMain(int argc, char** argv);

} // namespace atelier::cli
