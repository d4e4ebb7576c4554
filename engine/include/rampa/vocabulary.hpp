#pragma once
// The words every stage shares: where in a source a thing is, what a rule
// concluded, how much it matters, and the named arguments of a message. The
// DOM, the parsers, the forms and the rules speak these without depending on
// the report built from them (rampa/report.hpp).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rampa {

// Ordered from weakest to strongest: a page's outcome for a rule is the
// strongest of its targets' outcomes.
enum class Outcome { inapplicable, passed, cant_tell, failed };
enum class Impact { minor, moderate, serious, critical };

std::string_view to_string(Outcome outcome) noexcept;  // JSON spelling: "cantTell"
std::string_view to_string(Impact impact) noexcept;
std::optional<Impact> parse_impact(std::string_view text) noexcept;

// 1-based line and column in the page as the user has it (columns count
// characters, not bytes). {0, 0} means the parser inserted the node.
struct SourcePos {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  friend bool operator==(const SourcePos&, const SourcePos&) = default;
};

// A message's arguments by name, so a translation may reorder them.
using MessageArgs = std::vector<std::pair<std::string, std::string>>;

}  // namespace rampa
