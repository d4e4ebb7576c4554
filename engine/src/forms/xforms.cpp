// The FormModel of an ODK XForm: an XHTML page whose <h:head> holds an XForms
// <model> (instance, binds, itext translations) and whose <h:body> holds the
// questions. parse_xml has already read the XML with no network, no DTD and
// no entity expansion, so nothing here can reach outside the file.
//
// Every Source is copied out of the Document (position, XPath, start tag):
// the Document is freed once the model is built.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "document/ascii.hpp"
#include "document/document.hpp"
#include "forms/builders.hpp"

namespace rampa::forms {
namespace {

constexpr std::string_view kJavaRosa = "http://openrosa.org/javarosa";
constexpr std::size_t kSnippetMax = 120;

std::string pos_text(SourcePos p) {
  return "line " + std::to_string(p.line) + ", column " + std::to_string(p.column);
}

// XForms elements are matched by local name. ODK writes them in the default
// XForms namespace; a form that forgot the declaration (ns "other") is still
// read when --input-format xforms forces it, but an XHTML <input> never is.
bool is_xf(const Node& n, std::string_view local) {
  return n.is_element() && (n.ns == Namespace::xforms || n.ns == Namespace::other) && n.spelling == local;
}
bool is_local(const Node& n, std::string_view local) { return n.is_element() && n.spelling == local; }

const Node* child(const Node& parent, std::string_view local) {
  for (const Node& c : parent.children())
    if (is_local(c, local)) return &c;
  return nullptr;
}

// Attributes are looked up by their spelling, prefix included ("jr:requiredMsg").
const Attribute* attr(const Node& n, std::string_view spelling) {
  for (const Attribute& a : n.attributes())
    if (a.spelling == spelling) return &a;
  return nullptr;
}
std::string_view attr_value(const Node& n, std::string_view spelling) {
  const Attribute* a = attr(n, spelling);
  return a == nullptr ? std::string_view{} : a->value;
}

bool has_token(std::string_view list, std::string_view token) {
  for (std::string_view t : ascii::split(list))
    if (ascii::equals_ignoring_case(t, token)) return true;
  return false;
}

// "true()", "false()", "true", "" as ODK writes them in required/readonly.
bool is_false(std::string_view expr) {
  expr = ascii::trim(expr);
  return expr.empty() || expr == "false()" || expr == "false" || expr == "0";
}

// Runs of whitespace as one space, ends trimmed.
std::string collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (ascii::is_space(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string snippet_of(const Node& n) {
  std::string s = collapse(n.text.empty() || n.text.front() != '<' ? "<" + std::string(n.spelling) + ">" : n.text);
  if (s.size() <= kSnippetMax) return s;
  std::size_t cut = kSnippetMax;
  // Never cut a UTF-8 sequence in half.
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  s.resize(cut);
  return s + "…";
}

// XPaths name elements by local-name() and anchor on the attribute that
// identifies them (ref, nodeset, lang, id), e.g.
//   //*[local-name()='input'][@ref='/data/nombres']/*[local-name()='label']
// ODK questions live in the default XForms namespace, which XPath 1.0 cannot
// name without a prefix binding, and "h:" needs one too: a path written with
// the file's prefixes fails in xmllint --xpath or a browser's $x(). This form
// pastes into any XPath 1.0 tool as is, and survives edits elsewhere in the
// form better than a purely positional path.
class XPaths {
 public:
  explicit XPaths(const Document& doc) {
    const auto& els = doc.elements();
    position_.assign(els.size(), 0);
    same_named_.assign(els.size(), 0);
    std::unordered_map<std::string, std::uint32_t> siblings;  // parent index + name -> count so far
    std::unordered_map<std::string, std::uint32_t> totals;
    for (const Node* e : els) {
      std::string key = std::to_string(e->parent == nullptr ? 0 : e->parent->index) + '/' + std::string(e->spelling);
      position_[e->element_index] = ++siblings[key];
      if (auto id = identity(*e)) {
        ++globals_[anchor_step(*e, *id)];
        ++totals[key + '[' + std::string(id->first) + '=' + std::string(id->second)];
      }
    }
    for (const Node* e : els) {
      std::string key = std::to_string(e->parent == nullptr ? 0 : e->parent->index) + '/' + std::string(e->spelling);
      same_named_[e->element_index] = siblings[key];
      if (auto id = identity(*e))
        if (totals[key + '[' + std::string(id->first) + '=' + std::string(id->second)] == 1)
          unique_among_siblings_.push_back(e->element_index);
    }
    std::sort(unique_among_siblings_.begin(), unique_among_siblings_.end());
  }

  std::string of(const Node& n) const {
    std::vector<std::string> steps;
    std::string anchor;
    for (const Node* cur = &n; cur != nullptr && cur->is_element(); cur = cur->parent) {
      auto id = identity(*cur);
      if (id) {
        std::string a = anchor_step(*cur, *id);
        auto it = globals_.find(a);
        if (it != globals_.end() && it->second == 1) {
          anchor = "//" + a;
          break;
        }
      }
      steps.push_back(step(*cur, id));
    }
    std::string out = anchor;
    for (auto it = steps.rbegin(); it != steps.rend(); ++it) out += "/" + *it;
    return out;
  }

  std::string of(const Attribute& a) const {
    std::string base = a.owner == nullptr ? std::string{} : of(*a.owner);
    auto colon = a.spelling.find(':');
    if (colon == std::string_view::npos) return base + "/@" + std::string(a.spelling);
    return base + "/@*[local-name()='" + std::string(a.spelling.substr(colon + 1)) + "']";
  }

 private:
  using Identity = std::pair<std::string_view, std::string_view>;

  // The attribute that names an element among its kind, when its value can be
  // quoted in XPath 1.0 (which has no escape for a quote inside a literal).
  static std::optional<Identity> identity(const Node& n) {
    std::string_view name;
    if (n.spelling == "translation") name = "lang";
    else if (n.spelling == "text" || n.spelling == "instance") name = "id";
    else if (n.spelling == "bind" || n.spelling == "repeat" || n.spelling == "itemset") name = "nodeset";
    // label, hint and value carry itext or itemset refs, which repeat.
    else if (n.spelling != "label" && n.spelling != "hint" && n.spelling != "value") name = "ref";
    const Attribute* a = attr(n, name);
    if (a == nullptr || a->value.empty()) return std::nullopt;
    if (a->value.find('\'') != std::string_view::npos && a->value.find('"') != std::string_view::npos)
      return std::nullopt;
    return Identity{name, a->value};
  }

  static std::string literal(std::string_view v) {
    char q = v.find('\'') == std::string_view::npos ? '\'' : '"';
    return q + std::string(v) + q;
  }

  static std::string anchor_step(const Node& n, const Identity& id) {
    return "*[local-name()='" + std::string(n.spelling) + "'][@" + std::string(id.first) + "=" +
           literal(id.second) + "]";
  }

  std::string step(const Node& n, const std::optional<Identity>& id) const {
    if (id && std::binary_search(unique_among_siblings_.begin(), unique_among_siblings_.end(), n.element_index))
      return anchor_step(n, *id);
    std::string s = "*[local-name()='" + std::string(n.spelling) + "']";
    if (same_named_[n.element_index] > 1) s += "[" + std::to_string(position_[n.element_index]) + "]";
    return s;
  }

  std::vector<std::uint32_t> position_;    // among same-named element siblings, from 1
  std::vector<std::uint32_t> same_named_;  // how many such siblings there are
  std::vector<std::uint32_t> unique_among_siblings_;
  std::unordered_map<std::string, std::uint32_t> globals_;
};

// An itext entry in one language, its value's text and position.
struct Entry {
  std::string lang;
  std::string text;
  const Node* value = nullptr;
};

class Builder {
 public:
  explicit Builder(const Document& doc) : doc_(doc), paths_(doc) {}

  Result<FormModel> build() {
    const Node* root = doc_.root();
    if (root == nullptr) return Error{ErrorCode::bad_input, {}, "is an empty XML document, not an XForm"};
    read_prefix(*root);
    const Node* head = child(*root, "head");
    const Node* model = head == nullptr ? nullptr : child(*head, "model");
    if (model == nullptr) model = child(*root, "model");
    if (model == nullptr)
      return Error{ErrorCode::bad_input, {},
                   "is not an XForm: its root <" + std::string(root->spelling) + "> (" + pos_text(root->pos) +
                       ") has no XForms <model> in its <h:head>"};
    const Node* body = child(*root, "body");
    if (body == nullptr)
      return Error{ErrorCode::bad_input, {},
                   "is an XForm without an <h:body> (root element at " + pos_text(root->pos) +
                       "), so it has no questions to read"};

    form_.origin = Origin::xforms;
    form_.at = source(*root);
    if (const Node* title = head == nullptr ? nullptr : child(*head, "title")) {
      std::string t = collapse(doc_.text_content(*title));
      if (!t.empty()) form_.title.values.push_back({{}, std::move(t), source(*title)});
    }
    index_model(*model);
    read_body(*body);
    return std::move(form_);
  }

 private:
  // ODK's "jr:" prefix is a convention: the namespace is what counts. Only a
  // declaration on the root element is read (ODK tools put it there); a
  // JavaRosa namespace declared deeper under another prefix is not recognised.
  void read_prefix(const Node& root) {
    for (const Attribute& a : root.attributes())
      if (a.spelling.starts_with("xmlns:") && a.value == kJavaRosa) jr_ = std::string(a.spelling.substr(6));
  }
  std::string jr(std::string_view local) const { return jr_ + ":" + std::string(local); }

  Source source(const Node& n) const { return {n.pos, paths_.of(n), snippet_of(n), {}, nullptr, nullptr}; }
  Source source(const Attribute& a) const {
    return {a.pos, paths_.of(a), a.owner == nullptr ? std::string(a.spelling) : snippet_of(*a.owner), {}, nullptr,
            nullptr};
  }

  // -- the model -------------------------------------------------------------

  void index_model(const Node& model) {
    for (const Node& c : model.children()) {
      if (is_xf(c, "bind")) {
        if (const Attribute* ns = attr(c, "nodeset")) binds_[std::string(ascii::trim(ns->value))].push_back(&c);
        if (const Attribute* id = attr(c, "id")) bind_ids_.emplace(std::string(id->value), &c);
      } else if (is_xf(c, "instance")) {
        if (const Attribute* id = attr(c, "id")) instances_.emplace(std::string(id->value), &c);
      } else if (is_xf(c, "itext")) {
        index_itext(c);
      }
    }
  }

  void index_itext(const Node& itext) {
    std::vector<const Node*> translations;
    for (const Node& t : itext.children())
      if (is_xf(t, "translation")) translations.push_back(&t);
    // The default language first, so Text::any() gives what a user sees
    // before choosing a language.
    std::stable_partition(translations.begin(), translations.end(),
                          [](const Node* t) { return !is_false(attr_value(*t, "default")); });
    for (const Node* t : translations) {
      std::string lang(ascii::trim(attr_value(*t, "lang")));
      if (std::find(form_.languages.begin(), form_.languages.end(), lang) == form_.languages.end())
        form_.languages.push_back(lang);
      for (const Node& text : t->children()) {
        if (!is_xf(text, "text")) continue;
        const Node* chosen = nullptr;
        int rank = 0;
        for (const Node& v : text.children()) {
          if (!is_xf(v, "value")) continue;
          // Only what is read as words counts; image, audio, video and big-image
          // are media file names, "short" is a compact variant of the label.
          std::string_view form = ascii::trim(attr_value(v, "form"));
          int r = form.empty() ? 3 : form == "long" ? 2 : form == "guidance" ? 1 : 0;
          if (r > rank) {
            rank = r;
            chosen = &v;
          }
        }
        if (chosen == nullptr) continue;
        itext_[std::string(attr_value(text, "id"))].push_back({lang, collapse(doc_.text_content(*chosen)), chosen});
      }
    }
  }

  // The id in "jr:itext('id')", or nullopt when `expr` is something else.
  std::optional<std::string_view> itext_id(std::string_view expr) const {
    expr = ascii::trim(expr);
    std::string fn = jr("itext");
    if (!expr.starts_with(fn)) return std::nullopt;
    expr = ascii::trim(expr.substr(fn.size()));
    if (expr.size() < 4 || expr.front() != '(' || expr.back() != ')') return std::nullopt;
    expr = ascii::trim(expr.substr(1, expr.size() - 2));
    if (expr.size() < 2 || (expr.front() != '\'' && expr.front() != '"') || expr.back() != expr.front())
      return std::nullopt;
    return expr.substr(1, expr.size() - 2);
  }

  Text from_itext(std::string_view id) const {
    Text t;
    auto it = itext_.find(std::string(id));
    if (it == itext_.end()) return t;
    for (const Entry& e : it->second) t.values.push_back({e.lang, e.text, source(*e.value)});
    return t;
  }

  // A <label> or <hint>: inline words, or a reference to itext.
  Text text_of(const Node* el) const {
    Text t;
    if (el == nullptr) return t;
    if (auto id = itext_id(attr_value(*el, "ref"))) return from_itext(*id);
    std::string words = collapse(doc_.text_content(*el));
    if (!words.empty()) t.values.push_back({{}, std::move(words), source(*el)});
    return t;
  }

  // A message attribute (jr:requiredMsg, jr:constraintMsg): words or itext.
  Text message_of(const Attribute* a) const {
    Text t;
    if (a == nullptr) return t;
    if (auto id = itext_id(a->value)) return from_itext(*id);
    std::string words = collapse(a->value);
    if (!words.empty()) t.values.push_back({{}, std::move(words), source(*a)});
    return t;
  }

  // A bind attribute; when several binds name the same node, the first that has it.
  const Attribute* bind_attr(const std::vector<const Node*>* binds, std::string_view spelling) const {
    if (binds == nullptr) return nullptr;
    for (const Node* b : *binds)
      if (const Attribute* a = attr(*b, spelling)) return a;
    return nullptr;
  }

  // -- the body --------------------------------------------------------------

  struct Context {
    int group = -1;
    int step = 0;
    std::string ref;  // the nearest enclosing group or repeat's node, for relative refs
    const Node* group_node = nullptr;
  };

  static bool is_control(const Node& n) {
    if (n.is_element() && n.spelling == "rank" && n.ns == Namespace::other) return true;  // odk:rank
    for (std::string_view c : {"input", "select1", "select", "upload", "range", "trigger", "secret", "textarea"})
      if (is_xf(n, c)) return true;
    return false;
  }

  static std::string resolve(std::string_view ref, const std::string& context) {
    ref = ascii::trim(ref);
    if (ref.empty() || ref.front() == '/' || context.empty()) return std::string(ref);
    if (ref == ".") return context;
    return context + "/" + std::string(ref);
  }

  void read_body(const Node& body) {
    // appearance="field-list" groups are one screen each in Collect and
    // Enketo's pages mode: at the top level they are the form's steps.
    bool paged = false;
    for (const Node& c : body.children())
      if (is_xf(c, "group") && has_token(attr_value(c, "appearance"), "field-list")) paged = true;
    if (!paged) form_.steps.push_back({form_.title, source(body)});

    bool loose_run = false;
    struct Item {
      const Node* node;
      Context ctx;
    };
    std::vector<Item> stack;
    for (const Node* c = body.last_child; c != nullptr; c = c->prev_sibling)
      if (c->is_element()) stack.push_back({c, {}});
    // The stack holds top-level elements in order; steps are opened as each is
    // reached, before its descendants.
    while (!stack.empty()) {
      Item item = std::move(stack.back());
      stack.pop_back();
      const Node& n = *item.node;
      Context ctx = std::move(item.ctx);
      if (paged && n.parent == &body) {
        if (is_xf(n, "group") && has_token(attr_value(n, "appearance"), "field-list")) {
          form_.steps.push_back({text_of(child(n, "label")), source(n)});
          loose_run = false;
        } else if (!loose_run) {
          // Questions between field-list groups are screens of their own; a run
          // of them is one step.
          form_.steps.push_back({{}, source(n)});
          loose_run = true;
        }
        ctx.step = static_cast<int>(form_.steps.size()) - 1;
      }

      if (is_control(n)) {
        add_field(n, ctx);
        continue;
      }
      if (is_xf(n, "label") || is_xf(n, "hint")) continue;  // a group's, read with it
      Context inner = ctx;
      if (is_xf(n, "group")) {
        Group g;
        g.label = text_of(child(n, "label"));
        g.at = source(n);
        g.parent = ctx.group;
        g.step = ctx.step;
        form_.groups.push_back(std::move(g));
        inner.group = static_cast<int>(form_.groups.size()) - 1;
        inner.group_node = &n;
        if (const Attribute* r = attr(n, "ref")) inner.ref = resolve(r->value, ctx.ref);
      } else if (is_xf(n, "repeat")) {
        std::string nodeset = resolve(attr_value(n, "nodeset"), ctx.ref);
        // ODK tools wrap a repeat in a group of the same node that carries the
        // label: that group is the repeat.
        if (ctx.group_node != nullptr && ctx.group_node == n.parent && !nodeset.empty() && nodeset == ctx.ref &&
            child(n, "label") == nullptr) {
          form_.groups[static_cast<std::size_t>(ctx.group)].repeat = true;
        } else {
          Group g;
          g.label = text_of(child(n, "label"));
          g.at = source(n);
          g.parent = ctx.group;
          g.step = ctx.step;
          g.repeat = true;
          form_.groups.push_back(std::move(g));
          inner.group = static_cast<int>(form_.groups.size()) - 1;
          inner.group_node = &n;
        }
        inner.ref = nodeset;
      }
      for (const Node* c = n.last_child; c != nullptr; c = c->prev_sibling)
        if (c->is_element()) stack.push_back({c, inner});
    }
  }

  static Control control_of(const Node& n, std::string_view type, std::string_view appearance) {
    // "xsd:string" and "string" are the same type.
    if (auto colon = type.find(':'); colon != std::string_view::npos) type = type.substr(colon + 1);
    std::string_view el = n.spelling;
    if (el == "select1") return has_token(appearance, "minimal") ? Control::select : Control::radio;
    if (el == "select") return has_token(appearance, "minimal") ? Control::select : Control::checkboxes;
    if (el == "rank") return Control::other;
    if (el == "upload") return Control::file;
    if (el == "range") return Control::number;
    if (el == "secret") return Control::password;
    if (el == "textarea") return Control::textarea;
    // An acknowledge question: one box to tick.
    if (el == "trigger") return Control::checkbox;
    if (type == "int" || type == "integer" || type == "decimal") return Control::number;
    if (type == "date" || type == "dateTime" || type == "time") return Control::date;
    if (type == "binary") return Control::file;
    if (type == "select1") return has_token(appearance, "minimal") ? Control::select : Control::radio;
    if (type == "select") return Control::checkboxes;
    if (type == "geopoint" || type == "geotrace" || type == "geoshape" || type == "barcode") return Control::other;
    if (has_token(appearance, "multiline")) return Control::textarea;
    return Control::text;
  }

  void add_field(const Node& n, const Context& ctx) {
    // The header row of an ODK table (appearance "label") shows the choice
    // labels as column headings for the list-nolabel questions under it; it
    // has no buttons and collects nothing.
    if ((is_xf(n, "select1") || is_xf(n, "select")) && has_token(attr_value(n, "appearance"), "label")) return;
    Field f;
    f.at = source(n);
    f.group = ctx.group;
    f.step = ctx.step;
    f.purpose_declarable = false;  // XForms has no way to say autocomplete

    const std::vector<const Node*>* binds = nullptr;
    std::string ref;
    if (const Attribute* r = attr(n, "ref")) {
      ref = resolve(r->value, ctx.ref);
    } else if (const Attribute* b = attr(n, "bind")) {
      if (auto it = bind_ids_.find(std::string(b->value)); it != bind_ids_.end())
        ref = std::string(ascii::trim(attr_value(*it->second, "nodeset")));
    }
    if (auto it = binds_.find(ref); it != binds_.end()) binds = &it->second;
    // The node's name, not its path: the same key a person gives the question
    // in every other format ("nombres", not "/data/datos_personales/nombres").
    std::string_view key = ref;
    if (auto slash = key.rfind('/'); slash != std::string_view::npos) key = key.substr(slash + 1);
    f.key = std::string(key);

    const Attribute* type = bind_attr(binds, "type");
    f.type = type != nullptr ? std::string(ascii::trim(type->value)) : std::string(n.spelling);
    std::string_view appearance = attr_value(n, "appearance");
    f.control = control_of(n, type != nullptr ? ascii::trim(type->value) : std::string_view{}, appearance);

    f.label = text_of(child(n, "label"));
    f.accessible_name = f.label;
    f.hint = text_of(child(n, "hint"));

    // Conditional requirements (required="/data/x = 'si'") still make the
    // field required when they hold: only an explicit false() says it never is.
    if (const Attribute* req = bind_attr(binds, "required"); req != nullptr && !is_false(req->value)) {
      f.required = true;
      f.required_at = source(*req);
      // Collect and Enketo put an asterisk before a required question's label.
      f.required_cue = RequiredCue::renderer;
      f.required_message = message_of(bind_attr(binds, jr("requiredMsg")));
    }
    for (const Text* t : {&f.label, &f.hint})
      for (const Translation& tr : t->values)
        if (says_required(tr.text)) f.marked_required = true;
    if (const Attribute* ro = bind_attr(binds, "readonly"); ro != nullptr && !is_false(ro->value)) f.read_only = true;

    if (const Attribute* c = bind_attr(binds, "constraint"); c != nullptr && !ascii::blank(c->value))
      add_constraints(f, *c, message_of(bind_attr(binds, jr("constraintMsg"))));

    for (const Node& c : n.children()) {
      if (is_xf(c, "item")) {
        Option o;
        if (const Node* v = child(c, "value")) o.value = collapse(doc_.text_content(*v));
        o.label = text_of(child(c, "label"));
        o.at = source(c);
        f.options.push_back(std::move(o));
      } else if (is_xf(c, "itemset")) {
        add_itemset(f, c);
      }
    }
    form_.fields.push_back(std::move(f));
  }

  // The quoted literal starting at `i` (after spaces), or nullopt.
  static std::optional<std::string_view> quoted_at(std::string_view s, std::size_t i) {
    while (i < s.size() && ascii::is_space(s[i])) ++i;
    if (i >= s.size() || (s[i] != '\'' && s[i] != '"')) return std::nullopt;
    std::size_t end = s.find(s[i], i + 1);
    if (end == std::string_view::npos) return std::nullopt;
    return s.substr(i + 1, end - i - 1);
  }

  // The whole expression is the custom constraint; regex() calls in it are
  // also patterns and string-length() comparisons also length bounds, so
  // rules about patterns and lengths see XForms like every other format.
  void add_constraints(Field& f, const Attribute& c, const Text& message) const {
    Source at = source(c);
    f.constraints.push_back({ConstraintKind::custom, collapse(c.value), at, message});
    std::string_view e = c.value;
    for (std::size_t p = 0; (p = e.find("regex(", p)) != std::string_view::npos;) {
      p += 6;
      // Skip the first argument up to its top-level comma.
      int depth = 0;
      char quote = 0;
      std::size_t i = p;
      for (; i < e.size(); ++i) {
        char ch = e[i];
        if (quote != 0) {
          if (ch == quote) quote = 0;
        } else if (ch == '\'' || ch == '"') {
          quote = ch;
        } else if (ch == '(') {
          ++depth;
        } else if (ch == ')') {
          if (depth-- == 0) break;
        } else if (ch == ',' && depth == 0) {
          break;
        }
      }
      if (i >= e.size() || e[i] != ',') continue;
      if (auto pattern = quoted_at(e, i + 1))
        f.constraints.push_back({ConstraintKind::pattern, std::string(*pattern), at, message});
    }
    for (std::size_t p = 0; (p = e.find("string-length(", p)) != std::string_view::npos;) {
      std::size_t close = e.find(')', p);
      if (close == std::string_view::npos) break;
      p = close + 1;
      std::size_t i = p;
      while (i < e.size() && ascii::is_space(e[i])) ++i;
      std::string_view rest = e.substr(i);
      std::string_view op;
      for (std::string_view o : {">=", "&gt;=", "<=", "&lt;=", ">", "&gt;", "<", "&lt;"})
        if (rest.starts_with(o)) {
          op = o;
          break;
        }
      if (op.empty()) continue;
      rest = ascii::trim(rest.substr(op.size()));
      std::size_t digits = 0;
      while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') ++digits;
      if (digits == 0 || digits > 9) continue;
      long bound = std::stol(std::string(rest.substr(0, digits)));
      bool lower = op.front() == '>' || op.starts_with("&gt");
      bool strict = op.find('=') == std::string_view::npos;
      if (strict) bound += lower ? 1 : -1;
      f.constraints.push_back(
          {lower ? ConstraintKind::min_length : ConstraintKind::max_length, std::to_string(bound), at, message});
    }
  }

  // Choices from a secondary instance: nodeset="instance('cursos')/root/item",
  // with <value ref="name"/> and <label ref="label"/> or
  // <label ref="jr:itext(itextId)"/> naming children of each item. Predicates
  // (cascading filters) are ignored: every item is a possible choice.
  void add_itemset(Field& f, const Node& set) const {
    std::string_view ns = ascii::trim(attr_value(set, "nodeset"));
    if (!ns.starts_with("instance(")) return;
    auto id = quoted_at(ns, 9);
    if (!id) return;
    auto inst = instances_.find(std::string(*id));
    if (inst == instances_.end()) return;
    std::size_t close = ns.find(')', 9 + id->size() + 2);
    if (close == std::string_view::npos) return;
    std::vector<std::string_view> steps;
    std::string_view path = ns.substr(close + 1);
    std::size_t i = 0;
    while (i < path.size()) {
      if (path[i] == '/') {
        ++i;
        continue;
      }
      std::size_t start = i;
      while (i < path.size() && path[i] != '/' && path[i] != '[') ++i;
      steps.push_back(ascii::trim(path.substr(start, i - start)));
      if (i < path.size() && path[i] == '[') {
        int depth = 0;
        for (; i < path.size(); ++i) {
          if (path[i] == '[') ++depth;
          else if (path[i] == ']' && --depth == 0) break;
        }
        ++i;
      }
    }
    std::vector<const Node*> level{inst->second};
    for (std::string_view s : steps) {
      std::vector<const Node*> next;
      for (const Node* p : level)
        for (const Node& c : p->children())
          if (c.is_element() && (s == "*" || c.spelling == s)) next.push_back(&c);
      level = std::move(next);
    }
    const Node* value_el = child(set, "value");
    const Node* label_el = child(set, "label");
    std::string_view value_ref = value_el == nullptr ? std::string_view{} : ascii::trim(attr_value(*value_el, "ref"));
    std::string_view label_ref = label_el == nullptr ? std::string_view{} : ascii::trim(attr_value(*label_el, "ref"));
    // jr:itext(itextId): the item's itextId child names the itext entry.
    std::string itext_fn = jr("itext(");
    bool label_itext = label_ref.starts_with(itext_fn) && label_ref.ends_with(")");
    if (label_itext) label_ref = ascii::trim(label_ref.substr(itext_fn.size(), label_ref.size() - itext_fn.size() - 1));
    for (const Node* item : level) {
      Option o;
      o.at = source(*item);
      if (const Node* v = value_ref.empty() ? nullptr : child(*item, value_ref))
        o.value = collapse(doc_.text_content(*v));
      if (const Node* l = label_ref.empty() ? nullptr : child(*item, label_ref)) {
        std::string words = collapse(doc_.text_content(*l));
        if (label_itext) o.label = from_itext(words);
        else if (!words.empty()) o.label.values.push_back({{}, std::move(words), source(*l)});
      }
      f.options.push_back(std::move(o));
    }
  }

  const Document& doc_;
  XPaths paths_;
  std::string jr_ = "jr";
  FormModel form_;
  std::unordered_map<std::string, std::vector<const Node*>> binds_;  // nodeset -> binds
  std::unordered_map<std::string, const Node*> bind_ids_;
  std::unordered_map<std::string, const Node*> instances_;
  std::unordered_map<std::string, std::vector<Entry>> itext_;  // text id -> one entry per language
};

}  // namespace

Result<FormModel> from_xforms(const Document& doc) { return Builder(doc).build(); }

}  // namespace rampa::forms
