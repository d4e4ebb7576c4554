#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

namespace {
constexpr const char* kRule = "form-field-has-name";
}

TEST(FormFieldHasName, FailsOnAnUnconnectedTextBox) {
  auto result = run_rule(kRule, "failed-unlabelled-input.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.empty");
  EXPECT_EQ(result.findings[0].args.at("field"), "textbox");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 7, .column = 3}));
}

TEST(FormFieldHasName, ExplainsThatALabelCannotNameADiv) {
  auto result = run_rule(kRule, "failed-label-on-div.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.label-not-labelable");
  EXPECT_EQ(result.findings[0].args.at("field"), "textbox");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 6, .column = 1}));
}

TEST(FormFieldHasName, PassesOnLabelsLabelledbyAndContent) {
  for (const char* f : {"passed-labels.html", "passed-role-checkbox-content.html"}) {
    auto result = run_rule(kRule, f);
    EXPECT_EQ(result.outcome, Outcome::passed) << f;
    EXPECT_TRUE(result.findings.empty()) << f;
  }
}

TEST(FormFieldHasName, IsInapplicableToHiddenFieldsAndButtons) {
  EXPECT_EQ(run_rule(kRule, "inapplicable-hidden-and-buttons.html").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule_on(kRule, "<select role=\"none\" disabled><option>Lima</option></select>").outcome,
            Outcome::inapplicable);
}

TEST(FormFieldHasName, CannotTellWhatACustomElementInTheLabelSays) {
  auto result = run_rule(kRule, "cant-tell-label-with-custom-element.html");
  ASSERT_EQ(result.outcome, Outcome::cant_tell);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "cant-tell.name-source");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 6, .column = 1}));
}

TEST(FormFieldHasName, EdgeCases) {
  // Placeholder is HTML-AAM's last resort, but it is a name.
  EXPECT_EQ(run_rule_on(kRule, "<input placeholder=\"Buscar puesto\">").outcome, Outcome::passed);
  EXPECT_EQ(run_rule_on(kRule, "<input aria-label=\" \">").outcome, Outcome::failed);
  EXPECT_EQ(run_rule_on(kRule, "<input disabled>").outcome, Outcome::failed);
  EXPECT_EQ(run_rule_on(kRule, "<div id=\"r\"></div><select aria-labelledby=\"r\"><option>Lima</option></select>")
                .outcome,
            Outcome::failed);
  // A hidden element that aria-labelledby points at still names (accname 2A).
  EXPECT_EQ(run_rule_on(kRule, "<input type=\"checkbox\" aria-labelledby=\"t\"><span id=\"t\" "
                               "aria-hidden=\"true\">Turno noche</span>")
                .outcome,
            Outcome::passed);
  // A textbox does not take its name from its content.
  EXPECT_EQ(run_rule_on(kRule, "<div role=\"textbox\">Apellido</div>").outcome, Outcome::failed);
}

TEST(FormFieldHasName, DateAndColorInputsAreFieldsToo) {
  auto date = run_rule_on(kRule, "<label>Fecha de nacimiento</label> <input type=\"date\">");
  ASSERT_EQ(date.outcome, Outcome::failed);
  EXPECT_EQ(date.findings[0].args.at("field"), "date");
  EXPECT_EQ(run_rule_on(kRule, "<label>Color <input type=\"color\"></label>").outcome, Outcome::passed);
}
