#include "language/language_guess.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <string>

#include <fingerprint.h>

namespace rampa {

namespace {

// es, pt, gl, ca, eu: the pages' own languages. en, fr, it, de, nl, da: those
// they are wrongly declared in, and the neighbours the profiles confuse.
// la: placeholder text (lorem ipsum) reads as Latin, not as any of them.
// quz, gug, ay, arn (Quechua, Guarani, Aymara, Mapudungun): text in them
// would otherwise read as whichever of the others is least unlike it.
constexpr std::array<std::string_view, 16> kLanguages = {
    "es", "pt", "gl", "ca", "eu", "en", "fr", "it", "de", "nl", "da", "la", "quz", "gug", "ay", "arn"};

// As many n-grams as textcat_Classify keeps of a text, and as the profiles hold.
constexpr unsigned kNgrams = 400;

struct Fingerprint {
  void* handle = nullptr;
  explicit Fingerprint(const char* name) : handle(fp_Init(name)) {}
  ~Fingerprint() {
    if (handle != nullptr) fp_Done(handle);
  }
  Fingerprint(const Fingerprint&) = delete;
  Fingerprint& operator=(const Fingerprint&) = delete;
};

}  // namespace

struct LanguageGuesser::Profiles {
  // Parallel to kLanguages.
  std::vector<std::unique_ptr<Fingerprint>> fingerprints;
};

std::span<const std::string_view> LanguageGuesser::languages() noexcept { return kLanguages; }

std::filesystem::path LanguageGuesser::installed_profiles() { return RAMPA_TEXTCAT_PROFILES; }

LanguageGuesser::LanguageGuesser() = default;
LanguageGuesser::~LanguageGuesser() = default;
LanguageGuesser::LanguageGuesser(LanguageGuesser&&) noexcept = default;
LanguageGuesser& LanguageGuesser::operator=(LanguageGuesser&&) noexcept = default;

LanguageGuesser::LanguageGuesser(const std::filesystem::path& dir) {
  auto profiles = std::make_unique<Profiles>();
  for (std::string_view language : kLanguages) {
    std::string name(language);
    auto fp = std::make_unique<Fingerprint>(name.c_str());
    const std::string file = (dir / (name + ".lm")).string();
    if (fp->handle == nullptr || fp_Read(fp->handle, file.c_str(), kNgrams) == 0) return;
    profiles->fingerprints.push_back(std::move(fp));
  }
  profiles_ = std::move(profiles);
}

bool LanguageGuesser::knows(std::string_view primary) const noexcept {
  return available() && std::find(kLanguages.begin(), kLanguages.end(), primary) != kLanguages.end();
}

std::vector<LanguageDistance> LanguageGuesser::rank(std::string_view utf8) const {
  std::vector<LanguageDistance> out;
  if (!available()) return out;
  // The library reads up to a NUL whatever size it is given.
  const std::string text(utf8);
  Fingerprint unknown(nullptr);
  if (unknown.handle == nullptr) return out;
  fp_SetProperty(unknown.handle, TCPROP_UTF8AWARE, TC_TRUE);
  if (fp_Create(unknown.handle, text.c_str(), static_cast<uint4>(text.size()), kNgrams) == 0) return out;
  out.reserve(kLanguages.size());
  for (std::size_t i = 0; i < kLanguages.size(); ++i) {
    // No cutoff: every distance is exact, so a rule may weigh the declared
    // language against the closest one however far apart they are.
    int d = fp_Compare(profiles_->fingerprints[i]->handle, unknown.handle, std::numeric_limits<sint4>::max());
    out.push_back({kLanguages[i], d});
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.distance < b.distance; });
  return out;
}

}  // namespace rampa
