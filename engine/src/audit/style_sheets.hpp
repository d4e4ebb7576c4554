#pragma once
// Linked style sheets, read and parsed once for all the pages of an Engine
// that link them: a portal's pages share a handful of large sheets, and
// parsing them again per page was most of the cascade's time.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "semantics/css/stylesheet.hpp"

namespace rampa {

class StyleSheetStore {
 public:
  // A sheet is text of modest size; anything larger is not read.
  static constexpr std::uintmax_t kMaxSheetBytes = 8u << 20;
  // What one store (one Engine: a run) reads from disk in all: past it,
  // sheets not kept already are not read, and pages linking them say so.
  static constexpr std::uintmax_t kMaxReadBytes = 1u << 30;

  // The parsed sheet in `file`, or null when it is not a regular file of at
  // most kMaxSheetBytes, cannot be read, or would take the store past
  // kMaxReadBytes. A file is parsed again when its
  // size or modification time changed since it was kept, so a long-lived
  // Engine never audits with a stale sheet. Safe to call from any thread.
  std::shared_ptr<const css::ParsedSheet> load(const std::filesystem::path& file);

 private:
  struct Kept {
    std::uintmax_t size = 0;
    std::filesystem::file_time_type modified;
    std::shared_ptr<const css::ParsedSheet> parsed;
  };
  // What the store holds at most, in sheet bytes: beyond it, sheets are
  // parsed per page and not kept (a run over many sites).
  static constexpr std::uintmax_t kMaxKeptBytes = 64u << 20;

  std::mutex mutex_;
  std::unordered_map<std::string, Kept> kept_;
  std::uintmax_t kept_bytes_ = 0;
  std::uintmax_t read_bytes_ = 0;
};

}  // namespace rampa
