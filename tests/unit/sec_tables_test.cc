#include "form4/sec_tables.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace form4 {
namespace {

// The cell of `column` in row `index` of `table`; fails the test when the column is unknown.
SecValue CellOf(const SecRows& rows, SecTable table, std::string_view column, size_t index = 0) {
  const SecTableSpec& spec = SecTableOf(table);
  for (size_t i = 0; i < spec.columns.size(); ++i) {
    if (spec.columns[i].name == column) return rows[table].at(index).at(i);
  }
  ADD_FAILURE() << "no column " << column << " in " << spec.name;
  return std::nullopt;
}

std::vector<std::string> ColumnNames(SecTable table) {
  std::vector<std::string> names;
  for (const SecColumn& column : SecTableOf(table).columns) names.emplace_back(column.name);
  return names;
}

Filing SampleFiling() {
  Filing filing;
  filing.document_type = "4";
  filing.period_of_report = "2024-03-05";
  filing.not_subject_to_section16 = false;
  filing.aff10b5one = true;
  filing.issuer = {"0009990001", "Tamarind Robotics Inc", "TMRB"};
  ReportingOwner owner;
  owner.cik = "0009990101";
  owner.name = "Okonkwo-Lindqvist Ada";
  owner.is_director = true;
  owner.is_officer = true;
  owner.officer_title = "Chief Executive Officer";
  filing.reporting_owners.push_back(owner);

  Row sale;
  sale.security_title = "Common Stock";
  sale.transaction_date = "2024-03-05";
  sale.form_type = "4";
  sale.code = "S";
  sale.equity_swap_involved = false;
  sale.shares = Number{"1500", true};
  sale.price_per_share = Number{"12.50", true};
  sale.acquired_disposed = "D";
  sale.shares_owned_following = Number{"See footnote", false};
  sale.direct_or_indirect = "D";
  sale.footnote_ids = {{"code", {"F1"}}, {"price_per_share", {"F2", "F3"}}, {"equity_swap_involved", {"F1"}}};
  filing.non_derivative_transactions = {sale, sale};

  Row option;
  option.security_title = "Stock Option";
  option.exercise_date = "2025-01-01";
  option.expiration_date = "not a date";
  option.footnote_ids = {{"exercise_date", {"F4"}}};
  filing.derivative_holdings.push_back(option);
  filing.derivative_transactions.push_back(option);

  filing.footnotes = {{"F1", "Sold under a plan."}, {"F2", "Weighted average."}};
  filing.signatures = {{"Ada Okonkwo-Lindqvist", "2024-03-07"}};
  return filing;
}

TEST(SecTablesTest, TablesAreTheSecsInOrder) {
  std::vector<std::string> names;
  for (const SecTableSpec& spec : SecTables()) {
    names.emplace_back(spec.name);
    EXPECT_EQ(spec.columns.front().name, "ACCESSION_NUMBER") << spec.name;
  }
  EXPECT_EQ(names, (std::vector<std::string>{"SUBMISSION", "REPORTINGOWNER", "NONDERIV_TRANS", "NONDERIV_HOLDING",
                                             "DERIV_TRANS", "DERIV_HOLDING", "FOOTNOTES", "OWNER_SIGNATURE"}));
}

TEST(SecTablesTest, SubmissionColumns) {
  EXPECT_EQ(ColumnNames(SecTable::kSubmission),
            (std::vector<std::string>{"ACCESSION_NUMBER", "FILING_DATE", "PERIOD_OF_REPORT", "DATE_OF_ORIG_SUB",
                                      "NO_SECURITIES_OWNED", "NOT_SUBJECT_SEC16", "FORM3_HOLDINGS_REPORTED",
                                      "FORM4_TRANS_REPORTED", "DOCUMENT_TYPE", "ISSUERCIK", "ISSUERNAME",
                                      "ISSUERTRADINGSYMBOL", "REMARKS", "AFF10B5ONE"}));
}

TEST(SecTablesTest, NonDerivativeTransactionColumns) {
  EXPECT_EQ(ColumnNames(SecTable::kNonDerivTrans),
            (std::vector<std::string>{
                "ACCESSION_NUMBER", "NONDERIV_TRANS_SK", "SECURITY_TITLE", "SECURITY_TITLE_FN", "TRANS_DATE",
                "TRANS_DATE_FN", "DEEMED_EXECUTION_DATE", "DEEMED_EXECUTION_DATE_FN", "TRANS_FORM_TYPE",
                "TRANS_CODE", "EQUITY_SWAP_INVOLVED", "EQUITY_SWAP_TRANS_CD_FN", "TRANS_TIMELINESS",
                "TRANS_TIMELINESS_FN", "TRANS_SHARES", "TRANS_SHARES_FN", "TRANS_PRICEPERSHARE",
                "TRANS_PRICEPERSHARE_FN", "TRANS_ACQUIRED_DISP_CD", "TRANS_ACQUIRED_DISP_CD_FN",
                "SHRS_OWND_FOLWNG_TRANS", "SHRS_OWND_FOLWNG_TRANS_FN", "VALU_OWND_FOLWNG_TRANS",
                "VALU_OWND_FOLWNG_TRANS_FN", "DIRECT_INDIRECT_OWNERSHIP", "DIRECT_INDIRECT_OWNERSHIP_FN",
                "NATURE_OF_OWNERSHIP", "NATURE_OF_OWNERSHIP_FN"}));
}

TEST(SecTablesTest, OneRowPerModelItem) {
  const SecRows rows = ToSecRows(SampleFiling());
  EXPECT_EQ(rows[SecTable::kSubmission].size(), 1u);
  EXPECT_EQ(rows[SecTable::kReportingOwner].size(), 1u);
  EXPECT_EQ(rows[SecTable::kNonDerivTrans].size(), 2u);
  EXPECT_EQ(rows[SecTable::kNonDerivHolding].size(), 0u);
  EXPECT_EQ(rows[SecTable::kDerivTrans].size(), 1u);
  EXPECT_EQ(rows[SecTable::kDerivHolding].size(), 1u);
  EXPECT_EQ(rows[SecTable::kFootnotes].size(), 2u);
  EXPECT_EQ(rows[SecTable::kOwnerSignature].size(), 1u);
  for (const SecTableSpec& spec : SecTables()) {
    for (const SecRow& row : rows[spec.table]) EXPECT_EQ(row.size(), spec.columns.size()) << spec.name;
  }
}

TEST(SecTablesTest, SubmissionValues) {
  Filing filing = SampleFiling();
  filing.source.accession_number = "0009990001-24-000007";
  filing.source.filing_date = "2024-03-07";
  const SecRows rows = ToSecRows(filing);
  EXPECT_EQ(CellOf(rows, SecTable::kSubmission, "ACCESSION_NUMBER"), "0009990001-24-000007");
  EXPECT_EQ(CellOf(rows, SecTable::kSubmission, "FILING_DATE"), "2024-03-07");
  EXPECT_EQ(CellOf(rows, SecTable::kSubmission, "NOT_SUBJECT_SEC16"), "0");
  EXPECT_EQ(CellOf(rows, SecTable::kSubmission, "AFF10B5ONE"), "1");
  EXPECT_EQ(CellOf(rows, SecTable::kSubmission, "NO_SECURITIES_OWNED"), std::nullopt);
  EXPECT_EQ(CellOf(rows, SecTable::kSubmission, "ISSUERTRADINGSYMBOL"), "TMRB");
  EXPECT_EQ(CellOf(rows, SecTable::kNonDerivTrans, "ACCESSION_NUMBER", 1), "0009990001-24-000007");
}

TEST(SecTablesTest, NoAccessionNumberIsNull) {
  const SecRows rows = ToSecRows(SampleFiling());
  EXPECT_EQ(CellOf(rows, SecTable::kSubmission, "ACCESSION_NUMBER"), std::nullopt);
  EXPECT_EQ(CellOf(rows, SecTable::kFootnotes, "ACCESSION_NUMBER"), std::nullopt);
}

TEST(SecTablesTest, OwnerRelationshipListsTheCheckedBoxes) {
  const SecRows rows = ToSecRows(SampleFiling());
  EXPECT_EQ(CellOf(rows, SecTable::kReportingOwner, "RPTOWNER_RELATIONSHIP"), "Director,Officer");
  EXPECT_EQ(CellOf(rows, SecTable::kReportingOwner, "RPTOWNER_TITLE"), "Chief Executive Officer");
  EXPECT_EQ(CellOf(rows, SecTable::kReportingOwner, "FILE_NUMBER"), std::nullopt);
}

TEST(SecTablesTest, TransactionValuesKeepTheFilingsDigits) {
  const SecRows rows = ToSecRows(SampleFiling());
  EXPECT_EQ(CellOf(rows, SecTable::kNonDerivTrans, "NONDERIV_TRANS_SK", 0), "1");
  EXPECT_EQ(CellOf(rows, SecTable::kNonDerivTrans, "NONDERIV_TRANS_SK", 1), "2");
  EXPECT_EQ(CellOf(rows, SecTable::kNonDerivTrans, "TRANS_PRICEPERSHARE"), "12.50");
  EXPECT_EQ(CellOf(rows, SecTable::kNonDerivTrans, "TRANS_SHARES"), "1500");
  EXPECT_EQ(CellOf(rows, SecTable::kNonDerivTrans, "EQUITY_SWAP_INVOLVED"), "0");
  EXPECT_EQ(CellOf(rows, SecTable::kNonDerivTrans, "TRANS_DATE"), "2024-03-05");
}

TEST(SecTablesTest, TextWhereANumberBelongsIsNull) {
  const SecRows rows = ToSecRows(SampleFiling());
  EXPECT_EQ(CellOf(rows, SecTable::kNonDerivTrans, "SHRS_OWND_FOLWNG_TRANS"), std::nullopt);
  EXPECT_EQ(CellOf(rows, SecTable::kDerivHolding, "EXPIRATION_DATE"), std::nullopt);
}

TEST(SecTablesTest, FootnoteColumns) {
  const SecRows rows = ToSecRows(SampleFiling());
  EXPECT_EQ(CellOf(rows, SecTable::kNonDerivTrans, "TRANS_PRICEPERSHARE_FN"), "F2,F3");
  // The transaction coding group (code, form type, swap flag) has one footnote column.
  EXPECT_EQ(CellOf(rows, SecTable::kNonDerivTrans, "EQUITY_SWAP_TRANS_CD_FN"), "F1");
  EXPECT_EQ(CellOf(rows, SecTable::kNonDerivTrans, "TRANS_SHARES_FN"), std::nullopt);
  // The SEC spells the transaction table's column EXCERCISE_DATE, the holding table's EXERCISE_DATE.
  EXPECT_EQ(CellOf(rows, SecTable::kDerivTrans, "EXCERCISE_DATE_FN"), "F4");
  EXPECT_EQ(CellOf(rows, SecTable::kDerivHolding, "EXERCISE_DATE_FN"), "F4");
}

TEST(SecTablesTest, SecDateStyle) {
  const SecRows rows = ToSecRows(SampleFiling(), {SecDateStyle::kSec});
  EXPECT_EQ(CellOf(rows, SecTable::kSubmission, "PERIOD_OF_REPORT"), "05-MAR-2024");
  EXPECT_EQ(CellOf(rows, SecTable::kOwnerSignature, "OWNERSIGNATUREDATE"), "07-MAR-2024");
  EXPECT_EQ(CellOf(rows, SecTable::kDerivHolding, "EXERCISE_DATE"), "01-JAN-2025");
}

TEST(SecTablesTest, ToSecDate) {
  EXPECT_EQ(ToSecDate("2010-12-31"), "31-DEC-2010");
  EXPECT_EQ(ToSecDate("2010-13-01"), std::nullopt);
  EXPECT_EQ(ToSecDate("2023-02-29"), std::nullopt);
  EXPECT_EQ(ToSecDate("2024-02-29"), "29-FEB-2024");
  EXPECT_EQ(ToSecDate("2024-04-31"), std::nullopt);
  EXPECT_EQ(ToSecDate("0000-01-01"), std::nullopt);
  EXPECT_EQ(ToSecDate("2010-1-01"), std::nullopt);
  EXPECT_EQ(ToSecDate(""), std::nullopt);
}

}  // namespace
}  // namespace form4
