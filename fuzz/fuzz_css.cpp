// Bytes as CSS: straight through the tokenizer and the stylesheet,
// declaration, selector and media parsers, then as the <style> and a style
// attribute of a small fixed page (css_page.hpp), so the cascade, selector
// matching, focus styles and the rules that read computed styles see them.
#include "css_page.hpp"
#include "semantics/css/parser.hpp"
#include "semantics/css/selectors.hpp"
#include "semantics/css/tokenizer.hpp"
#include "support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view css = rampa::fuzz::as_text(data, size);
  (void)rampa::css::tokenize(css);
  (void)rampa::css::parse_stylesheet(css);
  (void)rampa::css::read_sheet(std::string(css));
  (void)rampa::css::parse_declarations(css);
  (void)rampa::css::parse_selector_list(css);
  (void)rampa::css::evaluate_media(css);
  rampa::fuzz::audit_and_report(rampa::fuzz::css_page(css), "fuzz-css.html", rampa::InputKind::html);
  return 0;
}
