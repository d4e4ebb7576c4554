#include <gtest/gtest.h>

#include "support/form_rule_test.hpp"
#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::forms::Control;
using rampa::forms::FormModel;
using rampa::forms::Text;
using rampa::testing::make_field;
using rampa::testing::run_form_rule;

namespace {

Text text(std::initializer_list<std::pair<std::string, std::string>> values, std::uint32_t line) {
  Text t;
  for (const auto& [lang, s] : values) {
    rampa::forms::Translation v{lang, s, {}};
    v.at.path = "/q/" + (lang.empty() ? std::string("default") : lang);
    v.at.pos = {line, 5};
    t.values.push_back(std::move(v));
  }
  return t;
}

FormModel bilingual() {
  FormModel form;
  form.languages = {"es", "pt"};
  auto f = make_field("motivo", "", Control::textarea, 10);
  f.label = text({{"", "¿Por qué le interesa este curso?"}, {"pt", "Por que você se interessa por este curso?"}}, 11);
  f.hint = text({{"", "Opcional; hasta 500 caracteres"}}, 12);
  form.fields.push_back(std::move(f));
  return form;
}

}  // namespace

TEST(FormTextTranslated, FailsOnAHintMissingInOneLanguage) {
  auto run = run_form_rule("form-text-translated", bilingual());
  ASSERT_EQ(run.outcome, Outcome::failed);
  std::vector<rampa::testing::FormVerdict> bad;
  for (const auto& v : run.verdicts)
    if (v.outcome == Outcome::failed) bad.push_back(v);
  ASSERT_EQ(bad.size(), 1u);
  EXPECT_EQ(bad[0].message, "failed.hint");
  EXPECT_EQ(bad[0].args.at("lang"), "pt");
  EXPECT_EQ(bad[0].args.at("what"), "hint");
  EXPECT_EQ(bad[0].args.at("text"), "Opcional; hasta 500 caracteres");
  EXPECT_EQ(bad[0].args.at("field"), "¿Por qué le interesa este curso?");
  EXPECT_EQ(bad[0].path, "/q/default");
  EXPECT_EQ(bad[0].at, (SourcePos{.line = 12, .column = 5}));
}

TEST(FormTextTranslated, PassesWhenEveryTextIsInEveryLanguage) {
  FormModel form = bilingual();
  form.fields[0].hint = text({{"es", "Opcional; hasta 500 caracteres"}, {"pt-BR", "Opcional; até 500 caracteres"}}, 12);
  auto run = run_form_rule("form-text-translated", std::move(form));
  EXPECT_EQ(run.outcome, Outcome::passed);
}

TEST(FormTextTranslated, ChecksOptionsMessagesAndGroupLabels) {
  FormModel form;
  form.languages = {"es", "pt"};
  auto f = make_field("turno", "", Control::radio, 3);
  f.label = text({{"es", "Turno"}, {"pt", "Turno"}}, 3);
  rampa::forms::Option o;
  o.value = "noche";
  o.label = text({{"es", "Noche"}}, 5);
  f.options.push_back(o);
  f.required_message = text({{"es", "Elija un turno"}, {"pt", " "}}, 6);
  form.fields.push_back(std::move(f));
  rampa::forms::Group g;
  g.label = text({{"es", "Datos del curso"}}, 2);
  form.groups.push_back(g);
  auto run = run_form_rule("form-text-translated", std::move(form));
  std::vector<std::string> messages;
  for (const auto& v : run.verdicts)
    if (v.outcome == Outcome::failed) messages.push_back(v.message + ":" + v.args.at("text"));
  EXPECT_EQ(messages, (std::vector<std::string>{"failed.label:Datos del curso", "failed.message:Elija un turno",
                                                "failed.option:Noche"}));
}

TEST(FormTextTranslated, IsInapplicableToSingleLanguageForms) {
  FormModel form = bilingual();
  form.languages = {"es"};
  EXPECT_EQ(run_form_rule("form-text-translated", std::move(form)).outcome, Outcome::inapplicable);
}
