// XML-syntax pages (XHTML, SVG, MathML) through libxml2's SAX2 interface,
// straight into a Document. No network, no DTD loading, no entity
// substitution: a hostile file can make libxml2 do nothing but parse.
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <limits>
#include <optional>
#include <span>
#include <utility>
#include <mutex>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "document/utf8.hpp"
#include "parse/parsers.hpp"
#include "parse/prescan.hpp"

namespace rampa {

namespace generated {
std::span<const std::pair<std::string_view, std::string_view>> xhtml_entities();
}

namespace {

// The text an XHTML 1.x named entity stands for (xhtml-lat1, -symbol and
// -special, generated from Debian's w3c-sgml-lib).
std::optional<std::string_view> xhtml_entity(std::string_view name) {
  auto table = generated::xhtml_entities();
  auto it = std::lower_bound(table.begin(), table.end(), name,
                             [](const auto& e, std::string_view n) { return e.first < n; });
  if (it == table.end() || it->first != name) return std::nullopt;
  return it->second;
}

Namespace ns_of(const xmlChar* uri) {
  if (uri == nullptr) return Namespace::other;
  std::string_view u(reinterpret_cast<const char*>(uri));
  if (u == "http://www.w3.org/1999/xhtml") return Namespace::html;
  if (u == "http://www.w3.org/2000/svg") return Namespace::svg;
  if (u == "http://www.w3.org/1998/Math/MathML") return Namespace::mathml;
  if (u == "http://www.w3.org/2002/xforms") return Namespace::xforms;
  return Namespace::other;
}

std::string_view sv(const xmlChar* s) {
  return s == nullptr ? std::string_view{} : std::string_view(reinterpret_cast<const char*>(s));
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

struct RawAttribute {
  std::string_view qname;
  std::string_view raw_value;
  std::size_t offset;
};

// The attributes of a start tag as written, in order, with their offsets:
// libxml2 reports values but not where they are.
std::vector<RawAttribute> scan_start_tag(std::string_view src, std::size_t begin, std::size_t end) {
  std::vector<RawAttribute> out;
  std::size_t i = begin + 1;
  while (i < end && !is_space(src[i]) && src[i] != '>' && src[i] != '/') ++i;
  while (i < end) {
    while (i < end && (is_space(src[i]) || src[i] == '/')) ++i;
    if (i >= end || src[i] == '>') break;
    std::size_t name_start = i;
    while (i < end && !is_space(src[i]) && src[i] != '=' && src[i] != '>' && src[i] != '/') ++i;
    std::string_view qname = src.substr(name_start, i - name_start);
    while (i < end && is_space(src[i])) ++i;
    std::string_view value;
    if (i < end && src[i] == '=') {
      ++i;
      while (i < end && is_space(src[i])) ++i;
      if (i < end && (src[i] == '"' || src[i] == '\'')) {
        char q = src[i++];
        std::size_t v = i;
        while (i < end && src[i] != q) ++i;
        value = src.substr(v, i - v);
        if (i < end) ++i;
      }
    }
    if (!qname.empty()) out.push_back({qname, value, name_start});
  }
  return out;
}

class SaxBuilder {
 public:
  SaxBuilder(Document& doc, std::string_view src, const ParseLimits& limits)
      : doc_(doc), src_(src), limits_(limits) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < src.size(); ++i)
      if (src[i] == '\n') line_starts_.push_back(i + 1);
    Node* d = doc_.make_node(NodeKind::document);
    doc_.set_document_node(d);
    current_ = d;
  }

  // Offsets mostly grow as the parse goes on, so counting resumes from the
  // last answer on the same line: a whole page on one line stays linear.
  SourcePos pos_at(std::size_t offset) {
    offset = std::min(offset, src_.size());
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
    std::size_t start = line_starts_[line - 1];
    std::uint32_t column = 1;
    auto lead = [&](std::size_t i) { return (static_cast<unsigned char>(src_[i]) & 0xC0) != 0x80; };
    // Counting from the last position asked on the same line, forwards or
    // back, keeps one-line files (minified XForms) linear: positions come
    // nearly in order, but an element's is asked after its text's.
    if (line == memo_line_ && offset >= memo_offset_) {
      column = memo_column_;
      for (std::size_t i = memo_offset_; i < offset; ++i) column += lead(i);
    } else if (line == memo_line_ && offset - start > memo_offset_ - offset) {
      column = memo_column_;
      for (std::size_t i = offset; i < memo_offset_; ++i) column -= lead(i);
    } else {
      for (std::size_t i = start; i < offset; ++i) column += lead(i);
    }
    memo_line_ = line;
    memo_offset_ = offset;
    memo_column_ = column;
    return {static_cast<std::uint32_t>(line), column};
  }

  void start(xmlParserCtxtPtr ctxt, const xmlChar* localname, const xmlChar* prefix, const xmlChar* uri,
             int nb_attributes, const xmlChar** attributes) {
    flush_text();
    if (error_) return;
    if (++depth_ > limits_.max_depth) {
      fail(depth_limit_message(limits_.max_depth, static_cast<std::size_t>(xmlSAX2GetLineNumber(ctxt))));
      xmlStopParser(ctxt);
      return;
    }
    std::size_t here = static_cast<std::size_t>(std::max<long>(0, xmlByteConsumed(ctxt)));
    here = std::min(here, src_.size());
    std::size_t begin = src_.rfind('<', here == 0 ? 0 : here - 1);
    if (begin == std::string_view::npos) begin = 0;
    std::size_t end = src_.find('>', here);
    end = end == std::string_view::npos ? src_.size() : end + 1;
    markup_end_ = end;
    // A start tag found where the counter points must be this element's: if
    // not, every later position is suspect, and a wrong one is worse than none.
    const std::string qname = prefix_join(prefix, localname);
    if (begin >= src_.size() || src_[begin] != '<' || src_.substr(begin + 1, qname.size()) != qname) {
      fail("rampa could not tell where <" + qname + "> is written (line " +
           std::to_string(xmlSAX2GetLineNumber(ctxt)) + "), so it reports no positions it cannot trust");
      xmlStopParser(ctxt);
      return;
    }

    Node* n = doc_.make_node(NodeKind::element);
    n->ns = ns_of(uri);
    n->spelling = doc_.arena().copy(sv(localname));
    n->name = doc_.intern(n->spelling);
    n->pos = pos_at(begin);
    n->text = src_.substr(begin, end - begin);

    std::vector<RawAttribute> raw = scan_start_tag(src_, begin, end);
    if (raw.size() > limits_.max_attributes) {
      fail(attribute_limit_message(limits_.max_attributes, pos_at(begin).line));
      xmlStopParser(ctxt);
      return;
    }
    // libxml2 reports attributes in source order, without the xmlns ones and
    // with DTD defaults last: matching walks both lists once.
    std::vector<std::string> reported(static_cast<std::size_t>(std::max(0, nb_attributes)));
    for (int k = 0; k < nb_attributes; ++k)
      reported[static_cast<std::size_t>(k)] = prefix_join(attributes[5 * k + 1], attributes[5 * k]);
    std::size_t next_reported = 0;
    n->attr_count = static_cast<std::uint32_t>(raw.size());
    n->attrs = doc_.make_attributes(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
      Attribute& a = n->attrs[i];
      a.spelling = raw[i].qname;
      a.name = doc_.intern(raw[i].qname);
      a.value = raw[i].raw_value;
      a.pos = pos_at(raw[i].offset);
      a.owner = n;
      // libxml2's value has entities and character references resolved.
      for (std::size_t step = 0; step < reported.size(); ++step) {
        std::size_t k = (next_reported + step) % reported.size();
        const xmlChar** at = attributes + 5 * k;
        if (reported[k] == raw[i].qname) {
          next_reported = k + 1;
          std::string v(reinterpret_cast<const char*>(at[3]), static_cast<std::size_t>(at[4] - at[3]));
          // Without entity substitution libxml2 keeps "&amp;" as "&#38;".
          for (std::size_t p = 0; (p = v.find("&#38;", p)) != std::string::npos; ++p) v.replace(p, 5, "&");
          // It drops references to entities nothing declared: read them
          // from the source instead.
          if (has_undeclared_reference(raw[i].raw_value)) v = attribute_value(ctxt, raw[i].raw_value);
          a.value = doc_.arena().copy(v);
          break;
        }
      }
    }
    doc_.append_child(current_, n);
    current_ = n;
  }

  void end(xmlParserCtxtPtr ctxt) {
    flush_text();
    --depth_;
    if (current_->parent != nullptr) current_ = current_->parent;
    std::size_t here = static_cast<std::size_t>(std::max<long>(0, xmlByteConsumed(ctxt)));
    markup_end_ = std::min(here, src_.size());
  }

  // libxml2 hands long text over in small pieces; the node gets its text
  // once, at the next markup, so a long text is copied once, not per piece.
  void characters(const xmlChar* ch, int len) {
    if (error_) return;
    if (text_ == nullptr) {
      text_ = doc_.make_node(NodeKind::text);
      text_->pos = pos_at(markup_end_);
      doc_.append_child(current_, text_);
      pending_.clear();
    }
    pending_.append(reinterpret_cast<const char*>(ch), static_cast<std::size_t>(len));
  }

  void flush_text() {
    if (text_ != nullptr) text_->text = doc_.arena().copy(pending_);
    text_ = nullptr;
  }

  void comment(xmlParserCtxtPtr ctxt, const xmlChar* value) {
    flush_text();
    if (error_) return;
    Node* n = doc_.make_node(NodeKind::comment);
    n->text = doc_.arena().copy(sv(value));
    std::size_t here = std::min(static_cast<std::size_t>(std::max<long>(0, xmlByteConsumed(ctxt))), src_.size());
    std::size_t begin = src_.rfind("<!--", here);
    n->pos = pos_at(begin == std::string_view::npos ? here : begin);
    markup_end_ = here;
    doc_.append_child(current_, n);
  }

  // XHTML 1.x pages, known by their doctype's public identifier, get the
  // named entities their DTD declares, as browsers give them, with no DTD
  // read.
  void doctype(const xmlChar* public_id) { xhtml1_ = sv(public_id).starts_with("-//W3C//DTD XHTML"); }

  // A reference to an entity nothing declared: its text when XHTML 1.x
  // declares it, otherwise counted for a note, never dropped silently.
  void reference(xmlParserCtxtPtr ctxt, const xmlChar* name) {
    // In an attribute value, attribute_value() reads it from the source.
    if (error_ || ctxt->instate == XML_PARSER_ATTRIBUTE_VALUE) return;
    if (xhtml1_) {
      if (std::optional<std::string_view> text = xhtml_entity(sv(name))) {
        characters(reinterpret_cast<const xmlChar*>(text->data()), static_cast<int>(text->size()));
        return;
      }
    }
    count_unexpanded(ctxt, sv(name));
  }

  void count_unexpanded(xmlParserCtxtPtr ctxt, std::string_view name) {
    if (unexpanded_++ > 0) return;
    first_unexpanded_ = name;
    first_unexpanded_line_ = pos_at(static_cast<std::size_t>(std::max<long>(0, xmlByteConsumed(ctxt)))).line;
  }

  static bool has_undeclared_reference(std::string_view raw) {
    for (std::size_t amp = raw.find('&'); amp != std::string_view::npos; amp = raw.find('&', amp + 1)) {
      std::size_t semi = raw.find(';', amp);
      if (semi == std::string_view::npos) return false;
      std::string_view name = raw.substr(amp + 1, semi - amp - 1);
      if (!name.empty() && name[0] != '#' && name != "amp" && name != "lt" && name != "gt" && name != "quot" &&
          name != "apos")
        return true;
    }
    return false;
  }

  // An attribute value as XML 1.0 §3.3.3 normalizes it, with character
  // references, the predefined entities and (in XHTML 1.x) the HTML ones
  // expanded; any other reference is noted and left out, as libxml2 does.
  std::string attribute_value(xmlParserCtxtPtr ctxt, std::string_view raw) {
    std::string out;
    for (std::size_t i = 0; i < raw.size(); ++i) {
      char c = raw[i];
      std::size_t semi = c == '&' ? raw.find(';', i) : std::string_view::npos;
      if (semi == std::string_view::npos) {
        out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
        continue;
      }
      std::string_view name = raw.substr(i + 1, semi - i - 1);
      i = semi;
      if (name.starts_with('#')) {
        bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
        unsigned long cp = std::strtoul(std::string(name.substr(hex ? 2 : 1)).c_str(), nullptr, hex ? 16 : 10);
        append_utf8(out, static_cast<char32_t>(std::min<unsigned long>(cp, 0x110000)));
      } else if (name == "amp") out += '&';
      else if (name == "lt") out += '<';
      else if (name == "gt") out += '>';
      else if (name == "quot") out += '"';
      else if (name == "apos") out += '\'';
      else if (auto text = xhtml1_ ? xhtml_entity(name) : std::nullopt) out += *text;
      else count_unexpanded(ctxt, name);
    }
    return out;
  }

  void note_unexpanded() {
    if (unexpanded_ == 0) return;
    doc_.reading_notes.push_back({"xml.entities-unexpanded",
                                  {{"count", std::to_string(unexpanded_)},
                                   {"name", first_unexpanded_},
                                   {"line", std::to_string(first_unexpanded_line_)}}});
  }

  void fail(std::string detail) {
    if (!error_) error_ = std::move(detail);
  }
  const std::optional<std::string>& error() const { return error_; }

 private:
  static std::string prefix_join(const xmlChar* prefix, const xmlChar* local) {
    std::string q;
    if (prefix != nullptr) {
      q = reinterpret_cast<const char*>(prefix);
      q += ':';
    }
    q += reinterpret_cast<const char*>(local);
    return q;
  }

  Document& doc_;
  std::string_view src_;
  const ParseLimits& limits_;
  std::vector<std::size_t> line_starts_;
  Node* current_ = nullptr;
  Node* text_ = nullptr;
  std::string pending_;
  std::size_t markup_end_ = 0;
  std::size_t depth_ = 0;
  std::size_t memo_line_ = 0, memo_offset_ = 0;
  std::uint32_t memo_column_ = 1;
  std::optional<std::string> error_;
  bool xhtml1_ = false;
  std::size_t unexpanded_ = 0;
  std::string first_unexpanded_;
  std::uint32_t first_unexpanded_line_ = 0;
};

SaxBuilder& builder_of(void* ctx) {
  return *static_cast<SaxBuilder*>(static_cast<xmlParserCtxtPtr>(ctx)->_private);
}

void on_start(void* ctx, const xmlChar* localname, const xmlChar* prefix, const xmlChar* uri,
              int, const xmlChar**, int nb_attributes, int, const xmlChar** attributes) {
  builder_of(ctx).start(static_cast<xmlParserCtxtPtr>(ctx), localname, prefix, uri, nb_attributes, attributes);
}
void on_end(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
  builder_of(ctx).end(static_cast<xmlParserCtxtPtr>(ctx));
}
void on_characters(void* ctx, const xmlChar* ch, int len) { builder_of(ctx).characters(ch, len); }
void on_comment(void* ctx, const xmlChar* value) {
  builder_of(ctx).comment(static_cast<xmlParserCtxtPtr>(ctx), value);
}
// Entity references are not expanded (billion laughs) nor fetched (XXE).
void on_reference(void* ctx, const xmlChar* name) {
  builder_of(ctx).reference(static_cast<xmlParserCtxtPtr>(ctx), name);
}
void on_internal_subset(void* ctx, const xmlChar* name, const xmlChar* external_id, const xmlChar* system_id) {
  xmlSAX2InternalSubset(ctx, name, external_id, system_id);
  builder_of(ctx).doctype(external_id);
}
xmlParserInputPtr no_external_entities(const char*, const char*, xmlParserCtxtPtr) { return nullptr; }
void on_error(void* ctx, xmlError* error) {
  if (error == nullptr || error->level < XML_ERR_ERROR) return;
  // An entity the unread external DTD would declare (&nbsp; under the XHTML
  // doctype) breaks validity, not well-formedness (XML 1.0, WFC: Entity
  // Declared): on_reference expands it or notes it, and the page is read.
  if (error->code == XML_WAR_UNDECLARED_ENTITY) return;
  auto* ctxt = static_cast<xmlParserCtxtPtr>(ctx);
  if (ctxt == nullptr || ctxt->_private == nullptr) return;
  std::string msg = error->message != nullptr ? error->message : "malformed XML";
  while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
  // libxml2 stops at 256 levels unless told XML_PARSE_HUGE, which would also
  // lift its guards on entity amplification; rampa keeps the guards.
  if (msg.find("Excessive depth") != std::string::npos) {
    builder_of(ctx).fail("elements nest deeper than 256 levels, the most rampa reads in XML (line " +
                         std::to_string(error->line) + ")");
    return;
  }
  builder_of(ctx).fail("not well-formed XML at line " + std::to_string(error->line) + ", column " +
                       std::to_string(error->int2) + ": " + msg);
}

}  // namespace

Result<std::unique_ptr<Document>> parse_xml(std::string utf8, const ParseLimits& limits) {
  if (utf8.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
    return Error{ErrorCode::bad_input, {}, "is larger than the 2 GiB the XML parser reads"};
  if (auto over = prescan_limits(utf8, MarkupSyntax::xml, limits)) return Error{ErrorCode::bad_input, {}, *over};
  auto doc = std::make_unique<Document>();
  std::string_view src = doc->arena().copy(utf8);
  utf8.clear();
  SaxBuilder builder(*doc, src, limits);

  xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
  if (ctxt == nullptr) return Error{ErrorCode::internal, {}, "the XML parser could not start"};
  xmlSAXHandler sax;
  std::memset(&sax, 0, sizeof sax);
  xmlSAXVersion(&sax, 2);
  sax.startElementNs = on_start;
  sax.endElementNs = on_end;
  sax.characters = on_characters;
  sax.cdataBlock = on_characters;
  sax.ignorableWhitespace = on_characters;
  sax.comment = on_comment;
  sax.reference = on_reference;
  sax.internalSubset = on_internal_subset;
  sax.resolveEntity = nullptr;
  sax.externalSubset = nullptr;
  sax.serror = on_error;
  sax.error = nullptr;
  sax.warning = nullptr;
  sax.startElement = nullptr;
  sax.endElement = nullptr;
  *ctxt->sax = sax;
  ctxt->_private = &builder;
  // Nothing outside the file: no network, no DTD, entities never substituted.
  const int options = XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR;
  static std::once_flag once;
  std::call_once(once, [] {
    xmlInitParser();
    // Process-wide in libxml2; rampa never wants an external entity.
    xmlSetExternalEntityLoader(no_external_entities);
  });
  // The text is already UTF-8 (decode() converted it), so libxml2 gets no
  // encoding at all: 2.9.14 miscounts xmlByteConsumed once it has buffered
  // ~32 KB through an encoding handler, even a UTF-8 one, and the declaration's
  // encoding="windows-1252" must not make it convert a second time.
  xmlDocPtr tree = xmlCtxtReadMemory(ctxt, src.data(), static_cast<int>(src.size()), nullptr,
                                     nullptr, options | XML_PARSE_IGNORE_ENC);
  builder.flush_text();
  builder.note_unexpanded();
  if (tree != nullptr) xmlFreeDoc(tree);
  bool well_formed = ctxt->wellFormed != 0;
  xmlFreeParserCtxt(ctxt);
  if (builder.error()) return Error{ErrorCode::bad_input, {}, *builder.error()};
  if (!well_formed) return Error{ErrorCode::bad_input, {}, "not well-formed XML"};
  doc->finish(SourceKind::xml);
  return doc;
}

}  // namespace rampa
