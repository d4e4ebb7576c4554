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
#include <string>
#include <string_view>
#include <vector>

#include "document/ascii.hpp"
#include "document/document.hpp"
#include "forms/autofill.hpp"
#include "forms/builders.hpp"
#include "forms/purpose.hpp"

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
  std::string_view token;  // "": the words name a datum with no purpose to declare
  bool alone = false;      // counts only when it is the whole label or key
  std::string_view kind;   // the qualifier the words carry themselves ("celular": mobile)
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
    {"telefono", "tel"}, {"telefone", "tel"}, {"phone", "tel"}, {"telephone", "tel"}, {"phone number", "tel"},
    {"celular", "tel", false, "mobile"}, {"movil", "tel", false, "mobile"}, {"mobile", "tel", false, "mobile"},
    {"mobile phone", "tel", false, "mobile"},
    {"codigo de area", "tel-area-code"}, {"area code", "tel-area-code"},
    // A fax number has no field name of its own (HTML qualifies "tel" with
    // "fax", and WCAG's list of purposes leaves it out): asking for a phone
    // there would fill a voice number into a fax field.
    {"fax", ""}, {"facsimil", ""}, {"telefax", ""},
    // birth date
    {"fecha de nacimiento", "bday"}, {"fecha nacimiento", "bday"}, {"data de nascimento", "bday"},
    {"data nascimento", "bday"}, {"birth date", "bday"}, {"birthdate", "bday"},
    {"date of birth", "bday"}, {"birthday", "bday"},
    {"dia de nacimiento", "bday-day"}, {"mes de nacimiento", "bday-month"}, {"ano de nacimiento", "bday-year"},
    {"dia de nascimento", "bday-day"}, {"mes de nascimento", "bday-month"}, {"ano de nascimento", "bday-year"},
    {"day of birth", "bday-day"}, {"month of birth", "bday-month"}, {"year of birth", "bday-year"},
    {"birth year", "bday-year"},
    // "lugar de nacimiento" is a place, not a date: the bare word counts only alone.
    {"nacimiento", "bday", true}, {"nascimento", "bday", true}, {"dob", "bday", true},
    // address
    {"direccion", "street-address"}, {"domicilio", "street-address"}, {"endereco", "street-address"},
    {"address", "street-address"}, {"street address", "street-address"},
    {"address state", "address-level1"}, {"address province", "address-level1"},
    {"codigo postal", "postal-code"}, {"cep", "postal-code"}, {"zip", "postal-code"},
    {"zip code", "postal-code"}, {"zipcode", "postal-code"}, {"postal code", "postal-code"},
    {"postcode", "postal-code"},
    // Several of them in one form are several levels: the kind tells them apart.
    {"ciudad", "address-level2", false, "city"}, {"cidade", "address-level2", false, "city"},
    {"city", "address-level2", false, "city"}, {"localidad", "address-level2", false, "locality"},
    {"municipio", "address-level2", false, "municipality"},
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
bool among(const std::string_view (&list)[N], std::string_view w) {
  for (std::string_view x : list)
    if (x == w) return true;
  return false;
}

// Prepositions that make what follows the owner of the datum ("nombre DEL
// curso"), or what precedes its owner ("número DE teléfono").
constexpr std::string_view kOf[] = {"de", "del", "da", "do", "das", "dos", "of", "for", "para"};
// Articles and possessives between the preposition and the owner.
constexpr std::string_view kDeterminers[] = {
    "la", "el", "los", "las", "lo", "a", "o", "os", "as", "the", "su", "sus", "sua", "suas",
    "seu", "seus", "tu", "mi", "your", "my", "his", "her"};
// Owners after "de"/"of" that are still the person filling in the form.
constexpr std::string_view kOwnOwners[] = {
    "usuario", "usuaria", "contacto", "contato", "solicitante", "titular", "postulante", "aspirante",
    "candidato", "candidata", "persona", "pessoa", "pila", "residencia", "domicilio", "casa", "hogar",
    "trabajo", "trabalho", "oficina", "user", "applicant", "contact", "account", "cuenta", "conta",
    "acceso", "acesso", "home", "work", "residence", "participante", "inscrito", "inscripto",
    // "código de área del teléfono": the area code is the phone's own.
    "telefono", "telefone", "phone", "celular"};
// Words in front of "de" that name the datum itself: "número de teléfono".
constexpr std::string_view kHeads[] = {"numero", "num", "nro", "no", "number", "n", "direccion", "endereco",
                                       "address"};
// Someone or something else the datum may belong to, next to the purpose
// word: "course name", "correo_empresa", "palabra clave" (a keyword).
constexpr std::string_view kOthers[] = {
    "curso", "cursos", "empresa", "madre", "padre", "tutor", "tutora", "responsable", "referencia",
    "emergencia", "escuela", "colegio", "institucion", "organizacion", "proyecto", "evento",
    "producto", "archivo", "arquivo", "ip", "web", "sitio", "site", "website", "url", "servidor",
    "mae", "pai", "escola", "instituicao", "jefe", "chefe", "conyuge", "hijo", "hija", "filho",
    "filha", "mascota", "course", "company", "business", "school", "mother", "father", "parent",
    "guardian", "emergency", "employer", "spouse", "child", "reference", "project", "event",
    "product", "file", "server", "palabra", "palavra"};
// Modifiers saying the datum is wished for, not the person's own: "cargo
// pretendido" is the job applied for, not the current job title.
constexpr std::string_view kWished[] = {"deseado",  "deseada",  "pretendido", "pretendida",
                                        "desejado", "desejada", "solicitado", "desired"};

struct Match {
  std::string_view token;
  std::string_view kind;
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
    return {p->token, p->kind, i, last, p->token.empty() || about_someone_else(w, i, last)};
  }
  return {};
}

template <std::size_t N>
bool contains_any(const std::vector<Word>& w, const std::string_view (&list)[N]) {
  for (const Word& x : w)
    for (std::string_view l : list)
      if (x.folded == l) return true;
  return false;
}

// Words saying a password is being chosen, not typed from memory.
constexpr std::string_view kNewPassword[] = {
    "nueva", "nuevo", "nova", "novo", "new", "confirme", "confirmar", "confirmacion", "confirmacao",
    "confirm", "repita", "repetir", "repeat", "repite", "crear", "cree", "create", "elija", "escolha",
    "choose", "crie", "criar"};

// Words of a hint stating the rules a new password follows: "Usá al menos
// 8 caracteres", "At least one digit". Nobody states them to someone typing
// a password they already have.
constexpr std::string_view kPasswordRules[] = {
    "caracteres", "caracter", "caractere", "characters", "character", "minimo", "minima", "minimum", "least",
    "menos", "mayuscula", "mayusculas", "maiuscula", "maiusculas", "uppercase", "digito", "digitos", "digit",
    "digits", "simbolo", "simbolos", "symbol", "symbols"};

bool chosen_password(const Field& f, int passwords_in_form) {
  // A sign-up form states rules for the new password; a login form at most
  // caps its length, which says nothing about who chose it.
  for (const Constraint& c : f.constraints)
    if (c.kind != ConstraintKind::type && c.kind != ConstraintKind::max_length) return true;
  if (passwords_in_form > 1) return true;  // a confirmation asks for it again
  for (const Text* t : {&f.label, &f.hint, &f.placeholder})
    for (const Translation& v : t->values)
      if (contains_any(words_of(v.text), kNewPassword)) return true;
  for (const Text* t : {&f.hint, &f.placeholder})
    for (const Translation& v : t->values)
      if (contains_any(words_of(v.text), kPasswordRules)) return true;
  return contains_any(words_of(f.key), kNewPassword);
}

// Other people a form asks about, anywhere in a label or in the caption of
// the field's group or section: "Apellido paterno del cónyuge", a fieldset
// "Referencia personal". What is asked there is theirs, not the person's
// filling the form in.
constexpr std::string_view kPeople[] = {
    "conyuge", "conjuge", "esposo", "esposa", "pareja", "companero", "companera", "hijo", "hija", "hijos",
    "hijas", "filho", "filha", "filhos", "filhas", "madre", "padre", "mae", "pai", "tutor", "tutora",
    "responsable", "responsavel", "referencia", "referencias", "referente", "emergencia", "familiar",
    "pariente", "parente", "beneficiario", "beneficiaria", "empleador", "empleadora", "empleado",
    "empleada", "trabajador", "trabajadora", "trabalhador", "trabalhadora", "empregador", "jefe", "chefe",
    "testigo", "testemunha", "apoderado", "apoderada", "menor", "spouse", "partner", "child", "children",
    "daughter", "mother", "father", "parent", "guardian", "reference", "referee", "emergency",
    "employer", "employee", "worker", "witness", "dependent", "dependiente", "dependente"};

// Words of a search or filter box: what is typed there is a query, not the
// person's own datum ("Buscá por nombre", "Filtrar por país").
constexpr std::string_view kSearch[] = {
    "buscar", "busca", "busque", "buscas", "buscador", "busqueda", "pesquisar", "pesquisa", "pesquise",
    "procurar", "procure", "search", "filtrar", "filtra", "filtre", "filtro", "filtros", "filter", "find"};

// Whether the field is a search box: typed as one, inside a search
// landmark, or worded as one. A landmark sits a few levels above its box:
// the walk up is bounded, so fields deep in a deep page stay cheap.
bool is_search(const Field& f) {
  if (f.type == "search" || f.type == "searchbox") return true;
  constexpr int kMaxLevels = 256;
  int level = 0;
  for (const Node* n = f.at.node != nullptr ? f.at.node->parent : nullptr; n != nullptr && level < kMaxLevels;
       n = n->parent, ++level) {
    if (!n->is_element()) continue;
    if (n->is(tag::search)) return true;
    if (auto role = n->attr(attr::role))
      for (std::string_view r : ascii::split(*role))
        if (ascii::equals_ignoring_case(r, "search")) return true;
  }
  for (const Text* t : {&f.label, &f.placeholder, &f.accessible_name})
    for (const Translation& v : t->values)
      if (contains_any(words_of(v.text), kSearch)) return true;
  std::vector<Word> key = words_of(f.key);
  return contains_any(key, kSearch) || (key.size() == 1 && key[0].folded == "q");
}

// First words of an option that lifts a filter: "Todos", "Todas las provincias".
constexpr std::string_view kAll[] = {"todos", "todas", "todo", "cualquiera", "cualquier", "qualquer",
                                     "tudo", "all", "any"};

// A select offering "all" is a filter over a list, not a question.
bool is_filter(const Field& f) {
  if (f.control != Control::select) return false;
  for (const Option& o : f.options) {
    std::vector<Word> w = words_of(o.label.present() ? o.label.any() : std::string_view(o.value));
    if (!w.empty() && among(kAll, w[0].folded)) return true;
  }
  return false;
}

// Data a person picks from a list. A select of names, e-mails, addresses or
// companies lists the form's own choices (which registered address, which
// provider), so no autofill value of the person's would fit it.
bool chosen_from_a_list(std::string_view token) {
  return token == "country" || token == "country-name" || token == "sex" || token.starts_with("address-level") ||
         token.starts_with("bday") || token == "honorific-prefix" || token == "language" ||
         token == "tel-country-code" || token.starts_with("cc-exp") || token == "cc-type";
}

// Words telling one instance of a datum from another of its kind, folded,
// and the qualifier each stands for.
struct Qualifier {
  std::string_view word;
  std::string_view kind;
};
constexpr Qualifier kQualifiers[] = {
    {"celular", "mobile"}, {"movil", "mobile"}, {"mobile", "mobile"}, {"cell", "mobile"},
    {"fijo", "home"}, {"fixo", "home"}, {"landline", "home"}, {"casa", "home"}, {"home", "home"},
    {"particular", "home"}, {"residencial", "home"}, {"personal", "home"}, {"pessoal", "home"},
    {"trabajo", "work"}, {"trabalho", "work"}, {"laboral", "work"}, {"oficina", "work"}, {"work", "work"},
    {"office", "work"}, {"comercial", "work"}, {"institucional", "work"}, {"corporativo", "work"},
    {"corporativa", "work"},
    {"otro", "other"}, {"otra", "other"}, {"outro", "other"}, {"outra", "other"}, {"other", "other"},
    {"alternativo", "other"}, {"alternativa", "other"}, {"alternative", "other"}, {"alterno", "other"},
    {"segundo", "other"}, {"segunda", "other"}, {"second", "other"}, {"adicional", "other"},
    {"additional", "other"}, {"secundario", "other"}, {"secundaria", "other"}, {"secondary", "other"},
    {"especifique", "other"}, {"especificar", "other"}, {"especifica", "other"}, {"specify", "other"},
    {"paterno", "paternal"}, {"paterna", "paternal"}, {"materno", "maternal"}, {"materna", "maternal"},
    {"casada", "married"}, {"casado", "married"}, {"soltera", "maiden"}, {"solteira", "maiden"},
    {"nuevo", "new"}, {"nueva", "new"}, {"novo", "new"}, {"nova", "new"}, {"new", "new"},
    {"actual", "old"}, {"atual", "old"}, {"anterior", "old"}, {"antiguo", "old"}, {"current", "old"},
    {"previous", "old"}, {"old", "old"},
    // One part of a date asked in three fields.
    {"dia", "day"}, {"day", "day"}, {"mes", "month"}, {"month", "month"}, {"ano", "year"}, {"year", "year"}};

// The qualifiers of a match: its phrase's own, the qualifier words outside
// it and any number ("Teléfono 2"), sorted, so equal sets compare equal.
std::string qualifiers_of(const std::vector<Word>& w, const Match& m) {
  std::vector<std::string> found;
  if (!m.kind.empty()) found.emplace_back(m.kind);
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (i >= m.first && i <= m.last) continue;
    const std::string& x = w[i].folded;
    if (!x.empty() && std::all_of(x.begin(), x.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      found.push_back("#" + x);
      continue;
    }
    for (const Qualifier& q : kQualifiers)
      if (q.word == x) found.emplace_back(q.kind);
  }
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  std::string out;
  for (const std::string& q : found) out += (out.empty() ? "" : " ") + q;
  return out;
}

// Whether a caption over several fields says their data is another
// person's ("Datos del cónyuge") or, unless only people count, another
// thing's ("Empresa", "Datos de la empresa"; not "Inscripción al curso",
// whose fields are the person's own).
bool caption_about_someone_else(std::string_view text, bool people_only = false) {
  std::vector<Word> w = words_of(text);
  if (contains_any(w, kPeople)) return true;
  if (people_only) return false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (!among(kOthers, w[i].folded)) continue;
    std::size_t k = i;
    while (k > 0 && among(kDeterminers, w[k - 1].folded)) --k;
    if (i == 0 || (k > 0 && among(kOf, w[k - 1].folded))) return true;
  }
  return false;
}

bool group_about_someone_else(const Field& f, const FormModel& form, bool people_only = false) {
  int g = f.group;
  // A malformed model could loop: bound the walk by the number of groups.
  for (std::size_t hops = 0; g >= 0 && static_cast<std::size_t>(g) < form.groups.size() && hops <= form.groups.size();
       ++hops) {
    const Group& group = form.groups[static_cast<std::size_t>(g)];
    for (const Translation& v : group.label.values)
      if (caption_about_someone_else(v.text, people_only)) return true;
    g = group.parent;
  }
  return false;
}

// The first 200 or so characters of a section heading's text.
std::string heading_text(const Node& h) {
  std::string text;
  for (const Node* t = h.first_child; t != nullptr && text.size() < 200;) {
    if (t->is_text()) text.append(t->text).push_back(' ');
    if (t->first_child != nullptr) {
      t = t->first_child;
      continue;
    }
    while (t != &h && t->next_sibling == nullptr) t = t->parent;
    t = t == &h ? nullptr : t->next_sibling;
  }
  return text;
}

bool heading_about_someone_else(const Field& f, bool people_only = false) {
  return f.section_heading != nullptr && caption_about_someone_else(heading_text(*f.section_heading), people_only);
}

// Controls that hold a typed or chosen personal datum. A lone checkbox
// ("Acepto los términos"), a file or a hidden value never does, and radio
// buttons and checkbox lists cannot declare a purpose: HTML's autocomplete
// does not apply to them, and no browser fills them in.
bool may_have_purpose(Control c) {
  return c != Control::checkbox && c != Control::checkboxes && c != Control::radio && c != Control::file &&
         c != Control::hidden && c != Control::other;
}

// The datum the input type states: the author's own word for it.
std::string_view type_token(Control c) {
  if (c == Control::email) return "email";
  if (c == Control::tel) return "tel";
  if (c == Control::password) return "current-password";
  return {};
}

Purpose infer(const Field& f, const FormModel& form, bool section_about_others, int passwords_in_form) {
  if (is_search(f) || is_filter(f) || group_about_someone_else(f, form) || section_about_others) return {};
  // What people read: the label, else the placeholder and the name that
  // assistive technologies announce (aria-label, title).
  std::vector<std::string_view> texts;
  for (const Translation& v : f.label.values) texts.push_back(v.text);
  if (!f.label.present()) {
    for (const Translation& v : f.placeholder.values) texts.push_back(v.text);
    for (const Translation& v : f.accessible_name.values) texts.push_back(v.text);
  }

  Purpose p;
  for (std::string_view text : texts) {
    std::vector<Word> w = words_of(text);
    if (contains_any(w, kPeople)) return {};
    Match m = find_purpose(w);
    if (m.veto) return {};
    if (m.token.empty()) continue;
    p.token = m.token;
    p.evidence = std::string(text.substr(w[m.first].begin, w[m.last].end - w[m.first].begin));
    p.qualifier = qualifiers_of(w, m);
    // "Fecha de nacimiento (día)": HTML names each part of the date.
    if (p.token == "bday" && (p.qualifier == "day" || p.qualifier == "month" || p.qualifier == "year")) {
      p.token = "bday-" + p.qualifier;
      p.qualifier.clear();
    }
    break;
  }
  std::string_view stated = type_token(f.control);
  if (!stated.empty() && autofill::family(p.token) != autofill::family(stated)) {
    // "Dirección Email" on an e-mail input: the type settles what the words leave open.
    p = {};
    p.token = stated;
    p.evidence = f.type.empty() ? std::string(to_string(f.control)) : f.type;
  }
  if (p.token.empty()) {
    // The key is the author's name for the field, which nobody filling it in
    // reads. "name" alone is HTML's attribute speaking, not a person's name.
    std::vector<Word> w = words_of(f.key);
    Match m = find_purpose(w);
    if (m.veto || contains_any(w, kPeople)) return {};
    if (!m.token.empty() && !(w.size() == 1 && w[0].folded == "name")) {
      p.token = m.token;
      p.evidence = std::string(std::string_view(f.key).substr(w[m.first].begin, w[m.last].end - w[m.first].begin));
      p.from_key = true;
    }
  }
  if (f.control == Control::select && !chosen_from_a_list(p.token)) return {};
  if (p.token == "current-password" && chosen_password(f, passwords_in_form)) p.token = "new-password";
  return p;
}

}  // namespace

bool not_about_the_user(const Field& f, const FormModel& form) {
  if (is_search(f) || is_filter(f) || group_about_someone_else(f, form, true) || heading_about_someone_else(f, true))
    return true;
  for (const Text* t : {&f.label, &f.placeholder, &f.accessible_name})
    for (const Translation& v : t->values)
      if (contains_any(words_of(v.text), kPeople)) return true;
  return contains_any(words_of(f.key), kPeople);
}

namespace {

// Which locality word gave an address-level2 ("city", "locality",
// "municipality"), from its qualifiers; "" for other purposes.
std::string_view locality_of(const Purpose& p) {
  if (p.token != "address-level2" || p.from_key) return {};
  for (std::string_view q : ascii::split(p.qualifier))
    if (q == "city" || q == "locality" || q == "municipality") return q;
  return {};
}

}  // namespace

void infer_purposes(FormModel& form) {
  int passwords = 0;
  for (const Field& f : form.fields) passwords += f.control == Control::password ? 1 : 0;
  // Fields one after another mostly share their section: its heading is read once.
  const Node* heading = nullptr;
  bool heading_about_others = false;
  std::vector<std::string_view> localities;
  for (Field& f : form.fields) {
    if (!may_have_purpose(f.control)) continue;
    if (f.section_heading != heading) {
      heading = f.section_heading;
      heading_about_others = heading_about_someone_else(f);
    }
    f.inferred = infer(f, form, heading_about_others, passwords);
    std::string_view l = locality_of(f.inferred);
    if (!l.empty() && std::find(localities.begin(), localities.end(), l) == localities.end()) localities.push_back(l);
  }
  if (localities.size() < 2) return;
  for (Field& f : form.fields)
    if (!locality_of(f.inferred).empty()) f.inferred.ambiguous = true;
}

}  // namespace rampa::forms
