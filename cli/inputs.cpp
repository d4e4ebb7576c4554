#include "inputs.hpp"

#include <glob.h>

#include <algorithm>
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

void walk(const std::string& dir, std::vector<Input>& out, std::vector<std::string>* skipped) {
  std::vector<std::string> found;
  const std::size_t skipped_before = skipped != nullptr ? skipped->size() : 0;
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
    std::string why;
    if (is_page_file(p, &why)) found.push_back(std::move(p));
    else if (!why.empty() && skipped != nullptr) skipped->push_back(p + ": " + why);
  }
  if (ec) {
    out.push_back({dir, false, "could not walk this directory to the end: " + ec.message()});
  }
  if (found.empty()) {
    out.push_back({dir, false, "has no pages (.html, .htm, .xhtml, .svg, XML pages and XForms, JSON form definitions) in it or below"});
    return;
  }
  std::sort(found.begin(), found.end());
  if (skipped != nullptr) std::sort(skipped->begin() + static_cast<std::ptrdiff_t>(skipped_before), skipped->end());
  for (auto& p : found) out.push_back({std::move(p), false, {}});
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

std::vector<Input> expand_inputs(const std::vector<std::string>& args, std::vector<std::string>* skipped) {
  std::vector<Input> out;
  for (const std::string& a : args) {
    if (a == "-") {
      out.push_back({"-", true, {}});
      continue;
    }
    std::error_code ec;
    auto st = fs::status(a, ec);
    if (!ec && fs::is_directory(st)) {
      walk(a, out, skipped);
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
        if (fs::is_directory(m, ec)) walk(m, out, skipped);
        else out.push_back({std::move(m), false, {}});
      }
    } else {
      out.push_back({a, false, "no such file or directory"});
    }
  }
  return out;
}

}  // namespace rampa::cli
