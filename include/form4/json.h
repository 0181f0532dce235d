// Canonical JSON: the output contract of `form4 parse` (shared/spec/canonical-json.md).
#ifndef FORM4_JSON_H_
#define FORM4_JSON_H_

#include <string>
#include <string_view>
#include <vector>

#include "form4/model.h"

namespace form4 {

struct JsonOptions {
  /// Indent nested values by two spaces per level; otherwise one line (JSON Lines).
  bool pretty = false;
};

/// The canonical JSON of `filing`: every key of the contract in its fixed
/// order, `null` for absent values, numbers with the source's digits, then
/// `source`, `warnings` and `derived` (each row also ends with its `derived`). The output is UTF-8 and ends without a newline.
std::string ToJson(const Filing& filing, const JsonOptions& options = {});

/// The findings of one input as `{"file": <file>, "findings": [<warning>...]}`,
/// each warning with the keys of `warnings` (rule, severity, path, message).
std::string FindingsToJson(std::string_view file, const std::vector<Warning>& findings,
                           const JsonOptions& options = {});

}  // namespace form4

#endif  // FORM4_JSON_H_
