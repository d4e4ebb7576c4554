#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

namespace {
Outcome on(const std::string& body) {
  return run_rule_on("image-no-text", "<html lang=\"es\"><title>x</title><body>" + body + "</body></html>").outcome;
}
const std::string kSvgText =
    "data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg'><text x='0' y='9'>Postula</text></svg>";
}  // namespace

TEST(ImageNoText, FailsOnSvgTextTheAltRepeats) {
  auto result = run_rule("image-no-text", "failed-texto-dibujado.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.svg-text");
  EXPECT_EQ(result.findings[0].args.at("text"), "Postula hoy");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 6, .column = 1}));
}

TEST(ImageNoText, ReadsPercentEncodedSvgInImageButtons) {
  auto result = run_rule("image-no-text", "failed-boton-de-imagen.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].args.at("text"), "Buscar");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 7, .column = 1}));
}

TEST(ImageNoText, PassesOnSvgMadeOfShapes) {
  EXPECT_EQ(run_rule("image-no-text", "passed-icono-de-circulos.html").outcome, Outcome::passed);
  auto result = run_rule("image-no-text", "passed-svg-en-base64.html");
  EXPECT_EQ(result.outcome, Outcome::passed);
  EXPECT_TRUE(result.findings.empty());
}

TEST(ImageNoText, PixelsAreCantTell) {
  auto result = run_rule("image-no-text", "cant-tell-foto.html");
  ASSERT_EQ(result.outcome, Outcome::cant_tell);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "cant-tell.pixels");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 5, .column = 1}));
  EXPECT_EQ(on("<div style=\"background-image: url(cartel.png)\"></div>"), Outcome::cant_tell);
  EXPECT_EQ(on("<object data=\"cartel.jpg\"></object>"), Outcome::cant_tell);
  // Paths can draw letters.
  EXPECT_EQ(on("<img alt=\"\" src=\"data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'><path d='M0 0L9 9'/>"
               "</svg>\">"),
            Outcome::cant_tell);
}

TEST(ImageNoText, LogosMayBeImagesOfText) {
  auto result = run_rule("image-no-text", "cant-tell-logotipo.html");
  ASSERT_EQ(result.outcome, Outcome::cant_tell);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "cant-tell.svg-text");
  EXPECT_EQ(result.findings[0].args.at("text"), "emprega mais");
  EXPECT_EQ(on("<img class=\"logo\" alt=\"Postula\" src=\"" + kSvgText + "\">"), Outcome::cant_tell);
  EXPECT_EQ(on("<header><img alt=\"Postula\" src=\"" + kSvgText + "\"></header>"), Outcome::cant_tell);
  // Text the alt does not repeat may be incidental.
  EXPECT_EQ(on("<img alt=\"Feria de empleo\" src=\"" + kSvgText + "\">"), Outcome::cant_tell);
  EXPECT_EQ(on("<img alt=\"Postula\" src=\"" + kSvgText + "\">"), Outcome::failed);
}

TEST(ImageNoText, IsInapplicableWithoutVisibleHtmlImages) {
  EXPECT_EQ(run_rule("image-no-text", "inapplicable-sin-imagenes.html").outcome, Outcome::inapplicable);
  EXPECT_EQ(on("<svg><text x='1' y='9'>Hola</text></svg>"), Outcome::inapplicable);
  EXPECT_EQ(on("<img alt=\"x\">"), Outcome::inapplicable);
  EXPECT_EQ(on("<object data=\"formulario.html\"></object>"), Outcome::inapplicable);
}
