// The wrapped text lines of a Table II row read across by OCR. The form
// prints a derivative security's title, its underlying security's title and
// the nature of ownership in narrow columns of one row; their words wrap over
// lines above and below the row's value line, and OCR reads each such line
// across the columns: "Class B Class A See" / (values) / "Stock Stock
// Footnote". The words of one line stand in column order, and a title ends
// where the next column's begins ("Stock Common", "B Class").
#ifndef FORM4_PARSE_OCR_OCR_WRAPPED_H_
#define FORM4_PARSE_OCR_OCR_WRAPPED_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace form4::internal {

/// Words titles of securities are made of (OCR's misreads included: "Ciass");
/// an uppercase letter alone is a class ("Class B").
bool IsTitleWord(std::string_view word);

/// The words of a wrapped text line without the marker OCR set apart before
/// them ("5 See" is "See"; a superscript of the row's values above it): words
/// of one or two digits, or of marks alone, before a word with letters; but
/// after a `previous` line with a word ending in a hyphen ("Series D-
/// Global" / "1 Common Growth").
std::vector<std::string> TextWords(std::string_view line, std::string_view previous = {});

/// Whether `line` goes on with a title of the lines before it: it begins
/// with a word that ends a title ("Stock", "Units") followed by another
/// column's words ("Stock 2010", "Stock Stock"), or `previous` does not
/// begin with such a word (a title's first line, "Common" or "Series B
/// Convertible Preferred", or a value line beginning so). Only after a
/// complete title may a line begin a new one so ("Stock Option").
bool ContinuesTitle(std::string_view previous, std::string_view line);

/// Whether `line` ends with the end of an owner's name: "L.P.", "LP",
/// "LLC", what a marker left after them aside ("Lp.2@)", "LLCO)").
bool EndsOwnerName(std::string_view line);

/// The footnote markers of a line that holds nothing else, as "(2)(3)":
/// "(2)(3)", "(3)", "(2) (3)"; "" for a line with any other word. Below a
/// wrapped nature of ownership ("Growth Fund, L.P." / "(2)(3)") such a line
/// holds the nature's markers, set on a line of their own where the name
/// filled its narrow column.
std::string MarkersAlone(std::string_view line);

/// The length of the end of an owner's name `word` begins with ("LLC",
/// "L.P.", "LP", OCR's "Lp.") when what follows it is what a garbled marker
/// left ("LLCO", "Lp(a", "Lp203.", "L.P.(60"): a letter O alone, or
/// characters that are no letters among at most two letters; else 0.
size_t OwnerNameEndBeforeDebris(std::string_view word);

/// Whether `word` is a scrap OCR made of a footnote marker beside a cell's
/// text: two letters or digits at most, not beginning with a capital ("w",
/// "oo)", "a2)", "(9"), and no short word of a name ("of", "by", "&"). A
/// capitalised scrap may be a misread short word ("PY", "Oy" for "by").
bool IsMarkScrap(std::string_view word);

/// The text cells of a Table II row whose words wrap.
enum class WrappedCell { kTitle, kUnderlying, kNature };

/// Whether `word` goes on with a class before it ("Class B" / "Common
/// Stock", "Preferred", "Convertible"), not begin a title itself.
bool GoesOnFromClass(std::string_view word);

/// The cells the words of one wrapped line of a Table II row continue, in the
/// order of `words`. The line is cut into runs of title words where a title
/// ends and the next column's begins (a word repeated, a word after one that
/// closes a title, "Class" or "Series" after any word, "Common" or
/// "Ordinary" but after a class); in a row held indirectly (`indirect`) the
/// first capitalised word no title is made of begins the nature of
/// ownership, which takes the rest of the line. Two runs or more are the
/// security's title, then the underlying's; one run is the underlying's when
/// it begins with "Common" or "Ordinary", or with "Class" unless
/// `class_begins_title` (the row's title has no words yet and the next line
/// goes on with the class: "Class B" / "Common Class A"), else the title's.
std::vector<std::pair<WrappedCell, std::string>> SplitWrappedLine(const std::vector<std::string>& words, bool indirect,
                                                                  bool class_begins_title);

}  // namespace form4::internal

#endif  // FORM4_PARSE_OCR_OCR_WRAPPED_H_
