#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

namespace {
Outcome titled(const std::string& title, const std::string& body = "<p>Vacantes</p>") {
  return run_rule_on("page-title-descriptive",
                     "<html lang=\"es\"><head><title>" + title + "</title></head><body>" + body + "</body></html>")
      .outcome;
}
}  // namespace

TEST(PageTitleDescriptive, FailsOnAPlaceholderAndPointsAtTheTitle) {
  auto result = run_rule("page-title-descriptive", "failed-sin-titulo.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.placeholder");
  EXPECT_EQ(result.findings[0].args.at("title"), "Sin título");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 3, .column = 7}));
}

TEST(PageTitleDescriptive, FailsOnAnEditorDefaultWithSpaces) {
  auto result = run_rule("page-title-descriptive", "failed-document.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].args.at("title"), "Document");
}

TEST(PageTitleDescriptive, FailsOnAFileName) {
  auto result = run_rule("page-title-descriptive", "failed-nombre-de-archivo.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.file-name");
  EXPECT_EQ(result.findings[0].args.at("title"), "vacantes_2024.html");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 3, .column = 7}));
  // The page's own file name, even without a web extension.
  EXPECT_EQ(titled("inline.html"), Outcome::failed);
}

TEST(PageTitleDescriptive, PassesWhenTheTitleRepeatsTheMainHeading) {
  EXPECT_EQ(run_rule("page-title-descriptive", "passed-repite-el-encabezado.html").outcome, Outcome::passed);
  auto result = run_rule("page-title-descriptive", "passed-titulo-igual-al-encabezado.html");
  EXPECT_EQ(result.outcome, Outcome::passed);
  EXPECT_TRUE(result.findings.empty());
}

TEST(PageTitleDescriptive, EverythingElseNeedsAPerson) {
  auto result = run_rule("page-title-descriptive", "cant-tell-necesita-revision.html");
  ASSERT_EQ(result.outcome, Outcome::cant_tell);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "cant-tell.needs-review");
  EXPECT_EQ(result.findings[0].args.at("title"), "Servicio Nacional de Empleo");
  // A one-word heading proves nothing; two h1s neither.
  EXPECT_EQ(titled("Inicio", "<h1>Inicio</h1>"), Outcome::cant_tell);
  EXPECT_EQ(titled("Cursos de soldadura", "<h1>Cursos de soldadura</h1><h1>Otros cursos</h1>"),
            Outcome::cant_tell);
  EXPECT_EQ(titled("Empleo"), Outcome::cant_tell);
}

TEST(PageTitleDescriptive, IsInapplicableWithoutAnHtmlTitle) {
  EXPECT_EQ(run_rule("page-title-descriptive", "inapplicable-titulo-vacio.html").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule("page-title-descriptive", "inapplicable-svg.svg").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule_on("page-title-descriptive", "<html><body><p>x</p></body></html>").outcome,
            Outcome::inapplicable);
}

TEST(PageTitleDescriptive, PlaceholdersIgnoreCase) {
  EXPECT_EQ(titled("SIN TÍTULO"), Outcome::failed);
  EXPECT_EQ(titled("Untitled   Document"), Outcome::failed);
  EXPECT_EQ(titled("Sem título"), Outcome::failed);
  // The first title is the page's, wherever it is.
  EXPECT_EQ(run_rule_on("page-title-descriptive",
                        "<html><head></head><body><title>Untitled</title><title>Vacantes</title></body></html>")
                .outcome,
            Outcome::failed);
}
