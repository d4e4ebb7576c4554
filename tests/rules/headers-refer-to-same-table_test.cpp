#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

TEST(HeadersReferToSameTable, FailsOnAMissingIdAndPointsAtTheAttribute) {
  auto result = run_rule("headers-refer-to-same-table", "failed-id-inexistente.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.missing");
  EXPECT_EQ(result.findings[0].args.at("id"), "salario");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 8, .column = 5}));
}

TEST(HeadersReferToSameTable, FailsOnACellOfAnotherTable) {
  auto result = run_rule("headers-refer-to-same-table", "failed-otra-tabla.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.not-in-table");
  EXPECT_EQ(result.findings[0].args.at("id"), "carga");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 7, .column = 9}));
}

TEST(HeadersReferToSameTable, FailsOnTheCellItself) {
  auto result = run_rule("headers-refer-to-same-table", "failed-se-refiere-a-si-misma.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.self");
  EXPECT_EQ(result.findings[0].args.at("id"), "turismo");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 7, .column = 22}));
}

TEST(HeadersReferToSameTable, PassesOnCellsOfTheSameTable) {
  EXPECT_EQ(run_rule("headers-refer-to-same-table", "passed-cursos-por-mes.html").outcome, Outcome::passed);
  auto result = run_rule("headers-refer-to-same-table", "passed-encabezados-de-fila.html");
  EXPECT_EQ(result.outcome, Outcome::passed);
  EXPECT_TRUE(result.findings.empty());
}

TEST(HeadersReferToSameTable, IsInapplicableOutsideDataTables) {
  EXPECT_EQ(run_rule("headers-refer-to-same-table", "inapplicable-tabla-de-maquetacion.html").outcome,
            Outcome::inapplicable);
  EXPECT_EQ(run_rule_on("headers-refer-to-same-table",
                        "<table hidden><tr><td headers=\"x\">1</td></tr></table>").outcome,
            Outcome::inapplicable);
  EXPECT_EQ(run_rule_on("headers-refer-to-same-table",
                        "<table aria-hidden=\"true\"><tr><td headers=\"x\">1</td></tr></table>").outcome,
            Outcome::inapplicable);
  EXPECT_EQ(run_rule_on("headers-refer-to-same-table",
                        "<div role=\"table\"><div role=\"cell\" headers=\"x\">1</div></div>").outcome,
            Outcome::inapplicable);
  EXPECT_EQ(run_rule_on("headers-refer-to-same-table", "<table><tr><td headers=\" \">1</td></tr></table>").outcome,
            Outcome::inapplicable);
}

TEST(HeadersReferToSameTable, StyledTableIsCantTell) {
  auto result = run_rule("headers-refer-to-same-table", "cant-tell-tabla-con-estilo.html");
  ASSERT_EQ(result.outcome, Outcome::cant_tell);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "cant-tell.style");
}

TEST(HeadersReferToSameTable, ANestedTableIsAnotherTable) {
  EXPECT_EQ(run_rule_on("headers-refer-to-same-table",
                        "<table><tr><td><table><tr><th id=\"h\">A</th></tr></table></td>"
                        "<td headers=\"h\">1</td></tr></table>").outcome,
            Outcome::failed);
  // A role="columnheader" td is still a cell of the table.
  EXPECT_EQ(run_rule_on("headers-refer-to-same-table",
                        "<table><tr><td role=\"columnheader\" id=\"h\">A</td></tr>"
                        "<tr><td headers=\"h\">1</td></tr></table>").outcome,
            Outcome::passed);
}
