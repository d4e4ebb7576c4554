#include "inputs.hpp"

#include <dirent.h>
#include <glob.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>

#include "rampa/engine.hpp"

namespace fs = std::filesystem;

namespace rampa::cli {

namespace {

std::string lower_ext(const fs::path& p) {
  std::string e = p.extension().string();
  for (char& c : e) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return e;
}

// An .xml file is a page when its root element is XHTML, SVG or MathML;
// sitemaps and configuration files next to the pages are not. The root is
// the first element after the XML declaration, processing instructions,
// comments and the doctype (with its internal subset), however long.
bool xml_is_page(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string text(std::istreambuf_iterator<char>(in), {});
  std::size_t i = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  while ((i = text.find('<', i)) != std::string::npos) {
    auto skip_past = [&](std::string_view end) {
      std::size_t e = text.find(end, i);
      return e == std::string::npos ? std::string::npos : e + end.size();
    };
    if (text.compare(i, 4, "<!--") == 0) {
      i = skip_past("-->");
    } else if (text.compare(i, 2, "<?") == 0) {
      i = skip_past("?>");
    } else if (text.compare(i, 2, "<!") == 0) {
      // <!DOCTYPE ...>, whose internal subset in [...] holds declarations
      // with '>' of their own.
      std::size_t k = i + 2;
      int depth = 0;
      for (; k < text.size(); ++k) {
        if (text[k] == '[') ++depth;
        else if (text[k] == ']') --depth;
        else if (text[k] == '>' && depth <= 0) break;
      }
      i = k < text.size() ? k + 1 : std::string::npos;
    } else {
      std::size_t e = text.find_first_of(" \t\r\n/>", i + 1);
      std::string name = text.substr(i + 1, e == std::string::npos ? std::string::npos : e - i - 1);
      if (auto colon = name.find(':'); colon != std::string::npos) name = name.substr(colon + 1);
      return name == "html" || name == "svg" || name == "math";
    }
    if (i == std::string::npos) return false;
  }
  return false;
}

// A .json file is a page when it is a form definition (SurveyJS, Form.io,
// JSON Schema or a uiSchema) by its top-level keys; package.json, OpenAPI
// documents and rampa's own reports are not.
bool json_is_definition(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string text(std::istreambuf_iterator<char>(in), {});
  return rampa::is_form_definition(text);
}

bool has_glob_chars(const std::string& s) { return s.find_first_of("*?[") != std::string::npos; }

// Whether `path`, with every link followed, is inside the directory
// `real_dir` (already canonical).
bool leads_inside(const fs::path& path, const fs::path& real_dir) {
  std::error_code ec;
  fs::path real = fs::canonical(path, ec);
  if (ec) return false;
  fs::path rel = real.lexically_relative(real_dir);
  return !rel.empty() && *rel.begin() != "..";
}

// Why a directory cannot be listed and entered, or "" when it can.
std::string unreadable_directory(const std::string& p) {
  DIR* d = ::opendir(p.c_str());
  if (d == nullptr) return std::strerror(errno);
  ::closedir(d);
  if (::access(p.c_str(), X_OK) != 0) return std::strerror(errno);
  return {};
}

void walk(const std::string& dir, std::vector<Input>& out, std::vector<std::string>* skipped) {
  std::vector<std::string> found;
  std::vector<Input> errors;
  std::vector<std::string> notes;
  std::error_code ec;
  const fs::path real_dir = fs::canonical(dir, ec);
  // Permission errors are skipped by the iterator, which cannot go on past
  // an error: each subdirectory is tried before it is entered, and one that
  // cannot be read is said, with the system's reason.
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  if (ec) {
    out.push_back({dir, false, "cannot read this directory: " + ec.message()});
    return;
  }
  for (; it != end; it.increment(ec)) {
    const fs::directory_entry& e = *it;
    std::error_code fec;
    const std::string p = e.path().generic_string();
    if (e.is_symlink(fec) && !leads_inside(e.path(), real_dir)) {
      // The walk stays inside the directory it was given: a link out of it
      // could expose any file of the machine in a report.
      notes.push_back(p + ": a link leading outside " + dir + ", not followed");
    } else if (e.is_directory(fec)) {
      if (std::string why = unreadable_directory(p); !why.empty()) {
        errors.push_back({p, false, "cannot read this directory: " + why});
        it.disable_recursion_pending();
      }
    } else if (e.is_regular_file(fec)) {
      std::string why;
      if (is_page_file(p, &why)) found.push_back(p);
      else if (!why.empty()) notes.push_back(p + ": " + why);
    }
  }
  if (ec) errors.push_back({dir, false, "could not walk this directory to the end: " + ec.message()});
  if (found.empty() && errors.empty()) {
    out.push_back({dir, false, "has no pages (.html, .htm, .xhtml, .svg, XML pages and XForms, JSON form definitions) in it or below"});
    return;
  }
  std::sort(found.begin(), found.end());
  std::sort(notes.begin(), notes.end());
  if (skipped != nullptr) skipped->insert(skipped->end(), notes.begin(), notes.end());
  for (auto& p : found) out.push_back({std::move(p), false, {}});
  for (auto& e : errors) out.push_back(std::move(e));
}

}  // namespace

bool is_page_file(const std::string& path, std::string* why) {
  std::string ext = lower_ext(path);
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml" || ext == ".svg") return true;
  if (ext == ".json") {
    // .rampa.json and other tools' settings: never pages, not worth a note.
    if (fs::path(path).filename().string().starts_with(".")) return false;
    if (json_is_definition(path)) return true;
    if (why != nullptr) *why = "JSON but not a form definition (SurveyJS, Form.io, JSON Schema), not audited";
    return false;
  }
  // Sitemaps and configuration files are usual beside pages: left out quietly.
  return ext == ".xml" && xml_is_page(path);
}

std::vector<Input> expand_inputs(const std::vector<std::string>& args, std::vector<std::string>* skipped,
                                 const std::optional<fs::path>& confine_to) {
  std::vector<Input> out;
  std::optional<fs::path> project;
  if (confine_to) {
    std::error_code ec;
    project = fs::canonical(*confine_to, ec);
    if (ec) project = fs::path();  // matches nothing: every path is refused
  }
  auto outside = [&](const std::string& p) { return project && !leads_inside(p, *project); };
  auto refused = [&](const std::string& p) {
    return Input{p, false, "leads outside the project's directory " + confine_to->string() + " (.rampa.json): not audited"};
  };
  for (const std::string& a : args) {
    if (a == "-") {
      out.push_back({"-", true, {}});
      continue;
    }
    std::error_code ec;
    auto st = fs::status(a, ec);
    if (ec && ec != std::errc::no_such_file_or_directory && ec != std::errc::not_a_directory) {
      // A directory on the way that cannot be searched, a loop of links:
      // the file may well exist, so say what the system says.
      out.push_back({a, false, "cannot be read: " + ec.message(), true});
    } else if (!ec && fs::exists(st) && outside(a)) {
      out.push_back(refused(a));
    } else if (!ec && fs::is_directory(st)) {
      walk(a, out, skipped);
    } else if (!ec && fs::exists(st)) {
      out.push_back({a, false, {}, true});
    } else if (has_glob_chars(a)) {
      glob_t g{};
      int rc = ::glob(a.c_str(), GLOB_NOSORT, nullptr, &g);
      std::vector<std::string> matches;
      if (rc == 0)
        for (std::size_t i = 0; i < g.gl_pathc; ++i) matches.emplace_back(g.gl_pathv[i]);
      globfree(&g);
      std::sort(matches.begin(), matches.end());
      if (matches.empty()) out.push_back({a, false, "no file matches this pattern"});
      for (auto& m : matches) {
        if (outside(m)) out.push_back(refused(m));
        else if (fs::is_directory(m, ec)) walk(m, out, skipped);
        else out.push_back({std::move(m), false, {}});
      }
    } else {
      out.push_back({a, false, "no such file or directory"});
    }
  }
  return out;
}

}  // namespace rampa::cli
