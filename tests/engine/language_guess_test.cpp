#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "audit/language_texts.hpp"
#include "audit/page.hpp"
#include "language/language_guess.hpp"
#include "parse/parsers.hpp"

namespace rampa {
namespace {

const char kSpanish[] =
    "Para inscribirse en la bolsa de empleo, complete el formulario con sus datos personales y su experiencia "
    "laboral. Le enviaremos un correo cuando haya ofertas que coincidan con su perfil. Si tiene dudas, puede "
    "llamar a nuestra oficina de lunes a viernes.";
const char kEnglish[] =
    "To sign up for the job board, fill in the form with your personal details and your work experience. We "
    "will send you an email when there are openings that match your profile. If you have questions, you can "
    "call our help desk from Monday to Friday.";

const LanguageGuesser& installed() {
  static const LanguageGuesser guesser(LanguageGuesser::installed_profiles());
  return guesser;
}

TEST(LanguageGuesser, RanksEveryLanguageClosestFirst) {
  ASSERT_TRUE(installed().available());
  auto es = installed().rank(kSpanish);
  ASSERT_EQ(es.size(), LanguageGuesser::languages().size());
  EXPECT_EQ(es.front().language, "es");
  for (std::size_t i = 1; i < es.size(); ++i) EXPECT_LE(es[i - 1].distance, es[i].distance);
  EXPECT_EQ(installed().rank(kEnglish).front().language, "en");
  EXPECT_TRUE(installed().knows("gl"));
  EXPECT_FALSE(installed().knows("ja"));
}

TEST(LanguageGuesser, AMissingProfileLeavesItKnowingNoLanguage) {
  LanguageGuesser none(std::filesystem::path("/nonexistent/profiles"));
  EXPECT_FALSE(none.available());
  EXPECT_FALSE(none.knows("es"));
  EXPECT_TRUE(none.rank(kSpanish).empty());
  EXPECT_TRUE(LanguageGuesser().rank(kSpanish).empty());
}

TEST(LanguageGuesser, ThreadsShareOneGuesser) {
  const auto es = installed().rank(kSpanish);
  const auto en = installed().rank(kEnglish);
  std::vector<std::thread> threads;
  std::vector<int> wrong(4, 0);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        auto r = installed().rank(i % 2 ? kSpanish : kEnglish);
        const auto& want = i % 2 ? es : en;
        for (std::size_t k = 0; k < r.size(); ++k)
          if (r[k].language != want[k].language || r[k].distance != want[k].distance) ++wrong[t];
      }
    });
  for (auto& th : threads) th.join();
  for (int w : wrong) EXPECT_EQ(w, 0);
}

struct Texts {
  Page page;
  explicit Texts(const std::string& html) : page(std::move(parse_html(html, {})).value(), "p.html", ".", ".") {}
  const LanguageText& of(std::string_view id) const {
    const Node* e = id.empty() ? page.document().root() : page.document().element_by_id(id);
    return *page.language_texts().of(*e);
  }
};

TEST(LanguageTexts, RunsJoinAcrossInlineElementsAndSkipCodeAndHidden) {
  Texts t(
      "<html lang=es><body><p>Lea <a href=#>las bases del</a> concurso antes de <em>enviar</em> su "
      "solicitud.</p><pre>function send the form to the server now</pre>"
      "<p hidden>Este texto oculto no lo lee nadie en la página</p>"
      "<p style='display:none'>Este tampoco se muestra en ningún momento</p></body></html>");
  const LanguageText& root = t.of("");
  EXPECT_EQ(root.text, "Lea las bases del concurso antes de enviar su solicitud.\n");
  EXPECT_EQ(root.words, 10u);
  ASSERT_EQ(root.runs.size(), 1u);
}

TEST(LanguageTexts, NamesCodesAndShortLinesAreNotRunningText) {
  Texts t(
      "<html lang=en><body><ul><li>Juan Pérez María González Carlos Rodríguez</li>"
      "<li>Ministerio de Trabajo Empleo y Seguridad Social</li><li>CUIT CUIL DNI</li>"
      "<li>Inicio</li><li>Servicios y trámites</li></ul></body></html>");
  EXPECT_TRUE(t.of("").any_text);
  EXPECT_EQ(t.of("").words, 0u);
  EXPECT_TRUE(t.of("").text.empty());
}

TEST(LanguageTexts, ControlsAndLineBreaksEndALine) {
  Texts t(
      "<html lang=en><body><form><label>Nombre y apellido</label> <input> <label>Correo electrónico</label> "
      "<input><br>Fecha de nacimiento<br>Lugar de nacimiento</form></body></html>");
  EXPECT_EQ(t.of("").words, 0u);
}

TEST(LanguageTexts, AnInnerLangTakesItsTextAway) {
  Texts t(
      "<html lang=es><body><p>El programa se llama <span id=en lang=en>Job board for young people in the city"
      "</span> y abre en marzo para todos.</p><div id=empty lang=pt hidden>Texto que ninguém vê</div>"
      "</body></html>");
  EXPECT_EQ(t.of("").text, "El programa se llama y abre en marzo para todos.\n");
  EXPECT_EQ(t.of("en").text, "Job board for young people in the city\n");
  EXPECT_FALSE(t.of("empty").any_text);
  EXPECT_EQ(t.page.language_texts().of(*t.page.document().element_by_id("en")->parent), nullptr);
}

TEST(LanguageTexts, AnAltTextIsTextButNotRunningText) {
  Texts t("<html lang=es><body><img src=a.png alt='Oficina de empleo'></body></html>");
  EXPECT_TRUE(t.of("").any_text);
  EXPECT_EQ(t.of("").words, 0u);
}

}  // namespace
}  // namespace rampa
