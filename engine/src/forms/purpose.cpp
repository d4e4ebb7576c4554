// Infers what personal datum a field asks for (an HTML autocomplete token)
// from its label and key, in Spanish, Portuguese and English, so rules can
// tell when a form should declare the purpose (WCAG 1.3.5) or asks for the
// same datum twice (3.3.7).
//
// Wrongly inferring a purpose makes rules demand an autocomplete that would
// fill a stranger's data in, so inference is conservative: a purpose word
// used about someone or something else ("nombre del curso", "correo de la
// empresa", "course name") vetoes inference for the whole field.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "document/ascii.hpp"
#include "forms/builders.hpp"

namespace rampa::forms {
namespace {

struct Word {
  std::string folded;  // lower case, accents removed
  std::size_t begin = 0;
  std::size_t end = 0;  // in the text as written
};

// Latin-1 Supplement letters, lead byte 0xC3: the second byte's value
// 0x80..0xBF maps to the unaccented lower-case letter ('\0': not a letter we
// fold, such as the multiplication sign).
constexpr char kFoldC3[65] =
    "aaaaaaaceeeeiiii"    // 0x80 A-grave .. 0x8F I-diaeresis
    "dnooooo\0ouuuuyts"   // 0x90 Eth .. 0x9F sharp s (0x97 is the times sign)
    "aaaaaaaceeeeiiii"    // 0xA0 a-grave ..
    "dnooooo\0ouuuuyty";  // 0xB0 eth .. y-diaeresis (0xB7 is the division sign)

bool ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool ascii_lower_letter(char c) { return c >= 'a' && c <= 'z'; }

// Length of the UTF-8 sequence starting with `lead` (1 for stray bytes).
std::size_t seq_len(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

// Whether the character at `i` is part of a word. Non-ASCII letters are
// (accented Latin, other scripts); the Latin-1 punctuation block (lead 0xC2:
// "¿", "¡", "«", no-break space) and general punctuation (0xE2 0x80: dashes,
// curly quotes) are not.
bool word_char(std::string_view s, std::size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return ascii_alnum(s[i]);
  if (c == 0xC2) return false;
  if (c == 0xE2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) return false;
  return c >= 0xC3;
}

void fold_into(std::string& out, std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = seq_len(c);
    if (c == 0xC3 && i + 1 < s.size()) {
      char f = kFoldC3[static_cast<unsigned char>(s[i + 1]) & 0x3F];
      if (f != '\0') {
        out += f;
        i += 2;
        continue;
      }
    }
    if (c < 0x80) {
      out += ascii::lower(s[i]);
    } else {
      out.append(s.substr(i, n));
    }
    i += n;
  }
}

// Words of a label or key: runs of letters and digits, also split where a
// lower-case letter meets an upper-case one (camelCase keys) and where
// letters meet digits ("telefono2").
std::vector<Word> words_of(std::string_view s) {
  std::vector<Word> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !word_char(s, i)) i += seq_len(static_cast<unsigned char>(s[i]));
    if (i >= s.size()) break;
    std::size_t b = i;
    char prev = '\0';
    while (i < s.size() && word_char(s, i)) {
      char c = s[i];
      bool digit = c >= '0' && c <= '9';
      bool prev_digit = prev >= '0' && prev <= '9';
      if (i > b && ((ascii_upper(c) && ascii_lower_letter(prev)) || (prev != '\0' && digit != prev_digit)))
        break;
      prev = c;
      i += seq_len(static_cast<unsigned char>(c));
    }
    Word w;
    w.begin = b;
    w.end = std::min(i, s.size());
    fold_into(w.folded, s.substr(b, w.end - b));
    out.push_back(std::move(w));
  }
  return out;
}

struct Phrase {
  std::string_view words;  // folded, separated by one space
  std::string_view token;
  bool alone = false;      // counts only when it is the whole label or key
};

// The purpose words, folded. Phrases that contain a shorter one come first
// only for readability: the longest match at a position always wins.
//
// Identity numbers (cédula, DNI, CPF, CURP, RUT) are deliberately absent:
// HTML has no autocomplete token for them, so there is no purpose to declare.
constexpr Phrase kPhrases[] = {
    // names
    {"nombre", "given-name"}, {"nombres", "given-name"}, {"primer nombre", "given-name"},
    {"nombre de pila", "given-name"}, {"nome", "given-name"}, {"primeiro nome", "given-name"},
    {"first name", "given-name"}, {"firstname", "given-name"}, {"given name", "given-name"},
    {"segundo nombre", "additional-name"}, {"segundo nome", "additional-name"},
    {"middle name", "additional-name"},
    {"apellido", "family-name"}, {"apellidos", "family-name"}, {"primer apellido", "family-name"},
    {"sobrenome", "family-name"}, {"last name", "family-name"}, {"lastname", "family-name"},
    {"surname", "family-name"}, {"family name", "family-name"},
    {"nombre completo", "name"}, {"nombres completos", "name"}, {"nome completo", "name"},
    {"full name", "name"}, {"fullname", "name"}, {"name", "name"},
    {"nombre y apellido", "name"}, {"nombre y apellidos", "name"}, {"nombres y apellidos", "name"},
    {"nome e sobrenome", "name"},
    // e-mail
    {"correo", "email"}, {"correo electronico", "email"}, {"email", "email"}, {"e mail", "email"},
    {"direccion de correo", "email"}, {"direccion de correo electronico", "email"},
    {"direccion de email", "email"}, {"direccion de e mail", "email"}, {"correio eletronico", "email"},
    {"endereco de email", "email"}, {"endereco de e mail", "email"}, {"endereco eletronico", "email"},
    {"email address", "email"}, {"e mail address", "email"},
    // telephone
    {"telefono", "tel"}, {"celular", "tel"}, {"movil", "tel"}, {"telefone", "tel"}, {"phone", "tel"},
    {"telephone", "tel"}, {"phone number", "tel"}, {"mobile", "tel"}, {"mobile phone", "tel"},
    // birth date
    {"fecha de nacimiento", "bday"}, {"fecha nacimiento", "bday"}, {"data de nascimento", "bday"},
    {"data nascimento", "bday"}, {"birth date", "bday"}, {"birthdate", "bday"},
    {"date of birth", "bday"}, {"birthday", "bday"},
    // "lugar de nacimiento" is a place, not a date: the bare word counts only alone.
    {"nacimiento", "bday", true}, {"nascimento", "bday", true}, {"dob", "bday", true},
    // address
    {"direccion", "street-address"}, {"domicilio", "street-address"}, {"endereco", "street-address"},
    {"address", "street-address"}, {"street address", "street-address"},
    {"codigo postal", "postal-code"}, {"cep", "postal-code"}, {"zip", "postal-code"},
    {"zip code", "postal-code"}, {"zipcode", "postal-code"}, {"postal code", "postal-code"},
    {"postcode", "postal-code"},
    {"ciudad", "address-level2"}, {"localidad", "address-level2"}, {"cidade", "address-level2"},
    {"city", "address-level2"}, {"municipio", "address-level2"},
    {"pais", "country-name"}, {"country", "country-name"},
    // account
    {"usuario", "username"}, {"nombre de usuario", "username"}, {"nome de usuario", "username"},
    {"username", "username"}, {"user name", "username"},
    {"contrasena", "current-password"}, {"clave", "current-password"}, {"clave de acceso", "current-password"},
    {"senha", "current-password"}, {"password", "current-password"}, {"passwd", "current-password"},
    // work
    {"organizacion", "organization"}, {"organizacao", "organization"}, {"empresa", "organization"},
    {"organization", "organization"}, {"organisation", "organization"}, {"company", "organization"},
    {"cargo", "organization-title"}, {"puesto", "organization-title"}, {"job title", "organization-title"},
    // sex
    {"sexo", "sex"}, {"genero", "sex"}, {"sex", "sex"}, {"gender", "sex"},
};

template <std::size_t N>
bool among(const std::array<std::string_view, N>& list, std::string_view w) {
  for (std::string_view x : list)
    if (x == w) return true;
  return false;
}

// Prepositions that make what follows the owner of the datum ("nombre DEL
// curso"), or what precedes its owner ("número DE teléfono").
constexpr std::array<std::string_view, 9> kOf = {"de", "del", "da", "do", "das", "dos", "of", "for", "para"};
// Articles and possessives between the preposition and the owner.
constexpr std::array<std::string_view, 22> kDeterminers = {
    "la", "el", "los", "las", "lo", "a", "o", "os", "as", "the", "su", "sus", "sua", "suas",
    "seu", "seus", "tu", "mi", "your", "my", "his", "her"};
// Owners after "de"/"of" that are still the person filling in the form.
constexpr std::array<std::string_view, 34> kOwnOwners = {
    "usuario", "usuaria", "contacto", "contato", "solicitante", "titular", "postulante", "aspirante",
    "candidato", "candidata", "persona", "pessoa", "pila", "residencia", "domicilio", "casa", "hogar",
    "trabajo", "trabalho", "oficina", "user", "applicant", "contact", "account", "cuenta", "conta",
    "acceso", "acesso", "home", "work", "residence", "participante", "inscrito", "inscripto"};
// Words in front of "de" that name the datum itself: "número de teléfono".
constexpr std::array<std::string_view, 9> kHeads = {"numero", "num", "nro", "no", "number", "n",
                                                    "direccion", "endereco", "address"};
// Someone or something else the datum may belong to, next to the purpose
// word: "course name", "correo_empresa", "palabra clave" (a keyword).
constexpr std::array<std::string_view, 58> kOthers = {
    "curso", "cursos", "empresa", "madre", "padre", "tutor", "tutora", "responsable", "referencia",
    "emergencia", "escuela", "colegio", "institucion", "organizacion", "proyecto", "evento",
    "producto", "archivo", "arquivo", "ip", "web", "sitio", "site", "website", "url", "servidor",
    "mae", "pai", "escola", "instituicao", "jefe", "chefe", "conyuge", "hijo", "hija", "filho",
    "filha", "mascota", "course", "company", "business", "school", "mother", "father", "parent",
    "guardian", "emergency", "employer", "spouse", "child", "reference", "project", "event",
    "product", "file", "server", "palabra", "palavra"};
// Modifiers saying the datum is wished for, not the person's own: "cargo
// pretendido" is the job applied for, not the current job title.
constexpr std::array<std::string_view, 8> kWished = {"deseado", "deseada", "pretendido", "pretendida",
                                                     "desejado", "desejada", "solicitado", "desired"};

struct Match {
  std::string_view token;
  std::size_t first = 0, last = 0;  // word indexes, inclusive
  bool veto = false;
};

// The longest phrase starting at word `i`, if any.
const Phrase* phrase_at(const std::vector<Word>& w, std::size_t i, std::size_t& last) {
  const Phrase* best = nullptr;
  std::size_t best_len = 0;
  for (const Phrase& p : kPhrases) {
    std::size_t j = i, pos = 0;
    bool ok = true;
    while (pos < p.words.size()) {
      std::size_t sp = p.words.find(' ', pos);
      std::string_view part = p.words.substr(pos, sp == std::string_view::npos ? std::string_view::npos : sp - pos);
      if (j >= w.size() || w[j].folded != part) {
        ok = false;
        break;
      }
      ++j;
      pos = sp == std::string_view::npos ? p.words.size() : sp + 1;
    }
    if (!ok || j - i <= best_len) continue;
    if (p.alone && (i != 0 || j != w.size())) continue;
    best = &p;
    best_len = j - i;
  }
  if (best != nullptr) last = i + best_len - 1;
  return best;
}

// Whether the words around a match say the datum is someone else's.
bool about_someone_else(const std::vector<Word>& w, std::size_t first, std::size_t last) {
  if (first > 0) {
    std::string_view before = w[first - 1].folded;
    if (among(kOthers, before)) return true;
    if (among(kOf, before) && (first < 2 || !among(kHeads, w[first - 2].folded))) return true;
  }
  if (last + 1 < w.size()) {
    std::string_view after = w[last + 1].folded;
    if (among(kOthers, after) || among(kWished, after)) return true;
    if (among(kOf, after)) {
      std::size_t k = last + 2;
      while (k < w.size() && among(kDeterminers, w[k].folded)) ++k;
      if (k < w.size() && !among(kOwnOwners, w[k].folded)) return true;
    }
  }
  return false;
}

// The first purpose phrase in the words; a veto when it is about someone else.
Match find_purpose(const std::vector<Word>& w) {
  for (std::size_t i = 0; i < w.size(); ++i) {
    std::size_t last = i;
    const Phrase* p = phrase_at(w, i, last);
    if (p == nullptr) continue;
    // English puts the owner first: in "company email" the datum is the
    // e-mail, and "company" says whose it is.
    std::size_t next_last = 0;
    if (among(kOthers, w[last].folded) && phrase_at(w, last + 1, next_last) != nullptr) continue;
    Match m{p->token, i, last, about_someone_else(w, i, last)};
    return m;
  }
  return {};
}

template <std::size_t N>
bool contains_any(const std::vector<Word>& w, const std::array<std::string_view, N>& list) {
  for (const Word& x : w)
    for (std::string_view l : list)
      if (x.folded == l) return true;
  return false;
}

// Words saying a password is being chosen, not typed from memory.
constexpr std::array<std::string_view, 22> kNewPassword = {
    "nueva", "nuevo", "nova", "novo", "new", "confirme", "confirmar", "confirmacion", "confirmacao",
    "confirm", "repita", "repetir", "repeat", "repite", "crear", "cree", "create", "elija", "escolha",
    "choose", "crie", "criar"};

bool chosen_password(const Field& f, const FormModel& form) {
  // A login form never states rules for the password; a sign-up form does.
  for (const Constraint& c : f.constraints)
    if (c.kind != ConstraintKind::type) return true;
  int passwords = 0;
  for (const Field& other : form.fields) passwords += other.control == Control::password ? 1 : 0;
  if (passwords > 1) return true;  // a confirmation asks for it again
  for (const Text* t : {&f.label, &f.hint, &f.placeholder})
    for (const Translation& v : t->values)
      if (contains_any(words_of(v.text), kNewPassword)) return true;
  return contains_any(words_of(f.key), kNewPassword);
}

// Controls that hold a typed or chosen personal datum; a lone checkbox
// ("Acepto los términos"), a file or a hidden value never does.
bool may_have_purpose(Control c) {
  return c != Control::checkbox && c != Control::checkboxes && c != Control::file && c != Control::hidden &&
         c != Control::other;
}

Purpose infer(const Field& f, const FormModel& form) {
  std::vector<std::string_view> texts;
  for (const Translation& v : f.label.values) texts.push_back(v.text);
  if (!f.label.present())
    for (const Translation& v : f.placeholder.values) texts.push_back(v.text);
  texts.push_back(f.key);

  Purpose p;
  for (std::string_view text : texts) {
    std::vector<Word> w = words_of(text);
    Match m = find_purpose(w);
    if (m.veto) return {};
    if (m.token.empty()) continue;
    p.token = m.token;
    p.evidence = std::string(text.substr(w[m.first].begin, w[m.last].end - w[m.first].begin));
    break;
  }
  // The input type is the author's own statement of the datum.
  if (p.token.empty()) {
    if (f.control == Control::email) p.token = "email";
    if (f.control == Control::tel) p.token = "tel";
    if (f.control == Control::password) p.token = "current-password";
    if (!p.token.empty()) p.evidence = f.type.empty() ? std::string(to_string(f.control)) : f.type;
  }
  if (p.token == "current-password" && chosen_password(f, form)) p.token = "new-password";
  return p;
}

}  // namespace

void infer_purposes(FormModel& form) {
  for (Field& f : form.fields) {
    if (!may_have_purpose(f.control)) continue;
    f.inferred = infer(f, form);
  }
}

}  // namespace rampa::forms
