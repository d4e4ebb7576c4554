#include <gtest/gtest.h>

#include "support/form_rule_test.hpp"
#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::forms::Control;
using rampa::forms::FormModel;
using rampa::forms::Option;
using rampa::forms::Origin;
using rampa::testing::make_field;
using rampa::testing::run_form_rule;

namespace {

Option option(std::string value, std::string label, std::uint32_t line) {
  Option o;
  o.value = std::move(value);
  if (!label.empty()) o.label.values.push_back({"", std::move(label), {}});
  o.at.path = "/choices/" + o.value;
  o.at.pos = {line, 9};
  return o;
}

FormModel radios(std::string label, std::vector<Option> options, Origin origin = Origin::surveyjs) {
  FormModel form;
  form.origin = origin;
  auto f = make_field("disponibilidad", std::move(label), Control::radio, 6);
  f.options = std::move(options);
  form.fields.push_back(std::move(f));
  return form;
}

}  // namespace

TEST(FormChoiceLabelled, FailsOnRawValuesAndPointsAtTheFirstUnlabelledOption) {
  auto run = run_form_rule("form-choice-labelled",
                           radios("Disponibilidad horaria", {option("completa", "Completa", 8), option("parcial", "", 9),
                                                             option("fines", "", 10)}));
  ASSERT_EQ(run.outcome, Outcome::failed);
  ASSERT_EQ(run.verdicts.size(), 1u);
  EXPECT_EQ(run.verdicts[0].message, "failed.raw-values");
  EXPECT_EQ(run.verdicts[0].args.at("values"), "parcial, fines");
  EXPECT_EQ(run.verdicts[0].args.at("count"), "2");
  EXPECT_EQ(run.verdicts[0].args.at("field"), "Disponibilidad horaria");
  EXPECT_EQ(run.verdicts[0].path, "/choices/parcial");
  EXPECT_EQ(run.verdicts[0].at, (SourcePos{.line = 9, .column = 9}));
}

TEST(FormChoiceLabelled, ShortensLongListsOfRawValues) {
  std::vector<Option> many;
  for (int i = 0; i < 7; ++i) many.push_back(option("v" + std::to_string(i), "", 10 + i));
  auto run = run_form_rule("form-choice-labelled", radios("Turno", std::move(many)));
  ASSERT_EQ(run.verdicts.size(), 1u);
  EXPECT_EQ(run.verdicts[0].args.at("values"), "v0, v1, v2, v3, v4, …");
  EXPECT_EQ(run.verdicts[0].args.at("count"), "7");
}

TEST(FormChoiceLabelled, FailsOnAnHtmlGroupWithoutAGroupLabel) {
  auto run = run_form_rule("form-choice-labelled",
                           radios("", {option("m", "Mañana", 3), option("t", "Tarde", 4)}, Origin::html));
  ASSERT_EQ(run.verdicts.size(), 1u);
  EXPECT_EQ(run.verdicts[0].message, "failed.no-group-label");
  EXPECT_EQ(run.verdicts[0].args.at("field"), "disponibilidad");
  EXPECT_EQ(run.verdicts[0].args.at("count"), "2");
}

TEST(FormChoiceLabelled, LeavesUnlabelledDefinitionGroupsToFormFieldHasLabel) {
  auto run = run_form_rule("form-choice-labelled", radios("", {option("m", "Mañana", 3), option("t", "Tarde", 4)}));
  EXPECT_EQ(run.outcome, Outcome::passed);
}

TEST(FormChoiceLabelled, PassesWhenGroupAndOptionsAreLabelled) {
  auto run = run_form_rule("form-choice-labelled",
                           radios("Turno preferido", {option("m", "Mañana", 3), option("t", "Tarde", 4)}, Origin::html));
  ASSERT_EQ(run.verdicts.size(), 1u);
  EXPECT_EQ(run.verdicts[0].outcome, Outcome::passed);
}

TEST(FormChoiceLabelled, IsInapplicableWithoutOptions) {
  FormModel form;
  form.fields.push_back(make_field("nombre", "Nombre"));
  EXPECT_EQ(run_form_rule("form-choice-labelled", std::move(form)).outcome, Outcome::inapplicable);
}

TEST(FormChoiceLabelled, CannotTellAGroupWhoseQuestionIsWrittenJustBeforeIt) {
  auto form = radios("", {option("m", "Mañana", 3), option("t", "Tarde", 4)}, Origin::html);
  form.fields[0].text_nearby = true;
  auto run = run_form_rule("form-choice-labelled", std::move(form));
  ASSERT_EQ(run.verdicts.size(), 1u);
  EXPECT_EQ(run.verdicts[0].outcome, Outcome::cant_tell);
  EXPECT_EQ(run.verdicts[0].message, "cant-tell.question-not-tied");

  // Through the HTML builder: a paragraph before the radios, a heading inside
  // a fieldset without legend; and radios after another field fail.
  for (const char* file : {"cant-tell-pregunta-en-un-parrafo.html", "cant-tell-pregunta-en-un-titulo.html"}) {
    auto r = rampa::testing::run_rule("form-choice-labelled", file);
    ASSERT_EQ(r.findings.size(), 1u) << file;
    EXPECT_EQ(r.findings[0].message, "cant-tell.question-not-tied") << file;
  }
  auto failed = rampa::testing::run_rule("form-choice-labelled", "failed-radios-sin-pregunta.html");
  ASSERT_EQ(failed.findings.size(), 1u);
  EXPECT_EQ(failed.findings[0].message, "failed.no-group-label");
  EXPECT_EQ(failed.findings[0].args.at("count"), "3");
}

TEST(FormChoiceLabelled, LeavesHtmlValuesLoneRadiosAndNamelessChoicesAlone) {
  // Browsers show no value: a blank option is a blank row, and a radio
  // without a label is form-field-has-name's finding.
  EXPECT_EQ(run_form_rule("form-choice-labelled",
                          radios("Turno", {option("m", "Mañana", 3), option("t", "", 4)}, Origin::html))
                .outcome,
            Outcome::inapplicable);
  EXPECT_EQ(run_form_rule("form-choice-labelled", radios("", {option("m", "Mañana", 3)}, Origin::html)).outcome,
            Outcome::inapplicable);
  EXPECT_EQ(rampa::testing::run_rule("form-choice-labelled", "inapplicable-radio-solo-y-opcion-vacia.html").outcome,
            Outcome::inapplicable);
}
