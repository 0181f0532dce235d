// Facts read from footnote prose: weighted-average price ranges, 10b5-1 plan
// adoption dates, dates in prose; and the SEC's code descriptions.
#include <gtest/gtest.h>

#include "check/calendar.h"
#include "check/codes.h"
#include "check/footnote_facts.h"

namespace form4::internal {
namespace {

std::vector<std::pair<std::string, std::string>> Ranges(std::string_view text) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const PriceRange& range : FindPriceRanges(text)) out.emplace_back(FormatDecimal(range.low), FormatDecimal(range.high));
  return out;
}

using Pairs = std::vector<std::pair<std::string, std::string>>;

TEST(PriceRangeTest, VariedPhrasing) {
  EXPECT_EQ(Ranges("The sale price represents the weighted average price of the shares sold ranging from $168.92 "
                   "to $169.80 per share."),
            (Pairs{{"168.92", "169.80"}}));
  EXPECT_EQ(Ranges("These shares were sold in multiple transactions; prices ranged from 90.70 to 91.65, inclusive."),
            (Pairs{{"90.70", "91.65"}}));
  EXPECT_EQ(Ranges("at prices ranging from $1,001.000 to $1,001.910, inclusive"), (Pairs{{"1001.000", "1001.910"}}));
  EXPECT_EQ(Ranges("Weighted average price; sale prices between $15 and $16.25."), (Pairs{{"15", "16.25"}}));
  EXPECT_EQ(Ranges("The price range was $20.00-$20.22 per share."), (Pairs{{"20.00", "20.22"}}));
  EXPECT_EQ(Ranges("Prices ranged from $7.10 \xE2\x80\x93 $7.45."), (Pairs{{"7.10", "7.45"}}));
  EXPECT_EQ(Ranges("in a range of $10 per share to $12 per share"), (Pairs{{"10", "12"}}));
}

TEST(PriceRangeTest, SeveralRangesInOneFootnote) {
  EXPECT_EQ(Ranges("Weighted average prices: the first row ranged from $10.00 to $10.50, the second from $11.00 "
                   "to $11.40."),
            (Pairs{{"10.00", "10.50"}, {"11.00", "11.40"}}));
}

TEST(PriceRangeTest, NotRanges) {
  EXPECT_TRUE(Ranges("The option vests between 2021 and 2023 in equal installments.").empty());
  EXPECT_TRUE(Ranges("Prices ranged over 10 to 20 trading days.").empty());
  EXPECT_TRUE(Ranges("The sale price ranged from $12.00 to $11.00.").empty());  // low above high
  EXPECT_TRUE(Ranges("Vests on 5/30/2017 to 5/30/2020 with a price set later.").empty());
  EXPECT_TRUE(Ranges("Between 5% and 10% of the shares.").empty());
  EXPECT_TRUE(Ranges("Held by a trust from $1.00 to $2.00.").empty());  // no word about prices or ranges
}

std::string PlanDate(std::string_view text) {
  const std::optional<int> day = FindPlanAdoptionDay(text);
  return day ? ToDateText(*day) : "none";
}

TEST(PlanAdoptionTest, VariedPhrasing) {
  EXPECT_EQ(PlanDate("effected pursuant to a Rule 10b5-1 trading plan adopted by the Reporting Person on February 28, "
                     "2023."),
            "2023-02-28");
  EXPECT_EQ(PlanDate("pursuant to a Rule 10b5-1 plan entered into on 5/30/2017."), "2017-05-30");
  EXPECT_EQ(PlanDate("The sales were made under a 10b5-1 plan dated Feb. 3, 2024."), "2024-02-03");
  EXPECT_EQ(PlanDate("On May 30, 2017, the Reporting Person adopted a Rule 10b5\xE2\x80\x91" "1 trading plan."),
            "2017-05-30");  // a non-breaking hyphen
  EXPECT_EQ(PlanDate("On May 30, 2017, the Reporting Person adopted a Rule 10b5-1 trading plan."), "2017-05-30");
  EXPECT_EQ(PlanDate("a trading plan under Rule 10b5-1 established 28 February 2023"), "2023-02-28");
  EXPECT_EQ(PlanDate("pursuant to a Rule 10b5-1 plan adopted on March 1st, 2023 and modified on June 2, 2023"),
            "2023-03-01");
  EXPECT_EQ(PlanDate("pursuant to a 10b-5-1 plan effective 2023-08-15"), "2023-08-15");
}

TEST(PlanAdoptionTest, NoPlanDate) {
  EXPECT_EQ(PlanDate("Shares sold on March 5, 2024 under a 10b5-1 plan."), "none");  // the sale's date
  EXPECT_EQ(PlanDate("The plan was adopted on February 28, 2023."), "none");       // no Rule 10b5-1
  EXPECT_EQ(PlanDate("pursuant to a Rule 10b5-1 trading plan adopted by the reporting person."), "none");
  EXPECT_FALSE(MentionsRule10b51("Rule 10b-5 liability"));
  EXPECT_TRUE(MentionsRule10b51("RULE 10B5-1(c)"));
  EXPECT_TRUE(MentionsRule10b51("a 10b5 1 plan"));
}

TEST(FindDatesTest, Formats) {
  const std::vector<FoundDate> dates =
      FindDates("Sept. 5, 2023; 12/31/21; 2020-02-29; 7 July 2019; February 30, 2023; 13/01/2020");
  std::vector<std::string> texts;
  for (const FoundDate& date : dates) texts.push_back(ToDateText(date.day));
  EXPECT_EQ(texts, (std::vector<std::string>{"2023-09-05", "2021-12-31", "2020-02-29", "2019-07-07"}));
}

TEST(CodeDescriptionTest, MeaningsWithKAndV) {
  Row sale;
  sale.code = "S";
  EXPECT_EQ(CodeDescription(sale), "Open market or private sale of non-derivative or derivative security");
  EXPECT_EQ(IsOpenMarket(sale), true);
  sale.equity_swap_involved = true;
  EXPECT_EQ(CodeDescription(sale),
            "Open market or private sale of non-derivative or derivative security; K: Transaction in equity swap or "
            "instrument with similar characteristics");
  Row gift;
  gift.code = "G";
  gift.form_type = "5";
  EXPECT_EQ(CodeDescription(gift), "Bona fide gift; V: Transaction voluntarily reported earlier than required");
  EXPECT_EQ(IsOpenMarket(gift), false);
  Row early;
  early.code = "J";
  early.timeliness = "E";
  EXPECT_EQ(CodeDescription(early),
            "Other acquisition or disposition (describe transaction); V: Transaction voluntarily reported earlier "
            "than required");
  Row unknown;
  unknown.code = "Q";
  EXPECT_FALSE(CodeDescription(unknown));
  EXPECT_FALSE(IsOpenMarket(unknown));
  EXPECT_FALSE(IsOpenMarket(Row{}));
  for (std::string_view code : {"A", "C", "D", "E", "F", "G", "H", "I", "J", "L", "M", "O", "P", "S", "U", "W", "X", "Z"}) {
    EXPECT_FALSE(CodeMeaning(code).empty()) << code;
  }
}

}  // namespace
}  // namespace form4::internal
