#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "forms/builders.hpp"
#include "parse/parsers.hpp"
#include "rampa/engine.hpp"

namespace fs = std::filesystem;

namespace rampa::forms {
namespace {

std::unique_ptr<Document> xml(const std::string& text) {
  auto doc = parse_xml(text, {});
  EXPECT_TRUE(doc.ok()) << (doc.ok() ? "" : doc.error().detail);
  return doc.ok() ? std::move(doc.value()) : nullptr;
}

FormModel build(const std::string& text) {
  auto doc = xml(text);
  if (doc == nullptr) return {};
  auto form = from_xforms(*doc);
  EXPECT_TRUE(form.ok()) << (form.ok() ? "" : form.error().detail);
  return form.ok() ? std::move(form.value()) : FormModel{};
}

const Field* field(const FormModel& f, std::string_view key) {
  for (const Field& fd : f.fields)
    if (fd.key == key) return &fd;
  return nullptr;
}

// The XForm head up to and including <model>'s start tag, so each test writes
// only the parts it is about.
constexpr const char* kOpen =
    "<?xml version=\"1.0\"?>\n"
    "<h:html xmlns=\"http://www.w3.org/2002/xforms\" xmlns:h=\"http://www.w3.org/1999/xhtml\"\n"
    "        xmlns:jr=\"http://openrosa.org/javarosa\" xmlns:odk=\"http://www.opendatakit.org/xforms\">\n"
    "<h:head><h:title>Prueba</h:title>\n"
    "<model>\n";

TEST(XForms, ReadsFieldsLabelsHintsAndTypesWithPositions) {
  FormModel f = build(std::string(kOpen) +
                      "<instance><data id=\"t\"><nombre/><edad/><nac/><foto/><clave/><ok/></data></instance>\n"  // 6
                      "<bind nodeset=\"/data/nombre\" type=\"string\"/>\n"
                      "<bind nodeset=\"/data/edad\" type=\"int\"/>\n"
                      "<bind nodeset=\"/data/nac\" type=\"date\"/>\n"
                      "<bind nodeset=\"/data/foto\" type=\"binary\"/>\n"  // 10
                      "</model></h:head>\n"
                      "<h:body>\n"
                      "  <input ref=\"/data/nombre\"><label>Nombre completo</label><hint>Como figura en su documento</hint></input>\n"
                      "  <input ref=\"/data/edad\"><label>Edad</label></input>\n"
                      "  <input ref=\"/data/nac\"><label>Fecha</label></input>\n"  // 15
                      "  <upload ref=\"/data/foto\" mediatype=\"image/*\"><label>Foto</label></upload>\n"
                      "  <secret ref=\"/data/clave\"><label>Clave</label></secret>\n"
                      "  <trigger ref=\"/data/ok\"><label>Entendido</label></trigger>\n"
                      "</h:body></h:html>\n");
  EXPECT_EQ(f.origin, Origin::xforms);
  EXPECT_EQ(f.title.any(), "Prueba");
  EXPECT_TRUE(f.languages.empty());
  ASSERT_EQ(f.fields.size(), 6u);
  const Field& nombre = f.fields[0];
  EXPECT_EQ(nombre.key, "nombre");
  EXPECT_EQ(nombre.type, "string");
  EXPECT_EQ(nombre.control, Control::text);
  EXPECT_EQ(nombre.at.pos, (SourcePos{13, 3}));
  EXPECT_EQ(nombre.at.path, "//*[local-name()='input'][@ref='/data/nombre']");
  EXPECT_EQ(nombre.at.snippet, "<input ref=\"/data/nombre\">");
  EXPECT_EQ(nombre.at.node, nullptr);
  EXPECT_EQ(nombre.label.any(), "Nombre completo");
  ASSERT_EQ(nombre.label.values.size(), 1u);
  EXPECT_EQ(nombre.label.values[0].lang, "");
  EXPECT_EQ(nombre.label.values[0].at.pos, (SourcePos{13, 29}));
  EXPECT_EQ(nombre.label.values[0].at.path, "//*[local-name()='input'][@ref='/data/nombre']/*[local-name()='label']");
  EXPECT_EQ(nombre.accessible_name.any(), "Nombre completo");
  EXPECT_EQ(nombre.hint.any(), "Como figura en su documento");
  EXPECT_EQ(nombre.hint.source()->pos, (SourcePos{13, 59}));
  EXPECT_FALSE(nombre.purpose_declarable);
  EXPECT_FALSE(nombre.required);
  EXPECT_EQ(nombre.required_cue, RequiredCue::none);
  EXPECT_EQ(f.fields[1].control, Control::number);
  EXPECT_EQ(f.fields[1].type, "int");
  EXPECT_EQ(f.fields[2].control, Control::date);
  EXPECT_EQ(f.fields[3].control, Control::file);
  EXPECT_EQ(f.fields[4].control, Control::password);
  EXPECT_EQ(f.fields[5].control, Control::checkbox);
  // One step for a form without field-list groups, the body.
  ASSERT_EQ(f.steps.size(), 1u);
  EXPECT_EQ(f.steps[0].at.pos, (SourcePos{12, 1}));
  EXPECT_EQ(f.steps[0].at.path, "/*[local-name()='html']/*[local-name()='body']");
  EXPECT_EQ(f.at.path, "/*[local-name()='html']");
  EXPECT_EQ(f.at.pos, (SourcePos{2, 1}));
}

TEST(XForms, ReadsItextInEveryLanguageAndLeavesAMissingTranslationOut) {
  FormModel f = build(std::string(kOpen) +
                      "<itext>\n"                                                       // 6
                      "<translation lang=\"pt\">\n"
                      "  <text id=\"n:label\"><value>Nome</value></text>\n"            // 8
                      "</translation>\n"
                      "<translation lang=\"es\" default=\"true()\">\n"                  // 10
                      "  <text id=\"n:label\"><value form=\"image\">n.png</value><value>Nombre</value></text>\n"
                      "  <text id=\"n:hint\"><value form=\"guidance\">Como en su cédula</value></text>\n"
                      "  <text id=\"n:req\"><value>Escriba su nombre</value></text>\n"
                      "</translation>\n"
                      "</itext>\n"                                                      // 15
                      "<instance><data><n/></data></instance>\n"
                      "<bind nodeset=\"/data/n\" type=\"string\" required=\"true()\" jr:requiredMsg=\"jr:itext('n:req')\"/>\n"
                      "</model></h:head>\n"
                      "<h:body><input ref=\"/data/n\"><label ref=\"jr:itext('n:label')\"/>"
                      "<hint ref=\"jr:itext('n:hint')\"/></input></h:body></h:html>\n");
  // The default translation first.
  ASSERT_EQ(f.languages, (std::vector<std::string>{"es", "pt"}));
  const Field* n = field(f, "n");
  ASSERT_NE(n, nullptr);
  ASSERT_EQ(n->label.values.size(), 2u);
  EXPECT_EQ(n->label.values[0].lang, "es");
  EXPECT_EQ(n->label.values[0].text, "Nombre");  // the image form is a file name, not text
  EXPECT_EQ(n->label.values[0].at.pos, (SourcePos{11, 55}));
  EXPECT_EQ(n->label.values[0].at.path,
            "//*[local-name()='translation'][@lang='es']/*[local-name()='text'][@id='n:label']/*[local-name()='value'][2]");
  EXPECT_EQ(n->label.values[1].lang, "pt");
  EXPECT_EQ(n->label.values[1].text, "Nome");
  EXPECT_EQ(n->label.values[1].at.pos, (SourcePos{8, 22}));
  EXPECT_EQ(n->label.in("pt"), "Nome");
  // The hint is written in Spanish only: no Portuguese value.
  ASSERT_EQ(n->hint.values.size(), 1u);
  EXPECT_EQ(n->hint.values[0].lang, "es");
  EXPECT_EQ(n->hint.values[0].text, "Como en su cédula");
  ASSERT_EQ(n->required_message.values.size(), 1u);
  EXPECT_EQ(n->required_message.values[0].text, "Escriba su nombre");
  EXPECT_EQ(n->required_message.values[0].at.pos, (SourcePos{13, 20}));
}

TEST(XForms, ReadsRequiredAndConstraintsWithTheirMessages) {
  FormModel f = build(std::string(kOpen) +
                      "<instance><data><a/><b/><c/><d/></data></instance>\n"
                      "<bind nodeset=\"/data/a\" type=\"string\" required=\"true()\" jr:requiredMsg=\"Escriba A\"/>\n"  // 7
                      "<bind nodeset=\"/data/b\" type=\"string\" constraint=\"regex(., '^[0-9]{8}$') and . != '00000000'\" "
                      "jr:constraintMsg=\"Ocho dígitos\"/>\n"
                      "<bind nodeset=\"/data/c\" type=\"string\" required=\"false()\" constraint=\"string-length(.) &gt;= 8\"/>\n"
                      "<bind nodeset=\"/data/d\" type=\"string\" readonly=\"true()\"/>\n"  // 10
                      "</model></h:head>\n"
                      "<h:body><input ref=\"/data/a\"><label>A</label></input><input ref=\"/data/b\"><label>B</label></input>"
                      "<input ref=\"/data/c\"><label>C *</label></input><input ref=\"/data/d\"><label>D</label></input>"
                      "</h:body></h:html>\n");
  const Field* a = field(f, "a");
  ASSERT_NE(a, nullptr);
  EXPECT_TRUE(a->required);
  EXPECT_EQ(a->required_cue, RequiredCue::renderer);
  EXPECT_FALSE(a->marked_required);
  EXPECT_EQ(a->required_at.pos, (SourcePos{7, 39}));
  EXPECT_EQ(a->required_at.path, "//*[local-name()='bind'][@nodeset='/data/a']/@required");
  EXPECT_EQ(a->required_message.any(), "Escriba A");
  EXPECT_EQ(a->required_message.source()->pos, (SourcePos{7, 57}));
  EXPECT_EQ(a->required_message.source()->path,
            "//*[local-name()='bind'][@nodeset='/data/a']/@*[local-name()='requiredMsg']");
  EXPECT_TRUE(a->constraints.empty());

  const Field* b = field(f, "b");
  ASSERT_NE(b, nullptr);
  EXPECT_FALSE(b->required);
  ASSERT_EQ(b->constraints.size(), 2u);
  EXPECT_EQ(b->constraints[0].kind, ConstraintKind::custom);
  EXPECT_EQ(b->constraints[0].value, "regex(., '^[0-9]{8}$') and . != '00000000'");
  EXPECT_EQ(b->constraints[0].at.pos, (SourcePos{8, 39}));
  EXPECT_EQ(b->constraints[0].message.any(), "Ocho dígitos");
  EXPECT_EQ(b->constraints[1].kind, ConstraintKind::pattern);
  EXPECT_EQ(b->constraints[1].value, "^[0-9]{8}$");
  EXPECT_EQ(b->constraints[1].message.any(), "Ocho dígitos");

  const Field* c = field(f, "c");
  ASSERT_NE(c, nullptr);
  EXPECT_FALSE(c->required);  // required="false()"
  EXPECT_TRUE(c->marked_required);  // but the label carries an asterisk
  EXPECT_EQ(c->required_cue, RequiredCue::none);
  ASSERT_EQ(c->constraints.size(), 2u);
  EXPECT_EQ(c->constraints[1].kind, ConstraintKind::min_length);
  EXPECT_EQ(c->constraints[1].value, "8");
  EXPECT_FALSE(c->constraints[0].message.present());

  const Field* d = field(f, "d");
  ASSERT_NE(d, nullptr);
  EXPECT_TRUE(d->read_only);
}

TEST(XForms, ReadsGroupsRepeatsAndOneStepWithoutFieldLists) {
  FormModel f = build(std::string(kOpen) +
                      "<instance><data><g><x/><hijos><h/></hijos></g><suelto><y/></suelto></data></instance>\n"
                      "</model></h:head>\n"
                      "<h:body>\n"  // 8
                      "<group ref=\"/data/g\"><label>Datos</label>\n"
                      "  <input ref=\"x\"><label>X</label></input>\n"  // relative to the group
                      "  <group ref=\"/data/g/hijos\"><label>Hijos</label>\n"
                      "    <repeat nodeset=\"/data/g/hijos\"><input ref=\"/data/g/hijos/h\"><label>H</label></input></repeat>\n"
                      "  </group>\n"
                      "</group>\n"
                      "<repeat nodeset=\"/data/suelto\"><input ref=\"/data/suelto/y\"><label>Y</label></input></repeat>\n"  // 15
                      "</h:body></h:html>\n");
  ASSERT_EQ(f.groups.size(), 3u);
  EXPECT_EQ(f.groups[0].label.any(), "Datos");
  EXPECT_EQ(f.groups[0].parent, -1);
  EXPECT_FALSE(f.groups[0].repeat);
  EXPECT_EQ(f.groups[0].at.pos, (SourcePos{9, 1}));
  // The group wrapping a repeat of the same node is the repeat.
  EXPECT_EQ(f.groups[1].label.any(), "Hijos");
  EXPECT_EQ(f.groups[1].parent, 0);
  EXPECT_TRUE(f.groups[1].repeat);
  // A bare repeat is a group of its own, with no label.
  EXPECT_TRUE(f.groups[2].repeat);
  EXPECT_FALSE(f.groups[2].label.present());
  EXPECT_EQ(f.groups[2].at.pos, (SourcePos{15, 1}));
  ASSERT_EQ(f.fields.size(), 3u);
  EXPECT_EQ(f.fields[0].key, "x");
  EXPECT_EQ(f.fields[0].group, 0);
  EXPECT_EQ(f.fields[1].key, "h");
  EXPECT_EQ(f.fields[1].group, 1);
  EXPECT_EQ(f.fields[2].group, 2);
  ASSERT_EQ(f.steps.size(), 1u);
  for (const Field& fd : f.fields) EXPECT_EQ(fd.step, 0);
}

TEST(XForms, TopLevelFieldListGroupsAreSteps) {
  FormModel f = build(std::string(kOpen) +
                      "<instance><data><a><x/></a><b><y/><z/></b><n/></data></instance>\n"
                      "</model></h:head>\n"
                      "<h:body>\n"
                      "<group ref=\"/data/a\" appearance=\"field-list\"><label>Uno</label><input ref=\"/data/a/x\"/></group>\n"  // 9
                      "<group ref=\"/data/b\" appearance=\"field-list\"><label>Dos</label><input ref=\"/data/b/y\"/>"
                      "<input ref=\"/data/b/z\"/></group>\n"
                      "<trigger ref=\"/data/n\"><label>Fin</label></trigger>\n"
                      "</h:body></h:html>\n");
  ASSERT_EQ(f.steps.size(), 3u);
  EXPECT_EQ(f.steps[0].title.any(), "Uno");
  EXPECT_EQ(f.steps[0].at.pos, (SourcePos{9, 1}));
  EXPECT_EQ(f.steps[1].title.any(), "Dos");
  // A question after the field-list groups is a screen of its own.
  EXPECT_FALSE(f.steps[2].title.present());
  ASSERT_EQ(f.fields.size(), 4u);
  EXPECT_EQ(f.fields[0].step, 0);
  EXPECT_EQ(f.fields[1].step, 1);
  EXPECT_EQ(f.fields[2].step, 1);
  EXPECT_EQ(f.fields[3].step, 2);
  EXPECT_EQ(f.groups[1].step, 1);
  // No label at all: absent, not empty text.
  EXPECT_FALSE(f.fields[0].label.present());
  EXPECT_TRUE(f.fields[0].label.values.empty());
}

TEST(XForms, ReadsSelectsWithAndWithoutItemLabelsAndItemsets) {
  FormModel f = build(std::string(kOpen) +
                      "<itext><translation lang=\"es\"><text id=\"c1\"><value>Soldadura</value></text></translation>"
                      "<translation lang=\"pt\"><text id=\"c1\"><value>Soldagem</value></text></translation></itext>\n"
                      "<instance><data><e/><d/><m/><c/></data></instance>\n"
                      "<instance id=\"cursos\"><root><item><name>sol</name><itextId>c1</itextId></item>"
                      "<item><name>ele</name><itextId>c2</itextId></item></root></instance>\n"  // 8
                      "<bind nodeset=\"/data/e\" type=\"string\"/><bind nodeset=\"/data/m\" type=\"string\"/>\n"
                      "</model></h:head>\n"
                      "<h:body>\n"
                      "<select1 ref=\"/data/e\" appearance=\"minimal\"><label>Estudios</label>\n"  // 12
                      "  <item><label>Primaria</label><value>primaria</value></item>\n"
                      "  <item><label>Secundaria</label><value>secundaria</value></item>\n"
                      "</select1>\n"
                      "<select1 ref=\"/data/d\"><label>Disponibilidad</label><item><value>completa</value></item>"
                      "<item><label/><value>parcial</value></item></select1>\n"
                      "<select ref=\"/data/m\"><label>Varias</label><item><label>Uno</label><value>1</value></item></select>\n"
                      "<select1 ref=\"/data/c\"><label>Curso</label><itemset nodeset=\"instance('cursos')/root/item[name != '']\">"
                      "<value ref=\"name\"/><label ref=\"jr:itext(itextId)\"/></itemset></select1>\n"
                      "</h:body></h:html>\n");
  const Field* e = field(f, "e");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->control, Control::select);
  ASSERT_EQ(e->options.size(), 2u);
  EXPECT_EQ(e->options[0].value, "primaria");
  EXPECT_EQ(e->options[0].label.any(), "Primaria");
  EXPECT_EQ(e->options[1].at.pos, (SourcePos{14, 3}));
  EXPECT_EQ(e->options[1].at.path, "//*[local-name()='select1'][@ref='/data/e']/*[local-name()='item'][2]");

  const Field* d = field(f, "d");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->control, Control::radio);
  EXPECT_EQ(d->type, "select1");  // no bind: the control's name
  ASSERT_EQ(d->options.size(), 2u);
  EXPECT_EQ(d->options[0].value, "completa");
  EXPECT_FALSE(d->options[0].label.present());
  EXPECT_FALSE(d->options[1].label.present());

  const Field* m = field(f, "m");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->control, Control::checkboxes);

  const Field* c = field(f, "c");
  ASSERT_NE(c, nullptr);
  ASSERT_EQ(c->options.size(), 2u);
  EXPECT_EQ(c->options[0].value, "sol");
  EXPECT_EQ(c->options[0].label.in("pt"), "Soldagem");
  EXPECT_EQ(c->options[0].label.values.size(), 2u);
  EXPECT_EQ(c->options[0].at.pos, (SourcePos{8, 29}));
  EXPECT_EQ(c->options[1].value, "ele");
  EXPECT_FALSE(c->options[1].label.present());  // c2 is in no translation
}

// An ODK table's header row (appearance "label") shows the choices as column
// headings and collects nothing; the list-nolabel rows under it are fields.
TEST(XForms, TheHeaderRowOfAnOdkTableIsNotAField) {
  FormModel f = build(std::string(kOpen) +
                      "<instance><data><h/><a/></data></instance>"
                      "<bind nodeset=\"/data/h\" type=\"select1\"/><bind nodeset=\"/data/a\" type=\"select1\"/>"
                      "</model></h:head><h:body>"
                      "<select1 ref=\"/data/h\" appearance=\"label\"><label/><item><label>Sí</label><value>1</value></item></select1>"
                      "<select1 ref=\"/data/a\" appearance=\"list-nolabel\"><label>¿Trabaja?</label>"
                      "<item><label>Sí</label><value>1</value></item></select1>"
                      "</h:body></h:html>");
  EXPECT_EQ(field(f, "h"), nullptr);
  ASSERT_NE(field(f, "a"), nullptr);
  EXPECT_EQ(field(f, "a")->label.any(), "¿Trabaja?");
}

TEST(XForms, HonoursAnotherPrefixForTheJavaRosaNamespace) {
  FormModel f = build(
      "<h:html xmlns=\"http://www.w3.org/2002/xforms\" xmlns:h=\"http://www.w3.org/1999/xhtml\" "
      "xmlns:rosa=\"http://openrosa.org/javarosa\"><h:head><model>"
      "<itext><translation lang=\"es\"><text id=\"t\"><value>Mensaje</value></text></translation></itext>"
      "<bind nodeset=\"/d/a\" required=\"true()\" rosa:requiredMsg=\"rosa:itext('t')\"/></model></h:head>"
      "<h:body><input ref=\"/d/a\"><label ref=\"rosa:itext('t')\"/></input></h:body></h:html>");
  ASSERT_EQ(f.fields.size(), 1u);
  EXPECT_EQ(f.fields[0].label.any(), "Mensaje");
  EXPECT_EQ(f.fields[0].required_message.any(), "Mensaje");
}

TEST(XForms, ToleratesAControlWithNoBind) {
  FormModel f = build(std::string(kOpen) +
                      "<instance><data><a/></data></instance></model></h:head>\n"
                      "<h:body><input ref=\"/data/sin_bind\"><label>Libre</label></input><input><label>Sin ref</label></input>"
                      "</h:body></h:html>\n");
  ASSERT_EQ(f.fields.size(), 2u);
  EXPECT_EQ(f.fields[0].key, "sin_bind");
  EXPECT_EQ(f.fields[0].control, Control::text);
  EXPECT_EQ(f.fields[0].type, "input");
  EXPECT_FALSE(f.fields[0].required);
  EXPECT_EQ(f.fields[1].key, "");
  EXPECT_EQ(f.fields[1].label.any(), "Sin ref");
}

TEST(XForms, LongStartTagsAreCutForSnippets) {
  std::string hint(200, 'x');
  FormModel f = build(std::string(kOpen) + "</model></h:head><h:body><input ref=\"/data/a\"\n   appearance=\"" + hint +
                      "\"><label>A</label></input></h:body></h:html>");
  ASSERT_EQ(f.fields.size(), 1u);
  const std::string& s = f.fields[0].at.snippet;
  EXPECT_TRUE(s.starts_with("<input ref=\"/data/a\" appearance=\"xxx")) << s;  // one line
  EXPECT_TRUE(s.ends_with("…"));
  EXPECT_LE(s.size(), 124u);
}

TEST(XForms, RefusesAFormWithoutBodyAndXmlThatIsNotWellFormed) {
  auto doc = xml(std::string(kOpen) + "</model></h:head></h:html>");
  ASSERT_NE(doc, nullptr);
  auto form = from_xforms(*doc);
  ASSERT_FALSE(form.ok());
  EXPECT_EQ(form.error().code, ErrorCode::bad_input);
  EXPECT_NE(form.error().detail.find("<h:body>"), std::string::npos) << form.error().detail;
  EXPECT_NE(form.error().detail.find("line 2, column 1"), std::string::npos) << form.error().detail;

  auto plain = xml("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head/><body/></html>");
  ASSERT_NE(plain, nullptr);
  auto not_xform = from_xforms(*plain);
  ASSERT_FALSE(not_xform.ok());
  EXPECT_NE(not_xform.error().detail.find("no XForms <model>"), std::string::npos);

  auto engine = std::move(Engine::create({})).value();
  PageReport broken = engine.audit_bytes(std::string(kOpen) + "</model></h:head>\n<h:body><input></h:body></h:html>",
                                         "roto.xml");
  ASSERT_TRUE(broken.error.has_value());
  EXPECT_EQ(broken.error->code, ErrorCode::bad_input);
  EXPECT_NE(broken.error->detail.find("line 7"), std::string::npos) << broken.error->detail;
}

TEST(XForms, RoutesAnXFormToTheBuilderAndAnXhtmlPageToHtmlRules) {
  auto engine = std::move(Engine::create({})).value();
  std::string xform = std::string(kOpen) + "</model></h:head><h:body><input ref=\"/d/a\"><label>A</label></input>"
                                           "</h:body></h:html>";
  PageTree form_tree = engine.tree_bytes(xform, "f.xml");
  EXPECT_FALSE(form_tree.error.has_value());
  EXPECT_TRUE(form_tree.nodes.empty());  // a definition is audited with an empty Document

  std::string xhtml = "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>T</title>"
                      "</head><body><input/></body></html>";
  PageTree page_tree = engine.tree_bytes(xhtml, "p.xhtml");
  EXPECT_FALSE(page_tree.error.has_value());
  EXPECT_FALSE(page_tree.nodes.empty());

  PageTree forced = engine.tree_bytes(xhtml, "p.xhtml", InputKind::xforms);
  ASSERT_TRUE(forced.error.has_value());
  EXPECT_NE(forced.error->detail.find("no XForms <model>"), std::string::npos) << forced.error->detail;
}

TEST(XForms, NeverReadsAnExternalEntityNorExpandsAnEntityBomb) {
  fs::path secret = fs::temp_directory_path() / ("rampa-xxe-" + std::to_string(::getpid()) + ".txt");
  std::ofstream(secret) << "MARCADOR-SECRETO-XXE";
  std::string xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE h:html [ <!ENTITY xxe SYSTEM \"file://" + secret.string() +
                    "\"> ]>\n<h:html xmlns=\"http://www.w3.org/2002/xforms\" xmlns:h=\"http://www.w3.org/1999/xhtml\">"
                    "<h:head><h:title>&xxe;</h:title><model/></h:head><h:body><input ref=\"/d/a\"><label>A &xxe;</label>"
                    "<hint>&xxe;</hint></input></h:body></h:html>";
  auto doc = parse_xml(xxe, {});
  if (doc.ok()) {
    auto form = from_xforms(**doc);
    ASSERT_TRUE(form.ok()) << form.error().detail;
    ASSERT_EQ(form->fields.size(), 1u);
    EXPECT_EQ(form->fields[0].label.any(), "A");
    EXPECT_FALSE(form->fields[0].hint.present());
    EXPECT_EQ(form->title.any().find("MARCADOR"), std::string_view::npos);
  }
  auto engine = std::move(Engine::create({})).value();
  PageReport report = engine.audit_bytes(xxe, "xxe.xml");
  for (const Finding& fd : report.findings) EXPECT_EQ(fd.snippet.find("MARCADOR"), std::string::npos);
  fs::remove(secret);

  std::string bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE h:html [\n <!ENTITY a \"aaaaaaaaaa\">\n";
  char prev = 'a';
  for (char c = 'b'; c <= 'j'; ++c) {
    bomb += std::string(" <!ENTITY ") + c + " \"";
    for (int i = 0; i < 10; ++i) bomb += std::string("&") + prev + ";";
    bomb += "\">\n";
    prev = c;
  }
  bomb += "]>\n<h:html xmlns=\"http://www.w3.org/2002/xforms\" xmlns:h=\"http://www.w3.org/1999/xhtml\">"
          "<h:head><model/></h:head><h:body><input ref=\"/d/a\"><label>&j;</label></input></h:body></h:html>";
  auto bombed = parse_xml(bomb, {});
  if (bombed.ok()) {
    auto form = from_xforms(**bombed);
    ASSERT_TRUE(form.ok());
    ASSERT_EQ(form->fields.size(), 1u);
    EXPECT_LT(form->fields[0].label.any().size(), 100u);
  }
}

TEST(XForms, ReadsTheSamplePortalForms) {
  auto read = [](const char* name) {
    std::ifstream in(fs::path(RAMPA_SOURCE_DIR) / "fixtures/sites/empleo/formularios" / name, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  FormModel r = build(read("registro.xform.xml"));
  EXPECT_EQ(r.fields.size(), 14u);
  EXPECT_EQ(r.steps.size(), 1u);
  EXPECT_EQ(r.groups.size(), 3u);
  const Field* cedula = field(r, "cedula");
  ASSERT_NE(cedula, nullptr);
  ASSERT_EQ(cedula->constraints.size(), 2u);
  EXPECT_EQ(cedula->constraints[1].value, "^[0-9]{6,10}$");
  EXPECT_FALSE(cedula->constraints[1].message.present());
  EXPECT_FALSE(cedula->hint.present());
  const Field* direccion = field(r, "direccion");
  ASSERT_NE(direccion, nullptr);
  EXPECT_TRUE(direccion->marked_required);
  EXPECT_FALSE(direccion->required);
  const Field* terminos = field(r, "terminos");
  ASSERT_NE(terminos, nullptr);
  EXPECT_TRUE(terminos->required);
  EXPECT_FALSE(terminos->required_message.present());
  for (const char* key : {"nombres", "apellidos", "cedula", "nacimiento", "correo", "correo_confirmacion", "estudios",
                          "clave"}) {
    const Field* fd = field(r, key);
    ASSERT_NE(fd, nullptr) << key;
    EXPECT_TRUE(fd->required_message.present()) << key;
  }
  const Field* disponibilidad = field(r, "disponibilidad");
  ASSERT_NE(disponibilidad, nullptr);
  ASSERT_EQ(disponibilidad->options.size(), 3u);
  for (const Option& o : disponibilidad->options) EXPECT_FALSE(o.label.present()) << o.value;
  const Field* clave = field(r, "clave");
  ASSERT_NE(clave, nullptr);
  ASSERT_EQ(clave->constraints.size(), 2u);
  EXPECT_EQ(clave->constraints[1].kind, ConstraintKind::min_length);
  EXPECT_TRUE(clave->constraints[1].message.present());

  FormModel c = build(read("cursos.xform.xml"));
  EXPECT_EQ(c.languages, (std::vector<std::string>{"es", "pt"}));
  ASSERT_EQ(c.steps.size(), 2u);
  EXPECT_EQ(c.steps[0].title.in("es"), "Sus datos");
  EXPECT_EQ(c.steps[1].title.in("pt"), "O curso");
  EXPECT_EQ(c.fields.size(), 7u);
  const Field* motivo = field(c, "motivo");
  ASSERT_NE(motivo, nullptr);
  EXPECT_EQ(motivo->control, Control::textarea);
  EXPECT_EQ(motivo->label.values.size(), 2u);
  ASSERT_EQ(motivo->hint.values.size(), 1u);
  EXPECT_EQ(motivo->hint.values[0].lang, "es");
  const Field* documento = field(c, "documento");
  ASSERT_NE(documento, nullptr);
  ASSERT_EQ(documento->constraints.size(), 2u);
  EXPECT_EQ(documento->constraints[1].message.in("pt"), "Escreva os 8 dígitos, sem pontos");
  EXPECT_FALSE(documento->hint.present());
  EXPECT_EQ(documento->step, 0);
  const Field* turno = field(c, "turno");
  ASSERT_NE(turno, nullptr);
  EXPECT_EQ(turno->step, 1);
  ASSERT_EQ(turno->options.size(), 3u);
  EXPECT_EQ(turno->options[0].label.in("pt"), "Manhã");
}

}  // namespace
}  // namespace rampa::forms
