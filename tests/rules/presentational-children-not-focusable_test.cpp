#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

namespace {
rampa::testing::RuleRun run(const char* html) {
  return run_rule_on("presentational-children-not-focusable", html);
}
}  // namespace

TEST(PresentationalChildrenNotFocusable, FailsOnALinkInACheckbox) {
  auto result = run_rule("presentational-children-not-focusable", "failed-link-in-checkbox.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.focusable-content");
  EXPECT_EQ(result.findings[0].args.at("role"), "checkbox");
  EXPECT_EQ(result.findings[0].args.at("element"), "a");
  EXPECT_EQ(result.findings[0].args.at("line"), "6");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 5, .column = 1}));
}

TEST(PresentationalChildrenNotFocusable, FailsOnAButtonInATab) {
  auto result = run_rule("presentational-children-not-focusable", "failed-button-in-tab.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);  // the inner button is flattened, not a second target
  EXPECT_EQ(result.findings[0].args.at("role"), "tab");
  EXPECT_EQ(result.findings[0].args.at("element"), "span");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 6, .column = 3}));
}

TEST(PresentationalChildrenNotFocusable, Passes) {
  EXPECT_EQ(run_rule("presentational-children-not-focusable", "passed-link-beside-checkbox.html").outcome,
            Outcome::passed);
  EXPECT_EQ(run_rule("presentational-children-not-focusable", "passed-disabled-input-in-menuitem.html").outcome,
            Outcome::passed);
}

TEST(PresentationalChildrenNotFocusable, IsInapplicableWithoutSuchRoles) {
  EXPECT_EQ(run_rule("presentational-children-not-focusable", "inapplicable-link-in-list.html").outcome,
            Outcome::inapplicable);
}

TEST(PresentationalChildrenNotFocusable, EdgeCases) {
  EXPECT_EQ(run("<span role=img aria-label=Logo>*** <a href=/>inicio</a></span>").outcome, Outcome::failed);
  EXPECT_EQ(run("<button><a>sin href</a></button>").outcome, Outcome::passed);
  EXPECT_EQ(run("<button><a href=/ style=\"display:none\">x</a>Enviar</button>").outcome, Outcome::passed);
  auto frame = run("<button><iframe src=a.html></iframe></button>");
  ASSERT_EQ(frame.findings.size(), 1u);
  EXPECT_EQ(frame.findings[0].message, "cant-tell.focus");
  EXPECT_EQ(frame.findings[0].args.at("element"), "iframe");
  EXPECT_EQ(run("<style>.x{visibility:hidden}</style><button>Enviar <a class=x href=/>x</a></button>").outcome,
            Outcome::passed);
}
