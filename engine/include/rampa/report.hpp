#pragma once
// What an audit produces: plain data, no prose. Writers turn it into text in a
// locale (rampa/catalog.hpp, rampa/writers.hpp).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rampa/result.hpp"
#include "rampa/vocabulary.hpp"

namespace rampa {

// A rule as users see it in `rampa rules` and in reports. Title and
// description live in the locale catalogs under the rule id.
struct RuleInfo {
  std::string id;
  std::vector<std::string> wcag;     // success criteria, "1.1.1"
  std::vector<std::string> act_ids;  // W3C ACT rule ids, "bf051a"
  Impact impact = Impact::moderate;
  std::vector<std::string> tags;
  std::string help;                  // URL explaining the rule
  std::vector<std::string> messages; // every message id the rule may use
};

struct Finding {
  const RuleInfo* rule = nullptr;  // valid for the whole program
  Outcome outcome = Outcome::failed;
  std::string selector;  // CSS selector in HTML; JSON pointer or XPath in a form definition
  SourcePos at;
  std::string snippet;
  std::string file;  // empty: the page itself; else the companion file `at` is in (a separate uiSchema)
  std::string field;  // form rules: the field's key (name, property, question) the finding is about
  std::string message_id;
  MessageArgs args;
};

struct RuleResult {
  const RuleInfo* rule = nullptr;
  Outcome outcome = Outcome::inapplicable;
  // Set when the rule threw: the rule's result for this page is unknown.
  std::optional<std::string> internal_error;
};

// Something the reader of a page's report should know that did not stop the
// audit: bytes replaced, an encoding guessed.
struct PageNote {
  std::string kind;        // "encoding", ...
  std::string message_id;  // key in the "_notes" section of the catalogs
  MessageArgs args;
};

struct PageReport {
  std::string path;
  std::optional<Error> error;  // set: the page could not be audited
  std::vector<PageNote> notes;
  std::vector<RuleResult> rules;
  std::vector<Finding> findings;  // failed and cantTell; passed too if asked
};

// One element of the computed accessibility tree, as `rampa tree` shows it.
struct TreeNode {
  std::string selector;
  SourcePos at;
  std::string tag;
  std::string role;         // "" when the element has no role
  std::string name;
  std::string description;
  std::optional<bool> hidden;     // excluded from the accessibility tree; nullopt: cannot tell
  std::optional<bool> focusable;  // nullopt: cannot tell (styles unknown)
  unsigned depth = 0;       // element depth below the root element
};

struct PageTree {
  std::string path;
  std::optional<Error> error;
  std::vector<PageNote> notes;
  std::vector<TreeNode> nodes;  // every element, in tree order
};

}  // namespace rampa
