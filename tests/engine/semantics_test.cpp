// Semantics branch by branch, mostly from the examples of accname 1.2,
// HTML-AAM and the HTML spec.
#include <gtest/gtest.h>

#include "parse/parsers.hpp"
#include "semantics/semantics.hpp"

namespace rampa {
namespace {

struct Built {
  std::unique_ptr<Document> doc;
  std::unique_ptr<Semantics> sem;
  const Node& id(std::string_view i) const {
    const Node* n = doc->element_by_id(i);
    if (n == nullptr) throw std::runtime_error("no #" + std::string(i));
    return *n;
  }
  std::string name(std::string_view i) const { return std::string(sem->name(id(i))); }
  std::string description(std::string_view i) const { return std::string(sem->description(id(i))); }
  const ElementSemantics& of(std::string_view i) const { return sem->of(id(i)); }
};

// Deeper than the engine's default limit: semantics must never recurse.
Built build(std::string html) {
  Built b;
  b.doc = std::move(parse_html(std::move(html), {.max_depth = 100'000})).value();
  b.sem = std::make_unique<Semantics>(*b.doc, nullptr);
  return b;
}

TEST(Semantics, IndexesElementsByResolvedRole) {
  auto b = build(
      "<a id=l1 href=#>a</a><button id=b1>b</button><div id=b2 role=button>c</div>"
      "<span id=l2 role=link>d</span><a id=plain>no href</a><p id=p1 role=button>e</p>");
  auto ids = [](auto found) {
    std::string s;
    for (const Node* e : found) s += std::string(*e->attr(attr::id)) + " ";
    return s;
  };
  EXPECT_EQ(ids(b.sem->elements_with_role("button")), "b1 b2 p1 ");
  EXPECT_EQ(ids(b.sem->elements_with_role("link")), "l1 l2 ");
  EXPECT_TRUE(b.sem->elements_with_role("menuitem").empty());
  EXPECT_EQ(ids(b.sem->elements_with_role_where([](std::string_view r) { return r == "link" || r == "button"; })),
            "l1 b1 b2 l2 p1 ");
  auto generic = b.sem->elements_with_role("generic");  // an <a> without href, among others
  EXPECT_NE(std::find(generic.begin(), generic.end(), &b.id("plain")), generic.end());
}

TEST(Semantics, ListsWhatTabMayReachInTreeOrder) {
  auto b = build(
      "<a id=l1 href=#>a</a><a id=plain>no href</a><button id=b1>b</button><button id=off disabled>x</button>"
      "<div id=d1 tabindex=0>c</div><div id=minus tabindex=-1>d</div><input id=gone type=hidden>"
      "<span id=s1 contenteditable>e</span>");
  std::string ids;
  for (const Node* e : b.sem->sequentially_focusable()) ids += std::string(*e->attr(attr::id)) + " ";
  EXPECT_EQ(ids, "l1 b1 d1 s1 ");
}

TEST(AccessibleName, ComesFromContentForButtonsAndLinks) {
  auto b = build("<button id=b>Enviar <span>solicitud</span></button><a id=a href=#>Ver <b>vacante</b></a>");
  EXPECT_EQ(b.name("b"), "Enviar solicitud");
  EXPECT_EQ(b.name("a"), "Ver vacante");
}

// accname 1.2 step 2C: an embedded select contributes its chosen option,
// even when that option has no text.
TEST(AccessibleName, AnEmbeddedSelectGivesItsChosenOptionEvenWhenEmpty) {
  auto b = build(
      "<div id=t1>Horas <select><option></option><option>40</option></select></div>"
      "<input id=first aria-labelledby=t1>"
      "<div id=t2>Horas <select><option>20</option><option selected></option><option>40</option></select></div>"
      "<input id=chosen aria-labelledby=t2>"
      "<div id=t3>Horas <select><option>20</option><option selected>30</option></select></div>"
      "<input id=named aria-labelledby=t3>");
  EXPECT_EQ(b.name("first"), "Horas");
  EXPECT_EQ(b.name("chosen"), "Horas");
  EXPECT_EQ(b.name("named"), "Horas 30");
}

TEST(AccessibleName, AnElementWhoseRoleResolvesToNoneHasNoName) {
  auto b = build(
      "<img id=deco src=a.png alt='' title='Decoración'>"
      "<table id=layout role=presentation><caption>Maquetación</caption><tr><td>x</td></tr></table>"
      "<table id=kept role=presentation aria-describedby=d><caption>Vagas</caption><tr><td>x</td></tr></table>"
      "<p id=d>Tabela de vagas</p>");
  EXPECT_EQ(b.name("deco"), "");
  EXPECT_EQ(b.description("deco"), "");
  EXPECT_EQ(b.name("layout"), "");
  // A global ARIA attribute keeps the table's own role, and with it the name.
  EXPECT_EQ(b.of("kept").role, "table");
  EXPECT_EQ(b.name("kept"), "Vagas");
}

TEST(AccessibleName, AnElementWhoseRoleResolvesToNoneHasNoDescriptionEither) {
  auto b = build("<fieldset id=f role=none title='Datos del postulante'><legend>Datos</legend></fieldset>");
  EXPECT_EQ(b.of("f").role, "none");
  EXPECT_EQ(b.name("f"), "");
  EXPECT_EQ(b.description("f"), "");
}

TEST(AccessibleName, OwnedElementsSpeakInsideTheirOwnerNotTheirParent) {
  auto b = build(
      "<div id=later role=button aria-owns=x>Guardar</div><p id=par role=button>Borrador <span id=x>del CV</span></p>"
      "<span id=y>Abrir</span><div id=earlier role=button aria-owns=y>archivo</div>"
      "<span id=h hidden>secreto</span><div id=hid role=link aria-owns='h ghost'>Ir</div>"
      "<div id=cycle role=button aria-owns=cycle-parent><span id=inner role=button aria-owns=cycle>Sí</span></div>"
      "<div id=first role=button aria-owns=z>Uno</div><div id=second role=button aria-owns=z>Dos</div><b id=z>más</b>");
  EXPECT_EQ(b.name("later"), "Guardar del CV");
  EXPECT_EQ(b.name("par"), "Borrador");
  EXPECT_EQ(b.name("earlier"), "archivo Abrir");
  EXPECT_EQ(b.name("hid"), "Ir");  // judged by its own hidden state
  EXPECT_EQ(b.name("inner"), "Sí");  // owning an ancestor would be a cycle
  EXPECT_EQ(b.name("first"), "Uno más");  // an element has one owner, the first
  EXPECT_EQ(b.name("second"), "Dos");
}

TEST(AccessibleName, EachNodeSpeaksOnceInOneComputation) {
  auto b = build(
      "<span id=outer>Subir <b id=inner>CV</b></span>"
      "<button id=twice aria-labelledby='outer outer'>x</button>"
      "<button id=nested aria-labelledby='outer inner'>x</button>"
      "<button id=self aria-labelledby='self tail'>Eliminar</button><span id=tail>archivo</span>");
  EXPECT_EQ(b.name("twice"), "Subir CV");
  EXPECT_EQ(b.name("nested"), "Subir CV");
  EXPECT_EQ(b.name("self"), "Eliminar archivo");
}

TEST(AccessibleName, DialogsAndArticlesWithoutANameTakeTheirShallowestHeading) {
  auto b = build(
      "<dialog id=dlg open><div><div><h3>Detalle</h3></div></div><h2>Postular a la vacante</h2></dialog>"
      "<div id=alert role=alertdialog aria-label='Sesión por expirar'><h2>Aviso</h2></div>"
      "<article id=outer><article id=inner><h2>Curso de Excel</h2></article><p>Sin título</p></article>"
      "<div id=modal role=dialog><h2 hidden>Oculto</h2><div><h3>Confirmar</h3></div></div>"
      "<section id=sec><h2>Vagas</h2></section>");
  EXPECT_EQ(b.name("dlg"), "Postular a la vacante");
  EXPECT_EQ(b.name("alert"), "Sesión por expirar");  // the author's name wins
  EXPECT_EQ(b.name("inner"), "Curso de Excel");
  EXPECT_EQ(b.name("outer"), "");  // the nested article's heading is not its own
  EXPECT_EQ(b.name("modal"), "Confirmar");  // a hidden heading is skipped
  EXPECT_EQ(b.name("sec"), "");
}

TEST(AccessibleName, TheOldSpellingAriaLabeledbyNamesUnlessTheRightOneIsThere) {
  auto b = build(
      "<span id=a>Correo</span><span id=b>Teléfono</span>"
      "<input id=old aria-labeledby=a>"
      "<input id=both aria-labeledby=a aria-labelledby=b>");
  EXPECT_EQ(b.name("old"), "Correo");
  EXPECT_EQ(b.name("both"), "Teléfono");
}

TEST(AccessibleName, ContentIsCollapsedAndCappedWithoutSplittingTheCount) {
  const std::size_t cap = Semantics::kMaxNameBytes;
  auto b = build("<button id=b>  Enviar \n\t  solicitud  </button><button id=long>" + std::string(cap - 2, 'a') +
                 " bcd efg</button><button id=exact>" + std::string(cap, 'x') + "</button>");
  EXPECT_EQ(b.name("b"), "Enviar solicitud");
  EXPECT_TRUE(b.of("b").name_complete);
  // Words stop at the cap; the name says it was cut.
  EXPECT_EQ(b.name("long"), std::string(cap - 2, 'a') + " b");
  EXPECT_FALSE(b.of("long").name_complete);
  EXPECT_EQ(b.name("exact").size(), cap);
  EXPECT_FALSE(b.of("exact").name_complete);
}

TEST(AccessibleName, ElementsNamedAlikeShareOneCopyOfTheText) {
  // A big text that many elements point at is kept once: on a page of
  // 50,000 such elements a copy each peaked at 440 MB.
  std::string big(1500, 'x');
  std::string other(1500, 'y');
  std::string html = "<p id=t>" + big + "</p><p id=u>" + other + "</p>";
  for (int i = 0; i < 50; ++i) html += "<i role=img id=i" + std::to_string(i) + " aria-labelledby=t aria-describedby='t u'></i>";
  auto b = build(html);
  std::string_view first = b.sem->name(b.id("i0"));
  EXPECT_TRUE(first == big);
  for (int i = 1; i < 50; ++i) {
    EXPECT_EQ(b.sem->name(b.id("i" + std::to_string(i))).data(), first.data());
    EXPECT_EQ(b.sem->description(b.id("i" + std::to_string(i))).data(), b.sem->description(b.id("i0")).data());
  }
  EXPECT_TRUE(b.sem->description(b.id("i0")) == big + " " + other);
}

TEST(AccessibleName, ManyDistinctNamesSharingTableSlotsStayApart) {
  // More distinct names than the table of recent texts has slots, each
  // used twice and far apart: every element still gets its own text.
  std::string html;
  for (int round = 0; round < 2; ++round)
    for (int i = 0; i < 10'000; ++i)
      html += "<b role=img id=r" + std::to_string(round) + "-" + std::to_string(i) + " aria-label='Campo " +
              std::to_string(i) + "'></b>";
  auto b = build(html);
  for (int round = 0; round < 2; ++round)
    for (int i = 0; i < 10'000; i += 7)
      ASSERT_EQ(b.name("r" + std::to_string(round) + "-" + std::to_string(i)), "Campo " + std::to_string(i));
}

TEST(AccessibleName, SeparatesBlockChildrenWithSpaces) {
  auto b = build("<a id=a href=#><div>Auxiliar</div><div>contable</div></a>");
  EXPECT_EQ(b.name("a"), "Auxiliar contable");
}

TEST(AccessibleName, PrefersLabelledbyThenLabelThenHostLanguage) {
  auto b = build(
      "<span id=l1>Correo</span><span id=l2>electrónico</span>"
      "<input id=i1 aria-labelledby='l1 l2' aria-label='no'>"
      "<input id=i2 aria-label='Teléfono'><label for=i2>no</label>"
      "<label for=i3>Nombre</label><input id=i3>");
  EXPECT_EQ(b.name("i1"), "Correo electrónico");
  EXPECT_EQ(b.name("i2"), "Teléfono");
  EXPECT_EQ(b.name("i3"), "Nombre");
}

TEST(AccessibleName, ReadsHiddenContentWhenTheReferencedNodeIsHidden) {
  auto b = build("<div id=h hidden>Fecha <span>de inicio</span></div><input id=i aria-labelledby=h>"
                 "<div id=v>Visible <span hidden>oculto</span></div><input id=j aria-labelledby=v>");
  EXPECT_EQ(b.name("i"), "Fecha de inicio");
  EXPECT_EQ(b.name("j"), "Visible");
}

TEST(AccessibleName, SurvivesLabelledbyCycles) {
  auto b = build("<button id=a aria-labelledby=b>uno</button><button id=b aria-labelledby=a>dos</button>"
                 "<button id=c aria-labelledby='c x'>tres</button><span id=x>cuatro</span>");
  EXPECT_EQ(b.name("a"), "dos");
  EXPECT_EQ(b.name("b"), "uno");
  EXPECT_EQ(b.name("c"), "tres cuatro");
}

TEST(AccessibleName, IgnoresInvalidReferences) {
  auto b = build("<input id=i aria-labelledby='nope' title='Ciudad'>");
  EXPECT_EQ(b.name("i"), "Ciudad");
}

TEST(AccessibleName, EmbedsControlValuesButNotTheLabelledControl) {
  // accname 1.2: "Flash the screen [3] times".
  auto b = build(
      "<label id=l>Repetir <input id=times value=3> veces</label>"
      "<input type=checkbox id=c aria-labelledby=l>"
      "<label>Apellido <input id=self value=Pérez></label>");
  EXPECT_EQ(b.name("c"), "Repetir 3 veces");
  EXPECT_EQ(b.name("self"), "Apellido");
}

TEST(AccessibleName, UsesAltValueLegendCaptionAndFigcaption) {
  auto b = build(
      "<img id=img src=logo.png alt='Logo del Servicio de Empleo'>"
      "<img id=deco src=linea.png alt=''>"
      "<input id=sub type=submit><input id=val type=button value=Buscar>"
      "<input id=im type=image src=lupa.png alt=Buscar>"
      "<fieldset id=fs><legend>Disponibilidad</legend></fieldset>"
      "<table id=t><caption>Vacantes</caption></table>"
      "<figure id=f><img src=x.png alt=''><figcaption>Postulaciones por mes</figcaption></figure>"
      "<a id=link href=/><img src=casa.png alt=Inicio></a>");
  EXPECT_EQ(b.name("img"), "Logo del Servicio de Empleo");
  EXPECT_EQ(b.name("deco"), "");
  EXPECT_EQ(b.name("sub"), "Submit");
  EXPECT_EQ(b.name("val"), "Buscar");
  EXPECT_EQ(b.name("im"), "Buscar");
  EXPECT_EQ(b.name("fs"), "Disponibilidad");
  EXPECT_EQ(b.name("t"), "Vacantes");
  EXPECT_EQ(b.name("f"), "Postulaciones por mes");
  EXPECT_EQ(b.name("link"), "Inicio");
}

TEST(AccessibleName, FallsBackToTitleThenPlaceholder) {
  auto b = build("<input id=t title='Código postal'><input id=p placeholder='Buscar cursos'>"
                 "<input id=both title='Ciudad' placeholder='Ej. Lima'>");
  EXPECT_EQ(b.name("t"), "Código postal");
  EXPECT_EQ(b.name("p"), "Buscar cursos");
  EXPECT_EQ(b.name("both"), "Ciudad");
}

TEST(AccessibleName, DoesNotTakeContentForRolesThatNameFromAuthorOnly) {
  auto b = build("<nav id=n>Inicio Vacantes</nav><div id=d>texto</div><ul id=u><li>a</li></ul>");
  EXPECT_EQ(b.name("n"), "");
  EXPECT_EQ(b.name("d"), "");
  EXPECT_EQ(b.name("u"), "");
}

TEST(AccessibleName, NormalisesWhitespace) {
  auto b = build("<button id=b>\n   Postular \t\n  ahora  </button>");
  EXPECT_EQ(b.name("b"), "Postular ahora");
}

TEST(AccessibleName, StaysLinearOnLongLabelledbyChainsAndDeepContent) {
  std::string page;
  for (int i = 0; i < 20'000; ++i)
    page += "<span id=s" + std::to_string(i) + " aria-labelledby=s" + std::to_string(i + 1) + ">" +
            std::to_string(i) + "</span>";
  page += "<button id=deep>";
  for (int i = 0; i < 5'000; ++i) page += "<span>";
  page += "Postular";
  auto b = build(page);
  EXPECT_EQ(b.name("deep"), "Postular");
  EXPECT_EQ(b.of("deep").role, "button");
}

TEST(AccessibleDescription, ComesFromDescribedbyThenTitle) {
  auto b = build("<p id=h>Solo números</p><input id=i aria-label=Cédula aria-describedby=h title=x>"
                 "<input id=t aria-label=Ciudad title='Donde vive'>"
                 "<input id=d aria-label=País aria-description='Elija de la lista'>");
  EXPECT_EQ(b.description("i"), "Solo números");
  EXPECT_EQ(b.description("t"), "Donde vive");
  EXPECT_EQ(b.description("d"), "Elija de la lista");
}

TEST(Hidden, FollowsAriaHiddenHiddenDetailsAndTemplates) {
  auto b = build(
      "<div aria-hidden=true><a id=a href=#>x</a></div>"
      "<div hidden><p id=p>x</p></div>"
      "<details><summary id=s>Más</summary><p id=closed>x</p></details>"
      "<details open><summary>Más</summary><p id=open>x</p></details>"
      "<template><p id=t>x</p></template><p id=shown>x</p>");
  EXPECT_EQ(b.of("a").hidden, Tri::yes);
  EXPECT_TRUE(b.of("a").aria_hidden);
  EXPECT_EQ(b.of("p").hidden, Tri::yes);
  EXPECT_EQ(b.of("p").rendered, Tri::no);
  EXPECT_EQ(b.of("s").hidden, Tri::no);
  EXPECT_EQ(b.of("closed").rendered, Tri::no);
  EXPECT_EQ(b.of("open").rendered, Tri::yes);
  EXPECT_EQ(b.of("shown").hidden, Tri::no);
  // Template content is not in the document's id index at all.
  EXPECT_EQ(b.doc->element_by_id("t"), nullptr);
}

TEST(Focus, FollowsHtmlFocusableAreas) {
  auto b = build(
      "<a id=link href=#>a</a><a id=nolink>b</a><button id=btn>c</button>"
      "<input id=hid type=hidden><div id=ti tabindex=0></div><div id=neg tabindex=-1></div>"
      "<div id=bad tabindex=x></div><span id=edit contenteditable></span>"
      "<details><summary id=sum>s</summary></details><video id=v controls></video>"
      "<button id=dis disabled>d</button><div inert><button id=inert>i</button></div>"
      "<button id=hidden hidden>h</button>");
  EXPECT_EQ(b.of("link").focusable, Tri::yes);
  EXPECT_EQ(b.of("nolink").focusable, Tri::no);
  EXPECT_EQ(b.of("btn").sequential_focus, Tri::yes);
  EXPECT_EQ(b.of("hid").focusable, Tri::no);
  EXPECT_EQ(b.of("ti").sequential_focus, Tri::yes);
  EXPECT_EQ(b.of("neg").focusable, Tri::yes);
  EXPECT_EQ(b.of("neg").sequential_focus, Tri::no);
  EXPECT_EQ(b.of("bad").focusable, Tri::no);
  EXPECT_EQ(b.of("edit").focusable, Tri::yes);
  EXPECT_EQ(b.of("sum").focusable, Tri::yes);
  EXPECT_EQ(b.of("v").focusable, Tri::yes);
  EXPECT_EQ(b.of("dis").focusable, Tri::no);
  EXPECT_TRUE(b.of("dis").disabled);
  EXPECT_EQ(b.of("inert").focusable, Tri::no);
  EXPECT_EQ(b.of("hidden").focusable, Tri::no);
}

TEST(Focus, DisabledFieldsetsSpareTheirFirstLegend) {
  auto b = build("<fieldset disabled><legend><input id=in></legend><input id=out>"
                 "<legend><input id=second></legend></fieldset>");
  EXPECT_FALSE(b.of("in").disabled);
  EXPECT_EQ(b.of("in").focusable, Tri::yes);
  EXPECT_TRUE(b.of("out").disabled);
  EXPECT_TRUE(b.of("second").disabled);
}

TEST(Focus, ParsesTabindexAsHtmlIntegers) {
  auto b = build("<div id=a tabindex=' 2x'></div><div id=b tabindex='+1'></div><div id=c tabindex=''></div>");
  EXPECT_EQ(b.of("a").tabindex, 2);
  EXPECT_EQ(b.of("b").tabindex, 1);
  EXPECT_FALSE(b.of("c").has_tabindex);
}

TEST(Language, IsInheritedAndXmlLangWinsInXml) {
  auto b = build("<html lang=es><body><p id=p>x</p><p id=q lang=pt-BR><span id=s>y</span></p></body></html>");
  EXPECT_EQ(b.of("p").lang, "es");
  EXPECT_EQ(b.of("s").lang, "pt-BR");
  auto xml = parse_xml("<html xmlns='http://www.w3.org/1999/xhtml' lang='es' xml:lang='pt'><body><p id='p'/></body></html>", {});
  ASSERT_TRUE(xml.ok());
  Semantics sem(**xml, nullptr);
  EXPECT_EQ(sem.of(*(*xml)->element_by_id("p")).lang, "pt");
}

TEST(Roles, MarkChildrenOfPresentationalParents) {
  auto b = build("<button id=b><img id=i src=x.png alt=Buscar></button><div><img id=j src=x.png alt=Buscar></div>");
  EXPECT_TRUE(b.of("i").presentational_child);
  EXPECT_FALSE(b.of("j").presentational_child);
  EXPECT_EQ(b.of("j").role, "img");
}

}  // namespace
}  // namespace rampa

#include "semantics/css/cascade.hpp"

namespace rampa {
namespace {

struct Styled {
  std::unique_ptr<Document> doc;
  std::unique_ptr<css::Styles> styles;
  std::unique_ptr<Semantics> sem;
  const ElementSemantics& of(std::string_view i) const { return sem->of(*doc->element_by_id(i)); }
};

Styled styled(std::string html) {
  Styled s;
  s.doc = std::move(parse_html(std::move(html), {})).value();
  s.styles = std::make_unique<css::Styles>(css::Styles::compute(*s.doc));
  s.sem = std::make_unique<Semantics>(*s.doc, s.styles.get());
  return s;
}

TEST(SemanticsWithStyles, HidesWhatStylesheetsHide) {
  auto s = styled(
      "<style>.oculto{display:none} .invisible{visibility:hidden} .sr{position:absolute;width:1px;"
      "height:1px;overflow:hidden;clip:rect(0 0 0 0)} .cv{content-visibility:hidden}</style>"
      "<div class=oculto><a id=a href=#>x</a></div><p class=invisible id=p>y</p>"
      "<span class=sr id=sr>Solo para lectores</span><div class=cv id=cv><b id=inner>z</b></div>"
      "<button id=b style='display:none'>b</button>");
  EXPECT_EQ(s.of("a").rendered, Tri::no);
  EXPECT_EQ(s.of("a").focusable, Tri::no);
  EXPECT_EQ(s.of("p").hidden, Tri::yes);
  EXPECT_EQ(s.of("p").rendered, Tri::yes);
  EXPECT_EQ(s.of("sr").hidden, Tri::no);
  EXPECT_EQ(s.of("sr").visually_hidden, Tri::yes);
  EXPECT_EQ(s.of("cv").rendered, Tri::yes);
  EXPECT_EQ(s.of("inner").rendered, Tri::no);
  EXPECT_EQ(s.of("b").hidden, Tri::yes);
}

TEST(SemanticsWithStyles, SaysUnknownWhenAStylesheetCannotBeRead) {
  auto s = styled("<link rel=stylesheet href=/no/such.css><p id=p>x</p>");
  EXPECT_EQ(s.sem->styles_complete(), Tri::unknown);
}

TEST(SemanticsWithStyles, VisibilityHiddenDropsOnlyTheElementsOwnText) {
  auto s = styled(
      "<style>.inv{visibility:hidden} .vis{visibility:visible}</style>"
      "<a id=a href=#><span class=inv>Oculto <span class=vis>Ver vacante</span></span> ahora</a>"
      "<label id=l for=f><span class=inv>no <b class=vis>Correo</b></span></label><input id=f>"
      "<span id=r class=inv>Texto <i class=vis>visible</i></span><button id=b aria-labelledby=r>x</button>");
  EXPECT_EQ(s.sem->name(*s.doc->element_by_id("a")), "Ver vacante ahora");
  EXPECT_EQ(s.sem->name(*s.doc->element_by_id("f")), "Correo");
  // Referenced directly, a hidden element gives all its text (accname 2A).
  EXPECT_EQ(s.sem->name(*s.doc->element_by_id("b")), "Texto visible");
}

TEST(SemanticsWithStyles, GeneratedContentSpeaksAroundTheElementsOwnText) {
  auto s = styled(
      "<style>.buscar::before{content:'Buscar '} .icono::before{content:'\\f002'} .nuevo::before{content:'\\2605' / 'Nuevo: '}"
      ".pdf::after{content:' ' attr(data-formato)} .pdf.grande::after{content:' (PDF, 2 MB)'}"
      "@media print { .impreso::before{content:'Imprimir '} } .ninguno::before{content:none}"
      ".num::before{content:counter(paso) '. '}</style>"
      "<button id=b1 class=buscar>empleos</button><button id=b2 class=icono></button>"
      "<a id=l1 href=# class=nuevo>Curso de Excel</a><a id=l2 href=# class=pdf data-formato='(PDF)'>Guía</a>"
      "<a id=l3 href=# class='pdf grande'>Bases</a><button id=b3 class=buscar aria-label=Cerrar>x</button>"
      "<button id=b4 class=impreso>Descargar</button><button id=b5 class='buscar ninguno'>vacantes</button>"
      "<a id=l4 href=# class=num>Registro</a><input id=i1 class=buscar type=submit value=Enviar>");
  auto name = [&](std::string_view id) { return std::string(s.sem->name(*s.doc->element_by_id(id))); };
  EXPECT_EQ(name("b1"), "Buscar empleos");
  EXPECT_EQ(name("b2"), "");  // an icon font's private-use glyph says nothing
  EXPECT_EQ(name("l1"), "Nuevo: Curso de Excel");  // the alternative text, not the star
  EXPECT_EQ(name("l2"), "Guía (PDF)");
  EXPECT_EQ(name("l3"), "Bases (PDF, 2 MB)");  // the more specific rule wins
  EXPECT_EQ(name("b3"), "Cerrar");
  EXPECT_EQ(name("b4"), "Descargar");  // print styles are not the screen's
  EXPECT_EQ(name("b5"), "vacantes");
  EXPECT_EQ(name("l4"), "Registro");  // the counter is not known here, and ". " alone is a lone character
  EXPECT_EQ(name("i1"), "Enviar");      // an input has no ::before
  EXPECT_TRUE(s.of("b1").name_complete);
  EXPECT_FALSE(s.of("l4").name_complete);
}

// Icon fonts map glyphs onto letters too ('\7a' drawn as a magnifier): a
// lone generated character is neither a name nor proof that none exists.
TEST(SemanticsWithStyles, ALoneGeneratedCharacterIsAnUncertainGlyph) {
  auto s = styled(
      "<style>.ic-lupa::before{content:'\\7a'} .mas::after{content:'\\bb'}</style>"
      "<a id=a href=#><i class=ic-lupa></i></a><a id=b href=# class=mas>Ver más</a>");
  EXPECT_EQ(s.sem->name(*s.doc->element_by_id("a")), "");
  EXPECT_FALSE(s.of("a").name_complete);
  EXPECT_EQ(s.sem->name(*s.doc->element_by_id("b")), "Ver más");
}

// accname reads a list item's marker first, as browsers draw it: the
// number of an ordered item, a bullet, nothing for list-style none.
TEST(SemanticsWithStyles, AListItemsMarkerStartsItsText) {
  auto s = styled(
      "<style>.sin{list-style:none} .romanos{list-style-type:upper-roman} .propio{list-style-type:'-'}"
      ".imagen{list-style:url(v.png)} .bloque{display:block}</style>"
      "<a id=a href=#><ol><li>Datos</li><li>Estudios</li></ol></a>"
      "<a id=b href=#><ol start=3 type=a><li>Tres</li><li value=7>Siete</li><li>Ocho</li></ol></a>"
      "<a id=c href=#><ol reversed><li>Dos</li><li>Uno</li></ol></a>"
      "<a id=d href=#><ul><li>Punto<ul><li>Anidado</li></ul></li></ul></a>"
      "<a id=e href=#><ul class=sin><li>Limpio</li></ul></a>"
      "<a id=f href=#><ol class=romanos><li>Cuarto</li></ol></a>"
      "<a id=g href=#><ul class=propio><li>Guion</li></ul></a>"
      "<a id=h href=#><ul class=imagen><li>Imagen</li></ul></a>"
      "<a id=i href=#><ol><li class=bloque>Sin marcador</li></ol></a>"
      "<ul role=listbox><li role=option id=o>Opción</li></ul>"
      "<a id=j href=#><ol start=2147483647><li>a</li><li>b</li></ol></a>");
  auto name = [&](std::string_view id) { return std::string(s.sem->name(*s.doc->element_by_id(id))); };
  EXPECT_EQ(name("a"), "1. Datos 2. Estudios");
  EXPECT_EQ(name("b"), "c. Tres g. Siete h. Ocho");
  EXPECT_EQ(name("c"), "2. Dos 1. Uno");
  EXPECT_EQ(name("d"), "\u2022 Punto \u25e6 Anidado");
  EXPECT_EQ(name("e"), "Limpio");
  EXPECT_EQ(name("f"), "I. Cuarto");
  EXPECT_EQ(name("i"), "Sin marcador");
  EXPECT_EQ(name("o"), "\u2022 Opción");
  EXPECT_EQ(name("j"), "1000000000. a 1000000001. b");  // numbers are bounded, never overflow
  EXPECT_TRUE(s.of("a").name_complete);
  // A counter style or an image this checker does not draw: the name is
  // not known whole.
  EXPECT_EQ(name("g"), "Guion");
  EXPECT_FALSE(s.of("g").name_complete);
  EXPECT_FALSE(s.of("h").name_complete);
}

TEST(SemanticsWithStyles, LetsDisplayOverrideTheHiddenAttribute) {
  auto s = styled("<style>[hidden]{display:block}</style><p hidden id=p>x</p>");
  EXPECT_EQ(s.of("p").rendered, Tri::yes);
}

}  // namespace
}  // namespace rampa

namespace rampa {
namespace {
TEST(AccessibleName, FollowsLabelledbyToEarlierElementsInsideContent) {
  auto b = build("<div id=x>Nombre</div><a id=a href=/a><img src=a.png aria-labelledby=x></a>"
                 "<a id=b href=/b><span aria-labelledby=x></span></a>");
  EXPECT_EQ(b.name("a"), "Nombre");
  EXPECT_EQ(b.name("b"), "Nombre");
  // Two levels up, and only in content: what aria-labelledby reads of an
  // element does not follow the references inside it.
  auto deep = build("<span id=x>Nombre</span><button id=c><div><b aria-labelledby=x>b</b> completo</div></button>"
                    "<div id=p><i aria-labelledby=x>i</i> texto</div><input id=i aria-labelledby=p>");
  EXPECT_EQ(deep.name("c"), "Nombre completo");
  EXPECT_EQ(deep.name("i"), "i texto");
}

TEST(AccessibleName, UsesTheTitleOfAnImageWithoutAlt) {
  auto b = build("<a id=a href=/b><img src=b.png title='Ofertas'></a><a id=e href=/c><img src=c.png alt='' title=x></a>");
  EXPECT_EQ(b.name("a"), "Ofertas");
  EXPECT_EQ(b.name("e"), "");
}

TEST(Hidden, ClosedDialogsAndMediaFallbackAreNotRendered) {
  auto b = build("<dialog><button id=closed>x</button></dialog><dialog open><button id=open>y</button></dialog>"
                 "<video><a id=fallback href=v.mp4>Descargar</a></video>");
  EXPECT_EQ(b.of("closed").rendered, Tri::no);
  EXPECT_EQ(b.of("open").rendered, Tri::yes);
  EXPECT_EQ(b.of("fallback").rendered, Tri::no);
}

TEST(Hidden, InertContentIsOutOfTheTree) {
  auto b = build("<div inert><p id=p>Formulario en pausa</p></div><p id=q>Activo</p>");
  EXPECT_EQ(b.of("p").hidden, Tri::yes);
  EXPECT_EQ(b.of("q").hidden, Tri::no);
}
}  // namespace
}  // namespace rampa
