#include <gtest/gtest.h>

#include <string>

#include "parse/parsers.hpp"
#include "semantics/aria/aria_data.hpp"
#include "semantics/aria/roles.hpp"

namespace rampa::aria {
namespace {

std::unique_ptr<Document> html(std::string text) {
  auto doc = parse_html(std::move(text), ParseLimits{});
  EXPECT_TRUE(doc.ok()) << (doc.ok() ? "" : doc.error().detail);
  return std::move(doc).value();
}

// Stand-ins for what the Semantics stage supplies: named by aria-label,
// aria-labelledby or title; focusable by tabindex or as an enabled control
// or a link.
RoleContext context() {
  RoleContext c;
  c.has_accessible_name = [](const Node& n) {
    return n.has(attr::aria_labelledby) || n.has(attr::title) ||
           !n.attr(attr::aria_label).value_or("").empty();
  };
  c.is_focusable = [](const Node& n) {
    if (n.has(attr::tabindex)) return true;
    if (n.is(tag::a)) return n.has(attr::href);
    bool control = n.is(tag::button) || n.is(tag::input) || n.is(tag::select) ||
                   n.is(tag::textarea);
    return control && !n.has(attr::disabled);
  };
  return c;
}

struct Case {
  const char* markup;  // the element under test has id="t"
  std::string_view role;
};

void expect_implicit(std::initializer_list<Case> cases) {
  for (const Case& c : cases) {
    auto doc = html(c.markup);
    const Node* t = doc->element_by_id("t");
    ASSERT_NE(t, nullptr) << c.markup;
    EXPECT_EQ(implicit_role(*t, *doc, context()), c.role) << c.markup;
  }
}

// Role names point into the static role table, never into the document.
ResolvedRole resolved(const char* markup) {
  auto doc = html(markup);
  const Node* t = doc->element_by_id("t");
  EXPECT_NE(t, nullptr) << markup;
  return t == nullptr ? ResolvedRole{} : resolve_role(*t, *doc, context());
}

TEST(AriaRoles, MapsLinksByHref) {
  expect_implicit({
      {R"(<a id="t" href="/">Home</a>)", "link"},
      {R"(<a id="t" href="">Here</a>)", "link"},
      {R"(<a id="t">No href</a>)", "generic"},
      {R"(<map name="m"><area id="t" href="/" alt="x"></map>)", "link"},
      {R"(<map name="m"><area id="t" alt="x"></map>)", ""},
  });
}

TEST(AriaRoles, MapsHeaderAndFooterToLandmarksOnlyOutsideSectioningContent) {
  expect_implicit({
      {R"(<header id="t">Site</header>)", "banner"},
      {R"(<footer id="t">Site</footer>)", "contentinfo"},
      {R"(<div><div><header id="t">Site</header></div></div>)", "banner"},
      {R"(<article><header id="t">Post</header></article>)", "generic"},
      {R"(<aside><footer id="t">Note</footer></aside>)", "generic"},
      {R"(<main><header id="t">Main</header></main>)", "generic"},
      {R"(<nav><footer id="t">Nav</footer></nav>)", "generic"},
      {R"(<section><header id="t">Part</header></section>)", "generic"},
      {R"(<div role="main"><header id="t">Main</header></div>)", "generic"},
      {R"(<div role="region"><footer id="t">Part</footer></div>)", "generic"},
      {R"(<div role="foo navigation"><footer id="t">Nav</footer></div>)", "generic"},
  });
}

TEST(AriaRoles, MapsAsideByScopeAndName) {
  expect_implicit({
      {R"(<aside id="t">Related</aside>)", "complementary"},
      {R"(<main><aside id="t">Related</aside></main>)", "complementary"},
      {R"(<article><aside id="t">Related</aside></article>)", "generic"},
      {R"(<article><aside id="t" aria-label="Related">x</aside></article>)", "complementary"},
      {R"(<section><div><aside id="t">x</aside></div></section>)", "generic"},
  });
}

TEST(AriaRoles, MapsSectionToRegionOnlyWhenNamed) {
  expect_implicit({
      {R"(<section id="t">Text</section>)", "generic"},
      {R"(<section id="t" aria-label="News">Text</section>)", "region"},
      {R"(<section id="t" aria-labelledby="h"><h2 id="h">News</h2></section>)", "region"},
  });
}

TEST(AriaRoles, MapsFormToFormButAsALandmarkOnlyWhenNamed) {
  expect_implicit({
      {R"(<form id="t"></form>)", "form"},
      {R"(<form id="t" aria-label="Sign up"></form>)", "form"},
  });
  EXPECT_FALSE(exposed_as_landmark("form", false));
  EXPECT_TRUE(exposed_as_landmark("form", true));
  EXPECT_FALSE(exposed_as_landmark("region", false));
  EXPECT_TRUE(exposed_as_landmark("region", true));
  EXPECT_TRUE(exposed_as_landmark("banner", false));
  EXPECT_TRUE(exposed_as_landmark("doc-toc", false));
  EXPECT_FALSE(exposed_as_landmark("button", true));
  EXPECT_FALSE(exposed_as_landmark("", true));
}

TEST(AriaRoles, MapsImagesByAlt) {
  expect_implicit({
      {R"(<img id="t" src="a.png" alt="Logo">)", "img"},
      {R"(<img id="t" src="a.png">)", "img"},
      {R"(<img id="t" src="a.png" alt="">)", "none"},
      {R"(<img id="t" src="a.png" alt=" ">)", "img"},
  });
}

TEST(AriaRoles, MapsInputsByType) {
  expect_implicit({
      {R"(<input id="t">)", "textbox"},
      {R"(<input id="t" type="text">)", "textbox"},
      {R"(<input id="t" type="email">)", "textbox"},
      {R"(<input id="t" type="tel">)", "textbox"},
      {R"(<input id="t" type="url">)", "textbox"},
      {R"(<input id="t" type="password">)", "textbox"},
      {R"(<input id="t" type="bogus">)", "textbox"},  // the text state
      {R"(<input id="t" type="search">)", "searchbox"},
      {R"(<input id="t" type="button">)", "button"},
      {R"(<input id="t" type="image" alt="Go">)", "button"},
      {R"(<input id="t" type="reset">)", "button"},
      {R"(<input id="t" type="submit">)", "button"},
      {R"(<input id="t" type="CHECKBOX">)", "checkbox"},
      {R"(<input id="t" type="radio">)", "radio"},
      {R"(<input id="t" type="range">)", "slider"},
      {R"(<input id="t" type="number">)", "spinbutton"},
      {R"(<input id="t" type="hidden">)", ""},
      {R"(<input id="t" type="color">)", ""},
      {R"(<input id="t" type="date">)", ""},
      {R"(<input id="t" type="file">)", ""},
  });
}

TEST(AriaRoles, MapsTextFieldsWithSuggestionsToCombobox) {
  expect_implicit({
      {R"(<input id="t" list="l"><datalist id="l"><option value="a"></datalist>)", "combobox"},
      {R"(<input id="t" type="email" list="l"><datalist id="l"></datalist>)", "combobox"},
      {R"(<input id="t" type="search" list="l"><datalist id="l"></datalist>)", "combobox"},
      {R"(<input id="t" list="missing">)", "textbox"},
      {R"(<input id="t" list="l"><div id="l"></div>)", "textbox"},
      {R"(<input id="t" type="search" list="missing">)", "searchbox"},
      {R"(<input id="t" type="number" list="l"><datalist id="l"></datalist>)", "spinbutton"},
  });
}

TEST(AriaRoles, MapsSelectsAndTheirParts) {
  expect_implicit({
      {R"(<select id="t"><option>a</option></select>)", "combobox"},
      {R"(<select id="t" size="1"><option>a</option></select>)", "combobox"},
      {R"(<select id="t" size="4"><option>a</option></select>)", "listbox"},
      {R"(<select id="t" size=" 2"><option>a</option></select>)", "listbox"},
      {R"(<select id="t" size="x"><option>a</option></select>)", "combobox"},
      {R"(<select id="t" multiple><option>a</option></select>)", "listbox"},
      {R"(<select><option id="t">a</option></select>)", "option"},
      {R"(<select><optgroup id="t" label="g"><option>a</option></optgroup></select>)", "group"},
      {R"(<datalist id="t"><option value="a"></datalist>)", "listbox"},
      {R"(<textarea id="t"></textarea>)", "textbox"},
  });
}

TEST(AriaRoles, MapsTablePartsWhileTheTableIsExposedAsATable) {
  expect_implicit({
      {R"(<table id="t"><tr><td>1</td></tr></table>)", "table"},
      {R"(<table><tr id="t"><td>1</td></tr></table>)", "row"},
      {R"(<table><thead id="t"><tr><th>h</th></tr></thead></table>)", "rowgroup"},
      {R"(<table><tbody id="t"><tr><td>1</td></tr></tbody></table>)", "rowgroup"},
      {R"(<table><tfoot id="t"><tr><td>1</td></tr></tfoot></table>)", "rowgroup"},
      {R"(<table><tr><td id="t">1</td></tr></table>)", "cell"},
      {R"(<table role="grid"><tr><td id="t">1</td></tr></table>)", "gridcell"},
      {R"(<table role="treegrid"><tr><td id="t">1</td></tr></table>)", "gridcell"},
      {R"(<table role="presentation"><tr><td id="t">1</td></tr></table>)", ""},
      {R"(<table role="none"><tr id="t"><td>1</td></tr></table>)", ""},
      {R"(<table role="none"><tr><th id="t">h</th></tr></table>)", ""},
      // role="none" on a focusable table gives way, and the cells stay cells.
      {R"(<table role="none" tabindex="0"><tr><td id="t">1</td></tr></table>)", "cell"},
  });
}

TEST(AriaRoles, MapsHeaderCellsByScopeAndPosition) {
  expect_implicit({
      {R"(<table><tr><th id="t" scope="col">h</th><td>1</td></tr></table>)", "columnheader"},
      {R"(<table><tr><th id="t" scope="colgroup">h</th></tr></table>)", "columnheader"},
      {R"(<table><tr><th id="t" scope="ROW">h</th><th>i</th></tr></table>)", "rowheader"},
      {R"(<table><tr><th id="t" scope="rowgroup">h</th></tr></table>)", "rowheader"},
      {R"(<table><thead><tr><th id="t">h</th></tr></thead></table>)", "columnheader"},
      {R"(<table><tr><th id="t">h</th><th>i</th></tr><tr><td>1</td><td>2</td></tr></table>)",
       "columnheader"},
      {R"(<table><tr><th id="t">Name</th><td>Ana</td></tr></table>)", "rowheader"},
      {R"(<table role="grid"><tr><th id="t">h</th></tr></table>)", "columnheader"},
  });
}

TEST(AriaRoles, MapsListsAndListItems) {
  expect_implicit({
      {R"(<ul id="t"><li>a</li></ul>)", "list"},
      {R"(<ol id="t"><li>a</li></ol>)", "list"},
      {R"(<menu id="t"><li>a</li></menu>)", "list"},
      {R"(<ul><li id="t">a</li></ul>)", "listitem"},
      {R"(<menu><li id="t">a</li></menu>)", "listitem"},
      {R"(<div><li id="t">a</li></div>)", "generic"},
      {R"(<dl id="t"><dt>a</dt><dd>b</dd></dl>)", ""},
      {R"(<dl><dt id="t">a</dt><dd>b</dd></dl>)", "term"},
      {R"(<dl><dt>a</dt><dd id="t">b</dd></dl>)", "definition"},
  });
}

TEST(AriaRoles, MapsSectioningAndHeadings) {
  expect_implicit({
      {R"(<nav id="t"></nav>)", "navigation"},
      {R"(<main id="t"></main>)", "main"},
      {R"(<article id="t"></article>)", "article"},
      {R"(<search id="t"></search>)", "search"},
      {R"(<h1 id="t">a</h1>)", "heading"},
      {R"(<h6 id="t">a</h6>)", "heading"},
      {R"(<hgroup id="t"><h1>a</h1></hgroup>)", "group"},
      {R"(<address id="t"></address>)", "group"},
      {R"(<blockquote id="t"></blockquote>)", "blockquote"},
      {R"(<p id="t">a</p>)", "paragraph"},
      {R"(<div id="t">a</div>)", "generic"},
      {R"(<span id="t">a</span>)", "generic"},
      {R"(<body id="t"></body>)", "generic"},
      {R"(<html id="t"></html>)", "document"},
  });
}

TEST(AriaRoles, GivesHeadingsTheirLevel) {
  auto doc = html(R"(<h3 id="a">x</h3><h2 id="b" aria-level="5">x</h2>)"
                  R"(<div id="c" role="heading">x</div><h4 id="d" aria-level="0">x</h4>)");
  auto level = [&](const char* id) {
    const Node* n = doc->element_by_id(id);
    return heading_level(*n, resolve_role(*n, *doc, context()).role);
  };
  EXPECT_EQ(level("a"), 3);
  EXPECT_EQ(level("b"), 5);  // aria-level wins over the tag
  EXPECT_EQ(level("c"), 2);  // ARIA 1.3's default
  EXPECT_EQ(level("d"), 4);  // aria-level="0" is no level
  EXPECT_EQ(heading_level(*doc->element_by_id("a"), "generic"), 0);
}

TEST(AriaRoles, MapsInteractiveAndFormElements) {
  expect_implicit({
      {R"(<button id="t">Go</button>)", "button"},
      {R"(<details id="t"><summary>More</summary></details>)", "group"},
      {R"(<details><summary id="t">More</summary>x</details>)", "button"},
      {R"(<details><summary>a</summary><summary id="t">b</summary></details>)", "generic"},
      {R"(<summary id="t">Lost</summary>)", "generic"},
      {R"(<dialog id="t" open>Hi</dialog>)", "dialog"},
      {R"(<fieldset id="t"><legend>x</legend></fieldset>)", "group"},
      {R"(<fieldset><legend id="t">x</legend></fieldset>)", ""},
      {R"(<label id="t">x</label>)", ""},
      {R"(<output id="t">3</output>)", "status"},
      {R"(<progress id="t" value="3" max="5"></progress>)", "progressbar"},
      {R"(<meter id="t" value="3" max="5"></meter>)", "meter"},
  });
}

TEST(AriaRoles, MapsTextLevelAndEmbeddedElements) {
  expect_implicit({
      {R"(<figure id="t"><figcaption>c</figcaption></figure>)", "figure"},
      {R"(<figure><figcaption id="t">c</figcaption></figure>)", ""},
      {R"(<hr id="t">)", "separator"},
      {R"(<em id="t">a</em>)", "emphasis"},
      {R"(<strong id="t">a</strong>)", "strong"},
      {R"(<code id="t">a</code>)", "code"},
      {R"(<del id="t">a</del>)", "deletion"},
      {R"(<s id="t">a</s>)", "deletion"},
      {R"(<ins id="t">a</ins>)", "insertion"},
      {R"(<sub id="t">a</sub>)", "subscript"},
      {R"(<sup id="t">a</sup>)", "superscript"},
      {R"(<mark id="t">a</mark>)", "mark"},
      {R"(<time id="t">today</time>)", "time"},
      {R"(<dfn id="t">a</dfn>)", "term"},
      {R"(<b id="t">a</b>)", "generic"},
      {R"(<abbr id="t">a</abbr>)", ""},
      {R"(<iframe id="t" src="x.html"></iframe>)", ""},
      {R"(<audio id="t" controls></audio>)", ""},
      {R"(<video id="t"></video>)", ""},
      {R"(<canvas id="t"></canvas>)", ""},
      {R"(<x-card id="t"></x-card>)", "generic"},
      {R"(<math id="t"><mi>x</mi></math>)", "math"},
  });
}

TEST(AriaRoles, MapsSvgElements) {
  expect_implicit({
      {R"(<svg id="t"></svg>)", "graphics-document"},
      {R"(<svg><circle id="t" r="4"></circle></svg>)", ""},
      {R"(<svg><circle id="t" r="4" aria-label="Dot"></circle></svg>)", "graphics-symbol"},
      {R"(<svg><g id="t"></g></svg>)", ""},
      {R"(<svg><g id="t" aria-label="Legend"></g></svg>)", "group"},
      {R"(<svg><a id="t" href="/">x</a></svg>)", "link"},
      {R"(<svg><a id="t" xlink:href="/">x</a></svg>)", "link"},
      {R"(<svg><a id="t">x</a></svg>)", "group"},
  });
}

TEST(AriaRoles, TakesTheFirstConcreteRoleOfAFallbackList) {
  ResolvedRole r = resolved(R"(<div id="t" role="foo button">x</div>)");
  EXPECT_EQ(r.role, "button");
  EXPECT_TRUE(r.from_attribute);
  EXPECT_FALSE(r.invalid_role_attribute);
  EXPECT_EQ(resolved(R"(<span id="t" role="doc-biblioref link">x</span>)").role,
            "doc-biblioref");                                         // ACT 674b10
  EXPECT_EQ(resolved(R"(<input id="t" role="searchfield searchbox">)").role, "searchbox");
  EXPECT_EQ(resolved(R"(<div id="t" role="  BUTTON  ">x</div>)").role, "button");
  EXPECT_EQ(resolved(R"(<div id="t" role="button link">x</div>)").role, "button");
}

TEST(AriaRoles, NeverTakesAnAbstractRole) {
  ResolvedRole r = resolved(R"(<div id="t" role="widget">x</div>)");
  EXPECT_EQ(r.role, "generic");
  EXPECT_FALSE(r.from_attribute);
  EXPECT_TRUE(r.invalid_role_attribute);
  EXPECT_EQ(resolved(R"(<div id="t" role="landmark region">x</div>)").role, "region");
  EXPECT_EQ(resolved(R"(<div id="t" role="roletype structure">x</div>)").role, "generic");
}

TEST(AriaRoles, FallsBackToTheImplicitRoleOnInvalidTokens) {
  ResolvedRole r = resolved(R"(<span id="t" role="lnik">ACT</span>)");
  EXPECT_EQ(r.role, "generic");
  EXPECT_TRUE(r.invalid_role_attribute);
  EXPECT_FALSE(r.from_attribute);
  r = resolved(R"(<a id="t" href="/" role="bibliographic-reference lnik">x</a>)");
  EXPECT_EQ(r.role, "link");
  EXPECT_TRUE(r.invalid_role_attribute);
}

TEST(AriaRoles, TreatsABlankRoleAttributeAsNoRole) {
  for (const char* markup : {R"(<div id="t" role="">x</div>)", R"(<div id="t" role>x</div>)",
                             R"(<input id="t" type="text" role=" ">)"}) {
    ResolvedRole r = resolved(markup);
    EXPECT_FALSE(r.invalid_role_attribute) << markup;
    EXPECT_FALSE(r.from_attribute) << markup;
  }
  EXPECT_EQ(resolved(R"(<input id="t" type="text" role=" ">)").role, "textbox");
  EXPECT_EQ(explicit_role(*html(R"(<p id="t" role="x">)")->element_by_id("t")), "");
}

TEST(AriaRoles, KeepsPresentationWithoutFocusOrGlobalAttributes) {
  ResolvedRole r = resolved(R"(<img id="t" role="none" src="a.png">)");
  EXPECT_EQ(r.role, "none");
  EXPECT_TRUE(r.from_attribute);
  EXPECT_FALSE(r.presentation_overridden);
  EXPECT_EQ(resolved(R"(<nav id="t" role="presentation">x</nav>)").role, "presentation");
  // aria-level is not global: it does not undo presentation.
  EXPECT_EQ(resolved(R"(<li id="t" role="none" aria-level="2">x</li>)").role, "none");
  // Disabled, the button is not focusable (ACT 97a4e1 inapplicable example 5).
  EXPECT_EQ(resolved(R"(<button id="t" role="none" disabled></button>)").role, "none");
  r = resolved(R"(<img id="t" src="a.png" alt="">)");
  EXPECT_EQ(r.role, "none");
  EXPECT_FALSE(r.from_attribute);
}

TEST(AriaRoles, OverridesPresentationOnFocusableElements) {
  ResolvedRole r = resolved(R"(<button id="t" role="none" aria-pressed="false">x</button>)");
  EXPECT_EQ(r.role, "button");  // ACT 5c01ea passed example 10
  EXPECT_FALSE(r.from_attribute);
  EXPECT_TRUE(r.presentation_overridden);
  EXPECT_EQ(resolved(R"(<img id="t" role="none" tabindex="0" src="a.png">)").role, "img");
  EXPECT_EQ(resolved(R"(<img id="t" role="none" tabindex="-1" src="a.png" alt="">)").role,
            "img");
  EXPECT_EQ(resolved(R"(<span id="t" role="presentation" tabindex="0">x</span>)").role,
            "generic");
}

TEST(AriaRoles, OverridesPresentationOnElementsWithGlobalAttributes) {
  ResolvedRole r = resolved(R"(<nav id="t" role="presentation" aria-label="global">x</nav>)");
  EXPECT_EQ(r.role, "navigation");  // ACT 46ca7f failed example 1
  EXPECT_TRUE(r.presentation_overridden);
  // A prohibited global is still global (w3c/aria#1824): ACT ffd0e9 failed 8.
  EXPECT_EQ(resolved(R"(<h1 id="t" aria-label="" role="none">x</h1>)").role, "heading");
  EXPECT_EQ(resolved(R"(<svg id="t" role="none" aria-label="Yellow circle"></svg>)").role,
            "graphics-document");
  EXPECT_EQ(resolved(R"(<div id="t" role="none" aria-hidden="true">x</div>)").role, "generic");
  EXPECT_EQ(resolved(R"(<div id="t" role="none" aria-disabled="true">x</div>)").role,
            "generic");
  r = resolved(R"(<img id="t" src="a.png" alt="" aria-label="Logo">)");
  EXPECT_EQ(r.role, "img");  // implicit presentation gives way too
  EXPECT_TRUE(r.presentation_overridden);
}

TEST(AriaRoles, FindsGlobalAriaAttributes) {
  auto doc = html(R"(<p id="a" aria-level="1" data-x="y"></p><p id="b" aria-busy="true"></p>)"
                  R"(<p id="c" aria-haspopup="true"></p><p id="d" aria-foo="1"></p>)");
  EXPECT_FALSE(has_global_aria_attribute(*doc->element_by_id("a"), *doc));
  EXPECT_TRUE(has_global_aria_attribute(*doc->element_by_id("b"), *doc));
  EXPECT_TRUE(has_global_aria_attribute(*doc->element_by_id("c"), *doc));
  EXPECT_FALSE(has_global_aria_attribute(*doc->element_by_id("d"), *doc));
}

TEST(AriaRoles, WorksWithoutCallbacks) {
  auto doc = html(R"(<section id="s" aria-label="x"></section><img id="i" role="none" tabindex="0">)");
  RoleContext none;
  EXPECT_EQ(implicit_role(*doc->element_by_id("s"), *doc, none), "generic");
  EXPECT_EQ(resolve_role(*doc->element_by_id("i"), *doc, none).role, "none");
}

}  // namespace
}  // namespace rampa::aria
