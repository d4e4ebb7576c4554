#pragma once
// What `rampa check PATH...` audits: files, directories walked recursively,
// globs, and "-" for standard input, in a stable order.
#include <string>
#include <vector>

namespace rampa::cli {

struct Input {
  std::string path;   // as shown in reports: as given, or joined with the directory walked
  bool stdin = false;
  std::string error;  // non-empty: this input cannot be audited, say why
};

// Files met while walking a directory that are not pages are left out; each
// such .json file adds a line to `skipped` ("path: why"), for a note.
std::vector<Input> expand_inputs(const std::vector<std::string>& args, std::vector<std::string>* skipped = nullptr);

// Extensions walked in directories; .xml only when its root is html, svg or
// math, .json only when it is a form definition. `why` says why not.
bool is_page_file(const std::string& path, std::string* why = nullptr);

}  // namespace rampa::cli
