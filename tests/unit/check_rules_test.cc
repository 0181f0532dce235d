// Each consistency rule of Check() fires on the case it is for and stays quiet
// on its look-alikes; Enrich() fills the derived values (seeds included).
#include <algorithm>
#include <filesystem>

#include <gtest/gtest.h>

#include "form4/check.h"
#include "form4/parse.h"
#include "golden_cases.h"

namespace form4 {
namespace {

Row Transaction(std::string title, std::string date, std::string code, std::string shares, std::string price,
                std::string acquired_disposed, std::string following) {
  Row row;
  row.security_title = std::move(title);
  row.transaction_date = std::move(date);
  row.code = std::move(code);
  row.form_type = "4";
  row.shares = Number{std::move(shares)};
  if (!price.empty()) row.price_per_share = Number{std::move(price)};
  row.acquired_disposed = std::move(acquired_disposed);
  row.shares_owned_following = Number{std::move(following)};
  row.direct_or_indirect = "D";
  return row;
}

Filing Form4() {
  Filing filing;
  filing.document_type = "4";
  filing.period_of_report = "2024-02-14";
  filing.signatures.push_back(Signature{"/s/ A. Filer", "2024-02-16"});
  return filing;
}

std::vector<Warning> Findings(Filing filing, const CheckOptions& options = {}) {
  Enrich(filing, options);
  return Check(filing, options);
}

std::vector<std::string> RulesOf(const std::vector<Warning>& findings) {
  std::vector<std::string> rules;
  for (const Warning& finding : findings) rules.push_back(finding.rule);
  return rules;
}

bool Fires(const Filing& filing, std::string_view rule) {
  const std::vector<std::string> rules = RulesOf(Findings(filing));
  return std::find(rules.begin(), rules.end(), rule) != rules.end();
}

TEST(HoldingsArithmeticTest, ConsecutiveRowsOfOneHolding) {
  Filing filing = Form4();
  filing.non_derivative_transactions = {
      Transaction("Common Stock", "2024-02-14", "M", "3250", "30.58", "A", "199363"),
      Transaction("Common Stock", "2024-02-14", "S", "1235", "169.4664", "D", "198128"),
      Transaction("Common Stock", "2024-02-14", "S", "2599", "170.2742", "D", "195529"),
  };
  EXPECT_FALSE(Fires(filing, "holdings-arithmetic"));
  filing.non_derivative_transactions[2].shares_owned_following = Number{"195530"};
  const std::vector<Warning> findings = Findings(filing);
  ASSERT_EQ(RulesOf(findings), std::vector<std::string>{"holdings-arithmetic"});
  EXPECT_EQ(findings[0].path, "non_derivative_transactions[2].shares_owned_following");
  EXPECT_EQ(findings[0].severity, "warning");
}

TEST(HoldingsArithmeticTest, OtherHoldingsAndExplainedAmountsAreNotChained) {
  Filing filing = Form4();
  Row trust = Transaction("Common Stock", "2024-02-14", "S", "100", "10", "D", "5000");
  trust.direct_or_indirect = "I";
  trust.nature_of_ownership = "By Trust";
  Row explained = Transaction("Common Stock", "2024-02-14", "S", "100", "10", "D", "9999");
  explained.footnote_ids["shares_owned_following"] = {"F1"};
  filing.non_derivative_transactions = {Transaction("Common Stock", "2024-02-14", "S", "100", "10", "D", "900"), trust,
                                        explained};
  EXPECT_FALSE(Fires(filing, "holdings-arithmetic"));
}

TEST(HoldingsArithmeticTest, RoundingToTheDigitsShown) {
  Filing filing = Form4();
  filing.derivative_transactions = {
      Transaction("Deferred Stock Units", "2024-02-14", "A", "10.5", "0", "A", "14242.084"),
      Transaction("Deferred Stock Units", "2024-02-14", "A", "28.593", "0", "A", "14270.678"),
  };
  EXPECT_FALSE(Fires(filing, "holdings-arithmetic"));  // off by 0.001, within rounding of three decimals
  filing.derivative_transactions[1].shares_owned_following = Number{"14270.68"};
  EXPECT_FALSE(Fires(filing, "holdings-arithmetic"));
  filing.derivative_transactions[1].shares_owned_following = Number{"14270.9"};
  EXPECT_TRUE(Fires(filing, "holdings-arithmetic"));
}

TEST(CodeDirectionTest, CodesAgainstAcquiredDisposed) {
  Filing filing = Form4();
  filing.non_derivative_transactions = {Transaction("Common Stock", "2024-02-14", "S", "10", "5", "A", "10")};
  const std::vector<Warning> findings = Findings(filing);
  ASSERT_EQ(RulesOf(findings), std::vector<std::string>{"code-acquired-disposed"});
  EXPECT_EQ(findings[0].path, "non_derivative_transactions[0].acquired_disposed");

  Filing exercise = Form4();
  exercise.derivative_transactions = {Transaction("Stock Option", "2024-02-14", "M", "10", "0", "A", "0")};
  exercise.non_derivative_transactions = {Transaction("Common Stock", "2024-02-14", "M", "10", "5", "A", "10")};
  EXPECT_TRUE(Fires(exercise, "code-acquired-disposed"));
  exercise.derivative_transactions[0].acquired_disposed = "D";
  EXPECT_FALSE(Fires(exercise, "code-acquired-disposed"));
}

TEST(CodeDirectionTest, BothSidesOfAConversionInOneTable) {
  Filing filing = Form4();
  filing.non_derivative_transactions = {
      Transaction("Class B Units", "2024-02-14", "C", "100", "0", "D", "0"),
      Transaction("Class A Common Stock", "2024-02-14", "C", "100", "0", "A", "100"),
  };
  EXPECT_FALSE(Fires(filing, "code-acquired-disposed"));
}

TEST(ExerciseTest, TableIIExerciseNeedsTheUnderlyingAcquired) {
  Filing filing = Form4();
  Row option = Transaction("Stock Option", "2024-02-14", "M", "3250", "0", "D", "6411");
  option.underlying_security_title = "Common Stock";
  option.underlying_security_shares = Number{"3250"};
  filing.derivative_transactions = {option};
  EXPECT_TRUE(Fires(filing, "exercise-without-underlying"));
  filing.non_derivative_transactions = {Transaction("Common Stock", "2024-02-15", "M", "3250", "30.58", "A", "3250")};
  EXPECT_TRUE(Fires(filing, "exercise-without-underlying"));  // another day
  filing.non_derivative_transactions[0].transaction_date = "2024-02-14";
  EXPECT_FALSE(Fires(filing, "exercise-without-underlying"));
  filing.non_derivative_transactions[0].code = "J";  // reclassified at once: matched by title
  EXPECT_FALSE(Fires(filing, "exercise-without-underlying"));
}

TEST(DateRulesTest, TransactionAfterSignatureIsAnError) {
  Filing filing = Form4();
  filing.non_derivative_transactions = {Transaction("Common Stock", "2024-02-20", "P", "10", "5", "A", "10")};
  const std::vector<Warning> findings = Findings(filing);
  ASSERT_EQ(RulesOf(findings), std::vector<std::string>{"transaction-after-signature"});
  EXPECT_EQ(findings[0].severity, "error");
}

TEST(DateRulesTest, FarFromPeriodInvalidAndExpiration) {
  Filing filing = Form4();
  filing.non_derivative_transactions = {Transaction("Common Stock", "2004-02-14", "P", "10", "5", "A", "10")};
  EXPECT_TRUE(Fires(filing, "date-far-from-period"));
  filing.non_derivative_transactions[0].transaction_date = "2024-02-30";
  EXPECT_TRUE(Fires(filing, "date-invalid"));
  Row option = Transaction("Stock Option", "2024-02-14", "A", "10", "0", "A", "10");
  option.exercise_date = "2025-02-14";
  option.expiration_date = "2024-02-14";
  Filing derivative = Form4();
  derivative.derivative_transactions = {option};
  EXPECT_TRUE(Fires(derivative, "expiration-before-exercisable"));
  derivative.derivative_transactions[0].expiration_date = "2034-02-14";
  EXPECT_FALSE(Fires(derivative, "expiration-before-exercisable"));
}

TEST(PriceRulesTest, PriceMissingUnlessFootnoted) {
  Filing filing = Form4();
  filing.non_derivative_transactions = {Transaction("Common Stock", "2024-02-14", "G", "10", "", "D", "10")};
  EXPECT_TRUE(Fires(filing, "price-missing"));
  filing.non_derivative_transactions[0].footnote_ids["price_per_share"] = {"F1"};
  EXPECT_FALSE(Fires(filing, "price-missing"));
}

TEST(PriceRulesTest, PhantomBillionDollarValue) {
  Filing filing = Form4();
  // A note's principal in the price column times the underlying shares.
  filing.derivative_transactions = {Transaction("Convertible Note", "2024-02-14", "P", "2000000", "5000000", "A", "1")};
  const std::vector<Warning> findings = Findings(filing);
  ASSERT_EQ(RulesOf(findings), std::vector<std::string>{"value-implausible"});
  EXPECT_EQ(findings[0].message,
            "2000000 shares x $5000000 = $10000000000000: a derivative's price or a total amount may stand in the "
            "per-share price");
}

TEST(OwnerRulesTest, OfficerTitleAndIndirectNature) {
  Filing filing = Form4();
  ReportingOwner owner;
  owner.name = "Doe Jane";
  owner.is_officer = true;
  filing.reporting_owners = {owner};
  EXPECT_TRUE(Fires(filing, "officer-title-missing"));
  filing.reporting_owners[0].officer_title = "CFO";
  EXPECT_FALSE(Fires(filing, "officer-title-missing"));

  Row held;
  held.security_title = "Common Stock";
  held.shares_owned_following = Number{"100"};
  held.direct_or_indirect = "I";
  filing.non_derivative_holdings = {held};
  EXPECT_TRUE(Fires(filing, "indirect-nature-missing"));
  filing.non_derivative_holdings[0].footnote_ids["nature_of_ownership"] = {"F2"};
  EXPECT_FALSE(Fires(filing, "indirect-nature-missing"));
}

TEST(Rule10b51Test, BoxAgainstFootnotes) {
  Filing filing = Form4();
  filing.aff10b5one = true;
  filing.non_derivative_transactions = {Transaction("Common Stock", "2024-02-14", "S", "10", "5", "D", "10")};
  EXPECT_TRUE(Fires(filing, "aff10b5one-footnote"));
  filing.footnotes = {Footnote{"F1", "Sold under a Rule 10b5-1 trading plan adopted on November 17, 2023."}};
  filing.non_derivative_transactions[0].footnote_ids["code"] = {"F1"};
  EXPECT_FALSE(Fires(filing, "aff10b5one-footnote"));
  filing.aff10b5one = false;
  EXPECT_TRUE(Fires(filing, "aff10b5one-footnote"));
  filing.aff10b5one = std::nullopt;  // forms before the box existed
  EXPECT_FALSE(Fires(filing, "aff10b5one-footnote"));
}

TEST(LatenessTest, TwoBusinessDaysForForm4) {
  Filing filing = Form4();
  filing.non_derivative_transactions = {Transaction("Common Stock", "2024-02-15", "S", "10", "5", "D", "10")};
  filing.signatures[0].date = "2024-02-20";  // Thursday -> Tuesday after Presidents' Day: on time
  Enrich(filing);
  EXPECT_EQ(filing.derived.days_to_file, 2);
  EXPECT_EQ(filing.derived.deadline, "2024-02-20");
  EXPECT_EQ(filing.derived.late, false);
  EXPECT_EQ(filing.derived.filed_date_source, "signature");

  filing.source.filing_date = "2024-02-21";  // the filing date wins over the signature
  Enrich(filing);
  EXPECT_EQ(filing.derived.late, true);
  EXPECT_EQ(filing.derived.days_to_file, 3);
  EXPECT_TRUE(Fires(filing, "late-filing"));

  Enrich(filing, CheckOptions{.filing_date = "2024-02-16"});
  EXPECT_EQ(filing.derived.late, false);
  EXPECT_EQ(filing.derived.filed_date_source, "options");
}

TEST(LatenessTest, DeemedExecutionAndEarlyForm5Rows) {
  Filing filing = Form4();
  Row deemed = Transaction("Common Stock", "2024-02-01", "S", "10", "5", "D", "10");
  deemed.deemed_execution_date = "2024-02-14";
  Row gift = Transaction("Common Stock", "2023-12-01", "G", "10", "0", "D", "0");
  gift.form_type = "5";  // reported early, on a Form 4: not due within two days
  filing.non_derivative_transactions = {deemed, gift};
  Enrich(filing);
  EXPECT_EQ(filing.derived.event_date, "2024-02-14");
  EXPECT_EQ(filing.derived.late, false);
}

TEST(LatenessTest, Forms3And5AndAmendments) {
  Filing form3;
  form3.document_type = "3";
  form3.period_of_report = "2024-05-15";
  form3.signatures = {Signature{"x", "2024-05-28"}};
  Enrich(form3);
  EXPECT_EQ(form3.derived.deadline, "2024-05-28");  // May 25 is a Saturday, May 27 Memorial Day
  EXPECT_EQ(form3.derived.late, false);

  Filing form5;
  form5.document_type = "5";
  form5.period_of_report = "2023-12-31";
  form5.signatures = {Signature{"x", "2024-02-20"}};
  Enrich(form5);
  EXPECT_EQ(form5.derived.deadline, "2024-02-14");
  EXPECT_EQ(form5.derived.late, true);

  Filing amendment = Form4();
  amendment.document_type = "4/A";
  amendment.non_derivative_transactions = {Transaction("Common Stock", "2023-02-14", "S", "10", "5", "D", "10")};
  Enrich(amendment);
  EXPECT_FALSE(amendment.derived.late.has_value());
  EXPECT_EQ(amendment.derived.late_reason, "an amendment: the deadline applies to the original filing");

  Filing no_dates;
  no_dates.document_type = "4";
  Enrich(no_dates);
  EXPECT_FALSE(no_dates.derived.late.has_value());
  EXPECT_TRUE(no_dates.derived.late_reason.has_value());
}

TEST(EnrichTest, RowValuesAndNetShares) {
  Filing filing = Form4();
  filing.non_derivative_transactions = {
      Transaction("Common Stock", "2024-02-14", "M", "3250", "30.58", "A", "199363"),
      Transaction("Common Stock", "2024-02-14", "S", "804", "91.3196", "D", "198559"),
  };
  Row unknown = Transaction("Stock Option", "2024-02-14", "M", "3250", "", "D", "0");
  unknown.shares = Number{"see footnote", false};
  filing.derivative_transactions = {unknown};
  Enrich(filing);
  EXPECT_EQ(filing.non_derivative_transactions[0].derived.value, Number{"99385.00"});
  EXPECT_EQ(filing.non_derivative_transactions[1].derived.value, Number{"73420.96"});
  EXPECT_FALSE(filing.derivative_transactions[0].derived.value);
  ASSERT_EQ(filing.derived.net_shares.size(), 1u);  // the option's count is not a number: no net for it
  EXPECT_EQ(filing.derived.net_shares[0].security_title, "Common Stock");
  EXPECT_EQ(filing.derived.net_shares[0].net_shares, Number{"2446"});
}

// The seed whose stem starts with `prefix`, parsed; skipped where shared/ is missing.
std::optional<Filing> Seed(std::string_view prefix) {
  const std::filesystem::path dir(FORM4_SEEDS_DIR);
  if (!std::filesystem::exists(dir)) return std::nullopt;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().filename().string().rfind(prefix, 0) == 0 && entry.path().extension() == ".txt") {
      Result<Filing> filing = ParseFiling(Slurp(entry.path()), entry.path().filename().string());
      EXPECT_TRUE(filing.ok()) << filing.status().ToString();
      if (filing.ok()) return *filing;
    }
  }
  return std::nullopt;
}

std::pair<std::string, std::string> RangeOf(const Row& row) {
  return {row.derived.price_low ? row.derived.price_low->text : "none",
          row.derived.price_high ? row.derived.price_high->text : "none"};
}

TEST(SeedEnrichTest, Seed002RangesPlanDateAndArithmetic) {
  const std::optional<Filing> filing = Seed("002_");
  if (!filing) GTEST_SKIP() << "shared seeds not found";
  const std::vector<Row>& rows = filing->non_derivative_transactions;
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(RangeOf(rows[0]), std::make_pair(std::string("none"), std::string("none")));
  EXPECT_EQ(RangeOf(rows[1]), std::make_pair(std::string("168.92"), std::string("169.80")));
  EXPECT_EQ(RangeOf(rows[2]), std::make_pair(std::string("169.92"), std::string("170.80")));
  EXPECT_EQ(RangeOf(rows[3]), std::make_pair(std::string("171.30"), std::string("172.05")));
  for (const std::vector<Row>* table : {&filing->non_derivative_transactions, &filing->derivative_transactions}) {
    for (const Row& row : *table) {
      const auto code_refs = row.footnote_ids.find("code");
      const bool cites_f1 = code_refs != row.footnote_ids.end() &&
                            std::find(code_refs->second.begin(), code_refs->second.end(), "F1") != code_refs->second.end();
      EXPECT_EQ(row.derived.plan_adoption_date, cites_f1 ? OptDate("2023-02-28") : std::nullopt);
    }
  }
  for (const Warning& warning : filing->warnings) EXPECT_NE(warning.rule, "holdings-arithmetic") << warning.message;
  EXPECT_EQ(filing->derived.late, false);
  EXPECT_EQ(filing->derived.days_to_file, 2);
}

TEST(SeedEnrichTest, Seed000RangesAndPlanDate) {
  const std::optional<Filing> filing = Seed("000_");
  if (!filing) GTEST_SKIP() << "shared seeds not found";
  const std::vector<Row>& rows = filing->non_derivative_transactions;
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(RangeOf(rows[1]), std::make_pair(std::string("90.70"), std::string("91.65")));
  EXPECT_EQ(RangeOf(rows[2]), std::make_pair(std::string("91.75"), std::string("92.70")));
  EXPECT_EQ(RangeOf(rows[3]), std::make_pair(std::string("none"), std::string("none")));
  EXPECT_EQ(rows[1].derived.plan_adoption_date, "2017-05-30");
  for (const Warning& warning : filing->warnings) EXPECT_NE(warning.rule, "holdings-arithmetic") << warning.message;
}

}  // namespace
}  // namespace form4
