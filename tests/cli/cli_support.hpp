#pragma once
// Running the rampa command from tests: through the shell, as CI pipelines
// call it, in temporary directories of the test's own.
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

namespace cli_test {

namespace fs = std::filesystem;

struct CliRun {
  int code = -1;  // -1 when ended by a signal
  std::string out, err;
};

inline const fs::path kSource = RAMPA_SOURCE_DIR;
inline const std::string kSite = (kSource / "fixtures" / "sites" / "empleo").string();

inline std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("rampa-cli-" + std::to_string(::getpid()) + "-" +
                                               std::to_string(reinterpret_cast<std::uintptr_t>(this)));
  TempDir() { fs::create_directories(path); }
  ~TempDir() {
    std::error_code ec;
    fs::permissions(path, fs::perms::owner_all, ec);
    fs::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  fs::path write(const std::string& name, std::string_view content) const {
    fs::path p = path / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }
};

// Runs a shell command line; its standard error goes to a file read back.
inline CliRun shell(const std::string& command) {
  TempDir t;
  std::string cmd = "{ " + command + " ; } 2>" + (t.path / "err").string();
  CliRun r;
  FILE* p = ::popen(cmd.c_str(), "r");
  std::array<char, 65536> buf{};
  std::size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int status = ::pclose(p);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.err = slurp(t.path / "err");
  return r;
}

// Runs `rampa ARGS` with a clean locale and no colour unless the test sets
// them; standard input holds `stdin_text`.
inline CliRun rampa(const std::string& args, const std::string& env = "LC_ALL= LC_MESSAGES= LANG=C",
                    const std::string& stdin_text = "", const fs::path& dir = {}) {
  TempDir t;
  fs::path in = t.write("stdin", stdin_text);
  std::string cmd = "env " + env + " " + std::string(RAMPA_BINARY) + " " + args + " <" + in.string();
  if (!dir.empty()) cmd = "cd '" + dir.string() + "' && " + cmd;
  return shell(cmd);
}

}  // namespace cli_test
