// Reading canonical JSON (json.h) back into the model: the inverse of ToJson,
// for documents kept in a store and for JSON Lines exports.
#ifndef FORM4_JSON_READER_H_
#define FORM4_JSON_READER_H_

#include <string_view>

#include "form4/model.h"
#include "form4/status.h"

namespace form4 {

/// The Filing whose ToJson is `json`: ToJson(FromJson(ToJson(f))) == ToJson(f).
/// Numbers keep their exact digits (never converted to binary floating point);
/// a string where a number belongs is a Number with is_number false, as ToJson
/// writes it. Keys may come in any order; unknown keys are ignored and missing
/// ones are null. A value of the wrong JSON type is an error naming its path.
Result<Filing> FromJson(std::string_view json);

}  // namespace form4

#endif  // FORM4_JSON_READER_H_
