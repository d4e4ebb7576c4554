// Bytes as a project's .rampa.json: the positioned JSON parser and every
// setting's checks. Besides crashes, it checks the promise of the format:
// whatever the bytes, an accepted file never names a path outside its own
// directory.
#include <cstdlib>
#include <filesystem>

#include "config_oracle.hpp"
#include "rampa/config_file.hpp"
#include "support.hpp"

namespace {

namespace fs = std::filesystem;

const fs::path& project() {
  static const fs::path dir = [] {
    fs::path d = fs::temp_directory_path() / "rampa-fuzz-config" / "project";
    fs::create_directories(d / "site");
    return d;
  }();
  return dir;
}

bool inside(const fs::path& p) { return rampa::fuzz::stays_inside(p, project()); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto text = rampa::fuzz::as_text(data, size);
  auto config = rampa::parse_config_file(text, project() / ".rampa.json");
  if (!config) {
    if (config.error().detail.empty()) std::abort();
    return 0;
  }
  for (const std::string& p : config->paths)
    if (!inside(p)) std::abort();
  if (config->root && !inside(*config->root)) std::abort();
  if (config->output && !inside(*config->output)) std::abort();
  return 0;
}
