// The holder of each row where OCR lost a nature's marker: holdings linked by
// their arithmetic, conversions linked across the tables, a code's marker
// shared by both tables.
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "parse/ocr/ocr_holders.h"
#include "parse/ocr/ocr_table.h"

namespace form4::internal {
namespace {

TEST(ContinuedHoldings, LinksARowToTheEarlierRowWhoseAmountItContinues) {
  const std::vector<HoldingStep> steps = {
      {"Class A Common Stock", 1000, "A", 1500},  // 0: begins a holding (500 before)
      {"Class A Common Stock", 4000, "A", 9000},  // 1: another holding
      {"Class A Common Stock", 600, "D", 900},    // 2: 1500 - 600 = 900: continues 0
      {"Class A Common Stock", 900, "D", 0},      // 3: continues 2, the latest leaving 900
      {"Class B Common Stock", 500, "D", 1000},   // 4: another title: 1500 is Class A's
      {"Class A Common Stock", 100, "", 8900},    // 5: (A) or (D) unread
      {"Class A Common Stock", std::nullopt, "D", 8900},  // 6: shares unread
  };
  const std::vector<std::optional<size_t>> continued = ContinuedHoldings(steps);
  const std::vector<std::optional<size_t>> expected = {std::nullopt, std::nullopt, 0, 2,
                                                       std::nullopt, std::nullopt, std::nullopt};
  EXPECT_EQ(continued, expected);
}

TEST(SharedHoldingNatures, FindsIndirectHoldingsOfOneSecurityReadAlike) {
  const std::vector<HoldingNature> rows = {
      {"Class A Common Stock", "By Fund", true},
      {"Class A Common Stock", "By Fund", true},   // another holder of the same security
      {"Class A Common Stock", "By Fund", false},  // a transaction, or held directly
      {"Class B Common Stock", "By Fund", true},   // the only one of its security
      {"Class A Common Stock", "By Trust", true},
      {"Class A Common Stock", "", true},
      {"Class A Common Stock", "", true},          // no nature read: nothing alike
  };
  const std::vector<bool> expected = {true, true, false, false, false, false, false};
  EXPECT_EQ(SharedHoldingNatures(rows), expected);
}

TEST(FitHolderRun, NumbersHoldingsDownTheTableWhereMostReadingsAgree) {
  const std::vector<int> holders = {2, 4, 5, 6, 7, 8, 9, 10, 11};
  // Read 4, a misread 6 for 5, 6, lost, lost, 9: the run 4..9 fits three of four.
  EXPECT_EQ(FitHolderRun({4, 6, 6, 0, 0, 9}, holders), (std::vector<int>{4, 5, 6, 7, 8, 9}));
  EXPECT_TRUE(FitHolderRun({4, 0, 0}, holders).empty());          // one reading: too little
  EXPECT_TRUE(FitHolderRun({4, 6, 9, 11}, holders).empty());      // readings fitting no run
  EXPECT_TRUE(FitHolderRun({0, 0, 0}, holders).empty());
  EXPECT_TRUE(FitHolderRun({2, 4}, {2, 4}).size() == 2);
  EXPECT_TRUE(FitHolderRun({2, 4, 5}, {2, 4}).empty());           // more rows than holders
}

Row Conversion(const std::string& date, const std::string& shares, const std::string& nature) {
  Row row;
  row.code = "C";
  row.transaction_date = date;
  row.shares = Number{shares, true};
  row.direct_or_indirect = "I";
  row.nature_of_ownership = nature;
  return row;
}

TEST(ShareConversionHolders, GivesEachSideTheNatureFootnoteTheOtherRead) {
  Filing filing;
  filing.non_derivative_transactions = {Conversion("2024-03-14", "2500", "See Footnote"),
                                        Conversion("2024-03-14", "1200", "See Footnote")};
  filing.non_derivative_transactions[0].footnote_ids = {{"nature_of_ownership", {"F3"}}};
  filing.derivative_transactions = {Conversion("2024-03-14", "2500", "See Footnote"),
                                    Conversion("2024-03-14", "1200", "See Footnotes")};
  filing.derivative_transactions[1].footnote_ids = {{"nature_of_ownership", {"F4"}}};
  ShareConversionHolders(filing);
  EXPECT_EQ(filing.derivative_transactions[0].footnote_ids["nature_of_ownership"], std::vector<std::string>{"F3"});
  EXPECT_EQ(filing.non_derivative_transactions[1].footnote_ids["nature_of_ownership"], std::vector<std::string>{"F4"});
  ASSERT_EQ(filing.warnings.size(), 2u);
  EXPECT_EQ(filing.warnings[0].rule, "ocr-conversion-holder");
  EXPECT_EQ(filing.warnings[0].path, "derivative_transactions[0].footnote_ids.nature_of_ownership");
}

TEST(ShareConversionHolders, LeavesRowsOfOtherNaturesDatesOrAmountsAlone) {
  Filing filing;
  filing.non_derivative_transactions = {Conversion("2024-03-14", "2500", "By Trust"),
                                        Conversion("2024-03-14", "700", "See Footnote"),
                                        Conversion("2024-03-14", "900", "See Footnote"),
                                        Conversion("2024-03-14", "900", "See Footnote")};
  for (Row& row : filing.non_derivative_transactions) row.footnote_ids = {{"nature_of_ownership", {"F2"}}};
  filing.derivative_transactions = {Conversion("2024-03-14", "2500", "See Footnote"),  // another nature
                                    Conversion("2024-03-15", "700", "See Footnote"),   // another date
                                    Conversion("2024-03-14", "900", "See Footnote")};  // two rows produced it
  ShareConversionHolders(filing);
  for (const Row& row : filing.derivative_transactions) EXPECT_TRUE(row.footnote_ids.empty());
  EXPECT_TRUE(filing.warnings.empty());
}

TEST(DropFootnoteNatureDebris, ReadsSeeFootnoteThroughAMarkersDebris) {
  Filing filing;
  for (const char* nature : {"See On Footnote", "See Ce Footnote(!5)", "as) Footnote", "See footnote",
                             "See Rivendell Footnote", "By Trust"}) {
    Row row;
    row.nature_of_ownership = nature;
    filing.non_derivative_holdings.push_back(row);
  }
  DropFootnoteNatureDebris(filing);
  const std::vector<Row>& rows = filing.non_derivative_holdings;
  EXPECT_EQ(rows[0].nature_of_ownership, "See Footnote");
  EXPECT_EQ(rows[1].nature_of_ownership, "See Footnote");
  EXPECT_EQ(rows[2].nature_of_ownership, "Footnote");      // a piece, for CompleteNatureFragments
  EXPECT_EQ(rows[3].nature_of_ownership, "See footnote");  // the case read
  EXPECT_EQ(rows[4].nature_of_ownership, "See Rivendell Footnote");  // a word, no debris
  EXPECT_EQ(rows[5].nature_of_ownership, "By Trust");
  ASSERT_EQ(filing.warnings.size(), 3u);
  EXPECT_EQ(filing.warnings[0].rule, "ocr-nature-completed");
}

TEST(ExplainsUntradedHolding, ReadsTheFootnoteOnHoldingsInNoTransaction) {
  EXPECT_TRUE(ExplainsUntradedHolding("These shares were not subject to a particular transaction during the dates "
                                      "covered by this Form 4 and are listed here to disclose the holdings."));
  EXPECT_TRUE(ExplainsUntradedHolding("Shares listed here to disclose the Reporting Person's holdings."));
  EXPECT_FALSE(ExplainsUntradedHolding("These shares are held of record by Example Fund, LP."));
}

TEST(ReferHoldingsToUntradedFootnote, GivesHoldingsWithoutAMarkerTheOneFootnote) {
  Filing filing;
  filing.document_type = "4";
  filing.footnotes = {{"F1", "Reflects the conversion of Class B Common Stock."},
                      {"F2", "These shares were not subject to a transaction reported on this Form 4."}};
  Row holding;
  holding.shares_owned_following = Number{"1000", true};
  filing.non_derivative_holdings = {holding, holding};
  filing.non_derivative_holdings[1].footnote_ids = {{"shares_owned_following", {"F1"}}};
  filing.derivative_holdings = {holding};
  ReferHoldingsToUntradedFootnote(filing);
  EXPECT_EQ(filing.non_derivative_holdings[0].footnote_ids["shares_owned_following"], std::vector<std::string>{"F2"});
  EXPECT_EQ(filing.non_derivative_holdings[1].footnote_ids["shares_owned_following"], std::vector<std::string>{"F1"});
  EXPECT_EQ(filing.derivative_holdings[0].footnote_ids["shares_owned_following"], std::vector<std::string>{"F2"});
  ASSERT_EQ(filing.warnings.size(), 2u);
  EXPECT_EQ(filing.warnings[0].rule, "ocr-holding-footnote");
}

TEST(ReferHoldingsToUntradedFootnote, LeavesAFootnoteATransactionRefersToAlone) {
  Filing filing;
  filing.document_type = "4";
  filing.footnotes = {{"F1", "These shares were not subject to a transaction reported on this Form 4."}};
  Row holding;
  holding.shares_owned_following = Number{"1000", true};
  filing.non_derivative_holdings = {holding};
  filing.non_derivative_transactions = {holding};
  filing.non_derivative_transactions[0].footnote_ids = {{"shares_owned_following", {"F1"}}};
  ReferHoldingsToUntradedFootnote(filing);
  EXPECT_TRUE(filing.non_derivative_holdings[0].footnote_ids.empty());
  filing.non_derivative_transactions.clear();
  filing.document_type = "3";  // a Form 3 lists holdings alone
  ReferHoldingsToUntradedFootnote(filing);
  EXPECT_TRUE(filing.non_derivative_holdings[0].footnote_ids.empty());
}

TEST(MarkerDecoder, KeepsTheMarkersEveryRowOfACodeShows) {
  MarkerDecoder markers(5);
  markers.AddCodeMarkers("C", "(1)");
  markers.AddCodeMarkers("C", "(1)");
  markers.AddCodeMarkers("S", "(2)");
  markers.AddCodeMarkers("S", "");  // a sale whose code shows none
  markers.AddCodeMarkers("J", "(3)");
  markers.AddCodeMarkers("J", "(4)");
  EXPECT_EQ(markers.CodeMarkers("C"), "(1)");
  EXPECT_EQ(markers.CodeMarkers("S"), "");
  EXPECT_EQ(markers.CodeMarkers("J"), "");
  EXPECT_EQ(markers.CodeMarkers("M"), "");
}

}  // namespace
}  // namespace form4::internal
