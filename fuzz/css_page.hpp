#pragma once
// The page fuzz_css wraps its bytes in, shared with tests/engine/regress_test.cpp
// so that a saved crash input replays exactly.
#include <string>
#include <string_view>

namespace rampa::fuzz {

// The page's elements cover what selectors and the style rules look at: ids,
// classes, attributes, siblings, focusable controls, text, a table, SVG.
// Inside <style> only "</" could end the sheet early, and inside the
// attribute only a quote or '&' would change it: those are blanked so that
// all the bytes stay CSS.
inline std::string css_page(std::string_view css) {
  std::string sheet(css), inline_style(css);
  for (std::size_t p = 0; (p = sheet.find("</", p)) != std::string::npos;) sheet[p] = ' ';
  for (char& c : inline_style)
    if (c == '"' || c == '&') c = ' ';
  std::string page = "<!doctype html><html lang=es><head><title>t</title><style>";
  page += sheet;
  page +=
      "</style></head><body><main id=m class=\"a b\"><h1 class=a>Hola</h1>"
      "<p lang=pt>texto <a href=#x>enlace</a> <span hidden>x</span></p>"
      "<form><label for=n>Nombre</label><input id=n name=n autocomplete=name>"
      "<button>Enviar</button><select><option>1</select></form>"
      "<div role=region tabindex=0 style=\"overflow:scroll\"><ul><li>1<li>2</ul></div>"
      "<table><tr><th id=h>A<td headers=h>1</table><svg role=img><title>s</title></svg>"
      "<div style=\"";
  page += inline_style;
  page += "\">fin</div></main></body></html>";
  return page;
}

}  // namespace rampa::fuzz
