#include "parse/ocr/ocr_owners.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "parse/ocr/ocr_text.h"

namespace form4::internal {
namespace {

// A word of capital letters (and marks), two letters at least.
bool IsCapitals(const std::string& word) {
  size_t letters = 0;
  for (char c : word) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
    letters += std::isupper(static_cast<unsigned char>(c)) != 0;
  }
  return letters >= 2;
}

bool HasLowerCase(const std::string& word) {
  return std::any_of(word.begin(), word.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
}

bool IsSingleMark(const std::string& word) {
  return word.size() == 1 && !std::isalpha(static_cast<unsigned char>(word[0]));
}

// `street` without the scraps OCR made of the boxes' marks at its end ("1
// TESLA ROAD 7 , \" 7"): two words or more of one character, none a letter.
// A street ends in at most one such word ("SUITE 7").
std::string WithoutMarkScraps(const std::string& street) {
  std::vector<std::string> words = Words(street);
  size_t keep = words.size();
  while (keep > 0 && IsSingleMark(words[keep - 1])) --keep;
  if (words.size() - keep < 2 || keep == 0) return street;
  std::string out;
  for (size_t i = 0; i < keep; ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

}  // namespace

void CutStreetScraps(Filing& filing) {
  for (size_t o = 0; o < filing.reporting_owners.size(); ++o) {
    ReportingOwner& owner = filing.reporting_owners[o];
    for (auto [street, field] : {std::pair{&owner.street1, "street1"}, std::pair{&owner.street2, "street2"}}) {
      if (!*street) continue;
      std::string cut = WithoutMarkScraps(**street);
      if (cut == **street) continue;
      std::string message = "OCR read marks after the street '";
      message += **street;
      message += "'; cut to '" + cut + "'";
      std::string path = "reporting_owners[" + std::to_string(o) + "].";
      path += field;
      filing.warnings.push_back({"ocr-city-cut", "info", std::move(path), std::move(message)});
      *street = std::move(cut);
    }
  }
}

void CutOwnerCities(Filing& filing) {
  for (size_t o = 0; o < filing.reporting_owners.size(); ++o) {
    OptString& city = filing.reporting_owners[o].city;
    if (!city) continue;
    const std::vector<std::string> words = Words(*city);
    if (std::none_of(words.begin(), words.end(), HasLowerCase)) continue;
    size_t best_begin = 0, best_size = 0;
    for (size_t i = 0; i < words.size();) {
      size_t end = i;
      while (end < words.size() && IsCapitals(words[end])) ++end;
      if (end - i > best_size) best_begin = i, best_size = end - i;
      i = end == i ? i + 1 : end;
    }
    if (best_size == 0) continue;
    std::string cut;
    for (size_t i = best_begin; i < best_begin + best_size; ++i) {
      if (!cut.empty()) cut += ' ';
      cut += words[i];
    }
    std::string message = "OCR ran other words into the city '";
    message += *city;
    message += "'; cut to '" + cut + "'";
    filing.warnings.push_back(
        {"ocr-city-cut", "info", "reporting_owners[" + std::to_string(o) + "].city", std::move(message)});
    city = std::move(cut);
  }
}

}  // namespace form4::internal
