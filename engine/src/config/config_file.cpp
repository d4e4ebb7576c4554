#include "rampa/config_file.hpp"

#include <fnmatch.h>

#include <algorithm>
#include <charconv>
#include <fstream>
#include <iterator>

#include "parse/json.hpp"
#include "rampa/engine.hpp"

namespace rampa {
namespace {

namespace fs = std::filesystem;

// A config file is a handful of settings; anything larger is not one.
constexpr std::size_t kMaxConfigBytes = 1u << 20;
constexpr std::size_t kMaxConfigDepth = 8;

class Reader {
 public:
  Reader(const json::Doc& doc, const fs::path& file, ConfigFile& out) : doc_(doc), file_(file), out_(out) {}

  std::optional<Error> read() {
    const json::Value& root = doc_.root();
    if (!root.is_object()) return error(root.pos, "the settings must be a JSON object ({...})");
    std::vector<std::string_view> seen;
    for (const json::Value& m : doc_.children(root)) {
      if (std::find(seen.begin(), seen.end(), m.key) != seen.end())
        return error(m.key_pos, "\"" + std::string(m.key) + "\" is set twice");
      seen.push_back(m.key);
      if (auto e = member(m)) return e;
    }
    return std::nullopt;
  }

 private:
  std::optional<Error> member(const json::Value& m) {
    const std::string_view k = m.key;
    if (k == "$schema" || k == "$comment") return std::nullopt;
    if (k == "paths") return path_list(m, out_.paths);
    if (k == "rules") return rule_list(m);
    if (k == "format") return choice(m, {"text", "json"}, out_.format);
    if (k == "locale") return choice(m, {"en", "es", "pt"}, out_.locale);
    if (k == "failOn") return choice(m, {"minor", "moderate", "serious", "critical"}, out_.fail_on);
    if (k == "inputFormat")
      return choice(m, {"auto", "html", "xml", "json-schema", "xforms", "surveyjs", "formio"}, out_.input_format);
    if (k == "output") {
      std::string p;
      if (auto e = inside_path(m, p)) return e;
      out_.output = p;
      return std::nullopt;
    }
    if (k == "root") {
      std::string p;
      if (auto e = inside_path(m, p)) return e;
      std::error_code ec;
      if (!fs::is_directory(p, ec)) return error(m.pos, "\"root\" names no directory: " + p);
      out_.root = p;
      return std::nullopt;
    }
    if (k == "verbose") {
      if (m.kind != json::Kind::boolean) return error(m.pos, "\"verbose\" must be true or false");
      out_.verbose = m.boolean;
      return std::nullopt;
    }
    if (k == "jobs") {
      std::size_t n = 0;
      if (auto e = count(m, 1, 1024, n)) return e;
      out_.jobs = static_cast<unsigned>(n);
      return std::nullopt;
    }
    if (k == "maxBytes") return limit(m, std::size_t{512} << 20, out_.max_bytes);
    if (k == "maxDepth") return limit(m, 100'000'000, out_.max_depth);
    if (k == "maxAttributes") return limit(m, 100'000'000, out_.max_attributes);
    return error(m.key_pos, "unknown setting \"" + std::string(k) +
                                "\" (known: paths, rules, format, output, locale, jobs, failOn, root, verbose, "
                                "inputFormat, maxBytes, maxDepth, maxAttributes)");
  }

  std::optional<Error> choice(const json::Value& m, std::initializer_list<std::string_view> allowed,
                              std::optional<std::string>& into) {
    if (m.is_string() && std::find(allowed.begin(), allowed.end(), m.text) != allowed.end()) {
      into = std::string(m.text);
      return std::nullopt;
    }
    std::string list;
    for (std::string_view a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
    return error(m.pos, "\"" + std::string(m.key) + "\" must be one of " + list);
  }

  std::optional<Error> count(const json::Value& m, std::size_t lo, std::size_t hi, std::size_t& into) {
    std::size_t n = 0;
    const char* end = m.text.data() + m.text.size();
    bool whole = m.kind == json::Kind::number && !m.text.empty() &&
                 std::from_chars(m.text.data(), end, n).ptr == end;
    if (!whole || n < lo || n > hi)
      return error(m.pos, "\"" + std::string(m.key) + "\" must be a whole number from " + std::to_string(lo) +
                              " to " + std::to_string(hi));
    into = n;
    return std::nullopt;
  }

  std::optional<Error> limit(const json::Value& m, std::size_t hi, std::optional<std::size_t>& into) {
    std::size_t n = 0;
    if (auto e = count(m, 1, hi, n)) return e;
    into = n;
    return std::nullopt;
  }

  std::optional<Error> rule_list(const json::Value& m) {
    if (!m.is_array()) return error(m.pos, "\"rules\" must be a list of rule ids");
    for (const json::Value& item : doc_.children(m)) {
      if (!item.is_string()) return error(item.pos, "\"rules\" must be a list of rule ids");
      if (!is_known_rule(item.text))
        return error(item.pos, "there is no rule named \"" + std::string(item.text) + "\" (`rampa rules` lists them)");
      out_.rules.emplace_back(item.text);
    }
    return std::nullopt;
  }

  std::optional<Error> path_list(const json::Value& m, std::vector<std::string>& into) {
    if (!m.is_array()) return error(m.pos, "\"paths\" must be a list of files, directories or globs");
    for (const json::Value& item : doc_.children(m)) {
      std::string p;
      if (auto e = inside_path(item, p)) return e;
      into.push_back(std::move(p));
    }
    return std::nullopt;
  }

  // A relative path that stays inside the config file's directory, also
  // after symbolic links are followed; joined to that directory.
  std::optional<Error> inside_path(const json::Value& v, std::string& into) {
    const std::string what = v.key.empty() ? std::string("a path") : "\"" + std::string(v.key) + "\"";
    if (!v.is_string() || v.text.empty()) return error(v.pos, what + " must be a non-empty string");
    if (v.text.find('\0') != std::string_view::npos) return error(v.pos, what + " holds a NUL character");
    const fs::path given(v.text);
    if (given.is_absolute() || given.has_root_name() || given.has_root_directory())
      return error(v.pos, what + " must be relative to the config file's directory, not absolute: " +
                              std::string(v.text));
    const fs::path normal = given.lexically_normal();
    if (!normal.empty() && *normal.begin() == "..")
      return error(v.pos, what + " points outside the config file's directory: " + std::string(v.text));
    // glob() lets ".*", ".?" and ".[.]" match "..": such a part climbs out.
    for (const fs::path& part : normal)
      if (part.string().find_first_of("*?[") != std::string::npos && ::fnmatch(part.c_str(), "..", FNM_PERIOD) == 0)
        return error(v.pos, what + " may lead outside the config file's directory (a part of the pattern matches \"..\"): " +
                                std::string(v.text));
    // Follow links on the part before any glob character.
    fs::path fixed;
    for (const fs::path& part : normal) {
      if (part.string().find_first_of("*?[") != std::string::npos) break;
      fixed /= part;
    }
    // A path that cannot be followed (a name too long, a loop of links) is
    // refused too: where it leads cannot be known.
    std::error_code ec;
    const fs::path base = fs::weakly_canonical(out_.directory, ec);
    if (ec) return error(v.pos, "the config file's directory cannot be resolved: " + ec.message());
    const fs::path real = fs::weakly_canonical(out_.directory / fixed, ec);
    if (ec) return error(v.pos, what + " cannot be resolved (" + ec.message() + "): " + std::string(v.text));
    auto rel = real.lexically_relative(base);
    if (rel.empty() || *rel.begin() == "..")
      return error(v.pos, what + " leads outside the config file's directory (through a link): " +
                              std::string(v.text));
    if (normal == ".") into = out_.directory.string();
    else into = out_.directory == "." ? normal.string() : (out_.directory / normal).string();
    return std::nullopt;
  }

  Error error(SourcePos at, std::string what) const {
    return Error{ErrorCode::bad_config, file_.string(),
                 "line " + std::to_string(at.line) + ", column " + std::to_string(at.column) + ": " +
                     std::move(what)};
  }

  const json::Doc& doc_;
  const fs::path& file_;
  ConfigFile& out_;
};

}  // namespace

Result<ConfigFile> parse_config_file(std::string_view text, const fs::path& file) {
  if (text.size() > kMaxConfigBytes)
    return Error{ErrorCode::bad_config, file.string(),
                 "is larger than " + std::to_string(kMaxConfigBytes) + " bytes: not a config file"};
  auto doc = json::parse(std::string(text), json::Limits{.max_depth = kMaxConfigDepth});
  if (!doc) return Error{ErrorCode::bad_config, file.string(), doc.error().detail};
  ConfigFile out;
  out.file = file;
  out.directory = file.parent_path().empty() ? fs::path(".") : file.parent_path();
  if (auto e = Reader(*doc, file, out).read()) return *e;
  return out;
}

Result<ConfigFile> read_config_file(const fs::path& file) {
  std::error_code ec;
  if (!fs::exists(file, ec)) return Error{ErrorCode::not_found, file.string(), "no such config file"};
  if (fs::is_directory(file, ec)) return Error{ErrorCode::bad_config, file.string(), "is a directory, not a config file"};
  auto size = fs::file_size(file, ec);
  if (!ec && size > kMaxConfigBytes)
    return Error{ErrorCode::bad_config, file.string(),
                 "is larger than " + std::to_string(kMaxConfigBytes) + " bytes: not a config file"};
  std::ifstream in(file, std::ios::binary);
  if (!in) return Error{ErrorCode::unreadable, file.string(), "cannot be read"};
  std::string text(std::istreambuf_iterator<char>(in), {});
  return parse_config_file(text, file);
}

std::optional<fs::path> find_config_file(const fs::path& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec);
  if (ec) return std::nullopt;
  for (;;) {
    fs::path candidate = dir / kConfigFileName;
    if (fs::is_regular_file(candidate, ec)) {
      // Relative to where rampa runs, so the pages it names read as in a
      // command line ("site/index.html", "../site/index.html").
      fs::path near = fs::proximate(candidate, ec);
      return ec ? candidate : near;
    }
    if (!dir.has_relative_path()) return std::nullopt;
    dir = dir.parent_path();
  }
}

}  // namespace rampa
