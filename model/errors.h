// Exit codes and the one exception type for bad input.
//
// Every command maps outcomes to the same documented exit codes (README):
// 0 ok / proven safe, 1 verification failed, 2 bad input or usage, 3 the
// independent checkers disagreed, a solver answered unknown, or an internal
// error (out of memory, an unexpected exception: cli/main.cpp maps every
// exception to 2 or 3 with one line, never a crash).
#pragma once
#include <stdexcept>
#include <string>

namespace sp {

enum ExitCode : int {
  kExitOk = 0,
  kExitViolation = 1,
  kExitBadInput = 2,
  kExitUndecided = 3,
  kExitInternal = 3,  // same status as undecided: "not proven either way"
};

// Bad input: a file that cannot be read or parsed, or that does not describe a
// valid graph/artifact. The message is one line and names the file and the
// offending gate or value; the CLI prints it and exits kExitBadInput.
struct InputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The usual way to raise it: "<file>: <why>".
[[noreturn]] inline void refuse_input(const std::string& path, const std::string& why) {
  throw InputError(path + ": " + why);
}

}  // namespace sp
