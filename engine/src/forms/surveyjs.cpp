// The FormModel of a SurveyJS definition: pages of elements, panels and
// dynamic panels as groups, questions as fields. Texts may be plain strings
// or localizable maps ({"default": ..., "pt": ...}); each language becomes a
// Translation, so a rule can see which language lacks a text.
#include <string>
#include <vector>

#include "document/ascii.hpp"
#include "forms/builders.hpp"

namespace rampa::forms {
namespace {

using json::Kind;
using json::Value;

constexpr int kMaxNesting = 100;

std::string where(const SourcePos& p) {
  return "(line " + std::to_string(p.line) + ", column " + std::to_string(p.column) + ")";
}

Error bad(std::string what, const SourcePos& p) {
  return Error{ErrorCode::bad_input, {}, std::move(what) + " " + where(p)};
}

// What a question type becomes. `field` false: shown content, not something
// a person fills in.
struct QuestionKind {
  Control control = Control::other;
  bool field = true;
};

QuestionKind question_kind(std::string_view type, std::string_view input_type) {
  if (type == "text") {
    if (input_type.empty() || input_type == "text") return {Control::text};
    if (input_type == "date" || input_type == "datetime-local" || input_type == "month" || input_type == "week")
      return {Control::date};
    if (input_type == "email") return {Control::email};
    if (input_type == "tel") return {Control::tel};
    if (input_type == "number") return {Control::number};
    if (input_type == "password") return {Control::password};
    if (input_type == "url") return {Control::url};
    // time, color, range: none of our controls says what they are.
    return {Control::other};
  }
  if (type == "comment") return {Control::textarea};
  if (type == "radiogroup" || type == "rating") return {Control::radio};
  if (type == "checkbox") return {Control::checkboxes};
  if (type == "dropdown" || type == "tagbox") return {Control::select};
  if (type == "boolean") return {Control::checkbox};
  if (type == "file") return {Control::file};
  if (type == "html" || type == "expression" || type == "image") return {Control::other, false};
  if (type == "imagepicker" || type == "ranking" || type == "matrix" || type == "matrixdropdown" ||
      type == "matrixdynamic" || type == "multipletext" || type == "signaturepad")
    return {Control::other};
  // A type SurveyJS does not define is a custom component registered by the
  // page's script (ComponentCollection): it still has a title and answers a
  // question, so it stays a field whose control we cannot name.
  return {Control::other};
}

class Reader {
 public:
  explicit Reader(const json::Doc& doc) : doc_(doc) {}

  Result<FormModel> read() {
    const Value& root = doc_.root();
    if (!root.is_object()) return bad("SurveyJS definition is not a JSON object", root.pos);
    model_.origin = Origin::surveyjs;
    model_.at = source(root);
    locale_ = std::string(doc_.string(root, "locale"));
    if (!locale_.empty()) note_language(locale_);
    model_.title = text(doc_.get(root, "title"));

    // requiredText "" removes SurveyJS's asterisk; any other value (or none:
    // "*") is drawn next to every required question's title.
    if (const Value* rt = doc_.get(root, "requiredText"); rt != nullptr && rt->is_string())
      required_cue_shown_ = !ascii::blank(rt->text);
    title_hidden_ = doc_.string(root, "questionTitleLocation") == "hidden";
    read_time_limits(root);

    const Value* pages = doc_.get(root, "pages");
    if (pages != nullptr) {
      if (!pages->is_array()) return bad("SurveyJS \"pages\" is not an array", pages->key_pos);
      for (const Value& page : doc_.children(*pages)) {
        if (!page.is_object()) return bad("SurveyJS page is not an object", page.pos);
        Step step;
        step.at = source(page);
        step.title = text(doc_.get(page, "title"));
        // Without a title, the navigation (table of contents, progress bar
        // with page names) names the page by its name.
        if (!step.title.present()) step.title = key_text(doc_.get(page, "name"));
        model_.steps.push_back(std::move(step));
        int index = static_cast<int>(model_.steps.size()) - 1;
        for (const char* member : {"timeLimit", "maxTimeToFinish"})
          add_time_limit(doc_.get(page, member));
        bool hidden = title_hidden_ || doc_.string(page, "questionTitleLocation") == "hidden";
        if (auto r = read_elements(page, -1, index, hidden); !r) return r.error();
      }
    }
    // Without pages, top-level elements (or the older "questions") form one page.
    if (model_.steps.empty()) {
      Step step;
      step.at = model_.at;
      model_.steps.push_back(std::move(step));
    }
    if (auto r = read_elements(root, -1, 0, title_hidden_); !r) return r.error();

    if (languages_.size() > 1 && multilingual_) model_.languages = languages_;
    return std::move(model_);
  }

 private:
  struct Frame {
    const Value* element;
    int group;
    int step;
    bool title_hidden;
    int depth;  // panels around the element
  };

  Source source(const Value& v) const {
    Source s;
    s.pos = v.parent != json::npos && doc_.at(v.parent).is_object() ? v.key_pos : v.pos;
    s.path = doc_.pointer(v);
    s.snippet = doc_.snippet(v);
    return s;
  }

  void note_language(const std::string& lang) {
    if (lang.empty()) return;
    for (const auto& l : languages_)
      if (l == lang) return;
    languages_.push_back(lang);
  }

  // A localizable string: a plain string is in the survey's locale; a map
  // has one entry per language, "default" being the survey's locale.
  Text text(const Value* v) {
    Text t;
    if (v == nullptr) return t;
    if (v->is_string() || v->kind == Kind::number) {
      t.values.push_back({locale_, std::string(v->text), source(*v)});
      return t;
    }
    if (!v->is_object()) return t;
    for (const Value& m : doc_.children(*v)) {
      if (!m.is_string()) continue;
      std::string lang = m.key == "default" ? locale_ : std::string(m.key);
      if (m.key != "default") multilingual_ = true;
      note_language(lang);
      t.values.push_back({lang, std::string(m.text), source(m)});
    }
    return t;
  }

  // A name shown as text: not in any language.
  Text key_text(const Value* v) const {
    Text t;
    if (v != nullptr && v->is_string()) t.values.push_back({"", std::string(v->text), source(*v)});
    return t;
  }

  void add_time_limit(const Value* v, bool shown_default = false) {
    if (v == nullptr || v->kind != Kind::number) return;
    // 0 is SurveyJS's "no limit".
    if (v->text.find_first_not_of("0.") == std::string_view::npos) return;
    TimeLimit limit;
    limit.at = source(*v);
    limit.seconds = std::string(v->text);
    // SurveyJS has no setting to extend or turn off a limit while answering.
    limit.adjustable = false;
    limit.shown = timer_shown_ || shown_default;
    model_.time_limits.push_back(std::move(limit));
  }

  void read_time_limits(const Value& root) {
    // showTimer (current) or showTimerPanel "top"/"bottom" (older versions).
    if (const Value* st = doc_.get(root, "showTimer")) timer_shown_ = st->is_true();
    std::string_view panel = doc_.string(root, "showTimerPanel");
    if (panel == "top" || panel == "bottom") timer_shown_ = true;
    // Whole survey, then each page; current names first, older ones after.
    for (const char* member : {"timeLimit", "maxTimeToFinish", "timeLimitPerPage", "maxTimeToFinishPage"})
      add_time_limit(doc_.get(root, member));
  }

  // Pushes the elements of a container in reverse, so they pop in document order.
  Result<bool> push_children(const Value& container, const char* member, int group, int step, bool hidden,
                             int depth) {
    const Value* list = doc_.get(container, member);
    if (list == nullptr) return true;
    if (!list->is_array()) return bad(std::string("SurveyJS \"") + member + "\" is not an array", list->key_pos);
    std::vector<const Value*> items;
    items.reserve(list->size);
    for (const Value& e : doc_.children(*list)) items.push_back(&e);
    for (auto it = items.rbegin(); it != items.rend(); ++it) stack_.push_back({*it, group, step, hidden, depth});
    return true;
  }

  Result<bool> read_elements(const Value& container, int group, int step, bool hidden) {
    stack_.clear();
    for (const char* member : {"questions", "elements"})
      if (auto r = push_children(container, member, group, step, hidden, 0); !r) return r.error();
    while (!stack_.empty()) {
      Frame f = stack_.back();
      stack_.pop_back();
      const Value& e = *f.element;
      if (!e.is_object()) return bad("SurveyJS element is not an object", e.pos);
      // Every part keeps its JSON pointer, as long as its depth: panels
      // nested thousands deep would make that quadratic. SurveyJS draws each
      // panel inside the last, so no real survey comes near the limit.
      if (f.depth > kMaxNesting)
        return bad("SurveyJS panels are nested more than " + std::to_string(kMaxNesting) + " deep", e.pos);
      const Value* type = doc_.get(e, "type");
      // SurveyJS creates an element from its type; without one it records a
      // JSON error and shows nothing, so there is nothing here to audit.
      if (type == nullptr || !type->is_string()) continue;
      if (type->text == "panel" || type->text == "paneldynamic") {
        Group g;
        g.label = text(doc_.get(e, "title"));
        g.at = source(e);
        g.parent = f.group;
        g.step = f.step;
        g.repeat = type->text == "paneldynamic";
        model_.groups.push_back(std::move(g));
        int index = static_cast<int>(model_.groups.size()) - 1;
        bool inner_hidden = f.title_hidden;
        std::string_view location = doc_.string(e, "questionTitleLocation");
        if (!location.empty()) inner_hidden = location == "hidden";
        const char* member = g.repeat ? "templateElements" : "elements";
        if (auto r = push_children(e, member, index, f.step, inner_hidden, f.depth + 1); !r) return r.error();
        continue;
      }
      if (auto r = read_question(e, *type, f); !r) return r.error();
    }
    return true;
  }

  Result<bool> read_question(const Value& q, const Value& type, const Frame& f) {
    std::string_view input_type = doc_.string(q, "inputType");
    QuestionKind kind = question_kind(type.text, input_type);
    if (!kind.field) return true;
    const Value* name = doc_.get(q, "name");
    // Answers are stored under the name; SurveyJS requires it ("!name").
    if (name == nullptr || !name->is_string() || ascii::blank(name->text))
      return bad("SurveyJS question of type \"" + std::string(type.text) + "\" has no \"name\"", q.pos);

    Field field;
    field.key = std::string(name->text);
    field.at = source(q);
    field.control = kind.control;
    // The inputType says more than "text" when there is one.
    field.type = std::string(input_type.empty() ? type.text : input_type);
    field.group = f.group;
    field.step = f.step;

    field.label = text(doc_.get(q, "title"));
    if (!field.label.present()) {
      // SurveyJS shows the name where no title is given.
      field.label = key_text(name);
      field.label_is_key = true;
    }
    std::string_view location = doc_.string(q, "titleLocation");
    field.label_hidden = location.empty() || location == "default" ? f.title_hidden : location == "hidden";
    field.accessible_name = field.label;
    field.placeholder = text(doc_.get(q, "placeholder"));
    if (!field.placeholder.present()) field.placeholder = text(doc_.get(q, "optionsCaption"));
    field.hint = text(doc_.get(q, "description"));

    if (const Value* req = doc_.get(q, "isRequired"); req != nullptr && req->is_true()) {
      field.required = true;
      field.required_at = source(*req);
      field.required_message = text(doc_.get(q, "requiredErrorText"));
    }
    // A name shown for a missing title is an identifier, not a cue.
    for (const Text* t : {&field.label, &field.hint})
      if (t != &field.label || !field.label_is_key)
        for (const auto& v : t->values)
          if (says_required(v.text)) field.marked_required = true;
    if (field.required)
      field.required_cue = required_cue_shown_ ? RequiredCue::renderer
                           : field.marked_required ? RequiredCue::text
                                                   : RequiredCue::none;
    else if (field.marked_required)
      field.required_cue = RequiredCue::text;

    read_constraints(q, field);
    if (auto r = read_choices(q, field); !r) return r.error();

    if (const Value* ac = doc_.get(q, "autocomplete"); ac != nullptr && ac->is_string() && !ascii::blank(ac->text)) {
      field.purpose.token = std::string(ascii::trim(ac->text));
      field.purpose.at = source(*ac);
      field.purpose.declared = true;
    }
    if (const Value* ro = doc_.get(q, "readOnly")) field.read_only = ro->is_true();
    // visibleIf may show it later; only an unconditional visible: false hides it.
    if (const Value* vis = doc_.get(q, "visible");
        vis != nullptr && vis->kind == Kind::boolean && !vis->boolean && doc_.get(q, "visibleIf") == nullptr)
      field.control = Control::hidden;
    model_.fields.push_back(std::move(field));
    return true;
  }

  void add_constraint(Field& field, ConstraintKind kind, const Value* v, const Value* message) {
    if (v == nullptr || v->kind == Kind::null) return;
    Constraint c;
    c.kind = kind;
    c.value = std::string(v->text);
    c.at = source(*v);
    c.message = text(message);
    field.constraints.push_back(std::move(c));
  }

  void read_constraints(const Value& q, Field& field) {
    // maxLength becomes the input's maxlength: typing stops, no message.
    if (const Value* ml = doc_.get(q, "maxLength"); ml != nullptr && ml->kind == Kind::number && ml->text != "0" &&
                                                   ml->text != "-1")
      add_constraint(field, ConstraintKind::max_length, ml, nullptr);
    add_constraint(field, ConstraintKind::minimum, doc_.get(q, "min"), doc_.get(q, "minErrorText"));
    add_constraint(field, ConstraintKind::maximum, doc_.get(q, "max"), doc_.get(q, "maxErrorText"));

    const Value* validators = doc_.get(q, "validators");
    if (validators == nullptr || !validators->is_array()) return;
    for (const Value& v : doc_.children(*validators)) {
      if (!v.is_object()) continue;
      std::string_view type = doc_.string(v, "type");
      // The validator's text is its message, for whichever of its bounds fails.
      const Value* message = doc_.get(v, "text");
      if (type == "regex") {
        add_constraint(field, ConstraintKind::pattern, doc_.get(v, "regex"), message);
      } else if (type == "numeric") {
        add_constraint(field, ConstraintKind::minimum, doc_.get(v, "minValue"), message);
        add_constraint(field, ConstraintKind::maximum, doc_.get(v, "maxValue"), message);
      } else if (type == "text") {
        add_constraint(field, ConstraintKind::min_length, doc_.get(v, "minLength"), message);
        add_constraint(field, ConstraintKind::max_length, doc_.get(v, "maxLength"), message);
      } else if (type == "expression") {
        add_constraint(field, ConstraintKind::custom, doc_.get(v, "expression"), message);
      } else if (type == "answercount") {
        add_constraint(field, ConstraintKind::minimum, doc_.get(v, "minCount"), message);
        add_constraint(field, ConstraintKind::maximum, doc_.get(v, "maxCount"), message);
      } else {
        // "email" checks a format; any other type is a validator registered
        // by the page's script: it checks something, we cannot say what.
        Constraint c;
        c.kind = type == "email" ? ConstraintKind::format : ConstraintKind::custom;
        c.value = std::string(type);
        c.at = source(v);
        c.message = text(message);
        field.constraints.push_back(std::move(c));
      }
    }
  }

  Result<bool> read_choices(const Value& q, Field& field) {
    const Value* choices = doc_.get(q, "choices");
    if (choices == nullptr) choices = doc_.get(q, "rateValues");
    if (choices == nullptr) return true;
    if (!choices->is_array()) return bad("SurveyJS \"" + std::string(choices->key) + "\" is not an array", choices->key_pos);
    for (const Value& c : doc_.children(*choices)) {
      Option o;
      o.at = source(c);
      if (c.is_string() || c.kind == Kind::number) {
        // A bare choice is both value and text: SurveyJS shows what the
        // author wrote ("Jornada completa", a rating of 4), so it is a label.
        o.value = std::string(c.text);
        o.label = text(&c);
      } else if (c.is_object()) {
        const Value* value = doc_.get(c, "value");
        if (value == nullptr) continue;
        o.value = std::string(value->text);
        o.label = text(doc_.get(c, "text"));
      } else {
        continue;
      }
      field.options.push_back(std::move(o));
    }
    return true;
  }

  const json::Doc& doc_;
  FormModel model_;
  std::string locale_;
  std::vector<std::string> languages_;
  bool multilingual_ = false;
  bool required_cue_shown_ = true;
  bool title_hidden_ = false;
  bool timer_shown_ = false;
  std::vector<Frame> stack_;
};

}  // namespace

Result<FormModel> from_surveyjs(const json::Doc& doc) {
  Reader reader(doc);
  return reader.read();
}

}  // namespace rampa::forms
