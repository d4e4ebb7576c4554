#pragma once
// The rule authoring API (not public). A rule is a file in rules/<topic>/
// with an applicability function, an evaluate function and one RAMPA_RULE
// line; see ../CONTRIBUTING.md.
#include <string>
#include <string_view>
#include <vector>

#include "audit/page.hpp"
#include "document/ascii.hpp"
#include "document/document.hpp"
#include "document/names.hpp"
#include "forms/form_model.hpp"
#include "language/language_tags.hpp"
#include "rampa/report.hpp"

namespace rampa::rules {

// What a verdict is about: an element, or one attribute of it (findings on an
// attribute point at the attribute, where the fix goes), or a form field and
// the part of its definition where the fix goes.
struct Target {
  const Node* node = nullptr;
  const Attribute* attribute = nullptr;
  const forms::FormModel* form = nullptr;
  const forms::Field* field = nullptr;
  const forms::Source* source = nullptr;

  Target(const Node& n) : node(&n) {}  // NOLINT: implicit by design
  Target(const Attribute& a) : node(a.owner), attribute(&a) {}  // NOLINT: implicit by design
  // A field, reported at `where` (one of its parts), or at the field itself.
  Target(const forms::FormModel& f, const forms::Field& fd, const forms::Source* where = nullptr)
      : form(&f), field(&fd), source(where != nullptr && where->known() ? where : &fd.at) {
    node = source->node;
    attribute = source->attribute;
  }
  // A part of a form that is not a field (a group, a step, a time limit).
  Target(const forms::FormModel& f, const forms::Source& where)
      : node(where.node), attribute(where.attribute), form(&f), source(&where) {}

  const Node& element() const { return *node; }
  std::string_view value() const { return attribute != nullptr ? attribute->value : std::string_view{}; }
};
using Targets = std::vector<Target>;

struct Verdict {
  Target target;
  Outcome outcome;
  std::string_view message_id;
  MessageArgs args;
};

// Collects a rule's verdicts on its targets. Message ids must be among those
// the rule declares; anything else is a bug in the rule and stops it.
class Verdicts {
 public:
  explicit Verdicts(const std::vector<std::string_view>& declared) : declared_(&declared) {}
  void pass(const Target& t, std::string_view message, MessageArgs args = {}) {
    add(t, Outcome::passed, message, std::move(args));
  }
  void fail(const Target& t, std::string_view message, MessageArgs args = {}) {
    add(t, Outcome::failed, message, std::move(args));
  }
  void cant_tell(const Target& t, std::string_view message, MessageArgs args = {}) {
    add(t, Outcome::cant_tell, message, std::move(args));
  }
  const std::vector<Verdict>& all() const noexcept { return verdicts_; }
  void clear() noexcept {
    verdicts_.clear();
    strongest_ = Outcome::inapplicable;
  }
  // The rule's outcome on the page: the strongest verdict, kept or not.
  Outcome strongest() const noexcept { return strongest_; }
  // Whether passes are kept with their messages. When the report leaves
  // passes out, a rule may skip building the arguments of a pass.
  bool keeps_passes() const noexcept { return keep_passes_; }

  // For the engine, which runs every rule into one Verdicts: starts over for
  // the next rule, keeping the memory, and lets it move verdicts out.
  void start(const std::vector<std::string_view>& declared, bool keep_passes) noexcept {
    declared_ = &declared;
    keep_passes_ = keep_passes;
    last_checked_ = {};
    clear();
  }
  std::vector<Verdict>& all() noexcept { return verdicts_; }

 private:
  void add(const Target& t, Outcome o, std::string_view message, MessageArgs args);
  const std::vector<std::string_view>* declared_;
  std::string_view last_checked_;
  bool keep_passes_ = true;
  Outcome strongest_ = Outcome::inapplicable;
  std::vector<Verdict> verdicts_;
};

using Applicability = Targets (*)(const Page&);
using Evaluate = void (*)(const Target&, const Page&, Verdicts&);

struct RuleDef {
  std::string_view id;
  std::vector<std::string_view> wcag;
  std::vector<std::string_view> act;
  Impact impact = Impact::moderate;
  std::vector<std::string_view> tags;
  std::string_view help;
  std::vector<std::string_view> messages;
  Applicability applicability = nullptr;
  Evaluate evaluate = nullptr;
};

// Every rule linked into the program, in registration order.
const std::vector<RuleDef>& registered();

struct Registrar {
  explicit Registrar(RuleDef def);
};

// Names: tag::x and attr::x are the names engine/src/document/names.def
// lists. A rule about any other element or attribute asks the page for it by
// its spelling, in the evaluation itself (no statics: rules keep no state),
//   Name marquee = page.document().find_name("marquee");
//   for (const Node* el : page.document().elements_named(marquee)) ...
// in O(1); a name the page never uses is an invalid Name that matches nothing,
// so elements_named() is empty and Node::is() false. No names.def edit, so
// adding a rule rebuilds that rule only.

// -- small helpers every rule needs ------------------------------------------

// HTML's ASCII whitespace.
using ascii::is_space;
inline bool is_blank(std::string_view s) { return ascii::blank(s); }
// True when the text has nothing but Unicode White_Space (ACT's
// "whitespace", which includes no-break spaces).
bool is_unicode_blank(std::string_view utf8);
std::string_view trim(std::string_view s);
std::string ascii_lower(std::string_view s);
std::vector<std::string_view> split_spaces(std::string_view s);

}  // namespace rampa::rules

#define RAMPA_RULE_CAT2(a, b) a##b
#define RAMPA_RULE_CAT(a, b) RAMPA_RULE_CAT2(a, b)
// Registers the rule defined in this file; arguments are RuleDef's fields as
// designated initializers, in declaration order.
#define RAMPA_RULE(...)                                                   \
  static const ::rampa::rules::Registrar RAMPA_RULE_CAT(rampa_rule_, __LINE__) { \
    ::rampa::rules::RuleDef { __VA_ARGS__ }                              \
  }
