// Enrich(): the derived values of rows and filings (docs/derived.md).
#include "check/enrich.h"

#include <algorithm>

#include "check/calendar.h"
#include "check/codes.h"
#include "check/decimal.h"

namespace form4::internal {
namespace {

constexpr int kValueScale = 2;  // derived values are in dollars and cents
constexpr int kForm3DueDays = 10;  // calendar days after the event (Rule 16a-3, Form 3 instruction 1)
constexpr int kForm5DueDays = 45;  // calendar days after the fiscal year end
constexpr int kForm4DueBusinessDays = 2;

constexpr TableKind kTransactionTables[] = {TableKind::kNonDerivativeTransactions,
                                            TableKind::kDerivativeTransactions};

bool IsTransactionTable(TableKind table) {
  return table == TableKind::kNonDerivativeTransactions || table == TableKind::kDerivativeTransactions;
}

// The footnote ids the row cites, those on price_per_share first, each once.
std::vector<const std::string*> CitedFootnotes(const Row& row) {
  std::vector<const std::string*> ids;
  const auto add = [&](const std::vector<std::string>& field_ids) {
    for (const std::string& id : field_ids) {
      if (std::none_of(ids.begin(), ids.end(), [&](const std::string* seen) { return *seen == id; })) ids.push_back(&id);
    }
  };
  if (const auto price = row.footnote_ids.find("price_per_share"); price != row.footnote_ids.end()) add(price->second);
  for (const auto& [field, field_ids] : row.footnote_ids) add(field_ids);
  return ids;
}

// The first range the row's footnotes give that holds the row's price; when the
// price is unknown, the first range.
std::optional<PriceRange> RangeForRow(const Row& row, const std::vector<const FootnoteFacts*>& cited) {
  const bool any_range = std::any_of(cited.begin(), cited.end(), [](const FootnoteFacts* facts) {
    return !facts->price_ranges.empty();
  });
  if (!any_range) return std::nullopt;
  const std::optional<Decimal> price = ToDecimal(row.price_per_share);
  for (const FootnoteFacts* facts : cited) {
    for (const PriceRange& range : facts->price_ranges) {
      if (!price || (Compare(range.low, *price) <= 0 && Compare(*price, range.high) <= 0)) return range;
    }
  }
  return std::nullopt;
}

OptNumber ValueOf(const Row& row) {
  const std::optional<Decimal> shares = ToDecimal(row.shares);
  const std::optional<Decimal> price = ToDecimal(row.price_per_share);
  if (!shares || !price) return std::nullopt;
  const std::optional<Decimal> value = Multiply(*shares, *price);
  if (!value) return std::nullopt;
  return Number{FormatDecimal(*value, kValueScale)};
}

// The date a transaction row counts from: the deemed execution date when valid, else the transaction date.
std::optional<int> EffectiveDay(const Row& row) {
  if (row.deemed_execution_date) {
    if (const std::optional<int> deemed = ToDayNumber(*row.deemed_execution_date)) return deemed;
  }
  return row.transaction_date ? ToDayNumber(*row.transaction_date) : std::nullopt;
}

// Rows that a Form 4 must report within two business days: not Form 5
// transactions reported early.
bool DueOnForm4(const Row& row) {
  const bool form5 = row.form_type && *row.form_type == "5";
  const bool early = row.timeliness && *row.timeliness == "E";
  return !form5 && !early;
}

std::optional<int> EarliestForm4Event(const Filing& filing) {
  std::optional<int> earliest;
  for (TableKind table : kTransactionTables) {
    for (const Row& row : filing.Table(table)) {
      if (!DueOnForm4(row)) continue;
      const std::optional<int> day = EffectiveDay(row);
      if (day && (!earliest || *day < *earliest)) earliest = day;
    }
  }
  return earliest;
}

std::vector<NetShares> NetSharesOf(const Filing& filing) {
  struct Tally {
    OptString title;
    Decimal net;
    bool complete = true;
  };
  std::vector<Tally> tallies;
  for (TableKind table : kTransactionTables) {
    for (const Row& row : filing.Table(table)) {
      auto tally = std::find_if(tallies.begin(), tallies.end(), [&](const Tally& t) { return t.title == row.security_title; });
      if (tally == tallies.end()) tally = tallies.insert(tallies.end(), Tally{row.security_title, Decimal{}});
      const std::optional<Decimal> shares = ToDecimal(row.shares);
      const bool acquired = row.acquired_disposed == "A";
      const bool disposed = row.acquired_disposed == "D";
      std::optional<Decimal> sum;
      if (shares && (acquired || disposed)) sum = acquired ? Add(tally->net, *shares) : Subtract(tally->net, *shares);
      if (sum) {
        tally->net = *sum;
      } else {
        tally->complete = false;
      }
    }
  }
  std::vector<NetShares> net;
  for (const Tally& tally : tallies) {
    if (tally.complete) net.push_back(NetShares{tally.title, Number{FormatDecimal(tally.net)}});
  }
  return net;
}

std::string_view BaseForm(const OptString& document_type) {
  if (!document_type || document_type->empty()) return "";
  return std::string_view(*document_type).substr(0, 1);
}

bool IsAmendment(const OptString& document_type) {
  return document_type && document_type->find("/A") != std::string::npos;
}

void SetLateness(const Filing& filing, const CheckOptions& options, FilingDerived& derived) {
  const std::string_view form = BaseForm(filing.document_type);
  std::optional<int> event;
  if (form == "4") {
    event = EarliestForm4Event(filing);
  } else if ((form == "3" || form == "5") && filing.period_of_report) {
    event = ToDayNumber(*filing.period_of_report);
  }
  const std::optional<FiledDate> filed = FiledDateOf(filing, options);
  if (event) derived.event_date = ToDateText(*event);
  if (filed) {
    derived.filed_date = ToDateText(filed->day);
    derived.filed_date_source = filed->source;
  }
  if (form != "3" && form != "4" && form != "5") {
    derived.late_reason = "unknown form type";
    return;
  }
  if (!event) {
    derived.late_reason = form == "4" ? "no transaction date due on this form" : "no period of report";
    return;
  }
  if (!filed) {
    derived.late_reason = "no filing date or signature date";
    return;
  }
  derived.days_to_file = filed->day >= *event ? BusinessDaysBetween(*event, filed->day)
                                              : -BusinessDaysBetween(filed->day, *event);
  if (IsAmendment(filing.document_type)) {
    derived.late_reason = "an amendment: the deadline applies to the original filing";
    return;
  }
  const int deadline = form == "4" ? AddBusinessDays(*event, kForm4DueBusinessDays)
                                   : BusinessDayOnOrAfter(*event + (form == "3" ? kForm3DueDays : kForm5DueDays));
  derived.deadline = ToDateText(deadline);
  derived.late = filed->day > deadline;
}

}  // namespace

FootnoteFacts ReadFootnoteFacts(std::string_view text) {
  FootnoteFacts facts;
  facts.price_ranges = FindPriceRanges(text);
  facts.mentions_rule_10b5_1 = MentionsRule10b51(text);
  if (facts.mentions_rule_10b5_1) facts.plan_adoption_day = FindPlanAdoptionDay(text);
  return facts;
}

const FootnoteFacts* FootnoteFactsCache::Get(const std::string& id) {
  if (const auto found = read_.find(id); found != read_.end()) return &found->second;
  for (const Footnote& footnote : footnotes_) {
    if (footnote.id == id) {
      return &read_.emplace(id, footnote.text ? ReadFootnoteFacts(*footnote.text) : FootnoteFacts{}).first->second;
    }
  }
  return nullptr;
}

RowDerived DeriveRow(const Row& row, TableKind table, FootnoteFactsCache& facts) {
  RowDerived derived;
  if (!IsTransactionTable(table)) return derived;
  std::vector<const FootnoteFacts*> cited;
  for (const std::string* id : CitedFootnotes(row)) {
    if (const FootnoteFacts* footnote = facts.Get(*id)) cited.push_back(footnote);
  }
  derived.value = ValueOf(row);
  if (const std::optional<PriceRange> range = RangeForRow(row, cited)) {
    derived.price_low = Number{FormatDecimal(range->low)};
    derived.price_high = Number{FormatDecimal(range->high)};
  }
  for (const FootnoteFacts* footnote : cited) {
    if (footnote->plan_adoption_day) {
      derived.plan_adoption_date = ToDateText(*footnote->plan_adoption_day);
      break;
    }
  }
  derived.code_description = CodeDescription(row);
  derived.is_open_market = IsOpenMarket(row);
  return derived;
}

std::optional<int> LatestSignatureDay(const Filing& filing) {
  std::optional<int> latest;
  for (const Signature& signature : filing.signatures) {
    const std::optional<int> day = signature.date ? ToDayNumber(*signature.date) : std::nullopt;
    if (day && (!latest || *day > *latest)) latest = day;
  }
  return latest;
}

std::optional<FiledDate> FiledDateOf(const Filing& filing, const CheckOptions& options) {
  if (options.filing_date) {
    if (const std::optional<int> day = ToDayNumber(*options.filing_date)) return FiledDate{*day, "options"};
  }
  if (filing.source.filing_date) {
    if (const std::optional<int> day = ToDayNumber(*filing.source.filing_date)) return FiledDate{*day, "filing_date"};
  }
  if (const std::optional<int> day = LatestSignatureDay(filing)) return FiledDate{*day, "signature"};
  return std::nullopt;
}

FilingDerived DeriveFiling(const Filing& filing, const CheckOptions& options) {
  FilingDerived derived;
  SetLateness(filing, options, derived);
  derived.net_shares = NetSharesOf(filing);
  return derived;
}

}  // namespace form4::internal

namespace form4 {

void Enrich(Filing& filing, const CheckOptions& options) {
  internal::FootnoteFactsCache facts(filing.footnotes);
  for (TableKind table : {TableKind::kNonDerivativeTransactions, TableKind::kNonDerivativeHoldings,
                          TableKind::kDerivativeTransactions, TableKind::kDerivativeHoldings}) {
    for (Row& row : filing.Table(table)) row.derived = internal::DeriveRow(row, table, facts);
  }
  filing.derived = internal::DeriveFiling(filing, options);
}

}  // namespace form4
