#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

namespace {
const char* const kRule = "image-name-descriptive";
const char* const kPng =
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

std::string img(const std::string& attrs) { return "<img src=\"" + std::string(kPng) + "\" " + attrs + ">"; }
}  // namespace

TEST(ImageNameDescriptive, FailsOnTheImagesOwnFileName) {
  auto result = run_rule(kRule, "failed-nombre-de-archivo.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.file-name");
  EXPECT_EQ(result.findings[0].args.at("name"), "feria-empleo.png");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 6, .column = 3}));
  EXPECT_EQ(result.findings[0].selector, "html > body > img");
}

TEST(ImageNameDescriptive, FailsOnACameraFileName) {
  auto result = run_rule(kRule, "failed-foto-de-camara.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.file-name");
  EXPECT_EQ(result.findings[0].args.at("name"), "IMG_2031.JPG");
}

TEST(ImageNameDescriptive, FailsOnBarePlaceholderWordsOnCanvasAndSvg) {
  auto result = run_rule(kRule, "failed-palabra-generica.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 2u);
  EXPECT_EQ(result.findings[0].message, "failed.placeholder");
  EXPECT_EQ(result.findings[0].args.at("name"), "Imagen");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 6, .column = 3}));
  EXPECT_EQ(result.findings[1].message, "failed.placeholder");
  EXPECT_EQ(result.findings[1].args.at("name"), "logo");
  EXPECT_EQ(result.findings[1].at, (SourcePos{.line = 7, .column = 3}));
  EXPECT_EQ(run_rule_on(kRule, img("alt=\"Foto.\"")).outcome, Outcome::failed);
  EXPECT_EQ(run_rule_on(kRule, img("alt=\"imagem\"")).outcome, Outcome::failed);
}

TEST(ImageNameDescriptive, LeavesEveryOtherNameToAPerson) {
  auto result = run_rule(kRule, "cant-tell-revision.html");
  ASSERT_EQ(result.outcome, Outcome::cant_tell);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "cant-tell.review");
  EXPECT_EQ(result.findings[0].args.at("name"), "Logo del Servicio Público de Empleo");
  // Words around the placeholder, or a file type named in a sentence, can be
  // descriptive: a person decides.
  EXPECT_EQ(run_rule_on(kRule, img("alt=\"Logo del SENA\"")).outcome, Outcome::cant_tell);
  EXPECT_EQ(run_rule_on(kRule, img("alt=\"Descargar convocatoria en .png\"")).outcome, Outcome::cant_tell);
  EXPECT_EQ(run_rule_on(kRule, "<canvas aria-label=\"Vacantes por mes\"></canvas>").outcome, Outcome::cant_tell);
}

TEST(ImageNameDescriptive, CannotTellWhenTheImageMayNotLoadOrShow) {
  auto remote = run_rule(kRule, "cant-tell-imagen-remota.html");
  ASSERT_EQ(remote.outcome, Outcome::cant_tell);
  ASSERT_EQ(remote.findings.size(), 1u);
  EXPECT_EQ(remote.findings[0].message, "cant-tell.image-unavailable");
  EXPECT_EQ(run_rule_on(kRule, "<img src=\"falta.png\" alt=\"falta.png\">").findings.at(0).message,
            "cant-tell.image-unavailable");

  EXPECT_EQ(run_rule(kRule, "inapplicable-fuera-de-pantalla.html").outcome, Outcome::inapplicable);

  auto fallback = run_rule_on(kRule, "<object data=\"https://v.example/a.mp4\">" + img("alt=\"foto\"") + "</object>");
  EXPECT_EQ(fallback.outcome, Outcome::inapplicable);
}

TEST(ImageNameDescriptive, IsInapplicableWithoutANameOrUnderAnAuthorNamedAncestor) {
  EXPECT_EQ(run_rule(kRule, "inapplicable-decorativa-y-oculta.html").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule(kRule, "inapplicable-dentro-de-enlace-con-nombre.html").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule_on(kRule, "<canvas width=20 height=20></canvas>").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule_on(kRule, img("alt=\"foto\" style=\"display:none\"")).outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule_on(kRule, img("role=presentation")).outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule_on(kRule, img("alt=\"\" title=\"foto\"")).outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule_on(kRule, "<img alt=\"foto\">").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule_on(kRule, "<div style=\"width:200px;background:url(f.jpg)\"></div>").outcome,
            Outcome::inapplicable);
  EXPECT_EQ(run_rule_on(kRule, "<button aria-label=\"Buscar\">" + img("alt=\"icono\"") + "</button>").outcome,
            Outcome::inapplicable);
}
