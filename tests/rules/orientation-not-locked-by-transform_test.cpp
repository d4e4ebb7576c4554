#include <gtest/gtest.h>

#include <string>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

namespace {
constexpr const char* kRule = "orientation-not-locked-by-transform";

Outcome on(const std::string& css, const std::string& body_attrs = "") {
  return run_rule_on(kRule, "<html><head><style>" + css + "</style></head><body" + body_attrs +
                                "><main>Vagas</main></body></html>")
      .outcome;
}
}  // namespace

TEST(OrientationNotLockedByTransform, FailsOnAQuarterTurnInLandscapeOnly) {
  auto result = run_rule(kRule, "failed-landscape-quarter-turn.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.quarter-turn");
  EXPECT_EQ(result.findings[0].args.at("angle"), "90");
  EXPECT_EQ(result.findings[0].args.at("portrait"), "0");
  EXPECT_EQ(result.findings[0].args.at("landscape"), "270");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 5, .column = 1}));
  EXPECT_EQ(result.findings[0].selector, "html > body");
}

TEST(OrientationNotLockedByTransform, FailsOnTheRotatePropertyInPortrait) {
  auto result = run_rule(kRule, "failed-portrait-rotate-property.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].args.at("portrait"), "90");
  EXPECT_EQ(result.findings[0].args.at("landscape"), "0");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 3, .column = 1}));
}

TEST(OrientationNotLockedByTransform, PassesWhenTheTurnIsNotAQuarter) {
  EXPECT_EQ(run_rule(kRule, "passed-full-turn.html").outcome, Outcome::passed);
  EXPECT_EQ(run_rule(kRule, "passed-matrix-without-rotation.html").outcome, Outcome::passed);
}

TEST(OrientationNotLockedByTransform, IsInapplicableWithoutAnOrientationConditionalRotation) {
  EXPECT_EQ(run_rule(kRule, "inapplicable-rotation-without-orientation.html").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule(kRule, "inapplicable-translate-only.html").outcome, Outcome::inapplicable);
}

TEST(OrientationNotLockedByTransform, CannotTellAnAngleItDoesNotEvaluate) {
  auto result = run_rule(kRule, "cant-tell-calc-angle.html");
  ASSERT_EQ(result.outcome, Outcome::cant_tell);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "cant-tell.rotation");
}

TEST(OrientationNotLockedByTransform, ComparesBothOrientations) {
  // The same quarter turn in both orientations locks nothing (ACT applies it
  // conditionally, but the rotation relative between them is 0).
  EXPECT_EQ(on("body{transform:rotate(90deg)} @media (orientation: portrait){body{transform:rotate(90deg)}}"),
            Outcome::passed);
  // 2.5deg always, 92.5deg in landscape: a quarter turn apart.
  EXPECT_EQ(on("body{transform:rotate(2.5deg)} @media (orientation: landscape){body{transform:rotate(92.5deg)}}"),
            Outcome::failed);
  // Radians, turns, rotate3d about -z and matrix3d.
  EXPECT_EQ(on("@media (orientation: portrait){html{transform:rotate(1.5708rad)}}"), Outcome::failed);
  EXPECT_EQ(on("@media (orientation: portrait){html{transform:rotate3d(0,0,-1,0.25turn)}}"), Outcome::failed);
  EXPECT_EQ(on("@media (orientation: landscape){body{transform:matrix3d(0,-1,0,0,1,0,0,0,0,0,1,0,0,0,0,1)}}"),
            Outcome::failed);
  EXPECT_EQ(on("@media (orientation: portrait){html{transform:matrix(1,-1.22465e-15,1.22465e-15,1,0,0)}}"),
            Outcome::passed);
  // Each orientation rotated, half a turn apart: not a lock.
  EXPECT_EQ(on("@media (orientation: portrait){body{rotate:90deg}} @media (orientation: landscape){body{rotate:270deg}}"),
            Outcome::passed);
}

TEST(OrientationNotLockedByTransform, FollowsTheCascade) {
  // A later rule without a condition wins in both orientations.
  EXPECT_EQ(on("@media (orientation: portrait){body{transform:rotate(90deg)}} body{transform:none}"), Outcome::passed);
  // The style attribute beats the style sheet's normal declarations...
  EXPECT_EQ(on("@media (orientation: portrait){body{transform:rotate(90deg)}}", " style=\"transform: none\""),
            Outcome::passed);
  // ... but not its important ones.
  EXPECT_EQ(on("@media (orientation: portrait){body{transform:rotate(90deg) !important}}", " style=\"transform: none\""),
            Outcome::failed);
  // A more specific selector outside the query wins.
  EXPECT_EQ(on("@media (orientation: portrait){body{transform:rotate(90deg)}} html body{transform:none}"),
            Outcome::passed);
}

TEST(OrientationNotLockedByTransform, NeverGuessesConditionsItCannotDecide) {
  // Other media features, not, @supports, layers: cantTell, not failed.
  EXPECT_EQ(on("@media (orientation: portrait) and (max-width: 600px){body{transform:rotate(90deg)}}"),
            Outcome::cant_tell);
  EXPECT_EQ(on("@media not all and (orientation: portrait){body{transform:rotate(90deg)}}"), Outcome::cant_tell);
  EXPECT_EQ(on("@supports (rotate: 1deg){@media (orientation: portrait){body{rotate:90deg}}}"), Outcome::cant_tell);
  EXPECT_EQ(on("@layer a{@media (orientation: portrait){body{rotate:90deg}}}"), Outcome::cant_tell);
  // print never applies on screen; a misspelt orientation never applies.
  EXPECT_EQ(on("@media print and (orientation: portrait){body{rotate:90deg}}"), Outcome::passed);
  EXPECT_EQ(on("@media (orientation: lanscape){body{rotate:90deg}}"), Outcome::passed);
  // A hidden body is not a target.
  EXPECT_EQ(on("@media (orientation: portrait){body{rotate:90deg}}", " style=\"display:none\""), Outcome::inapplicable);
  // A linked style sheet may hold the lock.
  EXPECT_EQ(run_rule_on(kRule, "<link rel=\"stylesheet\" href=\"https://example.org/a.css\"><p>Vagas</p>").outcome,
            Outcome::cant_tell);
  // ...and may undo a lock we see.
  EXPECT_EQ(run_rule_on(kRule,
                        "<link rel=\"stylesheet\" href=\"https://example.org/a.css\">"
                        "<style>@media (orientation: portrait){body{rotate:90deg}}</style><p>Vagas</p>")
                .outcome,
            Outcome::cant_tell);
}

TEST(OrientationNotLockedByTransform, ReadsLocalLinkedSheetsButNotRemoteOnes) {
  auto linked = run_rule(kRule, "failed-linked-sheet.html");
  ASSERT_EQ(linked.outcome, Outcome::failed);
  ASSERT_EQ(linked.findings.size(), 1u);
  EXPECT_EQ(linked.findings[0].args.at("angle"), "90");
  EXPECT_EQ(linked.findings[0].at, (SourcePos{.line = 5, .column = 1}));
  auto remote = run_rule(kRule, "cant-tell-remote-sheet.html");
  ASSERT_EQ(remote.outcome, Outcome::cant_tell);
  ASSERT_EQ(remote.findings.size(), 1u);
  EXPECT_EQ(remote.findings[0].message, "cant-tell.stylesheet");
  EXPECT_EQ(remote.findings[0].at, (SourcePos{.line = 3, .column = 1}));
}
