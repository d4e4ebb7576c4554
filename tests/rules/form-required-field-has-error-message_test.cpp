#include <gtest/gtest.h>

#include "document/document.hpp"
#include "support/form_rule_test.hpp"
#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::forms::Origin;
using rampa::testing::at;
using rampa::testing::field;
using rampa::testing::one_field;
using rampa::testing::run_form_rule;
using rampa::testing::run_rule;
using rampa::testing::text;

namespace {
constexpr const char* kRule = "form-required-field-has-error-message";

rampa::forms::Field required(std::string key, std::string label) {
  auto f = field(key);
  f.label = text(std::move(label), "/properties/" + key + "/title");
  f.required = true;
  f.required_at = at("/required/1");
  return f;
}
}  // namespace

TEST(FormRequiredFieldHasErrorMessage, FailsWhereTheFieldIsDeclaredRequired) {
  auto run = run_form_rule(kRule, one_field(required("cedula", "Número de cédula")));
  ASSERT_EQ(run.outcome, Outcome::failed);
  ASSERT_EQ(run.verdicts.size(), 1u);
  EXPECT_EQ(run.verdicts[0].message, "failed.generic");
  EXPECT_EQ(run.verdicts[0].args.at("field"), "Número de cédula");
  EXPECT_EQ(run.verdicts[0].args.at("key"), "cedula");
  EXPECT_EQ(run.verdicts[0].path, "/required/1");
}

TEST(FormRequiredFieldHasErrorMessage, PassesOnAFieldSpecificMessage) {
  auto f = required("cedula", "Número de cédula");
  f.required_message = text("Escriba su número de cédula", "/errorMessage/required/cedula");
  EXPECT_EQ(run_form_rule(kRule, one_field(f)).outcome, Outcome::passed);
}

TEST(FormRequiredFieldHasErrorMessage, HtmlNativeMessagesPassAndScriptMessagesCannotBeSeen) {
  rampa::Attribute native;
  native.name = rampa::attr::required;
  rampa::Attribute aria;
  aria.name = rampa::attr::aria_required;
  auto f = required("nombres", "Nombres");
  f.required_at.attribute = &native;
  f.native_messages = true;
  EXPECT_EQ(run_form_rule(kRule, one_field(f, Origin::html)).outcome, Outcome::passed);
  f.native_messages = false;
  auto run = run_form_rule(kRule, one_field(f, Origin::html));
  ASSERT_EQ(run.verdicts.size(), 1u);
  EXPECT_EQ(run.verdicts[0].outcome, Outcome::cant_tell);
  EXPECT_EQ(run.verdicts[0].message, "cant-tell.script");
  // The browser validates the field (say, for its pattern) but never checks
  // aria-required.
  f.required_at.attribute = &aria;
  f.native_messages = true;
  EXPECT_EQ(run_form_rule(kRule, one_field(f, Origin::html)).outcome, Outcome::cant_tell);
}

TEST(FormRequiredFieldHasErrorMessage, IsInapplicableOnOptionalAndReadOnlyFields) {
  auto f = required("origen", "Origen");
  f.read_only = true;
  EXPECT_EQ(run_form_rule(kRule, one_field(f)).outcome, Outcome::inapplicable);
  EXPECT_EQ(run_form_rule(kRule, one_field(field("telefono"))).outcome, Outcome::inapplicable);
}

TEST(FormRequiredFieldHasErrorMessage, PointsAtTheRequiredEntryAndTheRequiredAttribute) {
  auto schema = run_rule(kRule, "failed-sin-mensaje-propio.schema.json");
  ASSERT_EQ(schema.findings.size(), 1u);  // nombres has its message
  EXPECT_EQ(schema.findings[0].message, "failed.generic");
  EXPECT_EQ(schema.findings[0].args.at("key"), "cedula");
  EXPECT_EQ(schema.findings[0].at, (rampa::SourcePos{.line = 6, .column = 29}));
  EXPECT_EQ(schema.findings[0].selector, "/schema/required/1");

  auto xform = run_rule(kRule, "failed-sin-required-msg.xform.xml");
  ASSERT_EQ(xform.findings.size(), 1u);
  EXPECT_EQ(xform.findings[0].args.at("field"), "Acepto los términos de uso");
  EXPECT_EQ(xform.findings[0].at, (rampa::SourcePos{.line = 12, .column = 52}));
  EXPECT_EQ(xform.findings[0].selector, "//*[local-name()='bind'][@nodeset='/data/terminos']/@required");
}
