// The FormModel of a Form.io definition: a tree of components, where layout
// components (panels, fieldsets, columns, tables, tabs, wells) hold others
// and input components are fields. In a wizard, each top-level panel is a
// page. Form.io definitions carry one language.
#include <cstdint>
#include <string>
#include <vector>

#include "document/ascii.hpp"
#include "forms/builders.hpp"

namespace rampa::forms {
namespace {

using json::Kind;
using json::Value;

constexpr int kMaxNesting = 100;

Error bad(std::string what, const SourcePos& p) {
  return Error{ErrorCode::bad_input, {},
               std::move(what) + " (line " + std::to_string(p.line) + ", column " + std::to_string(p.column) + ")"};
}

enum class Role : std::uint8_t { field, layout, content, unknown };

struct ComponentKind {
  Role role = Role::unknown;
  Control control = Control::other;
};

ComponentKind component_kind(std::string_view type) {
  struct Entry {
    std::string_view type;
    Role role;
    Control control;
  };
  static constexpr Entry kTable[] = {
      {"textfield", Role::field, Control::text},       {"textarea", Role::field, Control::textarea},
      {"number", Role::field, Control::number},        {"currency", Role::field, Control::number},
      {"email", Role::field, Control::email},          {"phoneNumber", Role::field, Control::tel},
      {"url", Role::field, Control::url},              {"password", Role::field, Control::password},
      {"datetime", Role::field, Control::date},        {"day", Role::field, Control::date},
      {"time", Role::field, Control::other},           {"select", Role::field, Control::select},
      {"radio", Role::field, Control::radio},          {"selectboxes", Role::field, Control::checkboxes},
      {"checkbox", Role::field, Control::checkbox},    {"file", Role::field, Control::file},
      {"hidden", Role::field, Control::hidden},        {"tags", Role::field, Control::text},
      {"signature", Role::field, Control::other},      {"survey", Role::field, Control::other},
      {"address", Role::field, Control::other},        {"panel", Role::layout, Control::other},
      {"fieldset", Role::layout, Control::other},      {"well", Role::layout, Control::other},
      {"columns", Role::layout, Control::other},       {"table", Role::layout, Control::other},
      {"tabs", Role::layout, Control::other},          {"container", Role::layout, Control::other},
      {"datagrid", Role::layout, Control::other},      {"editgrid", Role::layout, Control::other},
      {"button", Role::content, Control::other},       {"htmlelement", Role::content, Control::other},
      {"content", Role::content, Control::other},
  };
  for (const Entry& e : kTable)
    if (e.type == type) return {e.role, e.control};
  return {};
}

class Reader {
 public:
  explicit Reader(const json::Doc& doc) : doc_(doc) {}

  Result<FormModel> read() {
    const Value& root = doc_.root();
    if (!root.is_object()) return bad("Form.io definition is not a JSON object", root.pos);
    model_.origin = Origin::formio;
    model_.at = source(root);
    model_.title = text(doc_.get(root, "title"));
    wizard_ = doc_.string(root, "display") == "wizard";
    const Value* components = doc_.get(root, "components");
    if (components == nullptr) return bad("Form.io definition has no \"components\"", root.pos);
    if (auto r = push_list(*components, -1, 0, true); !r) return r.error();
    while (!stack_.empty()) {
      Frame f = stack_.back();
      stack_.pop_back();
      if (auto r = visit(f); !r) return r.error();
    }
    if (model_.steps.empty()) {
      Step step;
      step.at = model_.at;
      model_.steps.push_back(std::move(step));
    }
    return std::move(model_);
  }

 private:
  struct Frame {
    const Value* component;
    int group;
    int step;
    bool top;  // a top-level component: a page when it is a wizard's panel
    bool tab;  // an entry of a tabs component: {key, label, components}, no type
    int depth;  // components around this one
  };

  Source source(const Value& v) const {
    Source s;
    s.pos = v.parent != json::npos && doc_.at(v.parent).is_object() ? v.key_pos : v.pos;
    s.path = doc_.pointer(v);
    s.snippet = doc_.snippet(v);
    return s;
  }

  // Form.io has no per-text languages (translations live in the renderer's
  // i18n options), so text is untagged.
  Text text(const Value* v) const {
    Text t;
    if (v != nullptr && (v->is_string() || v->kind == Kind::number) && !v->text.empty())
      t.values.push_back({"", std::string(v->text), source(*v)});
    return t;
  }

  // Pushes a components array in reverse, so it pops in document order.
  Result<bool> push_list(const Value& list, int group, int step, bool top, bool tabs = false) {
    if (!list.is_array()) return bad("Form.io \"" + std::string(list.key) + "\" is not an array", list.key_pos);
    std::vector<const Value*> items;
    items.reserve(list.size);
    for (const Value& c : doc_.children(list)) items.push_back(&c);
    for (auto it = items.rbegin(); it != items.rend(); ++it) stack_.push_back({*it, group, step, top, tabs, child_depth_});
    return true;
  }

  Result<bool> push_components(const Value& holder, int group, int step, bool tabs = false) {
    const Value* list = doc_.get(holder, "components");
    if (list == nullptr) return true;
    return push_list(*list, group, step, false, tabs);
  }

  int add_group(const Value& c, const Value* label, int parent, int step, bool repeat) {
    Group g;
    // hideLabel on a container or grid: no caption is drawn.
    if (!doc_.get(c, "hideLabel") || !doc_.get(c, "hideLabel")->is_true()) g.label = text(label);
    g.at = source(c);
    g.parent = parent;
    g.step = step;
    g.repeat = repeat;
    model_.groups.push_back(std::move(g));
    return static_cast<int>(model_.groups.size()) - 1;
  }

  Result<bool> visit(const Frame& f) {
    const Value& c = *f.component;
    if (!c.is_object()) return bad("Form.io component is not an object", c.pos);
    // Every part keeps its JSON pointer, as long as its depth: components
    // nested thousands deep would make that quadratic. Form.io renders each
    // level inside the last, so no real form comes near the limit.
    if (f.depth > kMaxNesting)
      return bad("Form.io components are nested more than " + std::to_string(kMaxNesting) + " deep", c.pos);
    child_depth_ = f.depth + 1;
    if (f.tab) {
      int g = add_group(c, doc_.get(c, "label"), f.group, f.step, false);
      return push_components(c, g, f.step);
    }
    const Value* type = doc_.get(c, "type");
    // formio.js makes a component without a type its bare base Component,
    // which draws no input: nothing there for a person to fill in.
    if (type == nullptr || !type->is_string()) return true;
    ComponentKind kind = component_kind(type->text);
    int step = f.step;
    if (f.top && wizard_) {
      if (type->text == "panel") {
        Step s;
        s.title = text(doc_.get(c, "title"));
        s.at = source(c);
        model_.steps.push_back(std::move(s));
        return push_components(c, f.group, static_cast<int>(model_.steps.size()) - 1);
      }
      step = model_.steps.empty() ? 0 : static_cast<int>(model_.steps.size()) - 1;
    }
    if (kind.role == Role::content) return true;
    if (kind.role == Role::layout) return visit_layout(c, type->text, f.group, step);
    if (kind.role == Role::unknown) {
      // A custom component: a layout when it holds components, a field when
      // it takes input (Form.io's `input` flag), else shown content.
      if (const Value* list = doc_.get(c, "components"); list != nullptr) return push_list(*list, f.group, step, false);
      const Value* input = doc_.get(c, "input");
      if (input == nullptr || !input->is_true()) return true;
    }
    return read_field(c, type->text, kind.control, f.group, step);
  }

  Result<bool> visit_layout(const Value& c, std::string_view type, int group, int step) {
    if (type == "panel") return push_components(c, add_group(c, doc_.get(c, "title"), group, step, false), step);
    if (type == "fieldset") return push_components(c, add_group(c, doc_.get(c, "legend"), group, step, false), step);
    if (type == "container") return push_components(c, add_group(c, doc_.get(c, "label"), group, step, false), step);
    if (type == "datagrid" || type == "editgrid")
      return push_components(c, add_group(c, doc_.get(c, "label"), group, step, true), step);
    if (type == "tabs") return push_components(c, group, step, true);
    // Columns and tables lay components out; they name nothing, so they
    // make no group. Cells are pushed last-first to pop in reading order.
    std::vector<const Value*> lists;
    if (type == "columns") {
      const Value* columns = doc_.get(c, "columns");
      if (columns != nullptr) {
        if (!columns->is_array()) return bad("Form.io \"columns\" is not an array", columns->key_pos);
        for (const Value& col : doc_.children(*columns)) {
          if (!col.is_object()) return bad("Form.io column is not an object", col.pos);
          if (const Value* list = doc_.get(col, "components")) lists.push_back(list);
        }
      }
    } else if (type == "table") {
      const Value* rows = doc_.get(c, "rows");
      if (rows != nullptr) {
        if (!rows->is_array()) return bad("Form.io \"rows\" is not an array", rows->key_pos);
        for (const Value& row : doc_.children(*rows)) {
          if (!row.is_array()) return bad("Form.io table row is not an array", row.pos);
          for (const Value& cell : doc_.children(row)) {
            if (!cell.is_object()) return bad("Form.io table cell is not an object", cell.pos);
            if (const Value* list = doc_.get(cell, "components")) lists.push_back(list);
          }
        }
      }
    } else if (const Value* list = doc_.get(c, "components")) {  // well
      lists.push_back(list);
    }
    for (auto it = lists.rbegin(); it != lists.rend(); ++it)
      if (auto r = push_list(**it, group, step, false); !r) return r.error();
    return true;
  }

  // The message Form.io shows when `error` fails: validate.customMessage
  // replaces the message of every check of the field; otherwise the
  // component's `errors` map may override one check's message.
  Text message_for(const Value& c, const Value* validate, std::string_view error) const {
    if (validate != nullptr) {
      Text custom = text(doc_.get(*validate, "customMessage"));
      if (custom.present()) return custom;
    }
    if (const Value* errors = doc_.get(c, "errors"); errors != nullptr && errors->is_object())
      return text(doc_.get(*errors, error));
    return {};
  }

  // validate.custom is JavaScript that sets `valid` to true or to the
  // message Form.io shows (`valid = ok ? true : 'Escriba ...'`): a string
  // given as the result of that assignment is the check's message. A
  // string compared with `==` is data, not a message.
  Text message_of_custom(const Value& custom) const {
    const std::string_view code = custom.text;
    for (std::size_t at = code.find("valid"); at != std::string_view::npos; at = code.find("valid", at + 5)) {
      const bool word = (at == 0 || !is_identifier_char(code[at - 1])) &&
                        (at + 5 == code.size() || !is_identifier_char(code[at + 5]));
      std::size_t i = skip_spaces(code, at + 5);
      if (!word || i >= code.size() || code[i] != '=' || (i + 1 < code.size() && code[i + 1] == '=')) continue;
      // The last two characters that are not spaces: `= '...'` is the
      // assignment, `=== '...'` a comparison.
      char before = '=', earlier = 'd';
      for (++i; i < code.size() && code[i] != ';' && code[i] != '\n'; ++i) {
        const char ch = code[i];
        const bool assigned = before == '=' && earlier != '=' && earlier != '!' && earlier != '<' && earlier != '>';
        if ((ch == '\'' || ch == '"' || ch == '`') && (assigned || before == '?' || before == ':')) {
          const std::size_t end = code.find(ch, i + 1);
          if (end == std::string_view::npos) break;
          const std::string_view literal = code.substr(i + 1, end - i - 1);
          if (!ascii::blank(literal)) {
            Text t;
            t.values.push_back({{}, std::string(literal), source(custom)});
            return t;
          }
          i = end;
        }
        if (!ascii::is_space(ch)) {
          earlier = before;
          before = ch;
        }
      }
    }
    return {};
  }

  static bool is_identifier_char(char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '$' ||
           ch == '.';
  }
  static std::size_t skip_spaces(std::string_view s, std::size_t i) {
    while (i < s.size() && ascii::is_space(s[i])) ++i;
    return i;
  }

  void add_constraint(Field& field, ConstraintKind kind, const Value* v, Text message) {
    if (v == nullptr || v->kind == Kind::null || v->kind == Kind::boolean) return;
    if (v->is_string() && ascii::blank(v->text)) return;  // the builder writes "" for unset
    Constraint c;
    c.kind = kind;
    c.value = std::string(v->text);
    c.at = source(*v);
    c.message = std::move(message);
    field.constraints.push_back(std::move(c));
  }

  Result<bool> read_field(const Value& c, std::string_view type, Control control, int group, int step) {
    const Value* key = doc_.get(c, "key");
    // Form.io stores a value under its key; an input without one cannot be
    // submitted, and the builder never writes one so.
    if (key == nullptr || !key->is_string() || ascii::blank(key->text))
      return bad("Form.io component of type \"" + std::string(type) + "\" has no \"key\"", c.pos);
    Field field;
    field.key = std::string(key->text);
    field.at = source(c);
    field.control = control;
    field.type = std::string(type);
    field.group = group;
    field.step = step;

    field.label = text(doc_.get(c, "label"));
    if (const Value* hide = doc_.get(c, "hideLabel")) field.label_hidden = hide->is_true();
    field.accessible_name = field.label;
    field.placeholder = text(doc_.get(c, "placeholder"));
    field.hint = text(doc_.get(c, "description"));
    // A tooltip is an icon showing its text on hover or focus only, so it is
    // weaker than a description; it is still the author's instruction for
    // the field, and rules judging whether instructions exist count it.
    if (!field.hint.present()) field.hint = text(doc_.get(c, "tooltip"));
    // errorLabel replaces the field's name inside Form.io's generic messages
    // ("{{field}} is required"); the wording stays generic, so it is not a
    // message of the field.

    const Value* validate = doc_.get(c, "validate");
    if (validate != nullptr && !validate->is_object()) validate = nullptr;
    if (validate != nullptr) {
      if (const Value* req = doc_.get(*validate, "required"); req != nullptr && req->is_true()) {
        field.required = true;
        field.required_at = source(*req);
        field.required_message = message_for(c, validate, "required");
        // Form.io draws an asterisk after the label of a required field.
        field.required_cue = RequiredCue::renderer;
      }
      add_constraint(field, ConstraintKind::pattern, doc_.get(*validate, "pattern"), message_for(c, validate, "pattern"));
      add_constraint(field, ConstraintKind::min_length, doc_.get(*validate, "minLength"),
                     message_for(c, validate, "minLength"));
      add_constraint(field, ConstraintKind::max_length, doc_.get(*validate, "maxLength"),
                     message_for(c, validate, "maxLength"));
      add_constraint(field, ConstraintKind::minimum, doc_.get(*validate, "min"), message_for(c, validate, "min"));
      add_constraint(field, ConstraintKind::maximum, doc_.get(*validate, "max"), message_for(c, validate, "max"));
      const Value* custom = doc_.get(*validate, "custom");
      Text custom_message = message_for(c, validate, "custom");
      if (!custom_message.present() && custom != nullptr && custom->is_string())
        custom_message = message_of_custom(*custom);
      add_constraint(field, ConstraintKind::custom, custom, std::move(custom_message));
    }
    add_constraint(field, ConstraintKind::input_mask, doc_.get(c, "inputMask"), message_for(c, validate, "mask"));

    for (const Text* t : {&field.label, &field.hint})
      for (const auto& v : t->values)
        if (says_required(v.text)) field.marked_required = true;
    if (!field.required && field.marked_required) field.required_cue = RequiredCue::text;

    if (auto r = read_options(c, field); !r) return r.error();
    if (const Value* ac = doc_.get(c, "autocomplete"); ac != nullptr && ac->is_string() && !ascii::blank(ac->text)) {
      field.purpose.token = std::string(ascii::trim(ac->text));
      field.purpose.at = source(*ac);
      field.purpose.declared = true;
    }
    if (const Value* dis = doc_.get(c, "disabled")) field.read_only = dis->is_true();
    // A conditional may show it again; only an unconditional hidden hides it.
    if (const Value* hidden = doc_.get(c, "hidden"); hidden != nullptr && hidden->is_true()) {
      const Value* cond = doc_.get(c, "conditional");
      bool conditional = doc_.get(c, "customConditional") != nullptr ||
                         (cond != nullptr && cond->is_object() && cond->size > 0 &&
                          !doc_.string(*cond, "when").empty());
      if (!conditional) field.control = Control::hidden;
    }
    model_.fields.push_back(std::move(field));
    return true;
  }

  Result<bool> read_options(const Value& c, Field& field) {
    // radio and selectboxes list `values`; a select lists `data.values`
    // when its data source is "values" (the default).
    const Value* values = doc_.get(c, "values");
    if (const Value* data = doc_.get(c, "data"); values == nullptr && data != nullptr && data->is_object()) {
      std::string_view src = doc_.string(c, "dataSrc");
      if (src.empty() || src == "values") values = doc_.get(*data, "values");
    }
    if (values == nullptr) return true;
    if (!values->is_array()) return bad("Form.io \"values\" is not an array", values->key_pos);
    for (const Value& v : doc_.children(*values)) {
      if (!v.is_object()) return bad("Form.io option is not an object", v.pos);
      const Value* value = doc_.get(v, "value");
      if (value == nullptr) continue;
      Option o;
      o.value = std::string(value->text);
      // Form.io shows the label, and nothing when it is empty.
      o.label = text(doc_.get(v, "label"));
      o.at = source(v);
      field.options.push_back(std::move(o));
    }
    return true;
  }

  const json::Doc& doc_;
  FormModel model_;
  bool wizard_ = false;
  int child_depth_ = 0;  // of the components pushed while visiting one
  std::vector<Frame> stack_;
};

}  // namespace

Result<FormModel> from_formio(const json::Doc& doc) {
  Reader reader(doc);
  return reader.read();
}

}  // namespace rampa::forms
