// Table I and Table II of a printed Form 3/4/5 read from OCR text: each
// table row has one line where its values stand in column order; the other
// lines hold the wrapped text of its title and nature of ownership.
#ifndef FORM4_PARSE_OCR_OCR_TABLE_H_
#define FORM4_PARSE_OCR_OCR_TABLE_H_

#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <string>
#include <vector>

#include "form4/model.h"
#include "parse/rendered/grid.h"

namespace form4::internal {

/// Which table of which form: their columns are the form's.
enum class OcrTable {
  kForm4NonDerivative,
  kForm4Derivative,
  kForm3NonDerivative,
  kForm3Derivative,
  kForm5NonDerivative,  // Form 4's columns without V
  kForm5Derivative,
};

/// Numbers the footnote markers OCR garbled. Footnotes are numbered in the
/// order the form first refers to them, and a column that repeats a marker
/// row after row (a plan's footnote on every code) keeps it, while one whose
/// markers grew (a price's own footnote per row) takes the next. Markers are
/// offered in reading order: row by row, left to right.
class MarkerDecoder {
 public:
  explicit MarkerDecoder(size_t footnote_count) : footnote_count_(footnote_count) {}

  /// The footnote number of a marker in `column` (any key naming the column):
  /// `read` when its digits could be read, else, when `may_infer`, inferred
  /// (and a warning with rule `ocr-marker-inferred` added, naming `where`),
  /// else "". A marker of a nature of ownership (`nature`) is inferred only
  /// as a footnote about a holder (AboutHolder): that is what a nature's
  /// footnote says.
  std::string Decode(const std::string& column, const std::string& read, bool may_infer, const std::string& where,
                     std::vector<Warning>& warnings, bool nature = false);

  /// The footnote number of the marker of a nature "See Footnote", whose
  /// footnote is its own: `read` when its digits could be read, else the
  /// first footnote past the highest referred to so far that names a holder
  /// (footnotes a marker OCR lost may lie between), counted as referred to
  /// and, when `may_infer`, returned (a warning with rule
  /// `ocr-marker-inferred` names `where`); else "".
  std::string DecodeOwnFootnote(const std::string& read, bool may_infer, const std::string& where,
                                std::vector<Warning>& warnings);

  /// Footnote `number` names who holds the shares ("held of record by",
  /// "owned by", a trust): a nature "See Footnote" may refer to it.
  void AddHolderFootnote(int number) { holders_.insert(number); }
  bool IsHolderFootnote(int number) const { return holders_.count(number) > 0; }
  /// The footnotes naming a holder, ascending.
  std::vector<int> HolderFootnotes() const { return {holders_.begin(), holders_.end()}; }

  /// Footnote `number` is about a holder (AboutHolder: it names one, or who
  /// stands behind it): a nature of ownership may refer to it.
  void AddAboutHolderFootnote(int number) { about_holders_.insert(number); }

  /// Table I's rows of transaction code `code` show footnote markers
  /// `markers` ("(1)") on their code; "" for a row whose code shows none.
  void AddCodeMarkers(const std::string& code, const std::string& markers) { code_markers_[code].insert(markers); }
  /// The markers every row of Table I with code `code` shows on it, when
  /// they show one set and none shows none; else "".
  std::string CodeMarkers(const std::string& code) const {
    const auto found = code_markers_.find(code);
    if (found == code_markers_.end() || found->second.size() != 1) return {};
    return *found->second.begin();
  }

  /// How many footnotes the form lists: no marker names a higher number.
  size_t footnote_count() const { return footnote_count_; }

  /// Footnote `number` gives the range of prices a weighted average price
  /// stands for ("at prices ranging from $41.00 to $41.75").
  /// `decimals` is how many decimals its prices are written with.
  void AddPriceRange(int number, double low, double high, size_t decimals) {
    ranges_.push_back({number, low, high, decimals});
  }

  /// The footnotes whose price range holds `price`, written with `decimals`
  /// decimals. A price `as_read` (no digits taken off) may show fewer
  /// decimals than its range ($854.43 in $853.990 to $854.952); one with
  /// digits taken off must show as many, lest a marker's digit pass for one.
  std::vector<int> FootnotesForPrice(double price, size_t decimals, bool as_read) const;
  /// The footnotes whose price range holds `price`, whatever their precision.
  std::vector<int> FootnotesHolding(double price) const;

 private:
  struct PriceRange {
    int number;
    double low;
    double high;
    size_t decimals;
    bool Holds(double price) const { return low - 1e-9 <= price && price <= high + 1e-9; }
  };
  std::vector<PriceRange> ranges_;
  struct ColumnState {
    int last = 0;
    bool increasing = false;
  };
  size_t footnote_count_;
  std::set<int> used_;
  std::set<int> holders_;
  std::set<int> about_holders_;
  std::map<std::string, ColumnState> columns_;
  std::map<std::string, std::set<std::string>> code_markers_;
};

/// Appends the table whose title is line `title` (rows up to line `end`) to
/// `grid`: the title, a heading row with the form's column headings, one row
/// per table row, an empty row. What had to be inferred is added to
/// `warnings` (rule ids `ocr-...`).
/// Adds to `markers` the price ranges footnote `number` (text `text`) gives.
void ReadPriceRanges(int number, std::string_view text, MarkerDecoder& markers);

/// A footnote's range of prices whose bounds OCR read to different
/// precisions, the shorter in zeros ("$1,042.00 to $1,042.990"): filers write
/// both bounds alike, and OCR drops a character of a run ("000" read "00"),
/// so the shorter bound takes back its zero. Returns the bound as read when
/// one was repaired (call again for the next), else nullopt.
std::optional<std::string> RestoreRangeZero(std::string& note);

/// Adds footnote `number` (text `text`) to `markers`' holder footnotes when
/// it names who holds the shares, and to those about a holder when it is
/// (AboutHolder).
void ReadHolderFootnote(int number, std::string_view text, MarkerDecoder& markers);

void AppendOcrTable(const std::vector<std::string>& lines, size_t title, size_t end, OcrTable table,
                    MarkerDecoder& markers, Grid& grid, std::vector<Warning>& warnings);

}  // namespace form4::internal

#endif  // FORM4_PARSE_OCR_OCR_TABLE_H_
