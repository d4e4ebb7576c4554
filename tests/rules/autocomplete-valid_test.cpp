#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

namespace {
Outcome on_input(const std::string& autocomplete, const std::string& extra = "") {
  return run_rule_on("autocomplete-valid", "<html lang=\"es\"><title>x</title><label>Campo <input " + extra +
                                               " autocomplete=\"" + autocomplete + "\"></label></html>")
      .outcome;
}
}  // namespace

TEST(AutocompleteValid, FailsOnAnUnknownTokenAndPointsAtTheAttribute) {
  auto result = run_rule("autocomplete-valid", "failed-token-en-espanol.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.unknown-token");
  EXPECT_EQ(result.findings[0].args.at("token"), "correo");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 6, .column = 35}));
}

TEST(AutocompleteValid, FailsOnAContactKindBeforeANonContactField) {
  auto result = run_rule("autocomplete-valid", "failed-celular-en-campo-sin-contacto.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.not-a-contact-field");
  EXPECT_EQ(result.findings[0].args.at("token"), "mobile");
  EXPECT_EQ(result.findings[0].args.at("field"), "given-name");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 6, .column = 32}));
}

TEST(AutocompleteValid, FailsOnTokensOutOfOrder) {
  auto result = run_rule("autocomplete-valid", "failed-orden-invertido.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.misplaced-token");
  EXPECT_EQ(result.findings[0].args.at("token"), "billing");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 6, .column = 49}));
}

TEST(AutocompleteValid, PassesOnValidTokenLists) {
  EXPECT_EQ(run_rule("autocomplete-valid", "passed-correo-laboral.html").outcome, Outcome::passed);
  auto result = run_rule("autocomplete-valid", "passed-seccion-y-envio.html");
  EXPECT_EQ(result.outcome, Outcome::passed);
  EXPECT_TRUE(result.findings.empty());
}

TEST(AutocompleteValid, IsInapplicableOnDisabledToggleAndButtonFields) {
  EXPECT_EQ(run_rule("autocomplete-valid", "inapplicable-campo-desactivado.html").outcome, Outcome::inapplicable);
  EXPECT_EQ(on_input("OFF"), Outcome::inapplicable);
  EXPECT_EQ(on_input(" "), Outcome::inapplicable);
  EXPECT_EQ(on_input("correo", "type=\"hidden\""), Outcome::inapplicable);
  EXPECT_EQ(on_input("correo", "aria-disabled=\"true\""), Outcome::inapplicable);
}

TEST(AutocompleteValid, FieldsHiddenByStyleAreOutOfReach) {
  EXPECT_EQ(run_rule("autocomplete-valid", "inapplicable-oculto-por-estilo.html").outcome, Outcome::inapplicable);
}

TEST(AutocompleteValid, FollowsTheAutofillGrammar) {
  EXPECT_EQ(on_input("section-empleo billing mobile tel webauthn"), Outcome::passed);
  EXPECT_EQ(on_input("current-password webauthn"), Outcome::passed);
  EXPECT_EQ(on_input("Work Tel-Extension"), Outcome::passed);
  EXPECT_EQ(on_input("shipping"), Outcome::failed);
  EXPECT_EQ(on_input("work"), Outcome::failed);
  EXPECT_EQ(on_input("work,email"), Outcome::failed);
  EXPECT_EQ(on_input("email webauthn webauthn"), Outcome::failed);
  EXPECT_EQ(on_input("address-line1 address-line2"), Outcome::failed);
  EXPECT_EQ(on_input("webauthn email"), Outcome::failed);
  // A focusable field keeps its widget role: role="none" does not take it out.
  EXPECT_EQ(on_input("correo", "role=\"none\""), Outcome::failed);
}

TEST(AutocompleteValid, AsksAboutAnInvalidValueOnAFieldNotAboutTheUser) {
  for (const char* fixture : {"cant-tell-buscador-con-autocomplete-true.html", "cant-tell-cep-do-responsavel.html"}) {
    auto result = run_rule("autocomplete-valid", fixture);
    ASSERT_EQ(result.findings.size(), 1u) << fixture;
    EXPECT_EQ(result.findings[0].outcome, Outcome::cant_tell) << fixture;
    EXPECT_EQ(result.findings[0].message, "cant-tell.not-about-the-user") << fixture;
  }
  EXPECT_EQ(run_rule("autocomplete-valid", "cant-tell-buscador-con-autocomplete-true.html").findings[0].args.at("value"),
            "true");
  // The same value on a field about the person still fails.
  EXPECT_EQ(on_input("true", "name=\"correo\" type=\"email\""), Outcome::failed);
}
