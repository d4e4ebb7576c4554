// The sample portal's registration and enrolment forms exist as HTML and as a
// definition in every format, written with the same barriers: the form rules
// must find exactly those, on the same fields, in every format, each at a
// position inside the file that names the field's part.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "rampa/engine.hpp"
#include "support/rule_test.hpp"

namespace {

using Failures = std::set<std::pair<std::string, std::string>>;  // (rule, field key)

const rampa::Engine& engine() {
  static const rampa::Engine e = std::move(rampa::Engine::create({})).value();
  return e;
}

std::filesystem::path form_file(const std::string& name) {
  return rampa::testing::source_dir() / "fixtures" / "sites" / "empleo" / "formularios" / name;
}

Failures form_failures(const rampa::PageReport& r) {
  Failures out;
  for (const auto& f : r.findings)
    if (f.outcome == rampa::Outcome::failed && f.rule->id.starts_with("form-") && f.rule->id != "form-field-has-name")
      out.insert({f.rule->id, f.field});
  return out;
}

std::vector<std::string> lines_of(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::vector<std::string> lines;
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  return lines;
}

const Failures kRegistro = {
    {"form-field-declares-purpose", "nombres"},            // autocomplete "nombre" is not a token
    {"form-field-declares-purpose", "correo"},             // an e-mail address with no autocomplete
    {"form-constrained-field-has-instructions", "cedula"},  // a pattern nobody explains
    {"form-constraint-has-message", "cedula"},              // ...and no message when it is broken
    {"form-no-redundant-entry", "correo_confirmacion"},     // the e-mail asked twice
    {"form-label-not-placeholder-only", "salario"},         // the placeholder is the only label
    {"form-choice-labelled", "disponibilidad"},             // options shown as raw values
    {"form-required-field-has-error-message", "terminos"},  // only the library's generic message
};

const Failures kCursos = {
    {"form-constrained-field-has-instructions", "documento"},  // a mask with a message but no instructions
};

struct Case {
  std::string file;
  Failures expected;
};

class PortalForms : public ::testing::TestWithParam<Case> {};

TEST_P(PortalForms, ReportTheSameBarriersOnTheSameFieldsAtTheirPlace) {
  const Case& c = GetParam();
  auto path = form_file(c.file);
  ASSERT_TRUE(std::filesystem::exists(path)) << path;
  auto report = engine().audit_file(path, c.file);
  ASSERT_FALSE(report.error) << report.error->message();
  EXPECT_EQ(form_failures(report), c.expected);

  auto lines = lines_of(path);
  for (const auto& f : report.findings) {
    if (!f.rule->id.starts_with("form-")) continue;
    SCOPED_TRACE(f.rule->id + " on " + f.field + " at " + std::to_string(f.at.line) + ":" +
                 std::to_string(f.at.column));
    EXPECT_FALSE(f.selector.empty()) << "a JSON pointer or XPath";
    const auto& src = f.file.empty() ? lines : lines_of(path.parent_path() / std::filesystem::path(f.file).filename());
    ASSERT_GE(f.at.line, 1u);
    ASSERT_LE(f.at.line, src.size());
    EXPECT_GE(f.at.column, 1u);
    // The snippet is the source at that position, so a person finds it at once.
    std::string first_token = f.snippet.substr(0, std::min(f.snippet.find(' '), std::size_t{6}));
    EXPECT_NE(src[f.at.line - 1].find(first_token), std::string::npos)
        << "line " << f.at.line << " is \"" << src[f.at.line - 1] << "\", snippet \"" << f.snippet << "\"";
  }
}

Failures without(Failures f, const std::string& rule) {
  for (auto it = f.begin(); it != f.end();) it = it->first == rule ? f.erase(it) : std::next(it);
  return f;
}
Failures with(Failures f, std::initializer_list<std::pair<std::string, std::string>> more) {
  f.insert(more.begin(), more.end());
  return f;
}

// XForms cannot declare input purpose: those fields are for a person to
// review (cantTell), not failures. Languages are declared only by SurveyJS and
// XForms, and only SurveyJS has time limits.
INSTANTIATE_TEST_SUITE_P(
    Formats, PortalForms,
    ::testing::Values(
        Case{"registro.schema.json", kRegistro}, Case{"registro.survey.json", kRegistro},
        Case{"registro.formio.json", kRegistro},
        // XForms has no placeholder: salario, with only a hint, has no label at all.
        Case{"registro.xform.xml",
             with(without(without(kRegistro, "form-field-declares-purpose"), "form-label-not-placeholder-only"),
                  {{"form-field-has-label", "salario"}})},
        Case{"cursos.rjsf.json", kCursos}, Case{"cursos.formio.json", kCursos},
        Case{"cursos.survey.json",
             with(kCursos, {{"form-text-translated", "motivo"}, {"form-time-limit-adjustable", ""}})},
        Case{"cursos.xform.xml", with(kCursos, {{"form-text-translated", "motivo"}})}),
    [](const auto& param_info) {
      std::string n = param_info.param.file;
      for (char& ch : n)
        if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
      return n;
    });

}  // namespace
