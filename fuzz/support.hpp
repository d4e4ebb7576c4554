#pragma once
// What every fuzz target does with a page: audit it with every rule, write
// the JSON report, and check the invariants a report must keep whatever the
// input (a failure is an abort, so libFuzzer keeps the input).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "rampa/engine.hpp"

namespace rampa::fuzz {

// One engine with every rule, built once per process.
const Engine& engine();

// Audits `bytes` as `kind` (also its tree), writes the JSON and text
// reports, and aborts when a report breaks an invariant.
void audit_and_report(std::string_view bytes, std::string_view name, InputKind kind);

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace rampa::fuzz
