#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

namespace {
constexpr const char* kRule = "text-contrast-minimum";

std::string page(std::string_view body) {
  return "<!DOCTYPE html><html lang=\"es\"><title>Empleo</title><body>" + std::string(body) + "</body></html>";
}
}  // namespace

TEST(TextContrastMinimum, FailsOnLightGreyAndGivesRatioAndColours) {
  auto r = run_rule(kRule, "failed-gris-claro.html");
  ASSERT_EQ(r.outcome, Outcome::failed);
  ASSERT_EQ(r.findings.size(), 1u);  // the first paragraph is black on white
  EXPECT_EQ(r.findings[0].message, "failed.low-contrast");
  EXPECT_EQ(r.findings[0].args.at("ratio"), "2.84");
  EXPECT_EQ(r.findings[0].args.at("required"), "4.5");
  EXPECT_EQ(r.findings[0].args.at("foreground"), "#999999");
  EXPECT_EQ(r.findings[0].args.at("background"), "#ffffff");
  EXPECT_EQ(r.findings[0].at, (SourcePos{.line = 7, .column = 1}));
}

TEST(TextContrastMinimum, BlendsOpacityWithWhatIsBehind) {
  auto r = run_rule(kRule, "failed-opacidade.html");
  ASSERT_EQ(r.outcome, Outcome::failed);
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].args.at("foreground"), "#999999");
  EXPECT_EQ(r.findings[0].args.at("background"), "#ffffff");
  EXPECT_EQ(r.findings[0].at, (SourcePos{.line = 7, .column = 3}));
}

TEST(TextContrastMinimum, PassesOnDarkTextAndOnLargeText) {
  auto r = run_rule(kRule, "passed-oferta-de-empleo.html", true);
  EXPECT_EQ(r.outcome, Outcome::passed);
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].args.at("ratio"), "12.63");
  auto large = run_rule(kRule, "passed-titulo-grande.html", true);
  EXPECT_EQ(large.outcome, Outcome::passed);
  ASSERT_EQ(large.findings.size(), 2u);
  EXPECT_EQ(large.findings[0].args.at("required"), "3");
}

TEST(TextContrastMinimum, IsInapplicableToDisabledAndHiddenText) {
  EXPECT_EQ(run_rule(kRule, "inapplicable-boton-desactivado.html").outcome, Outcome::inapplicable);
  // white on white shows nothing; the label of a control in a disabled group is exempt
  EXPECT_EQ(run_rule_on(kRule, page("<p style='color:#fff;background:#fff'>Bolsa de empleo</p>")).outcome,
            Outcome::inapplicable);
  EXPECT_EQ(run_rule_on(kRule, page("<div role=group aria-disabled=true style='color:#bbb'>"
                                    "<label>Nombre <input></label></div>"))
                .outcome,
            Outcome::inapplicable);
  EXPECT_EQ(run_rule_on(kRule, page("<label id=l style='color:#bbb'>Correo</label>"
                                    "<div role=textbox aria-labelledby=l aria-disabled=true></div>"))
                .outcome,
            Outcome::inapplicable);
  EXPECT_EQ(run_rule_on(kRule, page("<svg><text style='fill:#eee'>Empleo</text></svg>")).outcome,
            Outcome::inapplicable);
}

TEST(TextContrastMinimum, CannotTellOverABackgroundImage) {
  auto r = run_rule(kRule, "cant-tell-imagen-de-fondo.html");
  ASSERT_EQ(r.outcome, Outcome::cant_tell);
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].message, "cant-tell.background-image");
}

TEST(TextContrastMinimum, CannotTellWhatMarkupDoesNotShow) {
  auto first = [](const std::string& html) {
    auto r = run_rule_on(kRule, html);
    return r.findings.empty() ? std::string("none") : r.findings[0].message;
  };
  EXPECT_EQ(first(page("<p style='color:#999;text-shadow:0 0 2px #000'>Vacantes</p>")), "cant-tell.text-shadow");
  EXPECT_EQ(first(page("<button>Buscar vacantes</button>")), "cant-tell.form-control");
  EXPECT_EQ(first(page("<p style='color:#999;background:linear-gradient(#fff,#000)'>Vacantes</p>")),
            "cant-tell.background-image");
  EXPECT_EQ(first(page("<style>@media (max-width:40em){p{background:#000}}</style>"
                       "<p style='color:#999'>Vacantes</p>")),
            "cant-tell.style");
  EXPECT_EQ(first(page("<table bgcolor=black><tr><td style='color:#999'>Vacantes</td></tr></table>")),
            "cant-tell.presentational");
  EXPECT_EQ(first(page("<div style='position:absolute;top:0;left:0;background:#000'>Menú</div>"
                       "<p style='color:#999'>Vacantes</p>")),
            "cant-tell.positioned");
  // A positioned box inside the text's own element cannot cover it from outside.
  EXPECT_EQ(first(page("<p style='color:#999'>Vacantes <span style='position:absolute;top:0;left:0'></span></p>")),
            "failed.low-contrast");
  EXPECT_EQ(first(page("<p style='color:#999'>Vacantes</p><p><span style='position:absolute;top:0;left:0'></span></p>")),
            "cant-tell.positioned");
  EXPECT_EQ(first(page("<p style='color:#999'>×</p>")), "cant-tell.not-language");
  EXPECT_EQ(first(page("<style>@media (min-width:60em){p{font-size:30px}}</style>"
                       "<p style='color:#777'>Vacantes</p>")),
            "cant-tell.font-size");
  EXPECT_EQ(first(page("<p id=p></p><script>p.textContent = 'Vacantes'</script>")), "cant-tell.script");
}

TEST(TextContrastMinimum, ReadsDefaultLinkAndMarkColours) {
  EXPECT_EQ(run_rule_on(kRule, page("<a href='/vacantes'>Vacantes</a> <mark>nuevas</mark>")).outcome,
            Outcome::passed);
  // a semi-transparent background blends with the one beneath: #777 over #fff at .5 is #bbb
  auto r = run_rule_on(kRule, page("<div style='background:#fff'><p style='color:#999;"
                                   "background:rgba(119,119,119,.5)'>Vacantes</p></div>"));
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].args.at("background"), "#bbbbbb");
}

TEST(TextContrastMinimum, CannotTellWhenUnmodelledStylesMayRepaint) {
  auto first = [](const std::string& html) {
    auto r = run_rule_on(kRule, html);
    return r.findings.empty() ? std::string("none") : r.findings[0].message;
  };
  // a darkening overlay drawn by a pseudo-element
  EXPECT_EQ(first(page("<style>.banner::before{content:'';background:rgba(0,0,0,.7)}</style>"
                       "<div class=banner><p style='color:#eee'>Feria de empleo</p></div>")),
            "cant-tell.effects");
  EXPECT_EQ(first(page("<div style='filter:invert(1)'><p style='color:#bbb'>Vacantes</p></div>")),
            "cant-tell.effects");
  EXPECT_EQ(first("<html lang=es><meta name=color-scheme content='dark light'><title>x</title>"
                  "<p style='color:#ccc'>Vacantes</p>"),
            "cant-tell.effects");
  // a folded menu and an off-canvas drawer show nothing
  EXPECT_EQ(first(page("<style>.sub{max-height:0}</style><ul class=sub style='overflow:hidden'>"
                       "<li style='color:#bbb'>Vacantes</li></ul>")),
            "cant-tell.effects");
  EXPECT_EQ(first(page("<nav style='transform:translateX(-100%);background:#fff'><p style='color:#bbb'>"
                       "Vacantes</p></nav>")),
            "cant-tell.positioned");
}

TEST(TextContrastMinimum, CannotTellTextThatMayShareAGridCellWithAnImage) {
  auto r = run_rule_on(kRule, page("<div style='display:grid'><img src=feria.jpg alt='' style='grid-area:1/1'>"
                                   "<h2 style='grid-area:1/1;color:#ddd'>Feria de empleo</h2></div>"));
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].message, "cant-tell.positioned");
}

TEST(TextContrastMinimum, BoxSizingOnPseudoElementsPaintsNothing) {
  // A common reset: *::before { box-sizing: border-box } must not hide a
  // real failure behind "pseudo-elements may paint".
  auto result = rampa::testing::run_rule_on(
      "text-contrast-minimum",
      "<html lang=es><title>Vacante</title><style>*,*::before,*::after{box-sizing:border-box}"
      " .fecha{color:#999999;background:#ffffff}</style><body style='background:#fff'>"
      "<p class=fecha>Publicada el 3 de marzo</p></body></html>");
  ASSERT_EQ(result.outcome, rampa::Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].args.at("ratio"), "2.84");
}

TEST(TextContrastMinimum, AFragmentsColoursAreItsOwnOnlyWhereStyleAttributesWriteThem) {
  auto left = run_rule("text-contrast-minimum", "cant-tell-fragmento.html");
  ASSERT_EQ(left.outcome, Outcome::cant_tell);
  ASSERT_EQ(left.findings.size(), 1u);  // one doubt for the whole fragment
  EXPECT_EQ(left.findings[0].message, "cant-tell.fragment");
  auto own = run_rule("text-contrast-minimum", "failed-fragmento-estilo-propio.html");
  ASSERT_EQ(own.outcome, Outcome::failed);
  ASSERT_EQ(own.findings.size(), 1u);
  EXPECT_EQ(own.findings[0].message, "failed.low-contrast");
  EXPECT_EQ(own.findings[0].args.at("ratio"), "2.84");
  EXPECT_EQ(own.findings[0].at, (SourcePos{.line = 3, .column = 3}));
  // A background written on the text alone is not enough when it lets the
  // boxes below show through.
  EXPECT_EQ(run_rule_on(kRule, "<div><p style='color:#999;background:transparent'>Turnos</p></div>").findings.at(0).message,
            "cant-tell.fragment");
  // Colours pinned on the text, a background pinned on each box down to an
  // opaque one: the fragment's own.
  EXPECT_EQ(run_rule_on(kRule, "<div style='background:#fff'><p style='color:#999;background-color:transparent'>"
                               "Turnos</p></div>")
                .outcome,
            Outcome::failed);
}
