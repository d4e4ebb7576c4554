#include "inputs.hpp"

#include <glob.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace fs = std::filesystem;

namespace rampa::cli {

namespace {

std::string lower_ext(const fs::path& p) {
  std::string e = p.extension().string();
  for (char& c : e) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return e;
}

// An .xml file is a page when its root element is XHTML, SVG or MathML;
// sitemaps and configuration files next to the pages are not.
bool xml_is_page(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(2048, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  std::size_t i = 0;
  while ((i = head.find('<', i)) != std::string::npos) {
    if (head.compare(i, 2, "<?") == 0 || head.compare(i, 2, "<!") == 0) {
      ++i;
      continue;
    }
    std::size_t e = head.find_first_of(" \t\r\n/>", i + 1);
    std::string name = head.substr(i + 1, e == std::string::npos ? std::string::npos : e - i - 1);
    if (auto colon = name.find(':'); colon != std::string::npos) name = name.substr(colon + 1);
    return name == "html" || name == "svg" || name == "math";
  }
  return false;
}

// A .json file is a page when it looks like a form definition (SurveyJS,
// Form.io, JSON Schema or a uiSchema); package.json and the like are not.
bool json_is_definition(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(64 * 1024, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  auto first = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (first == std::string::npos || head[first] != '{') return false;
  for (const char* key : {"\"pages\"", "\"elements\"", "\"components\"", "\"schema\"", "\"properties\"", "\"ui:"})
    if (head.find(key) != std::string::npos) return true;
  return false;
}

bool has_glob_chars(const std::string& s) { return s.find_first_of("*?[") != std::string::npos; }

void walk(const std::string& dir, std::vector<Input>& out) {
  std::vector<std::string> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  if (ec) {
    out.push_back({dir, false, "cannot read this directory: " + ec.message()});
    return;
  }
  for (; it != end; it.increment(ec)) {
    if (ec) break;
    std::error_code fec;
    if (!it->is_regular_file(fec)) continue;
    std::string p = it->path().generic_string();
    if (is_page_file(p)) found.push_back(std::move(p));
  }
  if (ec) {
    out.push_back({dir, false, "could not walk this directory to the end: " + ec.message()});
  }
  if (found.empty()) {
    out.push_back({dir, false, "has no pages (.html, .htm, .xhtml, .svg, XML pages and XForms, JSON form definitions) in it or below"});
    return;
  }
  std::sort(found.begin(), found.end());
  for (auto& p : found) out.push_back({std::move(p), false, {}});
}

}  // namespace

bool is_page_file(const std::string& path) {
  std::string ext = lower_ext(path);
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml" || ext == ".svg") return true;
  if (ext == ".json") return json_is_definition(path);
  return ext == ".xml" && xml_is_page(path);
}

std::vector<Input> expand_inputs(const std::vector<std::string>& args) {
  std::vector<Input> out;
  for (const std::string& a : args) {
    if (a == "-") {
      out.push_back({"-", true, {}});
      continue;
    }
    std::error_code ec;
    auto st = fs::status(a, ec);
    if (!ec && fs::is_directory(st)) {
      walk(a, out);
    } else if (!ec && fs::exists(st)) {
      out.push_back({a, false, {}});
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
        if (fs::is_directory(m, ec)) walk(m, out);
        else out.push_back({std::move(m), false, {}});
      }
    } else {
      out.push_back({a, false, "no such file or directory"});
    }
  }
  return out;
}

}  // namespace rampa::cli
