// The positioned JSON reader under the form definition builders: every value
// and key keeps its line:column (in characters), pointers and snippets name
// it, and bad or hostile input is an error with a position, never a crash.
#include <gtest/gtest.h>

#include <string>

#include "parse/json.hpp"

namespace rampa::json {
namespace {

Doc parsed(std::string text, Limits limits = {}) {
  auto r = parse(std::move(text), limits);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().detail);
  return std::move(r).value();
}

std::string error_of(std::string text, Limits limits = {}) {
  auto r = parse(std::move(text), limits);
  EXPECT_FALSE(r.ok());
  if (r.ok()) return {};
  EXPECT_EQ(r.error().code, ErrorCode::bad_input);
  return r.error().detail;
}

SourcePos pos(std::uint32_t line, std::uint32_t column) { return {line, column}; }

TEST(Json, KeysAndValuesKeepTheirLineAndColumn) {
  Doc d = parsed(
      "{\n"
      "  \"title\": \"Registro\",\n"
      "  \"properties\": {\n"
      "    \"nombre\": {\"type\": \"string\"}\n"
      "  }\n"
      "}");
  const Value& root = d.root();
  EXPECT_EQ(root.pos, pos(1, 1));
  const Value* title = d.get(root, "title");
  ASSERT_NE(title, nullptr);
  EXPECT_EQ(title->key_pos, pos(2, 3));
  EXPECT_EQ(title->pos, pos(2, 12));
  EXPECT_EQ(title->text, "Registro");
  const Value* props = d.get(root, "properties");
  ASSERT_NE(props, nullptr);
  EXPECT_EQ(props->pos, pos(3, 17));
  const Value* nombre = d.get(*props, "nombre");
  ASSERT_NE(nombre, nullptr);
  EXPECT_EQ(nombre->key_pos, pos(4, 5));
  EXPECT_EQ(nombre->pos, pos(4, 15));
  const Value* type = d.get(*nombre, "type");
  ASSERT_NE(type, nullptr);
  EXPECT_EQ(type->key_pos, pos(4, 16));
  EXPECT_EQ(type->pos, pos(4, 24));
  EXPECT_EQ(d.string(*nombre, "type"), "string");
}

TEST(Json, ColumnsCountCharactersNotBytes) {
  // "ó" and "ñ" are two bytes each, "€" three, "😀" four: one column each.
  Doc d = parsed("{\"dirección\": \"año€😀\", \"n\": 1}");
  const Value* n = d.get(d.root(), "n");
  ASSERT_NE(n, nullptr);
  // {"dirección": "año€😀", "n": 1
  // 1234567890123456789012345678
  EXPECT_EQ(n->key_pos, pos(1, 24));
  EXPECT_EQ(n->pos, pos(1, 29));
  EXPECT_EQ(d.get(d.root(), "dirección")->pos, pos(1, 15));
  EXPECT_EQ(d.get(d.root(), "dirección")->text, "año€😀");
}

TEST(Json, EscapedQuotesAndBackslashesDoNotEndStrings) {
  Doc d = parsed(R"({"a\"b": "x\\", "c": "say \"hi\"", "d\\": "\\\"", "e": 2})");
  const Value& root = d.root();
  const Value* ab = d.get(root, "a\"b");
  ASSERT_NE(ab, nullptr);
  EXPECT_EQ(ab->key_pos, pos(1, 2));
  EXPECT_EQ(ab->pos, pos(1, 10));
  EXPECT_EQ(ab->text, "x\\");
  const Value* c = d.get(root, "c");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->key_pos, pos(1, 17));
  EXPECT_EQ(c->pos, pos(1, 22));
  EXPECT_EQ(c->text, "say \"hi\"");
  const Value* dd = d.get(root, "d\\");
  ASSERT_NE(dd, nullptr);
  EXPECT_EQ(dd->key_pos, pos(1, 36));
  EXPECT_EQ(dd->pos, pos(1, 43));
  EXPECT_EQ(dd->text, "\\\"");
  EXPECT_EQ(d.get(root, "e")->pos, pos(1, 56));
}

TEST(Json, NumbersKeepTheirTextWhateverFollowsThem) {
  Doc d = parsed("[1, -2.5e3,\n 40]");
  std::vector<const Value*> items;
  for (const Value& v : d.children(d.root())) items.push_back(&v);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0]->text, "1");
  EXPECT_EQ(items[0]->pos, pos(1, 2));
  EXPECT_EQ(items[1]->text, "-2.5e3");
  EXPECT_EQ(items[1]->pos, pos(1, 5));
  EXPECT_EQ(items[2]->text, "40");
  EXPECT_EQ(items[2]->pos, pos(2, 2));

  Doc obj = parsed("{\"min\": 8}");
  EXPECT_EQ(obj.get(obj.root(), "min")->text, "8");
  EXPECT_EQ(obj.get(obj.root(), "min")->pos, pos(1, 9));
  EXPECT_EQ(obj.snippet(*obj.get(obj.root(), "min")), "\"min\": 8");

  Doc alone = parsed("  12345");
  EXPECT_EQ(alone.root().kind, Kind::number);
  EXPECT_EQ(alone.root().text, "12345");
  EXPECT_EQ(alone.root().pos, pos(1, 3));
  EXPECT_EQ(alone.snippet(alone.root()), "12345");

  Doc spaced = parsed("[7 , 0.5\t]");
  std::vector<std::string_view> texts;
  for (const Value& v : spaced.children(spaced.root())) texts.push_back(v.text);
  EXPECT_EQ(texts, (std::vector<std::string_view>{"7", "0.5"}));
}

TEST(Json, LiteralsHaveKindsAndPositions) {
  Doc d = parsed("{\"t\": true, \"f\": false,\n\"n\": null}");
  const Value* t = d.get(d.root(), "t");
  const Value* f = d.get(d.root(), "f");
  const Value* n = d.get(d.root(), "n");
  ASSERT_TRUE(t && f && n);
  EXPECT_TRUE(t->is_true());
  EXPECT_EQ(t->pos, pos(1, 7));
  EXPECT_EQ(f->kind, Kind::boolean);
  EXPECT_FALSE(f->boolean);
  EXPECT_EQ(f->pos, pos(1, 18));
  EXPECT_EQ(n->kind, Kind::null);
  EXPECT_EQ(n->key_pos, pos(2, 1));
  EXPECT_EQ(n->pos, pos(2, 6));
  EXPECT_EQ(d.snippet(*f), "\"f\": false");
  EXPECT_EQ(d.snippet(*n), "\"n\": null");
}

TEST(Json, TreeLinksAndRepeatedKeys) {
  Doc d = parsed(R"({"a": [10, 20, 30], "k": 1, "k": 2})");
  const Value* a = d.get(d.root(), "a");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->size, 3u);
  std::uint32_t ordinal = 0;
  for (const Value& v : d.children(*a)) {
    EXPECT_EQ(v.ordinal, ordinal++);
    EXPECT_EQ(v.parent, a->index);
  }
  EXPECT_EQ(d.root().size, 3u);
  EXPECT_EQ(d.get(d.root(), "k")->text, "2");  // the last one, as JSON.parse keeps
  EXPECT_EQ(d.get(*a, "k"), nullptr);          // not an object
  EXPECT_EQ(d.string(d.root(), "a"), "");      // not a string
}

TEST(Json, ErrorsSayWhereAndWhat) {
  // Truncated: the position is just past the end.
  std::string truncated = error_of("{\n  \"a\": 1,\n  \"b\": ");
  EXPECT_NE(truncated.find("line 3, column 8"), std::string::npos) << truncated;
  EXPECT_NE(truncated.find("end of input"), std::string::npos) << truncated;
  EXPECT_EQ(truncated.find("json.exception"), std::string::npos) << truncated;

  std::string trailing = error_of("{\"a\": [1, 2,]}");
  EXPECT_NE(trailing.find("line 1, column 13"), std::string::npos) << trailing;

  std::string trailing_member = error_of("{\n\"a\": 1,\n}");
  EXPECT_NE(trailing_member.find("line 3, column 1"), std::string::npos) << trailing_member;

  // The lexer gives up at the character that breaks the literal.
  std::string literal = error_of("{\"ok\": tru}");
  EXPECT_NE(literal.find("line 1, column 11"), std::string::npos) << literal;
  EXPECT_NE(literal.find("invalid literal"), std::string::npos) << literal;

  // After multi-byte text, columns still count characters.
  std::string accented = error_of("{\"título\": \"ñandú\" \"x\": 1}");
  EXPECT_NE(accented.find("line 1, column 20"), std::string::npos) << accented;  // the unexpected "x"
  std::string number = error_of("{\"a\": 1 2}");
  EXPECT_NE(number.find("line 1, column 9"), std::string::npos) << number;
  std::string literal2 = error_of("[1\n  null]");
  EXPECT_NE(literal2.find("line 2, column 3"), std::string::npos) << literal2;

  std::string garbage = error_of("{} x");
  EXPECT_NE(garbage.find("line 1, column 4"), std::string::npos) << garbage;

  EXPECT_NE(error_of("").find("line 1, column 1"), std::string::npos);
  EXPECT_NE(error_of("[\"abc").find("line 1"), std::string::npos);
}

TEST(Json, DeepNestingIsAnErrorWithoutRecursion) {
  std::string deep(100'000, '[');
  deep += std::string(100'000, ']');
  std::string e = error_of(deep);
  EXPECT_NE(e.find("nested deeper than 1000 levels"), std::string::npos) << e;
  EXPECT_NE(e.find("line 1, column 1001"), std::string::npos) << e;

  // Allowed deeper, the same text parses, and building, walking and
  // destroying it do not recurse either.
  Doc d = parsed(deep, {.max_depth = 200'000});
  EXPECT_EQ(d.size(), 100'000u);
  const Value* v = &d.root();
  while (v->first_child != npos) v = &d.at(v->first_child);
  EXPECT_EQ(v->pos, pos(1, 100'000));
  EXPECT_EQ(d.pointer(*v).size(), 2u * 99'999u);  // "/0" per level

  std::string objects;
  for (int i = 0; i < 5000; ++i) objects += "{\"a\":";
  objects += "1";
  objects += std::string(5000, '}');
  std::string oe = error_of(objects);
  EXPECT_NE(oe.find("nested deeper than 1000 levels"), std::string::npos) << oe;
}

TEST(Json, PointersEscapeTildeAndSlash) {
  Doc d = parsed(R"({"definitions": {"a/b": {"m~n": [0, {"x": true}]}}})");
  const Value* ab = d.get(*d.get(d.root(), "definitions"), "a/b");
  ASSERT_NE(ab, nullptr);
  const Value* mn = d.get(*ab, "m~n");
  ASSERT_NE(mn, nullptr);
  const Value& second = d.at(d.at(mn->first_child).next_sibling);
  const Value* x = d.get(second, "x");
  ASSERT_NE(x, nullptr);
  EXPECT_EQ(d.pointer(*x), "/definitions/a~1b/m~0n/1/x");
  EXPECT_EQ(d.pointer(d.root()), "");

  EXPECT_EQ(d.resolve("/definitions/a~1b/m~0n/1/x"), x);
  EXPECT_EQ(d.resolve("#/definitions/a~1b/m~0n/1/x"), x);
  EXPECT_EQ(d.resolve("#/definitions/a~1b/m~0n/1"), &second);
  EXPECT_EQ(d.resolve("#/definitions/a%7E1b/m~0n/1/x"), x);  // percent-encoded fragment
  EXPECT_EQ(d.resolve("#"), &d.root());
  EXPECT_EQ(d.resolve(""), &d.root());
  EXPECT_EQ(d.resolve("#/definitions/a/b"), nullptr);  // "/" in a key must be ~1
  EXPECT_EQ(d.resolve("#/definitions/a~1b/m~0n/2"), nullptr);
  EXPECT_EQ(d.resolve("#/definitions/a~1b/m~0n/01"), nullptr);
  EXPECT_EQ(d.resolve("#/definitions/a~1b/m~0n/1/x/y"), nullptr);
  EXPECT_EQ(d.resolve("definitions"), nullptr);  // not a pointer

  Doc tilde = parsed(R"({"~1": 1, "/": 2})");
  EXPECT_EQ(tilde.resolve("/~01")->text, "1");  // "~01" is "~1", not "/"
  EXPECT_EQ(tilde.resolve("/~1")->text, "2");
  EXPECT_EQ(tilde.pointer(*tilde.resolve("/~01")), "/~01");
}

TEST(Json, SnippetsAreOneShortLineFromTheKey) {
  Doc d = parsed(
      "{\n"
      "  \"nombre\": {\n"
      "    \"type\": \"string\",\n"
      "    \"title\": \"Nombres\"\n"
      "  },\n"
      "  \"largo\": \"" + std::string(300, 'x') + "\"\n"
      "}");
  const Value* nombre = d.get(d.root(), "nombre");
  ASSERT_NE(nombre, nullptr);
  EXPECT_EQ(d.snippet(*nombre), "\"nombre\": { \"type\": \"string\", \"title\": \"Nombres\" }");
  EXPECT_EQ(d.snippet(*d.get(*nombre, "title")), "\"title\": \"Nombres\"");
  std::string longer = d.snippet(*d.get(d.root(), "largo"));
  EXPECT_LE(longer.size(), 130u);
  EXPECT_TRUE(longer.starts_with("\"largo\": \"xxx"));
  EXPECT_TRUE(longer.ends_with("…"));

  Doc arr = parsed("[\"a\", {\"b\": 1}]");
  EXPECT_EQ(arr.snippet(arr.at(arr.root().first_child)), "\"a\"");
  EXPECT_EQ(arr.snippet(arr.root()), "[\"a\", {\"b\": 1}]");
}

}  // namespace
}  // namespace rampa::json
