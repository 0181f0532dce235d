// The reader for EDGAR full-submission files: the <SEC-DOCUMENT> dissemination
// format (with "ACCESSION NUMBER:" style header lines) and the <SUBMISSION>
// feed format (with <ACCESSION-NUMBER> style tags). The ownership XML inside is
// read by ReadOwnershipDocument; the header fills `source`.
#include <string>

#include "parse/ownership_xml.h"
#include "parse/reader.h"
#include "util/text.h"

namespace form4::internal {
namespace {

// The header is everything before the first <DOCUMENT>.
std::string_view HeaderOf(std::string_view input) {
  const size_t document = input.find("<DOCUMENT>");
  return document == std::string_view::npos ? input : input.substr(0, document);
}

std::string_view Trim(std::string_view s) {
  const size_t first = s.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  const size_t last = s.find_last_not_of(" \t\r");
  return s.substr(first, last - first + 1);
}

// The value of the first header line that starts with `key` ("FILED AS OF
// DATE:" or "<FILING-DATE>"), trimmed; empty when there is none.
std::string_view HeaderValue(std::string_view header, std::string_view key) {
  size_t line_start = 0;
  while (line_start < header.size()) {
    size_t line_end = header.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = header.size();
    const std::string_view line = Trim(header.substr(line_start, line_end - line_start));
    if (line.substr(0, key.size()) == key) return Trim(line.substr(key.size()));
    line_start = line_end + 1;
  }
  return {};
}

std::string_view FirstHeaderValue(std::string_view header, std::string_view key_a,
                                  std::string_view key_b) {
  const std::string_view a = HeaderValue(header, key_a);
  return a.empty() ? HeaderValue(header, key_b) : a;
}

bool AllDigits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

// "20221108" -> "2022-11-08"; other text is kept as it is.
OptDate HeaderDate(std::string_view value) {
  if (value.size() == 8 && AllDigits(value)) {
    return std::string(value.substr(0, 4)) + "-" + std::string(value.substr(4, 2)) + "-" +
           std::string(value.substr(6, 2));
  }
  return CleanText(value);
}

// "20221108201810" -> "2022-11-08T20:18:10"; other text is kept as it is.
OptString HeaderDateTime(std::string_view value) {
  if (value.size() == 14 && AllDigits(value)) {
    return *HeaderDate(value.substr(0, 8)) + "T" + std::string(value.substr(8, 2)) + ":" +
           std::string(value.substr(10, 2)) + ":" + std::string(value.substr(12, 2));
  }
  return CleanText(value);
}

void ReadSubmissionHeader(std::string_view input, Source& source) {
  const std::string_view header = HeaderOf(input);
  source.accession_number =
      CleanText(FirstHeaderValue(header, "ACCESSION NUMBER:", "<ACCESSION-NUMBER>"));
  source.filing_date = HeaderDate(FirstHeaderValue(header, "FILED AS OF DATE:", "<FILING-DATE>"));
  source.acceptance_datetime = HeaderDateTime(HeaderValue(header, "<ACCEPTANCE-DATETIME>"));
  source.form_type = CleanText(FirstHeaderValue(header, "CONFORMED SUBMISSION TYPE:", "<TYPE>"));
}

class FullSubmissionReader final : public Reader {
 public:
  Result<Filing> Read(std::string_view input, std::string_view name) const override {
    FORM4_ASSIGN_OR_RETURN(Filing filing, ReadOwnershipDocument(input, name));
    ReadSubmissionHeader(input, filing.source);
    return filing;
  }
};

}  // namespace

const Reader& SgmlReader() {
  static const FullSubmissionReader reader;
  return reader;
}

}  // namespace form4::internal
