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

std::vector<Input> expand_inputs(const std::vector<std::string>& args);

// Extensions walked in directories; .xml only when its root is html, svg or math.
bool is_page_file(const std::string& path);

}  // namespace rampa::cli
