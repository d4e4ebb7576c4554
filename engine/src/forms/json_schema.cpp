// react-jsonschema-form definitions: a JSON Schema says what data a form
// collects and a uiSchema says how each part is shown. We read them the way
// react-jsonschema-form renders them (labels from ui:title, title or the key,
// "*" after declared required fields, descriptions and ui:help near the field)
// and take custom error messages from ajv-errors' `errorMessage`, the usual way
// such forms carry them.
//
// The schema is walked with an explicit stack: properties nest without limit
// in JSON, and a $ref may point back at an ancestor.
#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "document/ascii.hpp"
#include "forms/builders.hpp"

namespace rampa::forms {
namespace {

using json::Doc;
using json::Kind;
using json::Value;

// A real form nests a handful of fieldsets; deeper nesting is generated or
// hostile, and each level costs a longer JSON pointer for every part inside.
constexpr int kMaxDepth = 64;
// $ref lets a small file expand into an exponential number of fields.
constexpr std::size_t kMaxParts = 20'000;

bool is_member(const Doc& d, const Value& v) {
  return v.parent != json::npos && d.at(v.parent).is_object();
}

// Members are reported at their key, where an author looks for them.
SourcePos start_of(const Doc& d, const Value& v) { return is_member(d, v) ? v.key_pos : v.pos; }

std::string where(const Doc& d, const Value& v, const std::string& file) {
  SourcePos p = start_of(d, v);
  std::string out = "line " + std::to_string(p.line) + ", column " + std::to_string(p.column);
  std::string ptr = d.pointer(v);
  out += " (" + (ptr.empty() ? std::string("the root") : ptr);
  if (!file.empty()) out += " of " + file;
  return out + ")";
}

Source source_of(const Doc& d, const Value& v, const std::string& file) {
  Source s;
  s.pos = start_of(d, v);
  s.path = d.pointer(v);
  s.snippet = d.snippet(v);
  s.file = file;
  return s;
}

std::string value_text(const Value& v) {
  switch (v.kind) {
    case Kind::string:
    case Kind::number: return std::string(v.text);
    case Kind::boolean: return v.boolean ? "true" : "false";
    case Kind::null: return "null";
    default: return {};
  }
}

// A schema with its $ref chain followed. react-jsonschema-form merges the
// target into the referring schema, keywords written beside the $ref winning,
// so a keyword is looked up in the referring schema first.
struct View {
  std::vector<const Value*> layers;

  const Value* get(const Doc& d, std::string_view key) const {
    for (const Value* l : layers)
      if (const Value* v = d.get(*l, key)) return v;
    return nullptr;
  }
  std::string_view string(const Doc& d, std::string_view key) const {
    const Value* v = get(d, key);
    return v != nullptr && v->is_string() ? v->text : std::string_view{};
  }
};

// What a parent object says about one of its properties.
struct FromParent {
  const Value* required = nullptr;          // the key's string in "required"
  const Value* required_message = nullptr;  // errorMessage.required(.<key>)
  const Value* messages = nullptr;          // errorMessage.properties.<key>
};

struct Item {
  const Value* schema = nullptr;  // as written, before $ref
  const Value* ui = nullptr;      // its uiSchema object
  std::string key;
  int group = -1;
  int depth = 0;
  int frame = -1;  // the $ref targets being expanded around it
  FromParent parent;
  bool root = false;
  bool repeat_item = false;  // the one field of a repeated list of scalars
};

// A $ref target being expanded and the one around it: a target met again
// inside itself is a recursive schema, which we stop expanding.
struct Frame {
  std::uint32_t target;
  int parent;
};

class Reader {
 public:
  Reader(const Doc& doc, const Value& schema, const Doc* ui_doc, const std::string& ui_file)
      : doc_(doc), ui_doc_(ui_doc), ui_file_(ui_file), base_(doc.pointer(schema)) {}

  Result<FormModel> read(const Value* schema, const Value* ui) {
    form_.origin = Origin::json_schema;
    form_.at = source_of(doc_, doc_.root(), {});
    Item root;
    root.schema = schema;
    root.ui = ui;
    root.root = true;
    stack_.push_back(std::move(root));
    while (!stack_.empty()) {
      Item item = std::move(stack_.back());
      stack_.pop_back();
      if (!step(item)) return std::move(error_);
    }
    Step step;
    step.title = form_.title;
    step.at = form_.at;
    form_.steps.push_back(std::move(step));
    return std::move(form_);
  }

 private:
  bool fail(std::string what, const Doc& d, const Value& v) {
    const std::string& file = &d == &doc_ ? std::string() : ui_file_;
    error_ = Error{ErrorCode::bad_input, {}, what + " at " + where(d, v, file)};
    return false;
  }
  bool fail_schema(std::string what, const Value& v) { return fail(std::move(what), doc_, v); }
  bool fail_ui(std::string what, const Value& v) { return fail(std::move(what), *ui_doc_, v); }

  Translation schema_text(const Value& v) const { return {"", std::string(v.text), source_of(doc_, v, {})}; }
  Translation ui_text(const Value& v) const { return {"", std::string(v.text), source_of(*ui_doc_, v, ui_file_)}; }

  // A uiSchema option: "ui:<name>" on the object, or <name> inside its
  // "ui:options" (react-jsonschema-form accepts both).
  const Value* ui_opt(const Value* ui, std::string_view name) const {
    if (ui == nullptr) return nullptr;
    std::string prefixed = "ui:" + std::string(name);
    if (const Value* v = ui_doc_->get(*ui, prefixed)) return v;
    const Value* options = ui_doc_->get(*ui, "ui:options");
    if (options != nullptr && options->is_object()) return ui_doc_->get(*options, name);
    return nullptr;
  }
  std::string_view ui_string(const Value* ui, std::string_view name) const {
    const Value* v = ui_opt(ui, name);
    return v != nullptr && v->is_string() ? v->text : std::string_view{};
  }
  bool ui_false(const Value* ui, std::string_view name) const {
    const Value* v = ui_opt(ui, name);
    return v != nullptr && v->kind == Kind::boolean && !v->boolean;
  }
  bool ui_true(const Value* ui, std::string_view name) const {
    const Value* v = ui_opt(ui, name);
    return v != nullptr && v->is_true();
  }

  // Follows $ref within the file. A chain that comes back to where it started
  // has no schema at its end: that is an error, not a form.
  bool expand(const Value& schema, View& view) {
    view.layers.assign(1, &schema);
    const Value* cur = &schema;
    while (const Value* ref = doc_.get(*cur, "$ref")) {
      if (!ref->is_string()) return fail_schema("has a \"$ref\" that is not a string", *ref);
      std::string_view r = ref->text;
      if (!r.starts_with('#'))
        return fail_schema("has a \"$ref\" to \"" + std::string(r) +
                               "\", outside the file (only references within the file are read)",
                           *ref);
      const Value* target = doc_.resolve("#" + base_ + std::string(r.substr(1)));
      if (target == nullptr)
        return fail_schema("has a \"$ref\" to \"" + std::string(r) + "\", which the file does not have", *ref);
      if (!target->is_object())
        return fail_schema("has a \"$ref\" to \"" + std::string(r) + "\", which is not a schema object", *ref);
      for (const Value* seen : view.layers)
        if (seen == target)
          return fail_schema("has a \"$ref\" cycle: \"" + std::string(r) + "\" leads back to itself", *ref);
      view.layers.push_back(target);
      cur = target;
    }
    return true;
  }

  bool recursive(const View& view, int frame) const {
    for (std::size_t i = 1; i < view.layers.size(); ++i)
      for (int f = frame; f >= 0; f = frames_[f].parent)
        if (frames_[f].target == view.layers[i]->index) return true;
    return false;
  }

  // "type" as written; for ["string", "null"] the first that is not "null".
  std::string_view type_of(const View& view) const {
    const Value* t = view.get(doc_, "type");
    if (t == nullptr) {
      if (view.get(doc_, "properties") != nullptr) return "object";
      if (view.get(doc_, "items") != nullptr) return "array";
      return {};
    }
    if (t->is_string()) return t->text;
    if (t->is_array())
      for (const Value& v : doc_.children(*t))
        if (v.is_string() && v.text != "null") return v.text;
    return {};
  }

  bool count_part(const Value& at) {
    if (++parts_ <= kMaxParts) return true;
    return fail_schema("expands into more than " + std::to_string(kMaxParts) +
                           " fields and groups (its $ref definitions multiply)",
                       at);
  }

  Text label_of(const View& view, const Item& item, bool& is_key) const {
    Text label;
    is_key = false;
    if (const Value* t = ui_opt(item.ui, "title"); t != nullptr && t->is_string()) {
      label.values.push_back(ui_text(*t));
    } else if (const Value* s = view.get(doc_, "title"); s != nullptr && s->is_string()) {
      label.values.push_back(schema_text(*s));
    } else if (!item.key.empty() && !ui_false(item.ui, "label")) {
      // Where the label is hidden the key is not shown either: no label.
      label.values.push_back({"", item.key, source_of(doc_, *item.schema, {})});
      is_key = true;
    }
    return label;
  }

  bool step(const Item& item) {
    if (!item.schema->is_object())
      return fail_schema(item.root ? "has a schema that is not an object" : "has a property schema that is not an object",
                         *item.schema);
    if (item.ui != nullptr && !item.ui->is_object()) return fail_ui("has a uiSchema entry that is not an object", *item.ui);
    if (item.depth > kMaxDepth)
      return fail_schema("nests objects and arrays deeper than " + std::to_string(kMaxDepth) + " levels", *item.schema);
    if (item.ui != nullptr)
      if (const Value* custom = ui_doc_->get(*item.ui, "ui:field"); custom != nullptr && custom->is_string() &&
                                                                     !ascii::blank(custom->text)) {
        form_.custom_rendered.push_back(item.root ? std::string("(root)") : item.key);
        return true;
      }
    View view;
    if (!expand(*item.schema, view)) return false;
    bool stop = recursive(view, item.frame);
    int frame = item.frame;
    if (view.layers.size() > 1) {
      frames_.push_back({view.layers.back()->index, item.frame});
      frame = static_cast<int>(frames_.size()) - 1;
    }

    std::string_view type = type_of(view);
    if (item.root) {
      if (const Value* t = ui_opt(item.ui, "title"); t != nullptr && t->is_string()) form_.title.values.push_back(ui_text(*t));
      else if (const Value* s = view.get(doc_, "title"); s != nullptr && s->is_string())
        form_.title.values.push_back(schema_text(*s));
      if (type == "object" || type.empty()) return push_properties(view, item, -1, frame);
      // A root that is a single value is rendered as one field.
      return field(view, item);
    }
    if (type == "object") {
      int g = group(view, item, false);
      if (g < 0) return false;
      return stop || push_properties(view, item, g, frame);
    }
    if (type == "array") return array(view, item, stop, frame);
    return field(view, item);
  }

  int group(const View& view, const Item& item, bool repeat) {
    if (!count_part(*item.schema)) return -1;
    Group g;
    bool is_key = false;
    g.label = label_of(view, item, is_key);
    group_label_is_key_.push_back(is_key);
    g.at = source_of(doc_, *item.schema, {});
    g.parent = item.group;
    g.repeat = repeat;
    form_.groups.push_back(std::move(g));
    return static_cast<int>(form_.groups.size()) - 1;
  }

  bool push_properties(const View& view, const Item& item, int group, int frame) {
    const Value* props = view.get(doc_, "properties");
    if (props == nullptr) return true;
    if (!props->is_object()) return fail_schema("has \"properties\" that is not an object", *props);

    std::unordered_map<std::string_view, const Value*> required;
    if (const Value* req = view.get(doc_, "required")) {
      if (!req->is_array()) return fail_schema("has \"required\" that is not an array of property names", *req);
      for (const Value& r : doc_.children(*req)) {
        if (!r.is_string()) return fail_schema("has a \"required\" entry that is not a property name", r);
        required.emplace(r.text, &r);
      }
    }

    // ajv-errors: errorMessage.required names the message for missing
    // properties (one for all, or one per key); errorMessage.properties.<key>
    // covers every keyword of that property.
    const Value* required_all = nullptr;
    std::unordered_map<std::string_view, const Value*> required_by_key, messages_by_key;
    if (const Value* em = view.get(doc_, "errorMessage"); em != nullptr && em->is_object()) {
      if (const Value* r = doc_.get(*em, "required")) {
        if (r->is_string()) required_all = r;
        else if (r->is_object())
          for (const Value& m : doc_.children(*r))
            if (m.is_string()) required_by_key[m.key] = &m;
      }
      if (const Value* p = doc_.get(*em, "properties"); p != nullptr && p->is_object())
        for (const Value& m : doc_.children(*p))
          if (m.is_string()) messages_by_key[m.key] = &m;
    }

    std::unordered_map<std::string_view, const Value*> ui_by_key;
    if (item.ui != nullptr)
      for (const Value& m : ui_doc_->children(*item.ui))
        if (!m.key.starts_with("ui:")) ui_by_key[m.key] = &m;

    // A repeated key is one property: JSON.parse keeps the last value at the
    // first one's place.
    std::unordered_map<std::string_view, const Value*> last;
    for (const Value& p : doc_.children(*props)) last[p.key] = &p;
    std::vector<const Value*> order;
    order.reserve(last.size());
    for (const Value& p : doc_.children(*props)) {
      auto it = last.find(p.key);
      if (it->second == nullptr) continue;
      order.push_back(it->second);
      it->second = nullptr;
    }
    if (!ordered(item.ui, order)) return false;

    // Pushed last first, so the stack hands them back in display order.
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
      const Value& p = **it;
      Item child;
      child.schema = &p;
      child.key = std::string(p.key);
      if (auto u = ui_by_key.find(p.key); u != ui_by_key.end()) child.ui = u->second;
      child.group = group;
      child.depth = item.depth + 1;
      child.frame = frame;
      if (auto r = required.find(p.key); r != required.end()) child.parent.required = r->second;
      if (auto m = required_by_key.find(p.key); m != required_by_key.end()) child.parent.required_message = m->second;
      else child.parent.required_message = required_all;
      if (auto m = messages_by_key.find(p.key); m != messages_by_key.end()) child.parent.messages = m->second;
      stack_.push_back(std::move(child));
    }
    return true;
  }

  // ui:order lists property keys in display order; "*" stands for the rest,
  // in schema order (at the end when absent).
  bool ordered(const Value* ui, std::vector<const Value*>& props) {
    const Value* order = ui_opt(ui, "order");
    if (order == nullptr) return true;
    if (!order->is_array()) return fail_ui("has \"ui:order\" that is not an array of property names", *order);
    std::unordered_map<std::string_view, const Value*> by_key;
    for (const Value* p : props) by_key[p->key] = p;
    std::vector<const Value*> head, tail;
    bool star = false;
    std::unordered_map<std::string_view, bool> placed;
    for (const Value& o : ui_doc_->children(*order)) {
      if (!o.is_string()) return fail_ui("has a \"ui:order\" entry that is not a property name", o);
      if (o.text == "*") {
        star = true;
        continue;
      }
      auto p = by_key.find(o.text);
      if (p == by_key.end() || placed[o.text]) continue;  // react-jsonschema-form ignores unknown keys here
      placed[o.text] = true;
      (star ? tail : head).push_back(p->second);
    }
    std::vector<const Value*> out = std::move(head);
    for (const Value* p : props)
      if (!placed[p->key]) out.push_back(p);
    out.insert(out.end(), tail.begin(), tail.end());
    props = std::move(out);
    return true;
  }

  bool array(const View& view, const Item& item, bool stop, int frame) {
    const Value* items = view.get(doc_, "items");
    if (items == nullptr) return fail_schema("has an array without \"items\"", *item.schema);
    if (!items->is_object()) {
      if (items->is_array()) return field(view, item);  // a fixed tuple: one custom field
      return fail_schema("has \"items\" that is not a schema object", *items);
    }
    View iv;
    if (!expand(*items, iv)) return false;
    const Value* item_ui = item.ui != nullptr ? ui_doc_->get(*item.ui, "items") : nullptr;
    if (item_ui != nullptr && !item_ui->is_object()) return fail_ui("has \"items\" that is not a uiSchema object", *item_ui);

    // A list of distinct choices is one multiple-choice field.
    bool choices = iv.get(doc_, "enum") != nullptr || const_options(iv);
    std::string_view widget = ui_string(item.ui, "widget");
    bool files = iv.string(doc_, "format") == "data-url" || widget == "files" || widget == "file";
    if (choices || files) return field(view, item, &iv);

    int g = group(view, item, true);
    if (g < 0) return false;
    if (stop || recursive(iv, frame)) return true;
    if (iv.layers.size() > 1) {
      frames_.push_back({iv.layers.back()->index, frame});
      frame = static_cast<int>(frames_.size()) - 1;
    }
    Item inner;
    inner.schema = items;
    inner.ui = item_ui;
    inner.group = g;
    inner.depth = item.depth + 1;
    inner.frame = frame;
    if (type_of(iv) == "object") return push_properties(iv, inner, g, frame);
    // A list of single values: each entry is one field, under the items'
    // title or else the list's label.
    inner.key = item.key;
    inner.repeat_item = true;
    stack_.push_back(std::move(inner));
    return true;
  }

  // oneOf / anyOf whose every branch is a {const, title}: a list of choices.
  const Value* const_options(const View& view) const {
    for (std::string_view k : {"oneOf", "anyOf"}) {
      const Value* list = view.get(doc_, k);
      if (list == nullptr || !list->is_array() || list->size == 0) continue;
      bool all = true;
      for (const Value& b : doc_.children(*list))
        if (!b.is_object() || doc_.get(b, "const") == nullptr) all = false;
      if (all) return list;
    }
    return nullptr;
  }

  // Option labels: ui:enumNames (on the field's uiSchema, or on its items'
  // for a list), else the schema's enumNames, else a oneOf branch's title.
  bool options(const View& view, const Value* ui, const Value* items_ui, Field& f) {
    const Value* names = ui_opt(ui, "enumNames");
    if (names == nullptr) names = ui_opt(items_ui, "enumNames");
    const Doc* names_doc = ui_doc_;
    if (names == nullptr) {
      names = view.get(doc_, "enumNames");
      names_doc = &doc_;
    }
    if (names != nullptr && !names->is_array())
      return fail(std::string("has \"enumNames\" that is not an array of labels"), *names_doc, *names);
    std::vector<const Value*> labels;
    if (names != nullptr)
      for (const Value& n : names_doc->children(*names)) labels.push_back(&n);

    if (const Value* en = view.get(doc_, "enum")) {
      if (!en->is_array()) return fail_schema("has \"enum\" that is not an array of values", *en);
      for (const Value& v : doc_.children(*en)) {
        Option o;
        o.value = value_text(v);
        o.at = source_of(doc_, v, {});
        if (v.ordinal < labels.size() && labels[v.ordinal]->is_string()) {
          const Value& l = *labels[v.ordinal];
          o.label.values.push_back({"", std::string(l.text), source_of(*names_doc, l, names_doc == &doc_ ? std::string() : ui_file_)});
        }
        f.options.push_back(std::move(o));
      }
      return true;
    }
    if (const Value* list = const_options(view)) {
      for (const Value& b : doc_.children(*list)) {
        Option o;
        o.value = value_text(*doc_.get(b, "const"));
        o.at = source_of(doc_, b, {});
        if (const Value* t = doc_.get(b, "title"); t != nullptr && t->is_string()) o.label.values.push_back(schema_text(*t));
        f.options.push_back(std::move(o));
      }
      return true;
    }
    return true;
  }

  // The widget as react-jsonschema-form picks it: ui:widget, else from type,
  // format and enum.
  static Control control_of(std::string_view widget, std::string_view input_type, std::string_view type,
                            std::string_view format, bool choices, bool multiple) {
    if (!widget.empty()) {
      struct W {
        std::string_view name;
        Control c;
      };
      static constexpr W kWidgets[] = {
          {"text", Control::text},          {"textarea", Control::textarea}, {"password", Control::password},
          {"email", Control::email},        {"uri", Control::url},           {"url", Control::url},
          {"hidden", Control::hidden},      {"date", Control::date},         {"alt-date", Control::date},
          {"datetime", Control::date},      {"alt-datetime", Control::date}, {"file", Control::file},
          {"files", Control::file},         {"updown", Control::number},     {"range", Control::number},
          {"radio", Control::radio},        {"select", Control::select},     {"checkbox", Control::checkbox},
          {"checkboxes", Control::checkboxes}, {"tel", Control::tel},        {"number", Control::number},
      };
      for (const W& w : kWidgets)
        if (w.name == widget) return w.c;
      return Control::other;
    }
    if (input_type == "tel") return Control::tel;
    if (input_type == "email") return Control::email;
    if (input_type == "url") return Control::url;
    if (input_type == "number") return Control::number;
    // A boolean is a checkbox even with enum: the enum only names the two
    // options of a radio or select widget.
    if (type == "boolean") return Control::checkbox;
    if (choices) return Control::select;
    if (multiple) return Control::other;
    if (format == "data-url") return Control::file;
    if (type == "number" || type == "integer") return Control::number;
    if (format == "email") return Control::email;
    if (format == "uri" || format == "url") return Control::url;
    if (format == "date" || format == "date-time") return Control::date;
    return Control::text;
  }

  // `list` is the items of an array shown as one field (choices or files).
  bool field(const View& view, const Item& item, const View* list = nullptr) {
    if (!count_part(*item.schema)) return false;
    const View& values = list != nullptr ? *list : view;
    Field f;
    f.key = item.key;
    f.at = source_of(doc_, *item.schema, {});
    f.group = item.group;

    bool own_title = ui_opt(item.ui, "title") != nullptr || view.get(doc_, "title") != nullptr;
    if (item.repeat_item && !own_title) {
      // Entries of a list without their own title are shown under the list's.
      f.label = form_.groups[static_cast<std::size_t>(item.group)].label;
      f.label_is_key = group_label_is_key_[static_cast<std::size_t>(item.group)];
    } else {
      f.label = label_of(view, item, f.label_is_key);
    }
    f.label_hidden = ui_false(item.ui, "label");

    if (const Value* d = ui_opt(item.ui, "description"); d != nullptr && d->is_string())
      f.hint.values.push_back(ui_text(*d));
    else if (const Value* s = view.get(doc_, "description"); s != nullptr && s->is_string())
      f.hint.values.push_back(schema_text(*s));
    if (const Value* h = ui_opt(item.ui, "help"); h != nullptr && h->is_string()) {
      // Shown under the field with the description: one set of instructions.
      if (f.hint.values.empty()) f.hint.values.push_back(ui_text(*h));
      else f.hint.values.front().text += " " + std::string(h->text);
    }
    if (const Value* p = ui_opt(item.ui, "placeholder"); p != nullptr && p->is_string())
      f.placeholder.values.push_back(ui_text(*p));

    std::string_view type = type_of(view);
    std::string_view widget = ui_string(item.ui, "widget");
    std::string_view input_type = ui_string(item.ui, "inputType");
    std::string_view format = values.string(doc_, "format");
    bool choices = values.get(doc_, "enum") != nullptr || const_options(values) != nullptr;
    bool multiple = type == "array";
    f.control = control_of(widget, input_type, multiple ? std::string_view{} : type, format, choices && !multiple,
                           multiple && !choices && format != "data-url");
    if (multiple && widget.empty()) {
      if (choices) f.control = Control::select;  // a multiple <select> unless ui:widget says checkboxes
      else if (format == "data-url") f.control = Control::file;
    }
    if (!widget.empty()) f.type = std::string(widget);
    else if (!input_type.empty()) f.type = std::string(input_type);
    else if (!format.empty()) f.type = std::string(format);
    else f.type = std::string(type);

    if (choices) {
      const Value* items_ui = multiple && item.ui != nullptr ? ui_doc_->get(*item.ui, "items") : nullptr;
      if (items_ui != nullptr && !items_ui->is_object()) items_ui = nullptr;
      if (!options(values, item.ui, items_ui, f)) return false;
    } else if (type == "boolean" && (f.control == Control::radio || f.control == Control::select)) {
      // The renderer's own "Yes" and "No".
      const Value* t = view.get(doc_, "type");
      for (std::string_view v : {"true", "false"}) {
        Option o;
        o.value = std::string(v);
        o.at = source_of(doc_, t != nullptr ? *t : *item.schema, {});
        o.label.values.push_back({"en", v == "true" ? "Yes" : "No", o.at});
        f.options.push_back(std::move(o));
      }
    }

    if (const Value* r = item.parent.required) {
      f.required = true;
      f.required_at = source_of(doc_, *r, {});
    }
    if (f.required && item.parent.required_message != nullptr)
      f.required_message.values.push_back(schema_text(*item.parent.required_message));

    if (!f.label_is_key && says_required(f.label.any())) f.marked_required = true;
    if (says_required(f.hint.any())) f.marked_required = true;
    // react-jsonschema-form puts "*" after the label of declared required
    // fields, but only where it shows the label.
    if (f.required && !f.label_hidden && f.control != Control::hidden) f.required_cue = RequiredCue::renderer;
    else if (f.marked_required) f.required_cue = RequiredCue::text;

    if (!constraints(values, view, item, f)) return false;

    if (const Value* a = ui_opt(item.ui, "autocomplete"); a != nullptr && a->is_string()) {
      f.purpose.token = std::string(a->text);
      f.purpose.at = source_of(*ui_doc_, *a, ui_file_);
      f.purpose.declared = true;
    }
    f.read_only = ui_true(item.ui, "readonly") || ui_true(item.ui, "disabled") ||
                  (view.get(doc_, "readOnly") != nullptr && view.get(doc_, "readOnly")->is_true());

    // The name assistive technology gets: the shown label, else what the
    // browser falls back on (HTML-AAM: the placeholder).
    if (!f.label_hidden) f.accessible_name = f.label;
    else if (f.placeholder.present()) f.accessible_name = f.placeholder;

    form_.fields.push_back(std::move(f));
    return true;
  }

  // Validation keywords, each with its ajv-errors message: errorMessage on
  // the property (a string for all keywords, or one per keyword with "_" for
  // the rest), else errorMessage.properties.<key> on the parent.
  bool constraints(const View& values, const View& view, const Item& item, Field& f) {
    const Value* em = view.get(doc_, "errorMessage");
    if (em != nullptr && !em->is_string() && !em->is_object())
      return fail_schema("has \"errorMessage\" that is neither a message nor an object of messages", *em);
    auto message_for = [&](std::string_view keyword) -> const Value* {
      if (em != nullptr) {
        if (em->is_string()) return em;
        if (const Value* m = doc_.get(*em, keyword); m != nullptr && m->is_string()) return m;
        if (const Value* m = doc_.get(*em, "_"); m != nullptr && m->is_string()) return m;
      }
      return item.parent.messages;
    };
    struct K {
      std::string_view keyword;
      ConstraintKind kind;
    };
    static constexpr K kKeywords[] = {
        {"pattern", ConstraintKind::pattern},          {"format", ConstraintKind::format},
        {"minLength", ConstraintKind::min_length},     {"maxLength", ConstraintKind::max_length},
        {"minimum", ConstraintKind::minimum},          {"exclusiveMinimum", ConstraintKind::minimum},
        {"maximum", ConstraintKind::maximum},          {"exclusiveMaximum", ConstraintKind::maximum},
    };
    for (const K& k : kKeywords) {
      // For a list of choices or files, the rules on each entry apply.
      const Value* v = values.get(doc_, k.keyword);
      if (v == nullptr) v = view.get(doc_, k.keyword);
      if (v == nullptr || v->kind == Kind::boolean) continue;  // draft-4 exclusiveMinimum: true
      // The file widget writes the data: URL itself; nobody can type it wrong.
      if (k.kind == ConstraintKind::format && v->is_string() && v->text == "data-url") continue;
      if (k.kind == ConstraintKind::pattern || k.kind == ConstraintKind::format) {
        if (!v->is_string()) return fail_schema("has \"" + std::string(k.keyword) + "\" that is not a string", *v);
      } else if (v->kind != Kind::number) {
        return fail_schema("has \"" + std::string(k.keyword) + "\" that is not a number", *v);
      }
      Constraint c;
      c.kind = k.kind;
      c.value = std::string(v->text);
      c.at = source_of(doc_, *v, {});
      if (const Value* m = message_for(k.keyword)) c.message.values.push_back(schema_text(*m));
      f.constraints.push_back(std::move(c));
    }
    return true;
  }

  const Doc& doc_;
  const Doc* ui_doc_;
  const std::string& ui_file_;
  std::string base_;  // pointer of the schema within its file, for "#/..." references
  FormModel form_;
  std::vector<Item> stack_;
  std::vector<Frame> frames_;
  std::vector<bool> group_label_is_key_;
  std::size_t parts_ = 0;
  Error error_;
};

}  // namespace

Result<FormModel> from_json_schema(const json::Doc& doc, const json::Doc* ui, const std::string& ui_file) {
  const Value& root = doc.root();
  if (!root.is_object())
    return Error{ErrorCode::bad_input, {}, "is not a JSON Schema form: its top level is not an object (line " +
                                               std::to_string(root.pos.line) + ", column " +
                                               std::to_string(root.pos.column) + ")"};
  const Value* schema = &root;
  const Value* ui_root = nullptr;
  const Doc* ui_doc = nullptr;
  std::string ui_name;
  // {"schema": ..., "uiSchema": ...} as react-jsonschema-form takes them.
  if (const Value* s = doc.get(root, "schema")) {
    schema = s;
    if (const Value* u = doc.get(root, "uiSchema")) {
      if (!u->is_object())
        return Error{ErrorCode::bad_input, {}, "has a \"uiSchema\" that is not an object at " + where(doc, *u, {})};
      ui_root = u;
      ui_doc = &doc;
    }
  } else if (ui != nullptr) {
    if (!ui->root().is_object())
      return Error{ErrorCode::bad_input, {}, "has a uiSchema, " + ui_file + ", that is not a JSON object"};
    ui_root = &ui->root();
    ui_doc = ui;
    ui_name = ui_file;
  }
  if (!schema->is_object())
    return Error{ErrorCode::bad_input, {}, "has a schema that is not an object at " + where(doc, *schema, {})};
  if (ui_doc == nullptr) ui_doc = &doc;
  Reader reader(doc, *schema, ui_doc, ui_name);
  return reader.read(schema, ui_root);
}

}  // namespace rampa::forms
