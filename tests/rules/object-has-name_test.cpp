#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

namespace {
const char* const kRule = "object-has-name";
}

TEST(ObjectHasName, FailsOnAnImageObjectWhoseFallbackHasTheName) {
  auto result = run_rule(kRule, "failed-imagen-sin-nombre.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.no-name");
  EXPECT_EQ(result.findings[0].args.at("resource"), "/assets/img/feria-empleo.png");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 6, .column = 3}));
  EXPECT_EQ(result.findings[0].selector, "html > body > object");
}

TEST(ObjectHasName, SaysWhenAltWasMeantAsTheName) {
  auto result = run_rule(kRule, "failed-alt-ignorado.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.alt-ignored");
  EXPECT_EQ(result.findings[0].args.at("alt"), "Dicas para a entrevista");
  EXPECT_EQ(result.findings[0].args.at("resource"), "https://audios.example/dicas-entrevista.mp3");
}

TEST(ObjectHasName, FailsOnEmptyTitleAndBrokenLabelledby) {
  EXPECT_EQ(run_rule_on(kRule, "<object title=\"\" data=\"https://v.example/a.webm\"></object>").outcome,
            Outcome::failed);
  EXPECT_EQ(run_rule_on(kRule, "<object aria-labelledby=nada data=\"https://v.example/a.mp3\"></object>").outcome,
            Outcome::failed);
  EXPECT_EQ(run_rule_on(kRule, "<object type=\"video/mp4\" data=\"https://v.example/ver?id=3\"></object>").outcome,
            Outcome::failed);
  EXPECT_EQ(run_rule_on(kRule, "<object data=\"data:image/png;base64,AAAA\"></object>").outcome, Outcome::failed);
}

TEST(ObjectHasName, PassesNamedObjects) {
  EXPECT_EQ(run_rule(kRule, "passed-video-con-nombre.html").outcome, Outcome::passed);
  auto both = run_rule(kRule, "passed-imagen-con-title.html", /*include_passed=*/true);
  ASSERT_EQ(both.outcome, Outcome::passed);
  EXPECT_EQ(both.findings.size(), 2u);
}

TEST(ObjectHasName, IsInapplicableToOtherContentRolesAndHiddenObjects) {
  EXPECT_EQ(run_rule(kRule, "inapplicable-pdf-y-rol.html").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule_on(kRule, "<object data=\"/ofertas/index.html\"><img src=a.png alt=x></object>").outcome,
            Outcome::inapplicable);
  EXPECT_EQ(run_rule_on(kRule, "<object type=\"image/png\"></object>").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule_on(kRule, "<object data=\"https://v.example/a.mp4\" style=\"display: none;\"></object>").outcome,
            Outcome::inapplicable);
  EXPECT_EQ(run_rule_on(kRule, "<object data=\"https://v.example/a.mp4\" aria-hidden=true></object>").outcome,
            Outcome::inapplicable);
  EXPECT_EQ(run_rule_on(kRule, "<audio title=x src=\"https://v.example/a.mp3\"></audio>").outcome,
            Outcome::inapplicable);
}

TEST(ObjectHasName, CannotTellAnUnknownTypeOrAMissingFile) {
  auto unknown = run_rule(kRule, "cant-tell-tipo-desconocido.html");
  ASSERT_EQ(unknown.outcome, Outcome::cant_tell);
  ASSERT_EQ(unknown.findings.size(), 1u);
  EXPECT_EQ(unknown.findings[0].message, "cant-tell.unknown-type");
  EXPECT_EQ(unknown.findings[0].args.at("resource"), "https://cursos.example/reproductor?curso=12");

  auto missing = run_rule(kRule, "cant-tell-archivo-ausente.html");
  ASSERT_EQ(missing.outcome, Outcome::cant_tell);
  ASSERT_EQ(missing.findings.size(), 1u);
  EXPECT_EQ(missing.findings[0].message, "cant-tell.missing-resource");
  EXPECT_EQ(missing.findings[0].args.at("resource"), "videos/aula-1.mp4");
  EXPECT_EQ(missing.findings[0].at, (SourcePos{.line = 6, .column = 3}));
}

TEST(ObjectHasName, LeavesOutANestedObjectThatIsOnlyFallback) {
  auto result = run_rule_on(kRule,
                            "<object data=\"https://v.example/a.mp4\" title=Charla>"
                            "<object data=\"https://v.example/a.webm\"></object></object>");
  // The outer object is named (passed, no finding); the inner one is fallback.
  EXPECT_EQ(result.outcome, Outcome::passed);
  EXPECT_TRUE(result.findings.empty());
}
