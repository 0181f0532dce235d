// Check(): the consistency rules over a filing (docs/rules.md, "Checks").
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "check/calendar.h"
#include "check/decimal.h"
#include "check/enrich.h"
#include "form4/check.h"

namespace form4 {
namespace {

using internal::Compare;
using internal::Decimal;
using internal::FormatDecimal;
using internal::ToDayNumber;
using internal::ToDecimal;

constexpr int kFarFromPeriodDays = 3653;  // ten years
const Decimal kImplausibleValue{1'000'000'000, 0};  // dollars

struct TableRef {
  TableKind kind;
  const char* key;
};
constexpr TableRef kTables[] = {
    {TableKind::kNonDerivativeTransactions, "non_derivative_transactions"},
    {TableKind::kNonDerivativeHoldings, "non_derivative_holdings"},
    {TableKind::kDerivativeTransactions, "derivative_transactions"},
    {TableKind::kDerivativeHoldings, "derivative_holdings"},
};
constexpr TableRef kTransactionTables[] = {kTables[0], kTables[2]};

bool IsDerivative(TableKind kind) {
  return kind == TableKind::kDerivativeTransactions || kind == TableKind::kDerivativeHoldings;
}

std::string RowPath(const TableRef& table, size_t index, std::string_view field) {
  std::string path = table.key;
  path.append("[").append(std::to_string(index)).append("]");
  if (!field.empty()) path.append(".").append(field);
  return path;
}

class Findings {
 public:
  void Add(std::string rule, std::string severity, std::string path, std::string message) {
    list_.push_back(Warning{std::move(rule), std::move(severity), std::move(path), std::move(message)});
  }
  std::vector<Warning> Take() { return std::move(list_); }

 private:
  std::vector<Warning> list_;
};

// Field names as the footnote maps key them, built once (some exceed the
// small-string buffer, and rows are looked up many times).
const std::string kPricePerShare = "price_per_share";
const std::string kSharesOwnedFollowing = "shares_owned_following";
const std::string kDirectOrIndirect = "direct_or_indirect";
const std::string kNatureOfOwnership = "nature_of_ownership";
const std::string kConversionOrExercisePrice = "conversion_or_exercise_price";
const std::string kExerciseDate = "exercise_date";
const std::string kExpirationDate = "expiration_date";

bool HasFootnoteOn(const Row& row, const std::string& field) {
  const auto found = row.footnote_ids.find(field);
  return found != row.footnote_ids.end() && !found->second.empty();
}

std::string Shown(const OptString& text) { return text ? *text : std::string("(none)"); }

// ---- holdings arithmetic ----

bool SameFootnotes(const Row& a, const Row& b, const std::string& field) {
  if (a.footnote_ids.empty() && b.footnote_ids.empty()) return true;
  const auto in_a = a.footnote_ids.find(field);
  const auto in_b = b.footnote_ids.find(field);
  const bool has_a = in_a != a.footnote_ids.end() && !in_a->second.empty();
  const bool has_b = in_b != b.footnote_ids.end() && !in_b->second.empty();
  return has_a == has_b && (!has_a || in_a->second == in_b->second);
}

// True when two rows report one holding: the same title and ownership form,
// and on Table II the same exercise price, exercisable and expiration dates
// (one grant). Strictly, the footnotes on those fields must match too (holders
// or grants told apart only by their footnotes: "See Footnote" with F3 is not
// the holding "See Footnote" with F4).
bool SameHolding(const Row& a, const Row& b, TableKind kind, bool strict) {
  if (a.security_title != b.security_title || a.direct_or_indirect != b.direct_or_indirect ||
      a.nature_of_ownership != b.nature_of_ownership) {
    return false;
  }
  if (IsDerivative(kind) && (a.conversion_or_exercise_price != b.conversion_or_exercise_price ||
                             a.exercise_date != b.exercise_date || a.expiration_date != b.expiration_date)) {
    return false;
  }
  if (!strict) return true;
  for (const std::string* field : {&kDirectOrIndirect, &kNatureOfOwnership}) {
    if (!SameFootnotes(a, b, *field)) return false;
  }
  if (!IsDerivative(kind)) return true;
  for (const std::string* field : {&kConversionOrExercisePrice, &kExerciseDate, &kExpirationDate}) {
    if (!SameFootnotes(a, b, *field)) return false;
  }
  return true;
}

// How far apart prev +/- shares and the amount owned following may be. Numbers
// that are all whole are counts and must agree exactly. Otherwise each number
// may have been rounded to the digits shown, by half a unit in its last place
// (14242.084 + 28.593 shown as 14270.678 is within 0.0015).
Decimal RoundingTolerance(std::initializer_list<Decimal> numbers) {
  int finest = 0;
  for (const Decimal& number : numbers) finest = std::max(finest, number.scale);
  Decimal tolerance{0, finest + 1};
  if (finest == 0) return tolerance;
  for (const Decimal& number : numbers) {
    internal::Int128 half_unit = 5;
    for (int i = number.scale; i < finest; ++i) half_unit *= 10;
    tolerance.units += half_unit;
  }
  return tolerance;
}

// The last row of each holding seen so far that gave an amount owned following.
class HoldingChains {
 public:
  HoldingChains(TableKind kind, bool strict) : kind_(kind), strict_(strict) {}

  // The amount owned after the last row of `row`'s holding, or nullptr.
  const Decimal* Last(const Row& row) const {
    const auto found = Find(row);
    return found == last_.end() ? nullptr : &found->second;
  }
  // Records the row's amount; a row without one breaks the chain.
  void Record(const Row& row, const std::optional<Decimal>& following) {
    const auto found = Find(row);
    if (found != last_.end()) last_.erase(found);
    if (following) last_.emplace_back(&row, *following);
  }

 private:
  std::vector<std::pair<const Row*, Decimal>>::const_iterator Find(const Row& row) const {
    return std::find_if(last_.begin(), last_.end(),
                        [&](const auto& entry) { return SameHolding(*entry.first, row, kind_, strict_); });
  }

  TableKind kind_;
  bool strict_;
  std::vector<std::pair<const Row*, Decimal>> last_;
};

// previous +/- shares, when it is within rounding of `following`; else nullopt
// and `expected` holds the sum.
bool SumHolds(const Decimal& previous, const Decimal& shares, bool acquired, const Decimal& following,
              std::optional<Decimal>& expected) {
  expected = acquired ? internal::Add(previous, shares) : internal::Subtract(previous, shares);
  const std::optional<Decimal> gap = expected ? internal::Subtract(following, *expected) : std::nullopt;
  if (!gap) return true;  // too large to compute: no finding
  const Decimal distance{gap->units < 0 ? -gap->units : gap->units, gap->scale};
  return Compare(distance, RoundingTolerance({previous, shares, following})) <= 0;
}

// Each row's amount owned following is the previous row's of the same holding,
// plus or minus its shares. The previous row is the last one of the same holding
// strictly (footnotes on the ownership fields count); the last one of the same
// holding by values alone may satisfy the sum instead, for a filer who left a
// footnote off one row.
void CheckHoldingsArithmetic(const Filing& filing, Findings& findings) {
  for (const TableRef& table : kTransactionTables) {
    HoldingChains strict_chains(table.kind, true);
    HoldingChains loose_chains(table.kind, false);
    const std::vector<Row>& rows = filing.Table(table.kind);
    for (size_t i = 0; i < rows.size(); ++i) {
      const Row& row = rows[i];
      const std::optional<Decimal> following = ToDecimal(row.shares_owned_following);
      const std::optional<Decimal> shares = ToDecimal(row.shares);
      const bool acquired = row.acquired_disposed == "A";
      // A footnote on the amount owned following explains it (shares bought under
      // an ESPP, a split, a transfer between accounts), so the sum need not hold.
      const bool explained = HasFootnoteOn(row, kSharesOwnedFollowing);
      const Decimal* previous = strict_chains.Last(row);
      const Decimal* loose_previous = loose_chains.Last(row);
      if (previous != nullptr && following && shares && !explained && (acquired || row.acquired_disposed == "D")) {
        std::optional<Decimal> expected;
        std::optional<Decimal> loose_expected;
        const bool holds = SumHolds(*previous, *shares, acquired, *following, expected) ||
                           (loose_previous != nullptr &&
                            SumHolds(*loose_previous, *shares, acquired, *following, loose_expected));
        if (!holds && expected) {
          findings.Add("holdings-arithmetic", "warning", RowPath(table, i, "shares_owned_following"),
                       fmt::format("the previous row of this security and ownership form leaves {}; {} {} {} = {}, "
                                   "but the row shows {}",
                                   FormatDecimal(*previous), FormatDecimal(*previous), acquired ? "+" : "-",
                                   FormatDecimal(*shares), FormatDecimal(*expected), FormatDecimal(*following)));
        }
      }
      strict_chains.Record(row, following);
      loose_chains.Record(row, following);
    }
  }
}

// ---- code versus acquired/disposed ----

// The direction a code implies in a table: 'A', 'D', or 0 when either is normal.
char ExpectedDirection(std::string_view code, TableKind kind) {
  if (code == "S" || code == "F" || code == "D") return 'D';
  if (code == "P" || code == "A") return 'A';
  if (code == "M" || code == "X" || code == "C" || code == "O") return IsDerivative(kind) ? 'D' : 'A';
  return 0;
}

bool IsExerciseCode(const OptString& code) {
  return code && (*code == "M" || *code == "X" || *code == "C" || *code == "O");
}

// True when another row of the table has the same exercise or conversion code and
// date and moves the other way: the two sides of one exercise or conversion
// inside a table (Class B units converted into Class A shares in Table I, a
// warrant exercised into a convertible class in Table II).
bool IsOtherSideOfExercise(const std::vector<Row>& rows, const Row& row, char expected) {
  if (!IsExerciseCode(row.code)) return false;
  const std::string other(1, expected);
  return std::any_of(rows.begin(), rows.end(), [&](const Row& candidate) {
    return &candidate != &row && candidate.code == row.code && candidate.transaction_date == row.transaction_date &&
           candidate.acquired_disposed == other;
  });
}

void CheckCodeDirection(const Filing& filing, Findings& findings) {
  for (const TableRef& table : kTransactionTables) {
    const std::vector<Row>& rows = filing.Table(table.kind);
    for (size_t i = 0; i < rows.size(); ++i) {
      const Row& row = rows[i];
      if (!row.code || !row.acquired_disposed || row.acquired_disposed->size() != 1) continue;
      const char expected = ExpectedDirection(*row.code, table.kind);
      if (expected == 0 || (*row.acquired_disposed)[0] == expected) continue;
      if (IsOtherSideOfExercise(rows, row, expected)) continue;
      findings.Add("code-acquired-disposed", "warning", RowPath(table, i, "acquired_disposed"),
                   fmt::format("code {} on {} normally {}, but the row is marked {}", *row.code,
                               IsDerivative(table.kind) ? "Table II" : "Table I",
                               expected == 'A' ? "acquires (A)" : "disposes (D)", *row.acquired_disposed));
    }
  }
}

// ---- exercises matched by the underlying ----

bool SameTitle(const OptString& a, const OptString& b) {
  return a && b && a->size() == b->size() &&
         std::equal(a->begin(), a->end(), b->begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// The acquisition of what `exercise` delivers, on the same date, in Table I or as
// a new Table II security: coded as an exercise or conversion, or whatever its
// code, of the underlying security's title or of exactly the underlying amount
// (preferred converted to common and reclassified at once is coded J).
bool HasUnderlyingAcquisition(const Filing& filing, const Row& exercise) {
  const std::optional<Decimal> underlying = ToDecimal(exercise.underlying_security_shares);
  for (TableKind kind : {TableKind::kNonDerivativeTransactions, TableKind::kDerivativeTransactions}) {
    for (const Row& row : filing.Table(kind)) {
      if (row.acquired_disposed != "A" || row.transaction_date != exercise.transaction_date) continue;
      if (IsExerciseCode(row.code) || SameTitle(row.security_title, exercise.underlying_security_title)) return true;
      const std::optional<Decimal> shares = ToDecimal(row.shares);
      if (underlying && shares && Compare(*underlying, *shares) == 0) return true;
    }
  }
  return false;
}

void CheckExercisesMatched(const Filing& filing, Findings& findings) {
  const TableRef& table = kTables[2];
  const std::vector<Row>& rows = filing.Table(table.kind);
  std::vector<std::string> reported_dates;
  for (size_t i = 0; i < rows.size(); ++i) {
    const Row& row = rows[i];
    if (!IsExerciseCode(row.code) || row.acquired_disposed != "D" || !row.transaction_date) continue;
    if (std::find(reported_dates.begin(), reported_dates.end(), *row.transaction_date) != reported_dates.end()) continue;
    if (HasUnderlyingAcquisition(filing, row)) continue;
    reported_dates.push_back(*row.transaction_date);
    findings.Add("exercise-without-underlying", "warning", RowPath(table, i, "code"),
                 fmt::format("{} of {} on {} has no acquisition of the underlying ({}) by exercise or conversion "
                             "on that date in Table I",
                             *row.code, Shown(row.security_title), *row.transaction_date,
                             Shown(row.underlying_security_title)));
  }
}

// ---- dates ----

constexpr std::string_view kRowDateFields[] = {"transaction_date", "deemed_execution_date", "exercise_date",
                                               "expiration_date"};

const OptDate& RowDate(const Row& row, std::string_view field) {
  if (field == "transaction_date") return row.transaction_date;
  if (field == "deemed_execution_date") return row.deemed_execution_date;
  if (field == "exercise_date") return row.exercise_date;
  return row.expiration_date;
}

void CheckDateFormat(const Filing& filing, Findings& findings) {
  // `path` is called only for a finding: building paths for every date would cost more than the check.
  const auto check = [&](const OptDate& date, const auto& path) {
    if (date && !ToDayNumber(*date)) {
      findings.Add("date-invalid", "warning", path(), fmt::format("\"{}\" is not a calendar date", *date));
    }
  };
  check(filing.period_of_report, [] { return std::string("period_of_report"); });
  check(filing.date_of_original_submission, [] { return std::string("date_of_original_submission"); });
  for (const TableRef& table : kTables) {
    const std::vector<Row>& rows = filing.Table(table.kind);
    for (size_t i = 0; i < rows.size(); ++i) {
      for (std::string_view field : kRowDateFields) {
        check(RowDate(rows[i], field), [&] { return RowPath(table, i, field); });
      }
    }
  }
  for (size_t i = 0; i < filing.signatures.size(); ++i) {
    check(filing.signatures[i].date, [&] { return fmt::format("signatures[{}].date", i); });
  }
}

void CheckTransactionDates(const Filing& filing, Findings& findings) {
  const std::optional<int> signed_day = internal::LatestSignatureDay(filing);
  const std::optional<int> period = filing.period_of_report ? ToDayNumber(*filing.period_of_report) : std::nullopt;
  for (const TableRef& table : kTransactionTables) {
    const std::vector<Row>& rows = filing.Table(table.kind);
    for (size_t i = 0; i < rows.size(); ++i) {
      const std::optional<int> day = rows[i].transaction_date ? ToDayNumber(*rows[i].transaction_date) : std::nullopt;
      if (!day) continue;
      if (signed_day && *day > *signed_day) {
        findings.Add("transaction-after-signature", "error", RowPath(table, i, "transaction_date"),
                     fmt::format("transaction on {}, after the filing was signed on {}", *rows[i].transaction_date,
                                 internal::ToDateText(*signed_day)));
      }
      if (period && std::abs(*day - *period) > kFarFromPeriodDays) {
        findings.Add("date-far-from-period", "warning", RowPath(table, i, "transaction_date"),
                     fmt::format("transaction on {}, more than ten years from the period of report {}",
                                 *rows[i].transaction_date, *filing.period_of_report));
      }
    }
  }
}

void CheckExpiration(const Filing& filing, Findings& findings) {
  for (const TableRef& table : {kTables[2], kTables[3]}) {
    const std::vector<Row>& rows = filing.Table(table.kind);
    for (size_t i = 0; i < rows.size(); ++i) {
      const Row& row = rows[i];
      const std::optional<int> exercisable = row.exercise_date ? ToDayNumber(*row.exercise_date) : std::nullopt;
      const std::optional<int> expires = row.expiration_date ? ToDayNumber(*row.expiration_date) : std::nullopt;
      if (exercisable && expires && *expires < *exercisable) {
        findings.Add("expiration-before-exercisable", "error", RowPath(table, i, "expiration_date"),
                     fmt::format("expires {}, before it becomes exercisable on {}", *row.expiration_date,
                                 *row.exercise_date));
      }
    }
  }
}

// ---- prices and values ----

void CheckPricePresent(const Filing& filing, Findings& findings) {
  for (const TableRef& table : kTransactionTables) {
    const std::vector<Row>& rows = filing.Table(table.kind);
    for (size_t i = 0; i < rows.size(); ++i) {
      const Row& row = rows[i];
      if (row.price_per_share || HasFootnoteOn(row, kPricePerShare)) continue;
      findings.Add("price-missing", "warning", RowPath(table, i, "price_per_share"),
                   "no price per share and no footnote on the price");
    }
  }
}

void CheckImplausibleValues(const Filing& filing, Findings& findings) {
  for (const TableRef& table : kTransactionTables) {
    const std::vector<Row>& rows = filing.Table(table.kind);
    for (size_t i = 0; i < rows.size(); ++i) {
      const std::optional<Decimal> value = ToDecimal(rows[i].derived.value);
      if (!value || Compare(*value, kImplausibleValue) < 0) continue;
      findings.Add("value-implausible", "warning", RowPath(table, i, "price_per_share"),
                   fmt::format("{} shares x ${} = ${}: a derivative's price or a total amount may stand in the "
                               "per-share price",
                               rows[i].shares->text, rows[i].price_per_share->text, rows[i].derived.value->text));
    }
  }
}

// ---- owners and ownership ----

void CheckOfficerTitles(const Filing& filing, Findings& findings) {
  for (size_t i = 0; i < filing.reporting_owners.size(); ++i) {
    const ReportingOwner& owner = filing.reporting_owners[i];
    if (owner.is_officer && !owner.officer_title) {
      findings.Add("officer-title-missing", "warning", fmt::format("reporting_owners[{}].officer_title", i),
                   fmt::format("{} is marked an officer but no officer title is given", Shown(owner.name)));
    }
  }
}

void CheckIndirectNature(const Filing& filing, Findings& findings) {
  for (const TableRef& table : kTables) {
    const std::vector<Row>& rows = filing.Table(table.kind);
    for (size_t i = 0; i < rows.size(); ++i) {
      const Row& row = rows[i];
      if (row.direct_or_indirect != "I" || row.nature_of_ownership) continue;
      if (HasFootnoteOn(row, kNatureOfOwnership) || HasFootnoteOn(row, kDirectOrIndirect)) continue;
      findings.Add("indirect-nature-missing", "warning", RowPath(table, i, "nature_of_ownership"),
                   "owned indirectly, but the nature of the indirect ownership is not given");
    }
  }
}

// ---- the 10b5-1 box ----

bool AnyTextMentions10b51(const Filing& filing) {
  for (const Footnote& footnote : filing.footnotes) {
    if (footnote.text && internal::MentionsRule10b51(*footnote.text)) return true;
  }
  return filing.remarks && internal::MentionsRule10b51(*filing.remarks);
}

void CheckRule10b51Box(const Filing& filing, Findings& findings) {
  if (!filing.aff10b5one) return;  // forms before April 2023 have no box
  if (*filing.aff10b5one && !AnyTextMentions10b51(filing)) {
    findings.Add("aff10b5one-footnote", "warning", "aff10b5one",
                 "the Rule 10b5-1 box is checked, but no footnote or remark mentions the plan (the instructions ask "
                 "for its adoption date)");
    return;
  }
  if (*filing.aff10b5one) return;
  for (const TableRef& table : kTransactionTables) {
    const std::vector<Row>& rows = filing.Table(table.kind);
    for (size_t i = 0; i < rows.size(); ++i) {
      if (!rows[i].derived.plan_adoption_date) continue;
      findings.Add("aff10b5one-footnote", "warning", "aff10b5one",
                   fmt::format("the Rule 10b5-1 box is not checked, but {} cites a footnote on a plan adopted {}",
                               RowPath(table, i, ""), *rows[i].derived.plan_adoption_date));
      return;
    }
  }
}

// ---- lateness ----

void CheckLate(const Filing& filing, Findings& findings) {
  const FilingDerived& derived = filing.derived;
  if (!derived.late.value_or(false)) return;
  findings.Add("late-filing", "info", "",
               fmt::format("filed {} ({}), {} business days after {}; due by {}", *derived.filed_date,
                           *derived.filed_date_source == "signature" ? "signature date" : "filing date",
                           *derived.days_to_file, *derived.event_date, *derived.deadline));
}

}  // namespace

std::vector<Warning> Check(const Filing& filing, const CheckOptions& /*options*/) {
  Findings findings;
  CheckDateFormat(filing, findings);
  CheckTransactionDates(filing, findings);
  CheckExpiration(filing, findings);
  CheckHoldingsArithmetic(filing, findings);
  CheckCodeDirection(filing, findings);
  CheckExercisesMatched(filing, findings);
  CheckPricePresent(filing, findings);
  CheckImplausibleValues(filing, findings);
  CheckOfficerTitles(filing, findings);
  CheckIndirectNature(filing, findings);
  CheckRule10b51Box(filing, findings);
  CheckLate(filing, findings);
  return findings.Take();
}

void EnrichAndCheck(Filing& filing, const CheckOptions& options) {
  Enrich(filing, options);
  std::vector<Warning> findings = Check(filing, options);
  filing.warnings.insert(filing.warnings.end(), std::make_move_iterator(findings.begin()),
                         std::make_move_iterator(findings.end()));
}

}  // namespace form4
