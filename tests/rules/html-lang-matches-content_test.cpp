#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "audit/page.hpp"
#include "language/language_guess.hpp"
#include "parse/parsers.hpp"
#include "rule.hpp"
#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

namespace {
const char kRule[] = "html-lang-matches-content";
}

TEST(HtmlLangMatchesContent, FailsASpanishPageDeclaredEnglishAndNamesTheLanguage) {
  auto result = run_rule(kRule, "failed-espanol-declarado-ingles.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.other-language");
  EXPECT_EQ(result.findings[0].args.at("value"), "en");
  EXPECT_EQ(result.findings[0].args.at("detected"), "es");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 3, .column = 7}));
}

TEST(HtmlLangMatchesContent, FailsAnEnglishPageDeclaredSpanish) {
  auto result = run_rule(kRule, "failed-english-declared-spanish.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].args.at("detected"), "en");
}

TEST(HtmlLangMatchesContent, ComparesPrimarySubtagsOnly) {
  auto result = run_rule(kRule, "passed-espanol-rioplatense.html", true);
  ASSERT_EQ(result.outcome, Outcome::passed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "passed");
  EXPECT_EQ(run_rule(kRule, "passed-portugues-do-brasil.html").outcome, Outcome::passed);
}

TEST(HtmlLangMatchesContent, PassesWhenAtAHairFromACloseNeighbour) {
  // Galician reads a fraction closer to Spanish than to Galician.
  auto result = run_rule(kRule, "passed-galego.html", true);
  ASSERT_EQ(result.outcome, Outcome::passed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "passed");
}

TEST(HtmlLangMatchesContent, LeavesCodeOut) {
  EXPECT_EQ(run_rule(kRule, "passed-codigo-en-ingles.html").outcome, Outcome::passed);
}

TEST(HtmlLangMatchesContent, CannotTellFromFewWordsNamesOrCodes) {
  for (const char* fixture : {"cant-tell-formulario-corto.html", "cant-tell-nombres-y-codigos.html"}) {
    auto result = run_rule(kRule, fixture);
    ASSERT_EQ(result.outcome, Outcome::cant_tell) << fixture;
    ASSERT_EQ(result.findings.size(), 1u) << fixture;
    EXPECT_EQ(result.findings[0].message, "cant-tell.short") << fixture;
    EXPECT_EQ(result.findings[0].args.at("minimum"), "40") << fixture;
  }
  EXPECT_EQ(run_rule(kRule, "cant-tell-formulario-corto.html").findings[0].args.at("words"), "0");
}

TEST(HtmlLangMatchesContent, CannotTellBetweenCloseLanguages) {
  auto result = run_rule(kRule, "cant-tell-portugues-declarado-espanol.html");
  ASSERT_EQ(result.outcome, Outcome::cant_tell);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "cant-tell.close");
  EXPECT_EQ(result.findings[0].args.at("detected"), "pt");
}

TEST(HtmlLangMatchesContent, CannotTellOnPlaceholderText) {
  auto result = run_rule(kRule, "cant-tell-texto-de-relleno.html");
  ASSERT_EQ(result.outcome, Outcome::cant_tell);
  EXPECT_EQ(result.findings[0].message, "cant-tell.latin");
}

TEST(HtmlLangMatchesContent, NeverFailsAMixedPage) {
  auto result = run_rule(kRule, "cant-tell-ingles-y-espanol.html");
  ASSERT_EQ(result.outcome, Outcome::cant_tell);
  ASSERT_EQ(result.findings.size(), 1u);
  const std::string& message = result.findings[0].message;
  EXPECT_TRUE(message == "cant-tell.mixed" || message == "cant-tell.unsure") << message;
}

TEST(HtmlLangMatchesContent, CannotTellALanguageWithoutAProfile) {
  std::string page = "<html lang=ja><title>x</title><body>";
  for (int i = 0; i < 8; ++i)
    page += "<p>Para inscribirse en la bolsa de empleo, complete el formulario con sus datos.</p>";
  auto result = run_rule_on(kRule, page + "</body></html>");
  ASSERT_EQ(result.outcome, Outcome::cant_tell);
  EXPECT_EQ(result.findings[0].message, "cant-tell.no-profile");
}

TEST(HtmlLangMatchesContent, IsInapplicableWithoutAValidLangOrText) {
  for (const char* fixture : {"inapplicable-sin-lang.html", "inapplicable-lang-invalido.html",
                              "inapplicable-texto-oculto.html", "inapplicable-body-con-su-propio-lang.html"})
    EXPECT_EQ(run_rule(kRule, fixture).outcome, Outcome::inapplicable) << fixture;
}

TEST(HtmlLangMatchesContent, ALongRunIsCutBetweenCharacters) {
  // One paragraph of far more than the 8 KiB a guess reads, with the cut
  // falling inside a two-byte "ó".
  const std::string sentence = "Información útil sobre el trámite de inscripción en la bolsa de empleo. ";
  std::string text;
  while (text.size() < 9000) text += sentence;
  std::string pad;
  while ((static_cast<unsigned char>((pad + text)[8192]) & 0xC0) != 0x80) pad += "a";
  auto result = run_rule_on(kRule, "<html lang=es><title>x</title><p>" + pad + text + "</p></html>", true);
  ASSERT_EQ(result.outcome, Outcome::passed);
  ASSERT_EQ(result.findings.size(), 1u);
}

TEST(HtmlLangMatchesContent, SaysSoWhenTheProfilesCannotBeRead) {
  const rampa::rules::RuleDef* def = nullptr;
  for (const rampa::rules::RuleDef& d : rampa::rules::registered())
    if (d.id == kRule) def = &d;
  ASSERT_NE(def, nullptr);
  std::ifstream in(rampa::testing::fixture_path(kRule, "failed-espanol-declarado-ingles.html"));
  std::stringstream html;
  html << in.rdbuf();
  rampa::LanguageGuesser none(std::filesystem::path("/nonexistent/profiles"));
  const rampa::LanguageGuesser* guessers[] = {&none, nullptr};
  for (const rampa::LanguageGuesser* guesser : guessers) {
    rampa::PageContext context;
    context.languages = guesser;
    rampa::Page page(std::move(rampa::parse_html(html.str(), {})).value(), "p.html", ".", ".", context);
    auto targets = def->applicability(page);
    ASSERT_EQ(targets.size(), 1u);
    rampa::rules::Verdicts out(def->messages);
    def->evaluate(targets[0], page, out);
    ASSERT_EQ(out.all().size(), 1u);
    EXPECT_EQ(out.all()[0].outcome, Outcome::cant_tell);
    EXPECT_EQ(out.all()[0].message_id, "cant-tell.no-profiles");
  }
}
