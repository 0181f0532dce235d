#include "cli.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

namespace form4::cli {
namespace {

struct CliRun {
  int exit_code;
  std::string out;
  std::string err;
};

CliRun Form4(std::vector<std::string> args) {
  args.insert(args.begin(), "form4");
  std::ostringstream out, err;
  const int code = RunCli(args, {out, err});
  return {code, out.str(), err.str()};
}

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("form4_cli_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& content) {
    const std::filesystem::path path = dir_ / name;
    std::ofstream(path) << content;
    return path.string();
  }

  std::filesystem::path dir_;
};

constexpr const char* kFiling =
    "<ownershipDocument><documentType>4</documentType><issuer><issuerName>Acme</issuerName>"
    "</issuer></ownershipDocument>";

TEST_F(CliTest, UsageErrorsExitWithTwo) {
  EXPECT_EQ(Form4({}).exit_code, kExitUsage);
  EXPECT_EQ(Form4({"parse"}).exit_code, kExitUsage);
  EXPECT_EQ(Form4({"frobnicate"}).exit_code, kExitUsage);
  EXPECT_EQ(Form4({"--help"}).exit_code, kExitOk);
}

TEST_F(CliTest, ParsePrintsOneLinePerInputAndReportsFailuresAfterTheRest) {
  const std::string good = Write("good.xml", kFiling);
  const std::string bad = Write("bad.txt", "not a filing");
  const CliRun run = Form4({"parse", good, (dir_ / "missing.xml").string(), bad, good});
  EXPECT_EQ(run.exit_code, kExitFailed);
  EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), 2);
  EXPECT_NE(run.err.find("missing.xml: cannot open: No such file or directory"), std::string::npos);
  EXPECT_NE(run.err.find("bad.txt: expected an ownership filing"), std::string::npos);
}

TEST_F(CliTest, ParseOutWritesOneFilePerInputNamedAfterIt) {
  const std::string input = Write("0001__4_ACME.xml", kFiling);
  const CliRun run = Form4({"parse", "--out", (dir_ / "out").string(), input});
  EXPECT_EQ(run.exit_code, kExitOk) << run.err;
  EXPECT_TRUE(run.out.empty());
  std::ifstream written(dir_ / "out" / "0001__4_ACME.json");
  std::string line;
  ASSERT_TRUE(std::getline(written, line));
  EXPECT_EQ(line.rfind("{\"document_type\":\"4\"", 0), 0u);
}

TEST_F(CliTest, DetectNamesTheFormat) {
  const CliRun run = Form4({"detect", Write("a.xml", kFiling)});
  EXPECT_EQ(run.exit_code, kExitOk);
  EXPECT_NE(run.out.find("\txml\n"), std::string::npos);
}

TEST_F(CliTest, ConvertWritesXmlForOneInputAndNeedsOutForSeveral) {
  const std::string input = Write("a.xml", kFiling);
  const CliRun one = Form4({"convert", "--to", "xml", input});
  EXPECT_EQ(one.exit_code, kExitOk) << one.err;
  EXPECT_EQ(one.out.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ownershipDocument>", 0), 0u) << one.out;
  EXPECT_NE(one.out.find("<issuerName>Acme</issuerName>"), std::string::npos);
  const CliRun two = Form4({"convert", "--to", "xml", input, input});
  EXPECT_EQ(two.exit_code, kExitUsage);
  EXPECT_TRUE(two.out.empty());
  const CliRun out = Form4({"convert", "--to", "xml", "--out", (dir_ / "out").string(), input});
  EXPECT_EQ(out.exit_code, kExitOk) << out.err;
  EXPECT_TRUE(std::filesystem::exists(dir_ / "out" / "a.xml"));
}

TEST_F(CliTest, ConvertToCsvWritesOneHeaderForAllInputs) {
  const std::string input = Write("a.xml", kFiling);
  const CliRun run = Form4({"convert", "--to", "csv", input, input});
  EXPECT_EQ(run.exit_code, kExitOk) << run.err;
  EXPECT_EQ(run.out.rfind("accession_number,", 0), 0u);
  EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), 1);  // no transactions: the header alone
  EXPECT_EQ(Form4({"convert", "--to", "yaml", input}).exit_code, kExitUsage);
}

}  // namespace
}  // namespace form4::cli
