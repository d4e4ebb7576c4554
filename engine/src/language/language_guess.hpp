#pragma once
// Which language a text reads as, by the n-gram fingerprints of libexttextcat
// (Cavnar and Trenkle's method) with the language profiles of Debian's
// libexttextcat-data. Only the languages below are loaded: those of the pages
// rampa audits, their neighbours that the guesser confuses them with, and a
// few that text of no language we model falls to instead (Latin for
// placeholder text, the indigenous languages of the region).
#include <filesystem>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace rampa {

// How far a text is from one language's profile: the sum, over the text's 400
// most frequent n-grams, of how far each is from its rank in the profile (400
// for one the profile lacks). Smaller is closer. Distances compare languages
// for one text only: a longer text has larger distances to all of them.
struct LanguageDistance {
  std::string_view language;  // the primary subtag: "es"
  int distance = 0;
};

class LanguageGuesser {
 public:
  // The primary subtags a guesser has profiles for.
  static std::span<const std::string_view> languages() noexcept;
  // Where Debian installs the profiles (found by CMake at build time).
  static std::filesystem::path installed_profiles();

  // Knows no language: every ranking is empty.
  LanguageGuesser();
  // Reads one profile per language from `dir` (their .lm files), which costs
  // about a millisecond: an Engine does it once. When any is missing or
  // unreadable the guesser knows no language (available() is false), so that
  // no ranking ever leaves out the language a text is in.
  explicit LanguageGuesser(const std::filesystem::path& dir);
  ~LanguageGuesser();
  LanguageGuesser(LanguageGuesser&&) noexcept;
  LanguageGuesser& operator=(LanguageGuesser&&) noexcept;

  bool available() const noexcept { return profiles_ != nullptr; }
  // True when `primary` (a lower-case primary subtag) has a profile.
  bool knows(std::string_view primary) const noexcept;

  // Every known language with its distance to the UTF-8 text, closest first;
  // empty when the guesser knows none or the text has nothing but spaces and
  // digits. Any number of threads may call it at once: the profiles are only
  // read, and each call fingerprints its text in memory of its own (the
  // library's classifier handle, which writes its answer into itself, is not
  // used). About 0.2 ms for a few hundred bytes; time grows with the text.
  std::vector<LanguageDistance> rank(std::string_view utf8) const;

 private:
  struct Profiles;
  std::unique_ptr<Profiles> profiles_;
};

}  // namespace rampa
