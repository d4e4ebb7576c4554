#include "audit/verdicts.hpp"

#include <stdexcept>
#include <string>

namespace rampa::rules {

void Verdicts::add(const Target& t, Outcome o, std::string_view message, MessageArgs args) {
  // A rule says the same few messages over and over: the last one checked
  // needs no second look.
  if (message.data() != last_checked_.data() || message.size() != last_checked_.size()) {
    bool known = false;
    for (std::string_view d : *declared_) known = known || d == message;
    if (!known) throw std::logic_error("message id '" + std::string(message) + "' is not declared by the rule");
    last_checked_ = message;
  }
  if (o > strongest_) strongest_ = o;
  if (o == Outcome::passed && !keep_passes_) return;
  verdicts_.push_back({t, o, message, std::move(args)});
}

}  // namespace rampa::rules
