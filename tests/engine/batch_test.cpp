#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <string>
#include <vector>

#include "rampa/engine.hpp"

namespace rampa {
namespace {

Engine make() { return std::move(Engine::create({})).value(); }

// The same small page with `rows` paragraphs, an image without alt among them.
std::string page_with(std::size_t rows) {
  std::string page = "<!DOCTYPE html><html lang=\"es\"><title>Vacantes</title><body><img src=a.png>";
  for (std::size_t i = 0; i < rows; ++i) page += "<p>Auxiliar administrativo, jornada completa.</p>\n";
  return page;
}

BatchInput bytes_input(std::string name, const std::string& bytes) {
  BatchInput in;
  in.name = std::move(name);
  in.bytes = bytes;
  return in;
}

TEST(Batch, DeliversReportsInInputOrderWhateverFinishesFirst) {
  // The first pages are the largest, so with several jobs later ones finish
  // first and have to wait for their turn.
  std::vector<std::string> pages;
  for (std::size_t i = 0; i < 24; ++i) pages.push_back(page_with(i < 3 ? 20'000 : i));
  std::vector<BatchInput> inputs;
  for (std::size_t i = 0; i < pages.size(); ++i) inputs.push_back(bytes_input("p" + std::to_string(i), pages[i]));
  Engine engine = make();
  for (unsigned jobs : {1u, 2u, 4u, 7u}) {
    std::vector<PageReport> got;
    std::atomic<int> inside{0};
    engine.audit_batch(inputs, jobs, [&](PageReport&& r) {
      EXPECT_EQ(inside.fetch_add(1), 0) << "the sink was entered twice at once";
      got.push_back(std::move(r));
      inside.fetch_sub(1);
    });
    ASSERT_EQ(got.size(), inputs.size()) << jobs;
    for (std::size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].path, inputs[i].name) << jobs;
      PageReport alone = engine.audit_bytes(pages[i], inputs[i].name);
      EXPECT_EQ(got[i].findings.size(), alone.findings.size()) << jobs << " " << i;
      EXPECT_EQ(got[i].rules.size(), alone.rules.size()) << jobs << " " << i;
    }
  }
}

TEST(Batch, RecordsABadPageInTheMiddleAndReportsTheOthers) {
  const std::string good = page_with(2), blank = "  \n";
  std::vector<BatchInput> inputs;
  inputs.push_back(bytes_input("first.html", good));
  inputs.push_back(bytes_input("blank.html", blank));
  BatchInput missing;
  missing.file = "/no/such/dir/page.html";
  inputs.push_back(missing);
  BatchInput known;
  known.name = "site/*.html";
  known.error = Error{ErrorCode::bad_input, {}, "matches no file"};
  inputs.push_back(known);
  inputs.push_back(bytes_input("last.html", good));

  std::vector<PageReport> got;
  make().audit_batch(inputs, 3, [&](PageReport&& r) { got.push_back(std::move(r)); });
  ASSERT_EQ(got.size(), 5u);
  EXPECT_EQ(got[0].path, "first.html");
  EXPECT_EQ(got[1].path, "blank.html");
  EXPECT_EQ(got[2].path, "/no/such/dir/page.html");
  EXPECT_EQ(got[3].path, "site/*.html");
  EXPECT_EQ(got[4].path, "last.html");
  for (std::size_t i : {0u, 4u}) {
    EXPECT_FALSE(got[i].error) << i;
    EXPECT_FALSE(got[i].rules.empty()) << i;
    EXPECT_FALSE(got[i].findings.empty()) << i;
  }
  ASSERT_TRUE(got[1].error);
  EXPECT_EQ(got[1].error->code, ErrorCode::bad_input);
  ASSERT_TRUE(got[2].error);
  EXPECT_EQ(got[2].error->code, ErrorCode::not_found);
  ASSERT_TRUE(got[3].error);
  EXPECT_EQ(got[3].error->message(), "site/*.html: matches no file");
  for (std::size_t i : {1u, 2u, 3u}) {
    EXPECT_TRUE(got[i].rules.empty()) << i;
    EXPECT_TRUE(got[i].findings.empty()) << i;
  }
}

TEST(Batch, StopsAndRethrowsWhenTheSinkThrows) {
  const std::string good = page_with(1);
  std::vector<BatchInput> inputs;
  for (int i = 0; i < 16; ++i) inputs.push_back(bytes_input("p" + std::to_string(i), good));
  int delivered = 0;
  EXPECT_THROW(make().audit_batch(inputs, 4,
                                  [&](PageReport&&) {
                                    if (++delivered == 2) throw std::runtime_error("disk full");
                                  }),
               std::runtime_error);
  EXPECT_EQ(delivered, 2);
}

TEST(Batch, AnEmptyBatchDeliversNothing) {
  int delivered = 0;
  make().audit_batch({}, 0, [&](PageReport&&) { ++delivered; });
  EXPECT_EQ(delivered, 0);
}

}  // namespace
}  // namespace rampa
