#include "semantics/aria/aria_data.hpp"

#include <algorithm>
#include <array>
#include <bitset>
#include <unordered_map>
#include <vector>

#include "document/ascii.hpp"

namespace rampa::aria {
namespace {

using ascii::equals_ignoring_case;
using ascii::is_space;
using ascii::trim;

constexpr NameFrom kAuthor{.author = true};
constexpr NameFrom kContents{.author = true, .contents = true};  // contents, author
constexpr NameFrom kNoName{.prohibited = true};

// ARIA 1.2 lists aria-label and aria-labelledby as prohibited on every role
// whose name is prohibited; ARIA 1.3 adds aria-braillelabel (ACT kb1m8s fails
// it on a paragraph).
constexpr const char* kNoNaming = "aria-braillelabel aria-label aria-labelledby";

constexpr const char* kMenuOwned =
    "group>menuitem group>menuitemcheckbox group>menuitemradio menuitem menuitemcheckbox "
    "menuitemradio";

// Sorted by name (checked below), so lookups are binary searches. Supported
// and required rows hold only what a role adds to its superclasses.
constexpr std::array kRoles = std::to_array<RoleInfo>({
    {.name = "alert", .superclasses = "section", .name_from = kAuthor},
    {.name = "alertdialog", .superclasses = "alert dialog", .name_from = kAuthor,
     .name_required = true},
    {.name = "application", .superclasses = "structure",
     .supported = "aria-activedescendant aria-disabled aria-errormessage aria-expanded "
                  "aria-haspopup aria-invalid",
     .name_from = kAuthor, .name_required = true},
    {.name = "article", .superclasses = "document", .supported = "aria-posinset aria-setsize",
     .name_from = kAuthor},
    {.name = "banner", .superclasses = "landmark", .name_from = kAuthor},
    {.name = "blockquote", .superclasses = "section", .name_from = kAuthor},
    {.name = "button", .superclasses = "command",
     .supported = "aria-disabled aria-expanded aria-haspopup aria-pressed",
     .name_from = kContents, .name_required = true, .children_presentational = true},
    {.name = "caption", .superclasses = "section", .prohibited = kNoNaming,
     .name_from = kNoName, .required_context = "figure grid table treegrid"},
    {.name = "cell", .superclasses = "section",
     .supported = "aria-colindex aria-colindextext aria-colspan aria-rowindex "
                  "aria-rowindextext aria-rowspan",
     .name_from = kContents, .required_context = "row"},
    {.name = "checkbox", .superclasses = "input", .required = "aria-checked",
     .supported = "aria-errormessage aria-expanded aria-invalid aria-readonly aria-required",
     .name_from = kContents, .name_required = true, .children_presentational = true},
    {.name = "code", .superclasses = "section", .prohibited = kNoNaming, .name_from = kNoName},
    {.name = "columnheader", .superclasses = "cell gridcell sectionhead",
     .supported = "aria-sort", .name_from = kContents, .name_required = true,
     .required_context = "row"},
    // ARIA 1.2 requires aria-controls too; 1.3 drops it. The ACT test cases
    // (4e8ab6) follow 1.2.
    {.name = "combobox", .superclasses = "input", .required = "aria-controls aria-expanded",
     .supported = "aria-activedescendant aria-autocomplete aria-errormessage aria-haspopup "
                  "aria-invalid aria-readonly aria-required",
     .name_from = kAuthor, .name_required = true},
    {.name = "command", .abstract = true, .superclasses = "widget"},
    {.name = "comment", .superclasses = "article",
     .supported = "aria-level aria-posinset aria-setsize", .name_from = kContents,
     .spec = Spec::aria_1_3},
    {.name = "complementary", .superclasses = "landmark", .name_from = kAuthor},
    {.name = "composite", .abstract = true, .superclasses = "widget",
     .supported = "aria-activedescendant aria-disabled"},
    {.name = "contentinfo", .superclasses = "landmark", .name_from = kAuthor},
    {.name = "definition", .superclasses = "section", .name_from = kAuthor},
    {.name = "deletion", .superclasses = "section", .prohibited = kNoNaming,
     .name_from = kNoName},
    {.name = "dialog", .superclasses = "window", .name_from = kAuthor, .name_required = true},
    {.name = "directory", .superclasses = "list", .name_from = kAuthor,
     .required_owned = "listitem", .deprecated = true},
    {.name = "doc-abstract", .superclasses = "section", .name_from = kAuthor,
     .spec = Spec::dpub_aria},
    {.name = "doc-acknowledgments", .superclasses = "landmark", .name_from = kAuthor,
     .spec = Spec::dpub_aria},
    {.name = "doc-afterword", .superclasses = "landmark", .name_from = kAuthor,
     .spec = Spec::dpub_aria},
    {.name = "doc-appendix", .superclasses = "landmark", .name_from = kAuthor,
     .spec = Spec::dpub_aria},
    {.name = "doc-backlink", .superclasses = "link", .name_from = kContents,
     .name_required = true, .spec = Spec::dpub_aria},
    {.name = "doc-biblioentry", .superclasses = "listitem", .name_from = kAuthor,
     .required_context = "list", .deprecated = true, .spec = Spec::dpub_aria},
    {.name = "doc-bibliography", .superclasses = "landmark", .name_from = kAuthor,
     .spec = Spec::dpub_aria},
    {.name = "doc-biblioref", .superclasses = "link", .name_from = kContents,
     .name_required = true, .spec = Spec::dpub_aria},
    {.name = "doc-chapter", .superclasses = "landmark", .name_from = kAuthor,
     .spec = Spec::dpub_aria},
    {.name = "doc-colophon", .superclasses = "section", .name_from = kAuthor,
     .spec = Spec::dpub_aria},
    {.name = "doc-conclusion", .superclasses = "landmark", .name_from = kAuthor,
     .spec = Spec::dpub_aria},
    {.name = "doc-cover", .superclasses = "img", .name_from = kAuthor, .name_required = true,
     .children_presentational = true, .spec = Spec::dpub_aria},
    {.name = "doc-credit", .superclasses = "section", .name_from = kAuthor,
     .spec = Spec::dpub_aria},
    {.name = "doc-credits", .superclasses = "landmark", .name_from = kAuthor,
     .spec = Spec::dpub_aria},
    {.name = "doc-dedication", .superclasses = "section", .name_from = kAuthor,
     .spec = Spec::dpub_aria},
    {.name = "doc-endnote", .superclasses = "listitem", .name_from = kAuthor,
     .required_context = "list", .deprecated = true, .spec = Spec::dpub_aria},
    {.name = "doc-endnotes", .superclasses = "landmark", .name_from = kAuthor,
     .spec = Spec::dpub_aria},
    {.name = "doc-epigraph", .superclasses = "section", .name_from = kAuthor,
     .spec = Spec::dpub_aria},
    {.name = "doc-epilogue", .superclasses = "landmark", .name_from = kAuthor,
     .spec = Spec::dpub_aria},
    {.name = "doc-errata", .superclasses = "landmark", .name_from = kAuthor,
     .spec = Spec::dpub_aria},
    {.name = "doc-example", .superclasses = "section", .name_from = kAuthor,
     .spec = Spec::dpub_aria},
    {.name = "doc-footnote", .superclasses = "section", .name_from = kAuthor,
     .spec = Spec::dpub_aria},
    {.name = "doc-foreword", .superclasses = "landmark", .name_from = kAuthor,
     .spec = Spec::dpub_aria},
    {.name = "doc-glossary", .superclasses = "landmark", .name_from = kAuthor,
     .spec = Spec::dpub_aria},
    {.name = "doc-glossref", .superclasses = "link", .name_from = kContents,
     .name_required = true, .spec = Spec::dpub_aria},
    {.name = "doc-index", .superclasses = "navigation", .name_from = kAuthor,
     .spec = Spec::dpub_aria},
    {.name = "doc-introduction", .superclasses = "landmark", .name_from = kAuthor,
     .spec = Spec::dpub_aria},
    {.name = "doc-noteref", .superclasses = "link", .name_from = kContents,
     .name_required = true, .spec = Spec::dpub_aria},
    {.name = "doc-notice", .superclasses = "note", .name_from = kAuthor,
     .spec = Spec::dpub_aria},
    {.name = "doc-pagebreak", .superclasses = "separator", .name_from = kAuthor,
     .name_required = true, .children_presentational = true, .spec = Spec::dpub_aria},
    {.name = "doc-pagefooter", .superclasses = "section", .name_from = kAuthor,
     .spec = Spec::dpub_aria},
    {.name = "doc-pageheader", .superclasses = "section", .name_from = kAuthor,
     .spec = Spec::dpub_aria},
    {.name = "doc-pagelist", .superclasses = "navigation", .name_from = kAuthor,
     .spec = Spec::dpub_aria},
    {.name = "doc-part", .superclasses = "landmark", .name_from = kAuthor,
     .spec = Spec::dpub_aria},
    {.name = "doc-preface", .superclasses = "landmark", .name_from = kAuthor,
     .spec = Spec::dpub_aria},
    {.name = "doc-prologue", .superclasses = "landmark", .name_from = kAuthor,
     .spec = Spec::dpub_aria},
    // DPub-ARIA 1.0 derived it from none; 1.1 from section, which keeps a
    // pullquote in the tree.
    {.name = "doc-pullquote", .superclasses = "section", .name_from = kAuthor,
     .spec = Spec::dpub_aria},
    {.name = "doc-qna", .superclasses = "section", .name_from = kAuthor,
     .spec = Spec::dpub_aria},
    {.name = "doc-subtitle", .superclasses = "sectionhead", .name_from = kContents,
     .spec = Spec::dpub_aria},
    {.name = "doc-tip", .superclasses = "note", .name_from = kAuthor, .spec = Spec::dpub_aria},
    {.name = "doc-toc", .superclasses = "navigation", .name_from = kAuthor,
     .spec = Spec::dpub_aria},
    {.name = "document", .superclasses = "structure", .supported = "aria-expanded",
     .name_from = kAuthor},
    {.name = "emphasis", .superclasses = "section", .prohibited = kNoNaming,
     .name_from = kNoName},
    {.name = "feed", .superclasses = "list", .name_from = kAuthor, .required_owned = "article"},
    {.name = "figure", .superclasses = "section", .name_from = kAuthor},
    {.name = "form", .superclasses = "landmark", .name_from = kAuthor, .name_required = true},
    {.name = "generic", .superclasses = "structure",
     .prohibited = "aria-braillelabel aria-brailleroledescription aria-label aria-labelledby "
                   "aria-roledescription",
     .name_from = kNoName},
    {.name = "graphics-document", .superclasses = "document", .name_from = kAuthor,
     .name_required = true, .spec = Spec::graphics_aria},
    {.name = "graphics-object", .superclasses = "group", .name_from = kContents,
     .spec = Spec::graphics_aria},
    {.name = "graphics-symbol", .superclasses = "img", .name_from = kAuthor,
     .name_required = true, .children_presentational = true, .spec = Spec::graphics_aria},
    {.name = "grid", .superclasses = "composite table",
     .supported = "aria-multiselectable aria-readonly", .name_from = kAuthor,
     .name_required = true, .required_owned = "row rowgroup>row"},
    {.name = "gridcell", .superclasses = "cell widget",
     .supported = "aria-disabled aria-errormessage aria-expanded aria-haspopup aria-invalid "
                  "aria-readonly aria-required aria-selected",
     .name_from = kContents, .required_context = "row"},
    {.name = "group", .superclasses = "section",
     .supported = "aria-activedescendant aria-disabled", .name_from = kAuthor},
    {.name = "heading", .superclasses = "sectionhead", .required = "aria-level",
     .name_from = kContents, .name_required = true},
    // ARIA 1.3 adds image as a synonym of img.
    {.name = "image", .superclasses = "section", .name_from = kAuthor, .name_required = true,
     .children_presentational = true, .spec = Spec::aria_1_3},
    {.name = "img", .superclasses = "section", .name_from = kAuthor, .name_required = true,
     .children_presentational = true},
    {.name = "input", .abstract = true, .superclasses = "widget", .supported = "aria-disabled"},
    {.name = "insertion", .superclasses = "section", .prohibited = kNoNaming,
     .name_from = kNoName},
    {.name = "landmark", .abstract = true, .superclasses = "section"},
    {.name = "link", .superclasses = "command",
     .supported = "aria-disabled aria-expanded aria-haspopup", .name_from = kContents,
     .name_required = true},
    {.name = "list", .superclasses = "section", .name_from = kAuthor,
     .required_owned = "listitem"},
    {.name = "listbox", .superclasses = "select",
     .supported = "aria-errormessage aria-expanded aria-invalid aria-multiselectable "
                  "aria-readonly aria-required",
     .name_from = kAuthor, .name_required = true, .required_owned = "group>option option"},
    {.name = "listitem", .superclasses = "section",
     .supported = "aria-level aria-posinset aria-setsize", .name_from = kAuthor,
     .required_context = "directory list"},
    {.name = "log", .superclasses = "section", .name_from = kAuthor},
    {.name = "main", .superclasses = "landmark", .name_from = kAuthor},
    {.name = "mark", .superclasses = "section", .prohibited = kNoNaming, .name_from = kNoName,
     .spec = Spec::aria_1_3},
    {.name = "marquee", .superclasses = "section", .name_from = kAuthor, .name_required = true},
    {.name = "math", .superclasses = "section", .name_from = kAuthor,
     .children_presentational = true},
    {.name = "menu", .superclasses = "select", .name_from = kAuthor,
     .required_owned = kMenuOwned},
    {.name = "menubar", .superclasses = "menu", .name_from = kAuthor,
     .required_owned = kMenuOwned},
    {.name = "menuitem", .superclasses = "command",
     .supported = "aria-disabled aria-expanded aria-haspopup aria-posinset aria-setsize",
     .name_from = kContents, .name_required = true, .required_context = "group menu menubar"},
    {.name = "menuitemcheckbox", .superclasses = "menuitem", .required = "aria-checked",
     .name_from = kContents, .name_required = true, .children_presentational = true,
     .required_context = "group menu menubar"},
    {.name = "menuitemradio", .superclasses = "menuitemcheckbox", .required = "aria-checked",
     .name_from = kContents, .name_required = true, .children_presentational = true,
     .required_context = "group menu menubar"},
    {.name = "meter", .superclasses = "range", .required = "aria-valuenow",
     .name_from = kAuthor, .name_required = true, .children_presentational = true},
    {.name = "navigation", .superclasses = "landmark", .name_from = kAuthor},
    {.name = "none", .superclasses = "structure", .prohibited = kNoNaming,
     .name_from = kNoName},
    {.name = "note", .superclasses = "section", .name_from = kAuthor},
    {.name = "option", .superclasses = "input",
     .supported = "aria-checked aria-posinset aria-selected aria-setsize",
     .name_from = kContents, .name_required = true, .children_presentational = true,
     .required_context = "group listbox"},
    {.name = "paragraph", .superclasses = "section", .prohibited = kNoNaming,
     .name_from = kNoName},
    {.name = "presentation", .superclasses = "structure", .prohibited = kNoNaming,
     .name_from = kNoName},
    {.name = "progressbar", .superclasses = "range widget", .name_from = kAuthor,
     .name_required = true, .children_presentational = true},
    {.name = "radio", .superclasses = "input", .required = "aria-checked",
     .supported = "aria-posinset aria-setsize", .name_from = kContents,
     .name_required = true, .children_presentational = true},
    {.name = "radiogroup", .superclasses = "group",
     .supported = "aria-errormessage aria-invalid aria-readonly aria-required",
     .name_from = kAuthor, .name_required = true, .required_owned = "radio"},
    {.name = "range", .abstract = true, .superclasses = "structure",
     .supported = "aria-valuemax aria-valuemin aria-valuenow aria-valuetext"},
    {.name = "region", .superclasses = "landmark", .name_from = kAuthor, .name_required = true},
    {.name = "roletype", .abstract = true},
    {.name = "row", .superclasses = "group widget",
     .supported = "aria-colindex aria-colindextext aria-expanded aria-level aria-posinset "
                  "aria-rowindex aria-rowindextext aria-selected aria-setsize",
     .name_from = kContents, .required_context = "grid rowgroup table treegrid",
     .required_owned = "cell columnheader gridcell rowheader"},
    {.name = "rowgroup", .superclasses = "structure", .name_from = kContents,
     .required_context = "grid table treegrid", .required_owned = "row"},
    {.name = "rowheader", .superclasses = "cell gridcell sectionhead", .supported = "aria-sort",
     .name_from = kContents, .name_required = true, .required_context = "row"},
    {.name = "scrollbar", .superclasses = "range widget",
     .required = "aria-controls aria-valuenow",
     .supported = "aria-disabled aria-orientation aria-valuemax aria-valuemin aria-valuetext",
     .name_from = kAuthor, .children_presentational = true},
    {.name = "search", .superclasses = "landmark", .name_from = kAuthor},
    {.name = "searchbox", .superclasses = "textbox", .name_from = kAuthor,
     .name_required = true},
    {.name = "section", .abstract = true, .superclasses = "structure"},
    {.name = "sectionhead", .abstract = true, .superclasses = "structure",
     .name_from = kContents},
    {.name = "select", .abstract = true, .superclasses = "composite group",
     .supported = "aria-orientation"},
    {.name = "separator", .superclasses = "structure widget",
     .supported = "aria-disabled aria-orientation aria-valuemax aria-valuemin aria-valuetext",
     .required_when_focusable = "aria-valuenow", .name_from = kAuthor,
     .children_presentational = true},
    {.name = "slider", .superclasses = "input range", .required = "aria-valuenow",
     .supported = "aria-errormessage aria-haspopup aria-invalid aria-orientation aria-readonly",
     .name_from = kAuthor, .name_required = true, .children_presentational = true},
    {.name = "spinbutton", .superclasses = "composite input range",
     .supported = "aria-errormessage aria-invalid aria-readonly aria-required",
     .name_from = kAuthor, .name_required = true},
    {.name = "status", .superclasses = "section", .name_from = kAuthor},
    {.name = "strong", .superclasses = "section", .prohibited = kNoNaming, .name_from = kNoName},
    {.name = "structure", .abstract = true, .superclasses = "roletype"},
    {.name = "subscript", .superclasses = "section", .prohibited = kNoNaming,
     .name_from = kNoName},
    {.name = "suggestion", .superclasses = "section", .prohibited = kNoNaming,
     .name_from = kNoName, .required_owned = "deletion insertion", .spec = Spec::aria_1_3},
    {.name = "superscript", .superclasses = "section", .prohibited = kNoNaming,
     .name_from = kNoName},
    {.name = "switch", .superclasses = "checkbox", .required = "aria-checked",
     .name_from = kContents, .name_required = true, .children_presentational = true},
    {.name = "tab", .superclasses = "widget",
     .supported = "aria-disabled aria-expanded aria-haspopup aria-posinset aria-selected "
                  "aria-setsize",
     .name_from = kContents, .children_presentational = true, .required_context = "tablist"},
    {.name = "table", .superclasses = "section", .supported = "aria-colcount aria-rowcount",
     .name_from = kAuthor, .name_required = true, .required_owned = "row rowgroup>row"},
    {.name = "tablist", .superclasses = "composite",
     .supported = "aria-multiselectable aria-orientation", .name_from = kAuthor,
     .required_owned = "tab"},
    {.name = "tabpanel", .superclasses = "section", .name_from = kAuthor,
     .name_required = true},
    // ARIA 1.3 prohibits naming term and time; 1.2 allowed it.
    {.name = "term", .superclasses = "section", .prohibited = kNoNaming, .name_from = kNoName},
    {.name = "textbox", .superclasses = "input",
     .supported = "aria-activedescendant aria-autocomplete aria-errormessage aria-haspopup "
                  "aria-invalid aria-multiline aria-placeholder aria-readonly aria-required",
     .name_from = kAuthor, .name_required = true},
    {.name = "time", .superclasses = "section", .prohibited = kNoNaming, .name_from = kNoName},
    {.name = "timer", .superclasses = "status", .name_from = kAuthor},
    {.name = "toolbar", .superclasses = "group", .supported = "aria-orientation",
     .name_from = kAuthor},
    {.name = "tooltip", .superclasses = "section", .name_from = kContents,
     .name_required = true},
    {.name = "tree", .superclasses = "select",
     .supported = "aria-errormessage aria-invalid aria-multiselectable aria-required",
     .name_from = kAuthor, .name_required = true,
     .required_owned = "group>treeitem treeitem"},
    {.name = "treegrid", .superclasses = "grid tree", .name_from = kAuthor,
     .name_required = true, .required_owned = "row rowgroup>row"},
    {.name = "treeitem", .superclasses = "listitem option",
     .supported = "aria-expanded aria-haspopup", .name_from = kContents,
     .name_required = true, .required_context = "group tree"},
    {.name = "widget", .abstract = true, .superclasses = "roletype"},
    {.name = "window", .abstract = true, .superclasses = "roletype", .supported = "aria-modal"},
});

constexpr const char* kTrueFalse = "true false";

// ARIA 1.2 §6.6-6.7; sorted by name. aria-details and aria-errormessage take
// ARIA 1.3's ID reference list: a list of one is still a valid 1.2 value.
constexpr std::array kAttributes = std::to_array<AttributeInfo>({
    {.name = "aria-activedescendant", .type = ValueType::id_reference},
    {.name = "aria-atomic", .type = ValueType::true_false, .default_value = "false",
     .global = true},
    {.name = "aria-autocomplete", .type = ValueType::token,
     .tokens = "inline list both none", .default_value = "none"},
    {.name = "aria-braillelabel", .type = ValueType::string, .global = true,
     .spec = Spec::aria_1_3},
    {.name = "aria-brailleroledescription", .type = ValueType::string, .global = true,
     .spec = Spec::aria_1_3},
    {.name = "aria-busy", .type = ValueType::true_false, .default_value = "false",
     .global = true},
    {.name = "aria-checked", .type = ValueType::tristate, .default_value = "undefined"},
    {.name = "aria-colcount", .type = ValueType::integer},
    {.name = "aria-colindex", .type = ValueType::integer},
    {.name = "aria-colindextext", .type = ValueType::string, .spec = Spec::aria_1_3},
    {.name = "aria-colspan", .type = ValueType::integer},
    {.name = "aria-controls", .type = ValueType::id_reference_list, .global = true},
    {.name = "aria-current", .type = ValueType::token,
     .tokens = "page step location date time true false", .default_value = "false",
     .global = true},
    {.name = "aria-describedby", .type = ValueType::id_reference_list, .global = true},
    {.name = "aria-description", .type = ValueType::string, .global = true,
     .spec = Spec::aria_1_3},
    {.name = "aria-details", .type = ValueType::id_reference_list, .global = true},
    {.name = "aria-disabled", .type = ValueType::true_false, .default_value = "false",
     .global = true, .deprecated_global = true},
    {.name = "aria-dropeffect", .type = ValueType::token_list,
     .tokens = "copy execute link move none popup", .default_value = "none", .global = true,
     .deprecated = true},
    {.name = "aria-errormessage", .type = ValueType::id_reference_list, .global = true,
     .deprecated_global = true},
    {.name = "aria-expanded", .type = ValueType::true_false_undefined,
     .default_value = "undefined"},
    {.name = "aria-flowto", .type = ValueType::id_reference_list, .global = true},
    {.name = "aria-grabbed", .type = ValueType::true_false_undefined,
     .default_value = "undefined", .global = true, .deprecated = true},
    {.name = "aria-haspopup", .type = ValueType::token,
     .tokens = "false true menu listbox tree grid dialog", .default_value = "false",
     .global = true, .deprecated_global = true},
    {.name = "aria-hidden", .type = ValueType::true_false_undefined,
     .default_value = "undefined", .global = true},
    {.name = "aria-invalid", .type = ValueType::token, .tokens = "grammar false spelling true",
     .default_value = "false", .global = true, .deprecated_global = true},
    {.name = "aria-keyshortcuts", .type = ValueType::string, .global = true},
    {.name = "aria-label", .type = ValueType::string, .global = true},
    {.name = "aria-labelledby", .type = ValueType::id_reference_list, .global = true},
    {.name = "aria-level", .type = ValueType::integer},
    {.name = "aria-live", .type = ValueType::token, .tokens = "assertive off polite",
     .default_value = "off", .global = true},
    {.name = "aria-modal", .type = ValueType::true_false, .default_value = "false"},
    {.name = "aria-multiline", .type = ValueType::true_false, .default_value = "false"},
    {.name = "aria-multiselectable", .type = ValueType::true_false, .default_value = "false"},
    {.name = "aria-orientation", .type = ValueType::token,
     .tokens = "horizontal undefined vertical"},
    {.name = "aria-owns", .type = ValueType::id_reference_list, .global = true},
    {.name = "aria-placeholder", .type = ValueType::string},
    {.name = "aria-posinset", .type = ValueType::integer},
    {.name = "aria-pressed", .type = ValueType::tristate, .default_value = "undefined"},
    {.name = "aria-readonly", .type = ValueType::true_false, .default_value = "false"},
    {.name = "aria-relevant", .type = ValueType::token_list,
     .tokens = "additions all removals text", .default_value = "additions text",
     .global = true},
    {.name = "aria-required", .type = ValueType::true_false, .default_value = "false"},
    {.name = "aria-roledescription", .type = ValueType::string, .global = true},
    {.name = "aria-rowcount", .type = ValueType::integer},
    {.name = "aria-rowindex", .type = ValueType::integer},
    {.name = "aria-rowindextext", .type = ValueType::string, .spec = Spec::aria_1_3},
    {.name = "aria-rowspan", .type = ValueType::integer},
    {.name = "aria-selected", .type = ValueType::true_false_undefined,
     .default_value = "undefined"},
    {.name = "aria-setsize", .type = ValueType::integer},
    {.name = "aria-sort", .type = ValueType::token,
     .tokens = "ascending descending none other", .default_value = "none"},
    {.name = "aria-valuemax", .type = ValueType::number},
    {.name = "aria-valuemin", .type = ValueType::number},
    {.name = "aria-valuenow", .type = ValueType::number},
    {.name = "aria-valuetext", .type = ValueType::string},
});

constexpr bool by_name(const auto& a, const auto& b) { return a.name < b.name; }
static_assert(std::is_sorted(kRoles.begin(), kRoles.end(), by_name<RoleInfo, RoleInfo>),
              "kRoles must stay sorted by name");
static_assert(std::is_sorted(kAttributes.begin(), kAttributes.end(),
                             by_name<AttributeInfo, AttributeInfo>),
              "kAttributes must stay sorted by name");

template <class Info, std::size_t N>
const Info* find(const std::array<Info, N>& table, std::string_view name) noexcept {
  auto it = std::lower_bound(table.begin(), table.end(), name,
                             [](const Info& info, std::string_view n) { return info.name < n; });
  return it != table.end() && it->name == name ? &*it : nullptr;
}

bool supports(const RoleInfo& role, std::string_view attribute) noexcept {
  if (role.required.contains(attribute) || role.supported.contains(attribute) ||
      role.required_when_focusable.contains(attribute))
    return true;
  for (std::string_view super : role.superclasses) {
    const RoleInfo* s = role_info(super);
    if (s != nullptr && supports(*s, attribute)) return true;
  }
  return false;
}

bool one_of(const WordList& words, std::string_view token) noexcept {
  for (std::string_view w : words)
    if (equals_ignoring_case(w, token)) return true;
  return false;
}

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// Consumes a run of digits; true when there was at least one.
constexpr bool digits(std::string_view& s) noexcept {
  std::size_t n = 0;
  while (n < s.size() && is_digit(s[n])) ++n;
  s.remove_prefix(n);
  return n > 0;
}

constexpr void sign(std::string_view& s) noexcept {
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) s.remove_prefix(1);
}

// WAI-ARIA asks for "a numerical value without a fractional component", and
// browsers read aria-level="+2" as 2: HTML's stricter "valid integer" (no
// plus sign) would fail values every user agent understands.
constexpr bool valid_integer(std::string_view s) noexcept {
  sign(s);
  return digits(s) && s.empty();
}

// WAI-ARIA's "any real numerical value", as browsers parse it: an optional
// sign, digits with an optional fraction ("1.", "1.0", ".5"), then an
// optional exponent. A lone "." or "1e" is no number.
constexpr bool valid_number(std::string_view s) noexcept {
  sign(s);
  bool whole = digits(s);
  if (!s.empty() && s.front() == '.') {
    s.remove_prefix(1);
    if (!digits(s) && !whole) return false;
  } else if (!whole) {
    return false;
  }
  if (!s.empty() && (s.front() == 'e' || s.front() == 'E')) {
    s.remove_prefix(1);
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) s.remove_prefix(1);
    if (!digits(s)) return false;
  }
  return s.empty();
}

}  // namespace

std::span<const RoleInfo> all_roles() noexcept { return kRoles; }

std::span<const AttributeInfo> all_attributes() noexcept { return kAttributes; }

// Asked several times per element: a hash lookup instead of a binary search
// over 142 names.
const RoleInfo* role_info(std::string_view name) noexcept {
  static const std::unordered_map<std::string_view, const RoleInfo*> index = [] {
    std::unordered_map<std::string_view, const RoleInfo*> m;
    for (const RoleInfo& r : kRoles) m.emplace(r.name, &r);
    return m;
  }();
  auto it = index.find(name);
  return it == index.end() ? nullptr : it->second;
}

const AttributeInfo* attribute_info(std::string_view name) noexcept {
  return find(kAttributes, name);
}

// Every element asks is_a several times (landmarks, widgets, names from
// content), so the superclass graph is walked once per program into a table
// of (role, ancestor) pairs.
bool is_a(std::string_view role, std::string_view ancestor) noexcept {
  static const std::vector<std::bitset<kRoles.size()>> table = [] {
    std::vector<std::bitset<kRoles.size()>> t(kRoles.size());
    std::vector<std::size_t> pending;
    for (std::size_t r = 0; r < kRoles.size(); ++r) {
      pending.assign(1, r);
      while (!pending.empty()) {
        std::size_t x = pending.back();
        pending.pop_back();
        if (t[r][x]) continue;
        t[r][x] = true;
        for (std::string_view super : kRoles[x].superclasses)
          if (const RoleInfo* s = role_info(super)) pending.push_back(static_cast<std::size_t>(s - kRoles.data()));
      }
    }
    return t;
  }();
  const RoleInfo* info = role_info(role);
  const RoleInfo* super = info == nullptr ? nullptr : role_info(ancestor);
  return super != nullptr && table[static_cast<std::size_t>(info - kRoles.data())][static_cast<std::size_t>(super - kRoles.data())];
}

bool valid_value(const AttributeInfo& attribute, std::string_view value) noexcept {
  value = trim(value);
  if (value.empty()) return true;
  switch (attribute.type) {
    case ValueType::true_false:
      return one_of(kTrueFalse, value);
    case ValueType::tristate:
      return one_of("true false mixed undefined", value);
    case ValueType::true_false_undefined:
      return one_of("true false undefined", value);
    case ValueType::id_reference:
      // An HTML id holds no whitespace, so "a b" can name no element.
      return std::none_of(value.begin(), value.end(), is_space);
    case ValueType::id_reference_list:
    case ValueType::string:
      return true;
    case ValueType::integer:
      return valid_integer(value);
    case ValueType::number:
      return valid_number(value);
    case ValueType::token:
      return one_of(attribute.tokens, value);
    case ValueType::token_list:
      while (!value.empty()) {
        std::size_t end = 0;
        while (end < value.size() && !is_space(value[end])) ++end;
        if (!one_of(attribute.tokens, value.substr(0, end))) return false;
        value = trim(value.substr(end));
      }
      return true;
  }
  return false;
}

Permission attribute_permission(std::string_view attribute, std::string_view role) noexcept {
  const AttributeInfo* attr = attribute_info(attribute);
  if (attr == nullptr) return Permission::not_supported;
  const RoleInfo* info = role_info(role);
  if (info != nullptr) {
    if (info->prohibited.contains(attribute)) return Permission::prohibited;
    if (supports(*info, attribute)) return Permission::supported;
  }
  if (attr->deprecated_global) return Permission::deprecated_global;
  if (attr->global) return Permission::global;
  return Permission::not_supported;
}

bool attribute_allowed_on_role(std::string_view attribute, std::string_view role) noexcept {
  switch (attribute_permission(attribute, role)) {
    case Permission::supported:
    case Permission::global:
    case Permission::deprecated_global:
      return true;
    case Permission::prohibited:
    case Permission::not_supported:
      return false;
  }
  return false;
}

}  // namespace rampa::aria
