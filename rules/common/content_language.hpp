#pragma once
// Whether the text a lang attribute speaks for is in the language it names,
// for html-lang-matches-content (the page) and element-lang-matches-content
// (a passage). The engine gathers the running text once per page
// (audit/language_texts.hpp: sentences, not names, codes or menus) and its
// LanguageGuesser ranks the languages by libexttextcat's n-gram profiles. A
// guess is evidence, not proof, so a lang fails only when all of these hold:
//
// - there are at least kMinWords (40) words of running text: on fewer, the
//   guesser confuses even languages of different families;
// - the guesser has a profile of the declared language;
// - the closest language is not Latin (placeholder text reads as Latin) and
//   is not a close neighbour of the declared one: among es, pt, gl, ca, it and
//   fr the profiles are too alike to tell one from another for sure;
// - the declared language is at least kFailRatio (10 %) farther from the text
//   than the closest one: within it, a text of 40 to 50 words in the declared
//   language may still rank another first;
// - the text is not mixed: in parts of kPartWords (30) words or more, fewer
//   than kMixedShare (a quarter) of the words are in parts that read as the
//   declared language or a close neighbour (within kPartRatio, 5 %).
// A lang passes when its language is the closest, or a close neighbour of
// the closest within kNeighbourRatio (3 %): Galician reads as Spanish first
// and Argentine forms as Catalan, with their own language a hair behind.
// Only primary subtags are compared: es-AR and es-MX are both Spanish.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "language/language_guess.hpp"
#include "rule.hpp"

namespace rampa::rules {

inline constexpr std::uint32_t kMinWords = 40;
inline constexpr double kFailRatio = 1.10;
inline constexpr double kNeighbourRatio = 1.03;
inline constexpr std::uint32_t kPartWords = 30;
inline constexpr std::size_t kMaxParts = 8;
inline constexpr double kPartRatio = 1.05;
inline constexpr double kMixedShare = 0.25;
// A guess needs a few hundred bytes; more only costs time.
inline constexpr std::size_t kGuessBytes = 8192;

inline bool close_languages(std::string_view a, std::string_view b) {
  static constexpr std::array<std::string_view, 6> kRomance = {"es", "pt", "gl", "ca", "it", "fr"};
  auto in = [](std::string_view l) { return std::find(kRomance.begin(), kRomance.end(), l) != kRomance.end(); };
  return a == b || (in(a) && in(b));
}

// How much farther `language` is from the text than the closest language.
inline double ratio_to_best(const std::vector<LanguageDistance>& ranking, std::string_view language) {
  for (const LanguageDistance& d : ranking)
    if (d.language == language) return ranking.front().distance > 0 ? double(d.distance) / ranking.front().distance : 1.0;
  return 1.0;
}

// At most kGuessBytes, cut at a line (a run's end) so the guess sees whole
// sentences, or else between characters: the guesser reads a character's
// bytes as its first byte announces them.
inline std::string_view guess_sample(std::string_view text) {
  if (text.size() <= kGuessBytes) return text;
  std::size_t cut = text.rfind('\n', kGuessBytes);
  if (cut != std::string_view::npos) return text.substr(0, cut + 1);
  cut = kGuessBytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut);
}

// True when a quarter or more of the text, guessed part by part, reads as
// the declared language or a neighbour of it. At most kMaxParts parts,
// spread over the whole text, are guessed.
inline bool mixed_text(const LanguageText& text, const LanguageGuesser& guesser, std::string_view declared) {
  struct Part {
    std::uint32_t begin, end, words;
  };
  std::vector<Part> parts;
  std::uint32_t begin = 0, words = 0;
  for (const LanguageText::Run& run : text.runs) {
    words += run.words;
    if (words >= kPartWords) {
      parts.push_back({begin, run.end, words});
      begin = run.end;
      words = 0;
    }
  }
  if (words > 0) {
    if (parts.empty()) parts.push_back({begin, text.runs.back().end, words});
    else {
      parts.back().end = text.runs.back().end;
      parts.back().words += words;
    }
  }
  // One part is the text the whole guess already read.
  if (parts.size() < 2) return false;
  const std::size_t n = std::min(parts.size(), kMaxParts);
  std::uint32_t total = 0, like_declared = 0;
  for (std::size_t k = 0; k < n; ++k) {
    const Part& p = parts[k * parts.size() / n];
    auto ranking = guesser.rank(guess_sample(std::string_view(text.text).substr(p.begin, p.end - p.begin)));
    total += p.words;
    if (ranking.empty()) continue;
    if (close_languages(ranking.front().language, declared) || ratio_to_best(ranking, declared) < kPartRatio)
      like_declared += p.words;
  }
  return total > 0 && like_declared >= kMixedShare * total;
}

// The verdict on `lang` (a valid language tag) for the text it speaks for.
inline void judge_content_language(const Target& lang, const LanguageText& text, const Page& page, Verdicts& out) {
  const std::string value(trim(lang.value()));
  const std::string declared = primary_subtag(value);
  const LanguageGuesser* guesser = page.language_guesser();
  if (guesser == nullptr || !guesser->available()) {
    out.cant_tell(lang, "cant-tell.no-profiles", {{"value", value}});
    return;
  }
  if (!guesser->knows(declared)) {
    out.cant_tell(lang, "cant-tell.no-profile", {{"value", value}});
    return;
  }
  if (text.words < kMinWords) {
    out.cant_tell(lang, "cant-tell.short",
                  {{"value", value}, {"words", std::to_string(text.words)}, {"minimum", std::to_string(kMinWords)}});
    return;
  }
  const auto ranking = guesser->rank(guess_sample(text.text));
  if (ranking.empty()) {
    out.cant_tell(lang, "cant-tell.short",
                  {{"value", value}, {"words", std::to_string(text.words)}, {"minimum", std::to_string(kMinWords)}});
    return;
  }
  const std::string detected(ranking.front().language);
  const double ratio = ratio_to_best(ranking, declared);
  if (detected == declared) {
    out.pass(lang, "passed", {{"value", value}});
  } else if (detected == "la") {
    out.cant_tell(lang, "cant-tell.latin", {{"value", value}});
  } else if (close_languages(detected, declared)) {
    if (ratio < kNeighbourRatio) out.pass(lang, "passed", {{"value", value}});
    else out.cant_tell(lang, "cant-tell.close", {{"value", value}, {"detected", detected}});
  } else if (ratio < kFailRatio) {
    out.cant_tell(lang, "cant-tell.unsure", {{"value", value}, {"detected", detected}});
  } else if (mixed_text(text, *guesser, declared)) {
    out.cant_tell(lang, "cant-tell.mixed", {{"value", value}, {"detected", detected}});
  } else {
    out.fail(lang, "failed.other-language", {{"value", value}, {"detected", detected}});
  }
}

}  // namespace rampa::rules
