// The canonical model of one ownership filing (Forms 3, 4, 5 and /A amendments).
//
// Every reader, whatever its input format, fills a Filing; everything downstream
// (JSON, checks, storage) reads one. The fields mirror EDGAR's <ownershipDocument>
// and the contract in shared/spec/canonical-json.md. std::nullopt means "the
// document does not give this value". Plain value types: no parser state here.
#ifndef FORM4_MODEL_H_
#define FORM4_MODEL_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace form4 {

/// A number exactly as the document wrote it, never converted to binary floating point.
///
/// When the source text is a decimal number, `text` holds it as a JSON number
/// (separators and `$` removed, leading zeros and `+` dropped, digits otherwise
/// untouched: "1,000.50" -> "1000.50") and `is_number` is true. When it is not a
/// number (EDGAR allows free text in some filings), `text` keeps the text and
/// `is_number` is false, so nothing the filer wrote is lost.
struct Number {
  std::string text;
  bool is_number = true;

  friend bool operator==(const Number&, const Number&) = default;
};

using OptString = std::optional<std::string>;
using OptNumber = std::optional<Number>;
using OptBool = std::optional<bool>;
/// A date as `YYYY-MM-DD`; text that is not a date is kept verbatim.
using OptDate = std::optional<std::string>;

struct Issuer {
  OptString cik;
  OptString name;
  OptString trading_symbol;

  friend bool operator==(const Issuer&, const Issuer&) = default;
};

struct ReportingOwner {
  OptString cik;
  OptString name;
  OptString street1;
  OptString street2;
  OptString city;
  OptString state;
  OptString zip_code;
  OptString state_description;
  bool is_director = false;
  bool is_officer = false;
  bool is_ten_percent_owner = false;
  bool is_other = false;
  OptString officer_title;
  OptString other_text;

  friend bool operator==(const ReportingOwner&, const ReportingOwner&) = default;
};

/// Field name (canonical, e.g. "price_per_share") -> footnote ids ("F1", ...) in
/// ascending numeric order. Ordered by field name.
using FootnoteRefs = std::map<std::string, std::vector<std::string>>;

/// Values computed from one row and the footnotes it cites (see check.h, docs/derived.md).
/// Not part of the compared canonical facts; every field is nullopt when it cannot be derived.
struct RowDerived {
  OptNumber value;           // shares x price_per_share, rounded to cents
  OptNumber price_low;       // from a weighted-average price range footnote on the row
  OptNumber price_high;
  OptDate plan_adoption_date;    // from a Rule 10b5-1 plan footnote on the row
  OptString code_description;    // the SEC's meaning of `code`, with K and V when flagged
  OptBool is_open_market;        // code P or S

  friend bool operator==(const RowDerived&, const RowDerived&) = default;
};

/// One row of Table I or Table II. The four tables share this type; which
/// fields a table carries is fixed by its TableKind (see json.h): a holding has
/// no transaction fields, a non-derivative row no exercise or underlying fields.
struct Row {
  OptString security_title;
  OptNumber conversion_or_exercise_price;
  OptDate transaction_date;
  OptDate deemed_execution_date;
  OptString form_type;
  OptString code;
  OptBool equity_swap_involved;
  OptString timeliness;
  OptNumber shares;
  OptNumber total_value;
  OptNumber price_per_share;
  OptString acquired_disposed;
  OptDate exercise_date;
  OptDate expiration_date;
  OptString underlying_security_title;
  OptNumber underlying_security_shares;
  OptNumber underlying_security_value;
  OptNumber shares_owned_following;
  OptNumber value_owned_following;
  OptString direct_or_indirect;
  OptString nature_of_ownership;
  FootnoteRefs footnote_ids;
  RowDerived derived;  // filled by Enrich() (check.h)

  friend bool operator==(const Row&, const Row&) = default;
};

enum class TableKind {
  kNonDerivativeTransactions,
  kNonDerivativeHoldings,
  kDerivativeTransactions,
  kDerivativeHoldings,
};

struct Footnote {
  OptString id;
  OptString text;

  friend bool operator==(const Footnote&, const Footnote&) = default;
};

struct Signature {
  OptString name;
  OptDate date;

  friend bool operator==(const Signature&, const Signature&) = default;
};

/// A finding about the document: something recovered, inferred or suspicious.
/// Findings are data, never failures.
struct Warning {
  std::string rule;      // stable id, e.g. "xml-malformed"
  std::string severity;  // "error" | "warning" | "info"
  std::string path;      // JSON path of the value concerned, "" for the document
  std::string message;

  friend bool operator==(const Warning&, const Warning&) = default;
};

/// The net change of one security over a filing's transaction rows.
struct NetShares {
  OptString security_title;
  Number net_shares;  // acquired minus disposed

  friend bool operator==(const NetShares&, const NetShares&) = default;
};

/// Values computed from the whole filing (see check.h, docs/derived.md).
struct FilingDerived {
  OptDate event_date;       // Form 4: earliest transaction; Forms 3 and 5: period_of_report
  OptDate filed_date;       // source.filing_date, else the latest signature date
  OptString filed_date_source;  // "filing_date" | "signature"
  OptDate deadline;         // the last day the filing was due
  std::optional<int> days_to_file;  // business days after event_date up to filed_date
  OptBool late;
  OptString late_reason;    // why `late` is null, when it is
  std::vector<NetShares> net_shares;  // per security title, in order of first appearance

  friend bool operator==(const FilingDerived&, const FilingDerived&) = default;
};

/// Where a filing came from. Not part of the compared canonical facts.
struct Source {
  std::string format;  // "xml", "sgml", ... (see parse.h FormatName)
  std::string file;    // the input's name as given on the command line
  OptString schema_version;
  OptString accession_number;     // full-submission files only
  OptDate filing_date;            // "FILED AS OF DATE"
  OptString acceptance_datetime;  // "YYYY-MM-DDTHH:MM:SS", EDGAR's local time
  OptString form_type;            // the submission header's form type

  friend bool operator==(const Source&, const Source&) = default;
};

/// One ownership filing in canonical form.
struct Filing {
  OptString document_type;
  OptDate period_of_report;
  OptDate date_of_original_submission;
  OptBool not_subject_to_section16;
  OptBool no_securities_owned;
  OptBool form3_holdings_reported;
  OptBool form4_transactions_reported;
  OptBool aff10b5one;
  Issuer issuer;
  std::vector<ReportingOwner> reporting_owners;
  std::vector<Row> non_derivative_transactions;
  std::vector<Row> non_derivative_holdings;
  std::vector<Row> derivative_transactions;
  std::vector<Row> derivative_holdings;
  std::vector<Footnote> footnotes;
  OptString remarks;
  std::vector<Signature> signatures;

  Source source;
  std::vector<Warning> warnings;
  FilingDerived derived;  // filled by Enrich() (check.h)

  /// The rows of one table.
  std::vector<Row>& Table(TableKind kind);
  const std::vector<Row>& Table(TableKind kind) const;

  friend bool operator==(const Filing&, const Filing&) = default;
};

/// The canonical facts of `filing`: a copy without `source`, `warnings` and the
/// `derived` values, which depend on where the filing came from and are recomputed
/// on every parse. Two readings of one filing (its XML and its full submission, a
/// rendering and its XML) are the same filing when their facts are equal.
Filing CanonicalFacts(Filing filing);

}  // namespace form4

#endif  // FORM4_MODEL_H_
