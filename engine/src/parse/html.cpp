// HTML to Document through Gumbo. Gumbo's tree is scratch, freed whole once
// the Document is built (gumbo_destroy_output would recurse on deep trees).
#include <gumbo.h>

#include <cctype>
#include <new>
#include <string>
#include <vector>

#include "parse/parsers.hpp"
#include "parse/prescan.hpp"

namespace rampa {

namespace {

// Gumbo's scratch memory: carved from big blocks like an arena, but what
// Gumbo frees (its tokenizer frees a buffer per tag and attribute, and every
// vector it grows) is kept on a free list by size class and handed out
// again. Never reused, that garbage reached 670 bytes per element; handed to
// malloc instead, it stayed in the process as scattered free chunks (peak
// RSS +20% on large pages). The blocks go back at once with the heap.
class ScratchHeap {
 public:
  static void* allocate(void* self, size_t size) {
    auto& heap = *static_cast<ScratchHeap*>(self);
    const unsigned c = size_class(size);
    if (Free* f = heap.free_[c]) {
      heap.free_[c] = f->next;
      return f;
    }
    auto* header = static_cast<Header*>(heap.arena_.allocate(sizeof(Header) + (std::size_t{1} << c), alignof(Header)));
    header->size_class = c;
    return header + 1;
  }
  static void free(void* self, void* p) {
    if (p == nullptr) return;
    auto& heap = *static_cast<ScratchHeap*>(self);
    const unsigned c = (static_cast<Header*>(p) - 1)->size_class;
    heap.free_[c] = new (p) Free{heap.free_[c]};
  }

 private:
  struct alignas(alignof(std::max_align_t)) Header {
    unsigned size_class;
  };
  struct Free {
    Free* next;
  };
  // The smallest power of two holding `size` (at least a Free).
  static unsigned size_class(std::size_t size) {
    unsigned c = 4;
    while ((std::size_t{1} << c) < size) ++c;
    return c;
  }

  Arena arena_;
  Free* free_[64] = {};
};

SourcePos pos_of(const GumboSourcePosition& p) {
  return {static_cast<std::uint32_t>(p.line), static_cast<std::uint32_t>(p.column)};
}

Namespace ns_of(GumboNamespaceEnum ns) {
  switch (ns) {
    case GUMBO_NAMESPACE_HTML: return Namespace::html;
    case GUMBO_NAMESPACE_SVG: return Namespace::svg;
    case GUMBO_NAMESPACE_MATHML: return Namespace::mathml;
  }
  return Namespace::other;
}

std::string lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

class Builder {
 public:
  Builder(Document& doc, const ParseLimits& limits) : doc_(doc), limits_(limits) {}

  Result<bool> build(const GumboNode* gdoc) {
    Node* dnode = doc_.make_node(NodeKind::document);
    doc_.set_document_node(dnode);
    struct Frame {
      const GumboVector* children;
      unsigned next;
      Node* parent;
    };
    std::vector<Frame> stack;
    stack.push_back({&gdoc->v.document.children, 0, dnode});
    while (!stack.empty()) {
      Frame& f = stack.back();
      if (f.next >= f.children->length) {
        stack.pop_back();
        continue;
      }
      const auto* g = static_cast<const GumboNode*>(f.children->data[f.next++]);
      Node* parent = f.parent;
      Node* n = convert(g);
      if (n == nullptr) continue;
      doc_.append_child(parent, n);
      if (g->type == GUMBO_NODE_ELEMENT || g->type == GUMBO_NODE_TEMPLATE) {
        if (stack.size() > limits_.max_depth)
          return Error{ErrorCode::bad_input, {}, depth_limit_message(limits_.max_depth, n->pos.line)};
        if (g->v.element.attributes.length > limits_.max_attributes)
          return Error{ErrorCode::bad_input, {}, attribute_limit_message(limits_.max_attributes, n->pos.line)};
        stack.push_back({&g->v.element.children, 0, n});
      }
    }
    fix_inserted_positions();
    doc_.finish(SourceKind::html);
    return true;
  }

 private:
  Node* convert(const GumboNode* g) {
    switch (g->type) {
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: return element(g->v.element);
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA: {
        Node* n = doc_.make_node(NodeKind::text);
        n->text = doc_.arena().copy(g->v.text.text);
        n->pos = pos_of(g->v.text.start_pos);
        return n;
      }
      case GUMBO_NODE_COMMENT: {
        Node* n = doc_.make_node(NodeKind::comment);
        n->text = doc_.arena().copy(g->v.text.text);
        n->pos = pos_of(g->v.text.start_pos);
        return n;
      }
      case GUMBO_NODE_DOCUMENT: return nullptr;
    }
    return nullptr;
  }

  Node* element(const GumboElement& e) {
    Node* n = doc_.make_node(NodeKind::element);
    n->ns = ns_of(e.tag_namespace);
    n->pos = pos_of(e.start_pos);
    if (n->pos.line == 0) inserted_.push_back(n);
    n->text = std::string_view(e.original_tag.data, e.original_tag.length);
    std::string_view spelling;
    if (e.tag != GUMBO_TAG_UNKNOWN) {
      spelling = gumbo_normalized_tagname(e.tag);
      if (n->ns == Namespace::svg && e.original_tag.length > 0) {
        GumboStringPiece piece = e.original_tag;
        gumbo_tag_from_original_text(&piece);
        if (const char* svg = gumbo_normalize_svg_tagname(&piece)) spelling = svg;
      }
    } else {
      GumboStringPiece piece = e.original_tag;
      gumbo_tag_from_original_text(&piece);
      std::string name = lower(std::string_view(piece.data, piece.length));
      if (n->ns == Namespace::svg) {
        if (const char* svg = gumbo_normalize_svg_tagname(&piece)) name = svg;
      }
      spelling = doc_.arena().copy(name);
    }
    n->spelling = spelling;
    n->name = doc_.intern(spelling);
    n->attr_count = e.attributes.length;
    n->attrs = doc_.make_attributes(e.attributes.length);
    for (unsigned i = 0; i < e.attributes.length; ++i) {
      const auto* ga = static_cast<const GumboAttribute*>(e.attributes.data[i]);
      Attribute& a = n->attrs[i];
      std::string_view aname = ga->name;
      if (ga->attr_namespace == GUMBO_ATTR_NAMESPACE_XML) aname = doc_.arena().copy("xml:" + std::string(aname));
      if (ga->attr_namespace == GUMBO_ATTR_NAMESPACE_XLINK) aname = doc_.arena().copy("xlink:" + std::string(aname));
      a.name = doc_.intern(aname);
      a.spelling = std::string_view(ga->original_name.data, ga->original_name.length);
      if (a.spelling.empty()) a.spelling = doc_.spelling(a.name);
      a.value = doc_.arena().copy(ga->value);
      a.pos = pos_of(ga->name_start);
      a.owner = n;
    }
    return n;
  }

  // Elements the parser inserted (html, head, body, tbody) have no position
  // of their own; they take their first child's, or their parent's.
  void fix_inserted_positions() {
    for (auto it = inserted_.rbegin(); it != inserted_.rend(); ++it) {
      Node* n = *it;
      for (Node* c = n->first_child; c != nullptr; c = c->next_sibling)
        if (c->pos.line != 0) {
          n->pos = c->pos;
          break;
        }
    }
    for (Node* n : inserted_)
      if (n->pos.line == 0) n->pos = n->parent->pos.line != 0 ? n->parent->pos : SourcePos{1, 1};
  }

  Document& doc_;
  const ParseLimits& limits_;
  std::vector<Node*> inserted_;  // in tree order, as built
};

// The parser inserts html, head and body when their start tags are missing;
// an inserted one has no tag text, and no attributes unless a stray start tag
// later in the source gave it some (which writes the tag after all).
bool inserted(const Node* e) { return e != nullptr && e->text.empty() && e->attr_count == 0; }

bool names_the_page(const Node& e) {
  if (e.in_template) return false;
  if (e.is(tag::title) || e.is(tag::base)) return true;
  // <meta itemprop> is microdata, at home in any body.
  return e.is(tag::meta) && (e.has(attr::charset) || e.has(attr::http_equiv) || e.has(attr::name));
}

bool reads_as_fragment(const Document& doc) {
  const Node* html = doc.root();
  if (html == nullptr || !html->is(tag::html) || !inserted(html)) return false;
  // head and body, or a frameset, which only a whole document has.
  for (const Node& c : html->children())
    if (c.is_element() && !inserted(&c)) return false;
  for (Name n : {tag::title, tag::base, tag::meta})
    for (const Node* e : doc.elements_named(n))
      if (names_the_page(*e)) return false;
  return true;
}

}  // namespace

Result<std::unique_ptr<Document>> parse_html(std::string utf8, const ParseLimits& limits) {
  auto doc = std::make_unique<Document>();
  std::string_view source = doc->arena().copy(utf8);
  utf8.clear();
  utf8.shrink_to_fit();
  if (auto over = prescan_limits(source, MarkupSyntax::html, limits)) return Error{ErrorCode::bad_input, {}, *over};
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = ScratchHeap::allocate;
  options.deallocator = ScratchHeap::free;
  // What the Document keeps is copied out of Gumbo's tree (names and
  // positions point into the source), and the tree is dropped once the
  // Document is built, so a page never holds both trees for long.
  ScratchHeap scratch;
  options.userdata = &scratch;
  options.tab_stop = 1;  // columns count characters, a tab being one
  options.max_errors = 0;
  GumboOutput* out = gumbo_parse_with_options(&options, source.data(), source.size());
  if (out == nullptr) return Error{ErrorCode::internal, {}, "the HTML parser returned nothing"};
  Builder builder(*doc, limits);
  auto built = builder.build(out->document);
  if (!built) return built.error();
  doc->fragment = !out->document->v.document.has_doctype && reads_as_fragment(*doc);
  return doc;
}

}  // namespace rampa
