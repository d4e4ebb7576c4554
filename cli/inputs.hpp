#pragma once
// What `rampa check PATH...` audits: files, directories walked recursively,
// globs, and "-" for standard input, in a stable order.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace rampa::cli {

struct Input {
  std::string path;   // as shown in reports: as given, or joined with the directory walked
  bool stdin = false;
  std::string error;  // non-empty: this input cannot be audited, say why
  bool named = false;  // named as it is, not found by a walk or a glob
};

// Files met while walking a directory that are not pages are left out; each
// such .json file, and each link leading out of the walked directory, adds
// a line to `skipped` ("path: why"), for a note. A subdirectory that cannot
// be read is an input in error, with the system's reason.
//
// With `confine_to` (the paths of a .rampa.json, and its directory), every
// file a path or a glob matches must be inside that directory once links
// are followed: a glob such as ".*/x" matches "../x", which is refused.
std::vector<Input> expand_inputs(const std::vector<std::string>& args, std::vector<std::string>* skipped = nullptr,
                                 const std::optional<std::filesystem::path>& confine_to = std::nullopt);

// Extensions walked in directories; .xml only when its root is html, svg or
// math, .json only when it is a form definition. `why` says why not.
bool is_page_file(const std::string& path, std::string* why = nullptr);

}  // namespace rampa::cli
