// The FormModel of HTML pages: labels, choice groups, required cues,
// constraints, purposes and form ownership, on small pages and on the
// sample portal's forms.
#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>

#include "audit/page.hpp"
#include "forms/builders.hpp"
#include "parse/parsers.hpp"

namespace rampa::forms {
namespace {

// A sr-only class as sites write it: clipped, one pixel, out of the flow.
constexpr const char* kSrOnly =
    "<style>.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}</style>";

std::unique_ptr<Page> page_of(std::string html, const std::filesystem::path& dir = {}) {
  auto doc = parse_html(std::move(html), {});
  if (!doc) throw std::runtime_error("unparsable page");
  return std::make_unique<Page>(std::move(doc).value(), "inline.html", dir, dir);
}

std::unique_ptr<Page> portal_page(const std::string& file) {
  std::filesystem::path dir = std::filesystem::path(RAMPA_SOURCE_DIR) / "fixtures/sites/empleo";
  std::ifstream in(dir / file, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  auto doc = parse_html(ss.str(), {});
  if (!doc) throw std::runtime_error("unparsable " + file);
  return std::make_unique<Page>(std::move(doc).value(), file, dir, dir);
}

const Field& field(const FormModel& form, std::string_view key) {
  for (const Field& f : form.fields)
    if (f.key == key) return f;
  throw std::runtime_error("no field " + std::string(key));
}

const FormModel& only_form(const Page& page) {
  if (page.forms().size() != 1) throw std::runtime_error("not one form");
  return page.forms().front();
}

std::string_view tag_of(const Source& s) { return s.node != nullptr ? s.node->spelling : std::string_view{}; }

TEST(HtmlForms, LabelForGivesTextAndPointsAtTheLabel) {
  auto page = page_of("<form>\n<label for=a>Nombre</label>\n<input id=a name=nombre>\n</form>");
  const Field& f = field(only_form(*page), "nombre");
  EXPECT_EQ(f.control, Control::text);
  EXPECT_EQ(f.type, "text");
  EXPECT_EQ(f.label.any(), "Nombre");
  EXPECT_FALSE(f.label_hidden);
  EXPECT_EQ(tag_of(*f.label.source()), "label");
  EXPECT_EQ(f.label.source()->pos, (SourcePos{2, 1}));
  EXPECT_EQ(f.accessible_name.any(), "Nombre");
  EXPECT_EQ(tag_of(f.at), "input");
  EXPECT_EQ(f.at.pos, (SourcePos{3, 1}));
  EXPECT_FALSE(f.required);
  EXPECT_EQ(f.required_cue, RequiredCue::none);
}

TEST(HtmlForms, WrappingLabelLeavesTheControlOut) {
  auto page = page_of("<form><label>Correo <b>electrónico</b> <input type=email name=correo></label></form>");
  const Field& f = field(only_form(*page), "correo");
  EXPECT_EQ(f.control, Control::email);
  EXPECT_EQ(f.label.any(), "Correo electrónico");
  ASSERT_EQ(f.constraints.size(), 1u);
  EXPECT_EQ(f.constraints[0].kind, ConstraintKind::type);
  EXPECT_EQ(f.constraints[0].value, "email");
  EXPECT_FALSE(f.constraints[0].message.present());
  EXPECT_TRUE(f.native_messages);  // the browser checks the address format
}

// A constraint attribute counts only on the input types it applies to: the
// browser ignores a pattern on a number, and a range never holds a value
// outside min and max.
TEST(HtmlForms, ConstraintsCountOnlyWhereHtmlAppliesThem) {
  auto page = page_of(
      "<form><label>Edad <input type=number name=edad pattern='[0-9]+' min=18 max=99></label>"
      "<label>Volumen <input type=range name=vol min=0 max=10></label>"
      "<label>DNI <input name=dni pattern='[0-9]{8}' maxlength=8></label>"
      "<label>Acepto <input type=checkbox name=ok maxlength=3 pattern=x></label>"
      "<label>Mensaje <textarea name=msg maxlength=500 pattern=x></textarea></label>"
      "<label>Código <input type=futuro name=cod pattern='[A-Z]+'></label></form>");
  const FormModel& form = only_form(*page);
  auto kinds = [&](std::string_view key) {
    std::vector<ConstraintKind> out;
    for (const Constraint& c : field(form, key).constraints) out.push_back(c.kind);
    return out;
  };
  using K = ConstraintKind;
  EXPECT_EQ(kinds("edad"), (std::vector<K>{K::type, K::minimum, K::maximum}));
  EXPECT_TRUE(kinds("vol").empty());
  EXPECT_EQ(kinds("dni"), (std::vector<K>{K::pattern, K::max_length}));
  EXPECT_TRUE(kinds("ok").empty());
  EXPECT_EQ(kinds("msg"), (std::vector<K>{K::max_length}));
  EXPECT_EQ(kinds("cod"), (std::vector<K>{K::pattern}));  // an unknown type is a text field
}

TEST(HtmlForms, AriaLabelledbyTargetOnScreenIsTheLabel) {
  auto page = page_of("<form><span id=l>Teléfono</span> <input type=tel name=tel aria-labelledby=l></form>");
  const Field& f = field(only_form(*page), "tel");
  EXPECT_EQ(f.control, Control::tel);
  EXPECT_EQ(f.label.any(), "Teléfono");
  EXPECT_EQ(tag_of(*f.label.source()), "span");
  EXPECT_FALSE(f.label_hidden);
}

TEST(HtmlForms, AriaLabelNamesButDoesNotLabel) {
  auto page = page_of("<form><input name=ciudad aria-label=Ciudad></form>");
  const Field& f = field(only_form(*page), "ciudad");
  EXPECT_FALSE(f.label.present());
  EXPECT_EQ(f.accessible_name.any(), "Ciudad");
}

TEST(HtmlForms, PlaceholderOnlyIsNoLabel) {
  auto page = page_of("<form>\n  <input name=q placeholder='Buscar vacantes'></form>");
  const Field& f = field(only_form(*page), "q");
  EXPECT_FALSE(f.label.present());
  EXPECT_EQ(f.placeholder.any(), "Buscar vacantes");
  ASSERT_NE(f.placeholder.source()->attribute, nullptr);
  EXPECT_EQ(f.placeholder.source()->pos, (SourcePos{2, 17}));
  EXPECT_EQ(f.accessible_name.any(), "Buscar vacantes");  // HTML-AAM's last resort
}

TEST(HtmlForms, SrOnlyOrUnrenderedLabelIsAHiddenLabel) {
  auto page = page_of(std::string(kSrOnly) +
                      "<form><label class=sr-only for=q>Buscar</label><input id=q name=q>"
                      "<label for=r style='display:none'>Región</label><input id=r name=r>"
                      "<label for=s>Sector <span class=sr-only>(opcional)</span></label><input id=s name=s></form>");
  const FormModel& form = only_form(*page);
  const Field& q = field(form, "q");
  EXPECT_EQ(q.label.any(), "Buscar");
  EXPECT_TRUE(q.label_hidden);
  EXPECT_EQ(q.accessible_name.any(), "Buscar");
  const Field& r = field(form, "r");
  EXPECT_EQ(r.label.any(), "Región");
  EXPECT_TRUE(r.label_hidden);
  // Only what is on screen is the visible label; the name still says all.
  const Field& s = field(form, "s");
  EXPECT_EQ(s.label.any(), "Sector");
  EXPECT_FALSE(s.label_hidden);
  EXPECT_EQ(s.accessible_name.any(), "Sector (opcional)");
}

TEST(HtmlForms, RadiosInAFieldsetAreOneFieldCaptionedByTheLegend) {
  auto page = page_of(
      "<form><fieldset>\n<legend>Turno</legend>\n"
      "<label><input type=radio name=turno value=m required> Mañana</label>\n"
      "<label><input type=radio name=turno value=t> Tarde</label>\n"
      "</fieldset></form>");
  const FormModel& form = only_form(*page);
  ASSERT_EQ(form.fields.size(), 1u);
  const Field& f = form.fields[0];
  EXPECT_EQ(f.key, "turno");
  EXPECT_EQ(f.control, Control::radio);
  EXPECT_EQ(f.label.any(), "Turno");
  EXPECT_EQ(tag_of(*f.label.source()), "legend");
  EXPECT_EQ(f.label.source()->pos, (SourcePos{2, 1}));
  EXPECT_EQ(f.accessible_name.any(), "Turno");
  ASSERT_EQ(f.options.size(), 2u);
  EXPECT_EQ(f.options[0].value, "m");
  EXPECT_EQ(f.options[0].label.any(), "Mañana");
  EXPECT_EQ(f.options[1].value, "t");
  EXPECT_EQ(f.options[1].label.any(), "Tarde");
  EXPECT_EQ(f.options[1].at.pos, (SourcePos{4, 8}));
  EXPECT_TRUE(f.required);
  EXPECT_EQ(f.required_at.pos, (SourcePos{3, 45}));
  ASSERT_EQ(form.groups.size(), 1u);
  EXPECT_EQ(f.group, 0);
  EXPECT_EQ(form.groups[0].label.any(), "Turno");
  EXPECT_EQ(tag_of(form.groups[0].at), "fieldset");
}

TEST(HtmlForms, RadiosWithoutAGroupHaveNoLabel) {
  auto page = page_of(
      "<form><p><strong>Disponibilidad</strong></p>"
      "<input type=radio id=a name=disp value=completa><label for=a>Completa</label>"
      "<input type=radio id=b name=disp value=parcial><label for=b>Parcial</label></form>");
  const FormModel& form = only_form(*page);
  ASSERT_EQ(form.fields.size(), 1u);
  const Field& f = form.fields[0];
  EXPECT_EQ(f.control, Control::radio);
  EXPECT_FALSE(f.label.present());
  EXPECT_FALSE(f.accessible_name.present());
  EXPECT_EQ(f.group, -1);
  ASSERT_EQ(f.options.size(), 2u);
  EXPECT_EQ(f.options[0].label.any(), "Completa");
  EXPECT_EQ(f.options[1].label.any(), "Parcial");
}

TEST(HtmlForms, RadiogroupCaptionComesFromLabelledbyNotFromAriaLabel) {
  auto page = page_of(
      "<form><span id=cap>Jornada</span><div role=radiogroup aria-labelledby=cap>"
      "<input type=radio name=j value=1 aria-label=Completa><input type=radio name=j value=2 aria-label=Parcial></div>"
      "<div role=radiogroup aria-label=Modalidad>"
      "<div role=radio aria-checked=false>Presencial</div><div role=radio aria-checked=false>Remota</div></div>"
      "</form>");
  const FormModel& form = only_form(*page);
  ASSERT_EQ(form.fields.size(), 2u);
  const Field& j = form.fields[0];
  EXPECT_EQ(j.label.any(), "Jornada");
  EXPECT_EQ(tag_of(*j.label.source()), "span");
  const Field& m = form.fields[1];
  EXPECT_EQ(m.control, Control::radio);
  EXPECT_EQ(m.type, "radio");
  EXPECT_FALSE(m.label.present());
  EXPECT_EQ(m.accessible_name.any(), "Modalidad");
  ASSERT_EQ(m.options.size(), 2u);
  EXPECT_EQ(m.options[1].label.any(), "Remota");
  EXPECT_EQ(form.groups.size(), 2u);
}

TEST(HtmlForms, CheckboxesSharingANameAreOneFieldAndALoneOneIsItsOwn) {
  auto page = page_of(
      "<form><fieldset><legend>Áreas</legend>"
      "<label><input type=checkbox name=areas value=a> Agro</label>"
      "<label><input type=checkbox name=areas value=b> Comercio</label></fieldset>"
      "<label><input type=checkbox name=boletin required> Recibir novedades (obligatorio)</label></form>");
  const FormModel& form = only_form(*page);
  ASSERT_EQ(form.fields.size(), 2u);
  const Field& areas = form.fields[0];
  EXPECT_EQ(areas.control, Control::checkboxes);
  EXPECT_EQ(areas.label.any(), "Áreas");
  ASSERT_EQ(areas.options.size(), 2u);
  EXPECT_EQ(areas.options[0].label.any(), "Agro");
  const Field& boletin = form.fields[1];
  EXPECT_EQ(boletin.control, Control::checkbox);
  EXPECT_EQ(boletin.label.any(), "Recibir novedades (obligatorio)");
  EXPECT_TRUE(boletin.required);
  EXPECT_TRUE(boletin.marked_required);
  EXPECT_EQ(boletin.group, -1);
}

TEST(HtmlForms, RequiredCues) {
  auto page = page_of(
      "<form>"
      "<label for=a>Nombre (obligatorio)</label><input id=a name=a required>"
      "<label for=b>Apellido <span class=req>*</span></label><input id=b name=b required>"
      "<label for=c>Documento</label><input id=c name=c required>"
      "<label for=d>Ciudad <span class=req></span></label><input id=d name=d aria-required=true>"
      "<label for=e>Correo</label><input id=e name=e required aria-describedby=he>"
      "<p id=he>Campo obligatorio.</p>"
      "</form>");
  const FormModel& form = only_form(*page);
  const Field& a = field(form, "a");
  EXPECT_TRUE(a.required);
  EXPECT_TRUE(a.marked_required);
  EXPECT_EQ(a.required_cue, RequiredCue::text);
  ASSERT_NE(a.required_at.attribute, nullptr);
  EXPECT_EQ(a.required_at.attribute->spelling, "required");
  EXPECT_TRUE(a.native_messages);
  const Field& b = field(form, "b");
  EXPECT_EQ(b.label.any(), "Apellido *");
  EXPECT_TRUE(b.marked_required);
  EXPECT_EQ(b.required_cue, RequiredCue::text);
  const Field& c = field(form, "c");
  EXPECT_TRUE(c.required);
  EXPECT_FALSE(c.marked_required);
  EXPECT_EQ(c.required_cue, RequiredCue::none);
  const Field& d = field(form, "d");
  EXPECT_TRUE(d.required);
  EXPECT_EQ(d.required_at.attribute->spelling, "aria-required");
  EXPECT_FALSE(d.marked_required);
  EXPECT_EQ(d.required_cue, RequiredCue::style_only);
  EXPECT_FALSE(d.native_messages);  // aria-required is not validated by the browser
  const Field& e = field(form, "e");
  EXPECT_FALSE(e.marked_required);
  EXPECT_EQ(e.required_cue, RequiredCue::text);
  EXPECT_EQ(e.hint.any(), "Campo obligatorio.");
  EXPECT_TRUE(e.described);
  EXPECT_EQ(tag_of(*e.hint.source()), "p");
}

TEST(HtmlForms, PatternsAndLengths) {
  auto page = page_of(
      "<form>\n"
      "<input name=a aria-label=A pattern='[0-9]{8}' title='Ocho dígitos, sin puntos'>\n"
      "<input name=b aria-label=B pattern='[0-9]{8}' minlength=8 maxlength=8>\n"
      "<input name=c aria-label=C type=number min=18 max=99>\n"
      "</form>");
  const FormModel& form = only_form(*page);
  const Field& a = field(form, "a");
  ASSERT_EQ(a.constraints.size(), 1u);
  EXPECT_EQ(a.constraints[0].kind, ConstraintKind::pattern);
  EXPECT_EQ(a.constraints[0].value, "[0-9]{8}");
  EXPECT_EQ(a.constraints[0].at.pos, (SourcePos{2, 28}));
  EXPECT_EQ(a.constraints[0].message.any(), "Ocho dígitos, sin puntos");
  EXPECT_EQ(a.constraints[0].message.source()->attribute->spelling, "title");
  EXPECT_TRUE(a.native_messages);
  const Field& b = field(form, "b");
  ASSERT_EQ(b.constraints.size(), 3u);
  EXPECT_EQ(b.constraints[0].kind, ConstraintKind::pattern);
  EXPECT_FALSE(b.constraints[0].message.present());
  EXPECT_EQ(b.constraints[1].kind, ConstraintKind::min_length);
  EXPECT_EQ(b.constraints[1].value, "8");
  EXPECT_EQ(b.constraints[2].kind, ConstraintKind::max_length);
  const Field& c = field(form, "c");
  EXPECT_EQ(c.control, Control::number);
  ASSERT_EQ(c.constraints.size(), 3u);
  EXPECT_EQ(c.constraints[0].kind, ConstraintKind::type);
  EXPECT_EQ(c.constraints[1].kind, ConstraintKind::minimum);
  EXPECT_EQ(c.constraints[1].value, "18");
  EXPECT_EQ(c.constraints[2].kind, ConstraintKind::maximum);
}

TEST(HtmlForms, NovalidateTurnsNativeMessagesOff) {
  auto page = page_of("<form novalidate><input name=a aria-label=A required pattern=x></form>");
  const Field& a = field(only_form(*page), "a");
  EXPECT_TRUE(a.required);
  EXPECT_FALSE(a.native_messages);
}

TEST(HtmlForms, AutocompleteIsDeclaredAtItsAttribute) {
  auto page = page_of(
      "<form>\n"
      "<input name=n aria-label=N autocomplete=nombre>\n"
      "<input name=m aria-label=M autocomplete=off>\n"
      "<input name=k aria-label=K>\n"
      "</form>");
  const FormModel& form = only_form(*page);
  const Field& n = field(form, "n");
  EXPECT_TRUE(n.purpose.declared);
  EXPECT_EQ(n.purpose.token, "nombre");
  EXPECT_EQ(n.purpose.at.pos, (SourcePos{2, 28}));
  EXPECT_EQ(n.purpose.at.attribute->spelling, "autocomplete");
  EXPECT_EQ(field(form, "m").purpose.token, "off");
  EXPECT_TRUE(field(form, "m").purpose.declared);
  EXPECT_FALSE(field(form, "k").purpose.declared);
  EXPECT_EQ(field(form, "k").purpose.token, "");
}

TEST(HtmlForms, SelectOptionsAreItsTexts) {
  auto page = page_of(
      "<form><label for=s>Nivel</label><select id=s name=nivel required>"
      "<option value=''>Seleccione</option><optgroup label=Media><option value=sec>Secundaria</option></optgroup>"
      "<option>Terciaria</option></select></form>");
  const Field& f = field(only_form(*page), "nivel");
  EXPECT_EQ(f.control, Control::select);
  EXPECT_EQ(f.label.any(), "Nivel");
  ASSERT_EQ(f.options.size(), 3u);
  EXPECT_EQ(f.options[0].value, "");
  EXPECT_EQ(f.options[0].label.any(), "Seleccione");
  EXPECT_EQ(f.options[1].value, "sec");
  EXPECT_EQ(f.options[1].label.any(), "Secundaria");
  EXPECT_EQ(f.options[2].value, "Terciaria");
  EXPECT_TRUE(f.native_messages);
}

TEST(HtmlForms, FindsAFormOrAFieldOfAnyKindAndNothingOnPagesWithout) {
  EXPECT_TRUE(page_of("<ul><li>Vacante</li></ul><button>Buscar</button>")->forms().empty());
  EXPECT_EQ(page_of("<form aria-label=Vacia></form>")->forms().size(), 1u);
  for (const char* only : {"<input name=a aria-label=A>", "<select name=s aria-label=S></select>",
                           "<textarea name=t aria-label=T></textarea>",
                           "<span role=slider aria-label=Nivel aria-valuenow=1></span>",
                           "<div role=listbox tabindex=0 aria-label=L><div role=option>A</div></div>"}) {
    auto page = page_of(only);
    ASSERT_EQ(page->forms().size(), 1u) << only;
    EXPECT_EQ(page->forms()[0].fields.size(), 1u) << only;
  }
}

TEST(HtmlForms, TwoFormsThenTheControlsOutsideAnyForm) {
  auto page = page_of(
      "<input name=suelto aria-label=Suelto>\n"
      "<form id=f1><input name=a aria-label=A>"
      "<input name=fuera form='' aria-label=Fuera>"
      "<input name=otra form=f2 aria-label=Otra></form>\n"
      "<form id=f2 aria-label='Suscripción'><input name=b aria-label=B></form>\n"
      "<input name=tarde form=f1 aria-label=Tarde>"
      "<div role=textbox aria-label=Nota id=nota></div>");
  const auto& forms = page->forms();
  ASSERT_EQ(forms.size(), 3u);
  EXPECT_EQ(tag_of(forms[0].at), "form");
  EXPECT_EQ(forms[0].at.pos, (SourcePos{2, 1}));
  ASSERT_EQ(forms[0].fields.size(), 2u);
  EXPECT_EQ(forms[0].fields[0].key, "a");
  EXPECT_EQ(forms[0].fields[1].key, "tarde");
  EXPECT_FALSE(forms[0].fields[1].native_messages);  // nothing to validate
  ASSERT_EQ(forms[1].fields.size(), 2u);
  EXPECT_EQ(forms[1].fields[0].key, "otra");
  EXPECT_EQ(forms[1].fields[1].key, "b");
  EXPECT_EQ(forms[1].title.any(), "Suscripción");
  ASSERT_EQ(forms[1].steps.size(), 1u);
  // Outside any form: the first control stands for the model.
  const FormModel& outside = forms[2];
  ASSERT_EQ(outside.fields.size(), 3u);
  EXPECT_EQ(outside.fields[0].key, "suelto");
  EXPECT_EQ(outside.fields[1].key, "fuera");
  EXPECT_EQ(outside.fields[2].key, "nota");
  EXPECT_EQ(outside.fields[2].control, Control::text);
  EXPECT_EQ(outside.fields[2].type, "textbox");
  EXPECT_EQ(outside.at.pos, (SourcePos{1, 1}));
}

TEST(HtmlForms, HiddenDisabledAndNonFieldControlsAreLeftOut) {
  auto page = page_of(
      "<form><input name=ok aria-label=Ok>"
      "<input type=hidden name=token value=x><input type=submit><input type=image alt=Ir>"
      "<button>Enviar</button><input type=reset>"
      "<input name=oculto hidden><input name=ninguno style='display:none'>"
      "<div aria-hidden=true><input name=ariaoculto></div>"
      "<input name=apagado disabled><fieldset disabled><input name=enfieldset></fieldset>"
      "<div role=checkbox aria-disabled=true aria-checked=false>No</div>"
      "<template><input name=plantilla></template>"
      "</form>");
  const FormModel& form = only_form(*page);
  ASSERT_EQ(form.fields.size(), 1u);
  EXPECT_EQ(form.fields[0].key, "ok");
}

TEST(HtmlForms, AFormWithoutFieldsIsStillAForm) {
  auto page = page_of("<form><button>Buscar</button></form>");
  ASSERT_EQ(page->forms().size(), 1u);
  EXPECT_TRUE(page->forms()[0].fields.empty());
}

TEST(HtmlForms, NoFormNoControlsNoModel) {
  auto page = page_of("<p>Hola</p>");
  EXPECT_TRUE(page->forms().empty());
}

TEST(HtmlForms, NestedFieldsetsNestGroups) {
  auto page = page_of(
      "<form><fieldset><legend>Datos</legend><fieldset><legend>Contacto</legend>"
      "<label>Correo <input name=c type=email></label></fieldset></fieldset></form>");
  const FormModel& form = only_form(*page);
  ASSERT_EQ(form.groups.size(), 2u);
  EXPECT_EQ(form.groups[0].label.any(), "Datos");
  EXPECT_EQ(form.groups[0].parent, -1);
  EXPECT_EQ(form.groups[1].label.any(), "Contacto");
  EXPECT_EQ(form.groups[1].parent, 0);
  EXPECT_EQ(field(form, "c").group, 1);
}

// Thousands of groups with labels after their controls: every label and
// group is found through the indexes, one field per group.
TEST(HtmlForms, ManyRadioGroupsEachBecomeOneField) {
  std::string html = "<form>";
  constexpr int kGroups = 3000;
  for (int i = 0; i < kGroups; ++i) {
    std::string k = std::to_string(i);
    html += "<fieldset><legend>P" + k + "</legend>";
    for (int j = 0; j < 3; ++j) {
      std::string id = "r" + k + "-" + std::to_string(j);
      html += "<input type=radio id=" + id + " name=p" + k + " value=" + std::to_string(j) + "><label for=" + id +
              ">O" + std::to_string(j) + "</label>";
    }
    html += "</fieldset>";
  }
  auto page = page_of(html + "</form>");
  const FormModel& form = only_form(*page);
  ASSERT_EQ(form.fields.size(), static_cast<std::size_t>(kGroups));
  ASSERT_EQ(form.groups.size(), static_cast<std::size_t>(kGroups));
  const Field& last = form.fields.back();
  EXPECT_EQ(last.key, "p2999");
  EXPECT_EQ(last.label.any(), "P2999");
  ASSERT_EQ(last.options.size(), 3u);
  EXPECT_EQ(last.options[2].label.any(), "O2");
  EXPECT_EQ(last.group, kGroups - 1);
}

// The barriers of fixtures/sites/empleo/README.md that form rules judge.
// A section heading speaks for the fields below it, as far as 400 nodes
// back; fields further down are past its reach, however close each is to
// the field before.
TEST(HtmlForms, ASectionHeadingReachesTheFieldsBelowIt) {
  auto repeat = [](int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += "<i></i>";
    return s;
  };
  auto page = page_of("<form><h2>Datos del cónyuge</h2><label for=a>Correo electrónico</label><input id=a name=a>" +
                      repeat(150) + "<label for=b>Teléfono</label><input id=b name=b>" + repeat(300) +
                      "<label for=c>Teléfono</label><input id=c name=c></form>");
  const FormModel& form = only_form(*page);
  EXPECT_EQ(field(form, "a").inferred.token, "");
  EXPECT_EQ(field(form, "b").inferred.token, "");
  EXPECT_EQ(field(form, "c").inferred.token, "tel");
}

TEST(HtmlForms, PortalRegistro) {
  auto page = portal_page("registro.html");
  const FormModel& form = only_form(*page);
  EXPECT_EQ(form.at.pos, (SourcePos{34, 5}));

  const Field& nombres = field(form, "nombres");
  EXPECT_EQ(nombres.label.any(), "Nombres (obligatorio)");
  EXPECT_TRUE(nombres.required);
  EXPECT_TRUE(nombres.marked_required);
  EXPECT_EQ(nombres.required_cue, RequiredCue::text);
  EXPECT_TRUE(nombres.purpose.declared);
  EXPECT_EQ(nombres.purpose.token, "nombre");  // invalid token: given-name
  EXPECT_EQ(nombres.purpose.at.pos, (SourcePos{39, 56}));

  const Field& cedula = field(form, "cedula");
  EXPECT_TRUE(cedula.described);
  EXPECT_EQ(cedula.hint.any(), "Escriba solo números, sin puntos ni guiones. Ejemplo: 40512987.");
  EXPECT_EQ(cedula.hint.source()->pos, (SourcePos{51, 9}));

  // Marked required with a red asterisk only, and not declared.
  for (std::string_view key : {"direccion", "localidad"}) {
    const Field& f = field(form, key);
    EXPECT_FALSE(f.required) << key;
    EXPECT_TRUE(f.marked_required) << key;
    EXPECT_EQ(f.required_cue, RequiredCue::text) << key;
    EXPECT_FALSE(f.native_messages) << key;
  }
  EXPECT_EQ(field(form, "direccion").label.any(), "Dirección *");
  EXPECT_EQ(field(form, "direccion").purpose.token, "street-address");

  const Field& estudios = field(form, "estudios");
  EXPECT_EQ(estudios.control, Control::select);
  EXPECT_EQ(estudios.options.size(), 6u);
  EXPECT_EQ(estudios.options[1].label.any(), "Primaria completa");

  // "Disponibilidad horaria" is a <p><strong>, not a caption of the radios.
  const Field& disp = field(form, "disponibilidad");
  EXPECT_EQ(disp.control, Control::radio);
  EXPECT_FALSE(disp.label.present());
  EXPECT_FALSE(disp.accessible_name.present());
  ASSERT_EQ(disp.options.size(), 3u);
  EXPECT_EQ(disp.options[0].value, "completa");
  EXPECT_EQ(disp.options[0].label.any(), "Tiempo completo");
  EXPECT_EQ(disp.at.pos, (SourcePos{98, 9}));

  const Field& areas = field(form, "areas");
  EXPECT_EQ(areas.control, Control::checkboxes);
  EXPECT_EQ(areas.label.any(), "Áreas de interés (puede marcar varias)");
  EXPECT_EQ(areas.options.size(), 4u);
  ASSERT_GE(areas.group, 0);
  EXPECT_EQ(form.groups[static_cast<std::size_t>(areas.group)].label.any(), "Áreas de interés (puede marcar varias)");

  EXPECT_EQ(field(form, "cv").control, Control::file);
  EXPECT_TRUE(field(form, "cv").described);
  EXPECT_EQ(field(form, "clave").control, Control::password);
  EXPECT_EQ(field(form, "correo").purpose.token, "email");

  const Field& terminos = field(form, "terminos");
  EXPECT_EQ(terminos.control, Control::checkbox);
  EXPECT_TRUE(terminos.required);
  EXPECT_TRUE(terminos.marked_required);
  EXPECT_EQ(terminos.label.any(),
            "Acepto los términos de uso y la política de privacidad del portal (obligatorio)");

  EXPECT_EQ(form.fields.size(), 14u);
  ASSERT_EQ(form.steps.size(), 1u);
}

TEST(HtmlForms, PortalCursos) {
  auto page = portal_page("cursos.html");
  const FormModel& form = only_form(*page);
  ASSERT_EQ(form.fields.size(), 6u);
  const Field& nombre = field(form, "nombre");
  EXPECT_EQ(nombre.purpose.token, "given-name");
  EXPECT_TRUE(nombre.required);
  EXPECT_TRUE(nombre.native_messages);
  EXPECT_EQ(field(form, "correo").control, Control::email);
  const Field& turno = field(form, "turno");
  EXPECT_EQ(turno.control, Control::radio);
  EXPECT_EQ(turno.label.any(), "Turno preferido");
  EXPECT_EQ(turno.label.source()->pos, (SourcePos{84, 9}));
  ASSERT_EQ(turno.options.size(), 3u);
  EXPECT_EQ(turno.options[2].label.any(), "Noche (19:00 a 22:00)");
  const Field& motivo = field(form, "motivo");
  EXPECT_EQ(motivo.control, Control::textarea);
  EXPECT_FALSE(motivo.required);
  EXPECT_EQ(motivo.hint.any(), "Opcional. Máximo 500 caracteres.");
  EXPECT_EQ(field(form, "curso").options.size(), 5u);
}

}  // namespace
}  // namespace rampa::forms
