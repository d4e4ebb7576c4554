#pragma once
// The promise of .rampa.json that fuzz_config and its regression test check:
// an accepted path stays inside the project. Globs are patterns, so the part
// before the first glob character is followed through links and the rest
// must not climb out: no part may be "..", or a pattern matching it.
#include <fnmatch.h>

#include <filesystem>

namespace rampa::fuzz {

inline bool stays_inside(const std::filesystem::path& path, const std::filesystem::path& project) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path base = fs::weakly_canonical(project, ec);
  if (ec) return false;
  fs::path fixed;
  bool pattern = false;
  for (const fs::path& part : path.lexically_normal()) {
    if (part == "..") return false;  // a normal path keeps ".." only at its start
    if (part.string().find_first_of("*?[") != std::string::npos) {
      // glob() matches ".." with ".*", ".?" or ".[.]": a way out.
      if (::fnmatch(part.c_str(), "..", FNM_PERIOD) == 0) return false;
      pattern = true;
    }
    if (!pattern) fixed /= part;
  }
  const fs::path real = fs::weakly_canonical(fixed, ec);
  if (ec) return false;
  const fs::path rel = real.lexically_relative(base);
  return !rel.empty() && *rel.begin() != "..";
}

}  // namespace rampa::fuzz
