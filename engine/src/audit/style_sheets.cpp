#include "audit/style_sheets.hpp"

#include <fstream>
#include <iterator>

#include "semantics/css/parser.hpp"

namespace rampa {

std::shared_ptr<const css::ParsedSheet> StyleSheetStore::load(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) return nullptr;
  std::uintmax_t size = std::filesystem::file_size(file, ec);
  if (ec || size > kMaxSheetBytes) return nullptr;
  std::filesystem::file_time_type modified = std::filesystem::last_write_time(file, ec);
  if (ec) return nullptr;
  const std::string key = file.string();
  {
    std::lock_guard lock(mutex_);
    auto it = kept_.find(key);
    if (it != kept_.end() && it->second.size == size && it->second.modified == modified) return it->second.parsed;
    if (read_bytes_ + size > kMaxReadBytes) return nullptr;
    read_bytes_ += size;
  }
  // Parsed outside the lock: two pages asking for the same new sheet at once
  // may both parse it, which costs less than making every other page wait.
  std::ifstream in(file, std::ios::binary);
  if (!in) return nullptr;
  std::string text(std::istreambuf_iterator<char>(in), {});
  if (in.bad()) return nullptr;
  auto parsed = std::make_shared<const css::ParsedSheet>(css::read_sheet(std::move(text)));
  std::lock_guard lock(mutex_);
  auto [it, added] = kept_.try_emplace(key);
  if (!added) kept_bytes_ -= it->second.parsed->text.size();
  if (kept_bytes_ + parsed->text.size() > kMaxKeptBytes) {
    kept_.erase(it);
    return parsed;
  }
  kept_bytes_ += parsed->text.size();
  it->second = {size, modified, parsed};
  return parsed;
}

}  // namespace rampa
