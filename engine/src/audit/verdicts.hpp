#pragma once
// What a rule concludes about its targets, collected by the engine while the
// rule runs. Rules reach this through rules/rule.hpp.
#include <string_view>
#include <vector>

#include "document/document.hpp"
#include "forms/form_model.hpp"
#include "rampa/vocabulary.hpp"

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

}  // namespace rampa::rules
