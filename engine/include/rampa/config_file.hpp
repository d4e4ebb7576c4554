#pragma once
// A project's settings for `rampa check`, kept beside its pages in
// `.rampa.json`, so that a CI job and a developer's machine audit the same
// pages with the same rules and thresholds:
//
//   {
//     "paths": ["site", "formularios/*.json"],
//     "rules": ["image-has-name", "form-field-has-label"],
//     "failOn": "serious",
//     "locale": "es"
//   }
//
// Every path in the file is relative to the file's directory and must stay
// inside it: a project's settings never send rampa to read (or write) files
// elsewhere on the machine. Unknown settings are errors, so a misspelt one is
// never silently ignored.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rampa/result.hpp"

namespace rampa {

struct ConfigFile {
  std::filesystem::path file;       // the file read
  std::filesystem::path directory;  // its directory, where the paths below start
  // Inputs when the command line names none: files, directories or globs,
  // each already joined to `directory`.
  std::vector<std::string> paths;
  std::optional<std::string> format;        // text | json
  std::optional<std::string> output;        // joined to `directory`
  std::optional<std::string> locale;        // en | es | pt
  std::optional<unsigned> jobs;             // 1-1024
  std::optional<std::string> fail_on;       // minor | moderate | serious | critical
  std::optional<std::filesystem::path> root;  // joined to `directory`; an existing directory
  std::vector<std::string> rules;           // run only these; empty: all
  std::optional<bool> verbose;
  std::optional<std::string> input_format;  // auto | html | xml | json-schema | xforms | surveyjs | formio
  std::optional<std::size_t> max_bytes, max_depth, max_attributes;
};

// The name rampa looks for.
inline constexpr std::string_view kConfigFileName = ".rampa.json";

// Reads and checks a config file. Errors (ErrorCode::bad_config) name the
// file, the line and column, and what is wrong.
Result<ConfigFile> read_config_file(const std::filesystem::path& file);

// The same from text already read; `file` names it in errors and gives the
// directory that paths are relative to.
Result<ConfigFile> parse_config_file(std::string_view text, const std::filesystem::path& file);

// The nearest `.rampa.json` in `start` or one of its parents, if any.
std::optional<std::filesystem::path> find_config_file(const std::filesystem::path& start);

}  // namespace rampa
