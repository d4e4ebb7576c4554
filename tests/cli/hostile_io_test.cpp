// The rampa command where CI runners and careless scripts hurt: outputs that
// are devices, FIFOs, links or the pages themselves; full disks and signals;
// inputs that never end; links and globs leading out of the project. Every
// case is made here (FIFOs, links, size limits), never with the machine's
// own devices.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "cli_support.hpp"

using namespace cli_test;
using nlohmann::json;

namespace {

const std::string kRampa = RAMPA_BINARY;
const std::string kPage = kSite + "/vacante.html";

std::string quoted(const fs::path& p) { return "'" + p.string() + "'"; }

bool is_a_fifo(const fs::path& p) {
  std::error_code ec;
  return fs::symlink_status(p, ec).type() == fs::file_type::fifo;
}

// What a temporary report left behind would be named: ".NAME.XXXXXX".
bool has_leftovers(const fs::path& dir) {
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().filename().string().starts_with(".")) return true;
  return false;
}

TEST(HostileIo, DashIsStandardOutput) {
  TempDir t;
  CliRun r = rampa("check --format json -o - " + kPage, "LC_ALL= LC_MESSAGES= LANG=C", "", t.path);
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_EQ(json::parse(r.out)["pages"].size(), 1u);
  EXPECT_FALSE(fs::exists(t.path / "-"));
}

TEST(HostileIo, WritesIntoAFifoAndLeavesItAFifo) {
  TempDir t;
  fs::path fifo = t.path / "report.fifo";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  fs::path got = t.path / "got.json";
  CliRun r = shell("timeout 60 cat " + quoted(fifo) + " > " + quoted(got) + " & timeout 60 " + kRampa +
                   " check --no-config --format json -o " + quoted(fifo) + " " + kPage + "; code=$?; wait; exit $code");
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_TRUE(is_a_fifo(fifo));
  EXPECT_EQ(json::parse(slurp(got))["pages"].size(), 1u);
}

TEST(HostileIo, WritesIntoAnOpenDescriptor) {
  TempDir t;
  fs::path got = t.path / "got.json";
  CliRun r = shell(kRampa + " check --no-config --format json -o /dev/fd/3 " + kPage + " 3>" + quoted(got));
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_EQ(json::parse(slurp(got))["pages"].size(), 1u);
}

TEST(HostileIo, FollowsALinkAndReplacesTheFileItLeadsTo) {
  TempDir t;
  fs::path target = t.write("reports/last.json", "old");
  fs::path link = t.path / "report.json";
  fs::create_symlink(target, link);
  CliRun r = rampa("check --no-config --format json -o " + quoted(link) + " " + kPage);
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_TRUE(fs::is_symlink(link));
  EXPECT_EQ(json::parse(slurp(target))["pages"].size(), 1u);
  EXPECT_FALSE(has_leftovers(t.path / "reports"));
}

TEST(HostileIo, NeverWritesTheReportOverAPage) {
  TempDir t;
  fs::path page = t.write("page.html", slurp(kPage));
  CliRun r = rampa("check --no-config -o " + quoted(page) + " " + quoted(page));
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("is also a page to audit"), std::string::npos) << r.err;
  EXPECT_EQ(slurp(page), slurp(kPage));
  fs::path link = t.path / "same.html";
  fs::create_symlink(page, link);
  EXPECT_EQ(rampa("check --no-config -o " + quoted(link) + " " + quoted(page)).code, 2);
  EXPECT_EQ(slurp(page), slurp(kPage));
}

TEST(HostileIo, AFullDiskOnStandardOutputIsAnError) {
  TempDir t;
  // A file size limit stands for a full disk: writes past it fail (EFBIG).
  auto limited = [&](const std::string& args) {
    return shell("trap '' XFSZ; ulimit -f 1; " + kRampa + " " + args + " > " + quoted(t.path / "out"));
  };
  for (const std::string& args : {"check --no-config --format json " + kPage, "tree --no-config " + kPage,
                                  std::string("rules")}) {
    SCOPED_TRACE(args);
    CliRun r = limited(args);
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("standard output: write error: File too large"), std::string::npos) << r.err;
  }
}

TEST(HostileIo, ASignalLeavesNoTemporaryReport) {
  TempDir t;
  fs::path out = t.path / "out";
  fs::create_directories(out);
  fs::path fifo = t.path / "stdin.fifo";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  // rampa opens its report, then waits on standard input, which never comes.
  CliRun r = shell(kRampa + " check --no-config -o " + quoted(out / "report.txt") + " - < " + quoted(fifo) +
                   " & pid=$!; exec 3>" + quoted(fifo) +
                   "; i=0; while [ $i -lt 200 ] && [ -z \"$(ls -A " + quoted(out) +
                   ")\" ]; do sleep 0.05; i=$((i+1)); done; ls -A " + quoted(out) +
                   "; kill -TERM $pid; wait $pid; echo status=$?");
  EXPECT_NE(r.out.find(".report.txt."), std::string::npos) << "the temporary report never appeared: " << r.out;
  EXPECT_NE(r.out.find("status=143"), std::string::npos) << r.out;
  EXPECT_FALSE(has_leftovers(out));
}

TEST(HostileIo, ItsOwnReportInAnAuditedDirectoryIsNoPage) {
  TempDir t;
  t.write("site/page.html", slurp(kPage));
  const std::string site = quoted(t.path / "site");
  // A JSON report of an earlier run, kept under any name, is no form
  // definition (it holds "pages", as SurveyJS does).
  CliRun json_run = rampa("check --no-config --format json -o " + quoted(t.path / "site" / "old.json") + " " + site);
  // The report being written is no page, even when its name says HTML.
  const std::string out = quoted(t.path / "site" / "report.html");
  CliRun first = rampa("check --no-config -o " + out + " " + site);
  CliRun second = rampa("check --no-config -o " + out + " " + site);
  EXPECT_EQ(second.code, first.code) << second.err;
  EXPECT_EQ(slurp(t.path / "site" / "report.html").find("report.html"), std::string::npos);
  EXPECT_EQ(slurp(t.path / "site" / "report.html").find("old.json"), std::string::npos);
  EXPECT_NE(second.err.find("report.html: the report being written, not audited"), std::string::npos) << second.err;
  CliRun json_again = rampa("check --no-config --format json " + site);
  auto pages = json::parse(json_again.out)["pages"];
  ASSERT_EQ(pages.size(), 2u) << pages.dump();  // page.html and report.html, a page by its name
  for (const auto& p : pages) EXPECT_FALSE(p["path"].get<std::string>().ends_with("old.json"));
}

TEST(HostileIo, TheTextReportEscapesControlCharacters) {
  TempDir t;
  fs::path page = t.write("a\nb.html",
                          "<!doctype html><html lang=en><title>t</title><img src=\"x\x1b]0;owned\x07\xc2\x9b" "31m.png\">");
  CliRun r = rampa("check --no-config " + quoted(t.path));
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_EQ(r.out.find('\x1b'), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find('\x07'), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\xc2\x9b"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("a\\nb.html:1:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("x\\x1B]0;owned\\x07\\u009B31m.png"), std::string::npos) << r.out;
}

TEST(HostileIo, AFifoNamedAsAPageIsRefusedNotWaitedOn) {
  TempDir t;
  t.write("site/page.html", slurp(kPage));
  fs::path fifo = t.path / "site" / "never.html";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  CliRun named = shell("timeout 20 " + kRampa + " check --no-config --format json " + quoted(fifo) + " " +
                       quoted(t.path / "site" / "page.html"));
  EXPECT_EQ(named.code, 2) << named.err;
  EXPECT_NE(named.err.find("is a FIFO, not a regular file"), std::string::npos) << named.err;
  EXPECT_EQ(json::parse(named.out)["pages"].size(), 2u);
  // A walk skips it: it is no page file.
  CliRun walked = shell("timeout 20 " + kRampa + " check --no-config --format json " + quoted(t.path / "site"));
  EXPECT_EQ(walked.code, 1) << walked.err;
}

TEST(HostileIo, StandardInputIsReadNoFurtherThanTheLimit) {
  CliRun r = shell("yes '<p>hola</p>' | timeout 20 " + kRampa + " check --no-config --max-bytes 100000 -");
  EXPECT_EQ(r.code, 2) << r.err;
  EXPECT_NE(r.err.find("standard input is over the limit of 100000 bytes"), std::string::npos) << r.err;
}

TEST(HostileIo, AnUnreadableSubdirectoryIsAnErrorWithItsReason) {
  // Root reads every directory: as root (CI runners often are), the walk
  // runs as nobody.
  std::string as = ::geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
  if (!as.empty() && shell(as + "test -x " + kRampa).code != 0) GTEST_SKIP() << "nobody cannot run " << kRampa;
  TempDir t;
  t.write("site/page.html", slurp(kPage));
  t.write("site/locked/other.html", slurp(kPage));
  fs::permissions(t.path, fs::perms::all);
  fs::permissions(t.path / "site", fs::perms::all);
  fs::permissions(t.path / "site" / "page.html", fs::perms::all);
  fs::permissions(t.path / "site" / "locked", fs::perms::none);
  CliRun r = shell(as + kRampa + " check --no-config --format json " + quoted(t.path / "site"));
  // A page named inside it is unreadable, not missing.
  CliRun named = shell(as + kRampa + " check --no-config " + quoted(t.path / "site" / "locked" / "other.html"));
  EXPECT_EQ(named.code, 2);
  EXPECT_NE(named.err.find("other.html: cannot be read: Permission denied"), std::string::npos) << named.err;
  fs::permissions(t.path / "site" / "locked", fs::perms::owner_all);
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("locked: cannot read this directory: Permission denied"), std::string::npos) << r.err;
  EXPECT_EQ(json::parse(r.out)["pages"].size(), 2u);
}

TEST(HostileIo, AWalkDoesNotFollowALinkOutOfItsDirectory) {
  TempDir t;
  t.write("site/page.html", slurp(kPage));
  fs::path secret = t.write("elsewhere/secret.html", "<p>secret</p>");
  fs::create_symlink(secret, t.path / "site" / "secret.html");
  fs::create_symlink(t.path / "site" / "page.html", t.path / "site" / "same.html");
  CliRun r = rampa("check --no-config --format json " + quoted(t.path / "site"));
  EXPECT_EQ(r.code, 1) << r.err;
  auto pages = json::parse(r.out)["pages"];
  ASSERT_EQ(pages.size(), 2u) << pages.dump();
  for (const auto& p : pages) EXPECT_EQ(p["path"].get<std::string>().find("secret"), std::string::npos);
  EXPECT_NE(r.err.find("secret.html: a link leading outside"), std::string::npos) << r.err;
}

TEST(HostileIo, AConfigGlobCannotClimbOutOfTheProject) {
  TempDir t;
  t.write("outside.html", slurp(kPage));
  for (const std::string glob : {".[.]/outside.html", ".*/outside.html", ".?/outside.html"}) {
    SCOPED_TRACE(glob);
    t.write("project/.rampa.json", "{\"paths\": [\"" + glob + "\"]}");
    CliRun r = rampa("check", "LC_ALL= LC_MESSAGES= LANG=C", "", t.path / "project");
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("may lead outside the config file's directory"), std::string::npos) << r.err;
    EXPECT_EQ(r.out.find("outside.html"), std::string::npos) << r.out;
  }
  // A glob's match through a link out of the project is refused too.
  t.write("project/in/page.html", slurp(kPage));
  fs::create_directories(t.path / "elsewhere");
  t.write("elsewhere/page.html", slurp(kPage));
  fs::create_symlink(t.path / "elsewhere", t.path / "project" / "out");
  t.write("project/.rampa.json", "{\"paths\": [\"*/page.html\"], \"format\": \"json\"}");
  CliRun r = rampa("check", "LC_ALL= LC_MESSAGES= LANG=C", "", t.path / "project");
  EXPECT_EQ(r.code, 2) << r.err;
  auto pages = json::parse(r.out)["pages"];
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_TRUE(pages[0]["error"].is_null());
  EXPECT_NE(pages[1]["error"].dump().find("leads outside the project"), std::string::npos) << pages.dump();
}

}  // namespace
