#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "semantics/aria/aria_data.hpp"

namespace rampa::aria {
namespace {

const RoleInfo& role(std::string_view name) {
  const RoleInfo* info = role_info(name);
  EXPECT_NE(info, nullptr) << name;
  static const RoleInfo missing{};
  return info != nullptr ? *info : missing;
}

bool valid(std::string_view attribute, std::string_view value) {
  const AttributeInfo* info = attribute_info(attribute);
  EXPECT_NE(info, nullptr) << attribute;
  return info != nullptr && valid_value(*info, value);
}

TEST(AriaData, WordListSkipsRepeatedSpacesAndEndsCleanly) {
  WordList words = " a  bc d ";
  std::vector<std::string_view> seen(words.begin(), words.end());
  EXPECT_EQ(seen, (std::vector<std::string_view>{"a", "bc", "d"}));
  EXPECT_TRUE(words.contains("bc"));
  EXPECT_FALSE(words.contains("b"));
  EXPECT_TRUE(WordList("  ").empty());
  EXPECT_TRUE(WordList().empty());
}

TEST(AriaData, FindsRolesAndAttributesByExactLowerCaseName) {
  EXPECT_EQ(role("button").name, "button");
  EXPECT_EQ(role("doc-biblioref").name, "doc-biblioref");
  EXPECT_EQ(role("graphics-symbol").name, "graphics-symbol");
  EXPECT_EQ(role_info("Button"), nullptr);  // callers lower-case role tokens
  EXPECT_EQ(role_info("lnik"), nullptr);    // ACT 674b10
  EXPECT_EQ(role_info("bibliographic-reference"), nullptr);
  EXPECT_EQ(role_info(""), nullptr);
  ASSERT_NE(attribute_info("aria-label"), nullptr);
  EXPECT_EQ(attribute_info("aria-labelled"), nullptr);     // ACT 5f99a7
  EXPECT_EQ(attribute_info("aria-not-checked"), nullptr);  // ACT 5f99a7
  EXPECT_EQ(attribute_info("role"), nullptr);
}

TEST(AriaData, MarksEveryAbstractRoleAndNoConcreteOne) {
  for (std::string_view name : {"command", "composite", "input", "landmark", "range", "roletype",
                                "section", "sectionhead", "select", "structure", "widget",
                                "window"})
    EXPECT_TRUE(role(name).abstract) << name;
  for (std::string_view name : {"button", "region", "none", "generic", "doc-toc"})
    EXPECT_FALSE(role(name).abstract) << name;
}

// The table refers to itself by name; a typo would silently drop an
// inheritance, a requirement or a context.
TEST(AriaData, EveryNameTheTableUsesIsDefined) {
  for (const RoleInfo& r : all_roles()) {
    for (std::string_view super : r.superclasses)
      EXPECT_NE(role_info(super), nullptr) << r.name << " superclass " << super;
    for (const WordList* attrs :
         {&r.required, &r.supported, &r.prohibited, &r.required_when_focusable})
      for (std::string_view a : *attrs)
        EXPECT_NE(attribute_info(a), nullptr) << r.name << " attribute " << a;
    for (std::string_view c : r.required_context)
      EXPECT_NE(role_info(c), nullptr) << r.name << " context " << c;
    for (std::string_view owned : r.required_owned) {
      std::string_view last = owned.substr(owned.find('>') + 1);  // "group>option"
      EXPECT_NE(role_info(last), nullptr) << r.name << " owned " << owned;
    }
    EXPECT_TRUE(r.abstract || r.name_from.author || r.name_from.prohibited) << r.name;
    EXPECT_TRUE(is_a(r.name, "roletype")) << r.name;
  }
  for (const AttributeInfo& a : all_attributes()) {
    EXPECT_TRUE(a.name.starts_with("aria-")) << a.name;
    bool tokens = a.type == ValueType::token || a.type == ValueType::token_list;
    EXPECT_EQ(tokens, !a.tokens.empty()) << a.name;
    EXPECT_TRUE(valid_value(a, a.default_value)) << a.name;  // blank is valid too
    EXPECT_TRUE(a.global || !a.deprecated_global) << a.name;
  }
}

TEST(AriaData, FollowsTheSuperclassChain) {
  EXPECT_TRUE(is_a("button", "button"));
  EXPECT_TRUE(is_a("switch", "checkbox"));
  EXPECT_TRUE(is_a("switch", "input"));
  EXPECT_TRUE(is_a("switch", "widget"));
  EXPECT_TRUE(is_a("treegrid", "table"));  // through grid
  EXPECT_TRUE(is_a("searchbox", "textbox"));
  EXPECT_TRUE(is_a("main", "landmark"));
  EXPECT_TRUE(is_a("doc-toc", "landmark"));  // through navigation
  EXPECT_TRUE(is_a("doc-biblioref", "link"));
  EXPECT_TRUE(is_a("graphics-symbol", "img"));
  EXPECT_TRUE(is_a("graphics-document", "document"));
  EXPECT_FALSE(is_a("button", "landmark"));
  EXPECT_FALSE(is_a("checkbox", "switch"));
  EXPECT_FALSE(is_a("lnik", "roletype"));
  EXPECT_FALSE(is_a("button", "lnik"));
}

TEST(AriaData, RecordsTheCharacteristicsOfARIA12Roles) {
  EXPECT_TRUE(role("button").children_presentational);
  EXPECT_TRUE(role("button").name_from.contents);
  EXPECT_TRUE(role("button").name_required);
  EXPECT_FALSE(role("link").children_presentational);  // ACT 307n5z
  EXPECT_FALSE(role("img").name_from.contents);
  EXPECT_TRUE(role("img").children_presentational);

  EXPECT_TRUE(role("heading").required.contains("aria-level"));  // ACT 4e8ab6
  EXPECT_TRUE(role("checkbox").required.contains("aria-checked"));
  EXPECT_TRUE(role("switch").required.contains("aria-checked"));
  EXPECT_TRUE(role("combobox").required.contains("aria-expanded"));
  EXPECT_TRUE(role("combobox").required.contains("aria-controls"));
  EXPECT_TRUE(role("scrollbar").required.contains("aria-valuenow"));
  EXPECT_TRUE(role("option").required.empty());      // 1.2 made aria-selected optional
  EXPECT_TRUE(role("spinbutton").required.empty());  // and aria-valuenow
  EXPECT_TRUE(role("separator").required.empty());
  EXPECT_TRUE(role("separator").required_when_focusable.contains("aria-valuenow"));

  EXPECT_TRUE(role("generic").name_from.prohibited);
  EXPECT_TRUE(role("generic").prohibited.contains("aria-roledescription"));
  for (std::string_view name : {"caption", "code", "deletion", "emphasis", "generic", "insertion",
                                "none", "paragraph", "presentation", "strong", "subscript",
                                "superscript", "term", "time"}) {
    EXPECT_TRUE(role(name).prohibited.contains("aria-label")) << name;
    EXPECT_TRUE(role(name).prohibited.contains("aria-labelledby")) << name;
    EXPECT_TRUE(role(name).name_from.prohibited) << name;
  }

  EXPECT_TRUE(role("caption").required_context.contains("figure"));
  EXPECT_TRUE(role("listitem").required_context.contains("list"));
  EXPECT_TRUE(role("menuitemcheckbox").required_context.contains("menu"));
  EXPECT_TRUE(role("row").required_context.contains("rowgroup"));
  EXPECT_TRUE(role("menu").required_owned.contains("group>menuitem"));
  EXPECT_TRUE(role("list").required_owned.contains("listitem"));
  EXPECT_TRUE(role("directory").deprecated);
  EXPECT_TRUE(role("doc-endnote").deprecated);
  EXPECT_FALSE(role("list").deprecated);
  EXPECT_EQ(role("graphics-object").spec, Spec::graphics_aria);
  EXPECT_EQ(role("doc-abstract").spec, Spec::dpub_aria);
}

TEST(AriaData, RecordsGlobalsAndARIA12DeprecatedGlobals) {
  for (std::string_view name : {"aria-atomic", "aria-busy", "aria-controls", "aria-current",
                                "aria-describedby", "aria-details", "aria-flowto", "aria-hidden",
                                "aria-keyshortcuts", "aria-label", "aria-labelledby", "aria-live",
                                "aria-owns", "aria-relevant", "aria-roledescription",
                                "aria-braillelabel", "aria-description"}) {
    EXPECT_TRUE(attribute_info(name)->global) << name;
    EXPECT_FALSE(attribute_info(name)->deprecated_global) << name;
  }
  for (std::string_view name :
       {"aria-disabled", "aria-errormessage", "aria-haspopup", "aria-invalid"})
    EXPECT_TRUE(attribute_info(name)->deprecated_global) << name;
  for (std::string_view name : {"aria-level", "aria-pressed", "aria-checked", "aria-valuenow"})
    EXPECT_FALSE(attribute_info(name)->global) << name;
  EXPECT_TRUE(attribute_info("aria-grabbed")->deprecated);
  EXPECT_EQ(attribute_info("aria-relevant")->default_value, "additions text");
}

// Examples from ACT 6a7281 "ARIA state or property has valid value".
TEST(AriaData, ValidatesTrueFalseValues) {
  EXPECT_TRUE(valid("aria-required", "true"));
  EXPECT_TRUE(valid("aria-required", "false"));
  EXPECT_FALSE(valid("aria-required", "undefined"));  // failed example 1
  EXPECT_FALSE(valid("aria-required", "yes"));
  EXPECT_FALSE(valid("aria-required", "1"));
  // Trimmed and ASCII case-insensitive, as Blink and WebKit read them.
  EXPECT_TRUE(valid("aria-required", " TRUE "));
  EXPECT_TRUE(valid("aria-required", "False"));
}

TEST(AriaData, ValidatesTrueFalseUndefinedAndTristateValues) {
  EXPECT_TRUE(valid("aria-expanded", "undefined"));     // passed example 3
  EXPECT_FALSE(valid("aria-expanded", "collapsed"));    // failed example 2
  EXPECT_FALSE(valid("aria-expanded", "mixed"));
  EXPECT_TRUE(valid("aria-hidden", "false"));           // the MathML example
  EXPECT_TRUE(valid("aria-pressed", "mixed"));          // passed example 4
  EXPECT_TRUE(valid("aria-checked", "undefined"));
  EXPECT_FALSE(valid("aria-pressed", "horizontal"));    // failed example 3
}

TEST(AriaData, ValidatesIntegersAndNumbers) {
  EXPECT_TRUE(valid("aria-rowindex", "2"));      // passed example 7
  EXPECT_FALSE(valid("aria-rowindex", "2.5"));   // failed example 4
  EXPECT_TRUE(valid("aria-setsize", "-1"));      // ARIA: -1 means the size is unknown
  EXPECT_TRUE(valid("aria-level", "+1"));        // browsers read it as 1
  EXPECT_FALSE(valid("aria-level", "+"));
  EXPECT_FALSE(valid("aria-level", "1e3"));
  EXPECT_FALSE(valid("aria-level", "-"));
  EXPECT_TRUE(valid("aria-valuenow", "1.5"));    // passed example 8
  EXPECT_TRUE(valid("aria-valuemin", "1.0"));
  EXPECT_TRUE(valid("aria-valuemax", "-2"));
  EXPECT_TRUE(valid("aria-valuemax", ".5"));
  EXPECT_TRUE(valid("aria-valuemax", "1e-3"));
  EXPECT_TRUE(valid("aria-valuemax", " 7 "));
  EXPECT_FALSE(valid("aria-valuenow", "two"));   // failed example 5
  EXPECT_TRUE(valid("aria-valuenow", "1."));     // WAI-ARIA: any real number
  EXPECT_TRUE(valid("aria-valuenow", "+1"));
  EXPECT_FALSE(valid("aria-valuenow", "."));
  EXPECT_FALSE(valid("aria-valuenow", "+.e1"));
  EXPECT_FALSE(valid("aria-valuenow", "1e"));
  EXPECT_FALSE(valid("aria-valuenow", "1,5"));
  EXPECT_FALSE(valid("aria-valuenow", "1 2"));
}

TEST(AriaData, ValidatesTokensAndTokenLists) {
  EXPECT_TRUE(valid("aria-current", "page"));           // passed example 9
  EXPECT_TRUE(valid("aria-current", "true"));
  EXPECT_FALSE(valid("aria-live", "page"));             // failed example 6
  EXPECT_TRUE(valid("aria-live", "POLITE"));
  EXPECT_FALSE(valid("aria-live", "polite assertive"));  // one token, not a list
  EXPECT_TRUE(valid("aria-haspopup", "dialog"));
  EXPECT_TRUE(valid("aria-invalid", "spelling"));
  EXPECT_TRUE(valid("aria-orientation", "undefined"));
  EXPECT_FALSE(valid("aria-sort", "up"));
  EXPECT_TRUE(valid("aria-relevant", "text removals"));   // passed example 10
  EXPECT_FALSE(valid("aria-relevant", "text always"));    // failed example 7
  EXPECT_TRUE(valid("aria-relevant", "  additions\ttext  "));
  EXPECT_TRUE(valid("aria-dropeffect", "copy move"));
}

TEST(AriaData, ValidatesIdReferencesAndStrings) {
  EXPECT_TRUE(valid("aria-errormessage", "my-error"));  // passed example 5: need not exist
  EXPECT_TRUE(valid("aria-owns", "item1 item2"));       // passed example 6
  EXPECT_TRUE(valid("aria-activedescendant", "opt-3"));
  EXPECT_FALSE(valid("aria-activedescendant", "opt 3"));  // no id holds a space
  EXPECT_TRUE(valid("aria-label", "anything at all, TRUE or not"));
}

TEST(AriaData, TakesABlankValueAsTheDefault) {
  for (const AttributeInfo& a : all_attributes()) {
    EXPECT_TRUE(valid_value(a, "")) << a.name;
    EXPECT_TRUE(valid_value(a, " \t\n")) << a.name;
  }
}

TEST(AriaData, PermitsSupportedAndInheritedAttributes) {
  EXPECT_EQ(attribute_permission("aria-pressed", "button"), Permission::supported);
  EXPECT_EQ(attribute_permission("aria-required", "switch"), Permission::supported);  // via checkbox
  EXPECT_EQ(attribute_permission("aria-required", "textbox"), Permission::supported);
  EXPECT_EQ(attribute_permission("aria-valuenow", "separator"), Permission::supported);
  EXPECT_EQ(attribute_permission("aria-valuenow", "spinbutton"), Permission::supported);  // range
  EXPECT_EQ(attribute_permission("aria-activedescendant", "listbox"), Permission::supported);
  EXPECT_EQ(attribute_permission("aria-colcount", "treegrid"), Permission::supported);  // table
  EXPECT_EQ(attribute_permission("aria-modal", "alertdialog"), Permission::supported);  // window
  EXPECT_EQ(attribute_permission("aria-checked", "treeitem"), Permission::supported);   // option
  EXPECT_EQ(attribute_permission("aria-level", "treeitem"), Permission::supported);     // listitem
  EXPECT_EQ(attribute_permission("aria-disabled", "button"), Permission::supported);
  EXPECT_EQ(attribute_permission("aria-expanded", "doc-noteref"), Permission::supported);
}

TEST(AriaData, PermitsGlobalsEverywhereExceptWhereProhibited) {
  EXPECT_EQ(attribute_permission("aria-busy", "generic"), Permission::global);  // 5c01ea
  EXPECT_EQ(attribute_permission("aria-label", "button"), Permission::global);
  EXPECT_EQ(attribute_permission("aria-label", ""), Permission::global);
  EXPECT_EQ(attribute_permission("aria-label", "lnik"), Permission::global);
  EXPECT_EQ(attribute_permission("aria-label", "generic"), Permission::prohibited);  // kb1m8s
  EXPECT_EQ(attribute_permission("aria-labelledby", "paragraph"), Permission::prohibited);
  EXPECT_EQ(attribute_permission("aria-braillelabel", "paragraph"), Permission::prohibited);
  EXPECT_EQ(attribute_permission("aria-roledescription", "generic"), Permission::prohibited);
  EXPECT_EQ(attribute_permission("aria-label", "none"), Permission::prohibited);
  EXPECT_EQ(attribute_permission("aria-describedby", "none"), Permission::global);
  EXPECT_EQ(attribute_permission("aria-disabled", "generic"), Permission::deprecated_global);
  EXPECT_EQ(attribute_permission("aria-invalid", "img"), Permission::deprecated_global);
  EXPECT_TRUE(attribute_allowed_on_role("aria-disabled", "generic"));
  EXPECT_FALSE(attribute_allowed_on_role("aria-label", "generic"));
}

TEST(AriaData, RefusesRoleSpecificAttributesElsewhere) {
  EXPECT_EQ(attribute_permission("aria-sort", "button"), Permission::not_supported);  // 5c01ea
  EXPECT_EQ(attribute_permission("aria-orientation", ""), Permission::not_supported);  // audio
  EXPECT_EQ(attribute_permission("aria-pressed", "checkbox"), Permission::not_supported);
  EXPECT_EQ(attribute_permission("aria-level", "none"), Permission::not_supported);
  EXPECT_EQ(attribute_permission("aria-labelled", "button"), Permission::not_supported);
  EXPECT_FALSE(attribute_allowed_on_role("aria-sort", "button"));
  EXPECT_TRUE(attribute_allowed_on_role("aria-sort", "columnheader"));
}

}  // namespace
}  // namespace rampa::aria
