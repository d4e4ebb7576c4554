// Which definition format a JSON document or an XML document is.
#include "document/document.hpp"
#include "forms/builders.hpp"

namespace rampa::forms {

Format detect(const json::Doc& doc) {
  const json::Value& root = doc.root();
  if (!root.is_object()) return Format::unknown;
  auto has = [&](std::string_view key, json::Kind kind) {
    const json::Value* v = doc.get(root, key);
    return v != nullptr && v->kind == kind;
  };
  // Reports about pages, rampa's own and SARIF logs, hold "pages" and
  // "$schema" too: they are no forms.
  if (const json::Value* tool = doc.get(root, "tool"); tool != nullptr && tool->is_object())
    if (const json::Value* name = doc.get(*tool, "name"); name != nullptr && name->is_string() && name->text == "rampa")
      return Format::unknown;
  if (has("runs", json::Kind::array) && has("version", json::Kind::string)) return Format::unknown;
  // {schema, uiSchema} as react-jsonschema-form takes them.
  if (has("schema", json::Kind::object)) return Format::json_schema;
  if (has("components", json::Kind::array)) return Format::formio;
  if (has("pages", json::Kind::array) || has("elements", json::Kind::array) ||
      has("questions", json::Kind::array))
    return Format::surveyjs;
  if (has("properties", json::Kind::object) || has("$schema", json::Kind::string) ||
      has("definitions", json::Kind::object) || has("$defs", json::Kind::object))
    return Format::json_schema;
  // A uiSchema alone: its keys are "ui:" options or objects of them.
  bool any = false;
  for (const json::Value& m : doc.children(root)) {
    if (m.key.starts_with("ui:")) {
      any = true;
      continue;
    }
    if (m.key.starts_with('$')) continue;  // "$comment" and the like say nothing of the format
    if (!m.is_object()) return Format::unknown;
    for (const json::Value& inner : doc.children(m))
      if (inner.key.starts_with("ui:")) any = true;
  }
  return any ? Format::ui_schema : Format::unknown;
}

bool is_xform(const Document& doc) {
  // ODK puts the XForms <model> in the XHTML <head>; a bounded look is enough.
  const Node* root = doc.root();
  if (root == nullptr) return false;
  if (root->ns == Namespace::xforms) return true;
  for (const Node& child : root->children()) {
    if (!child.is_element()) continue;
    if (child.ns == Namespace::xforms) return true;
    for (const Node& grand : child.children())
      if (grand.is_element() && grand.ns == Namespace::xforms && doc.spelling(grand.name) == "model") return true;
  }
  return false;
}

}  // namespace rampa::forms
