// A streaming JSON writer with fixed key order and raw number output.
//
// nlohmann-json and simdjson build numbers from doubles, which would turn
// "91.3196" into binary floating point; the canonical model must write the
// source's digits, so numbers are emitted from their text here.
#ifndef FORM4_JSON_JSON_WRITER_H_
#define FORM4_JSON_JSON_WRITER_H_

#include <string>
#include <string_view>
#include <vector>

namespace form4::internal {

class JsonWriter {
 public:
  /// Writes into `out` (appending). `pretty` indents by two spaces.
  JsonWriter(std::string& out, bool pretty) : out_(out), pretty_(pretty) {}

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  /// The next value in the current object is called `key`.
  void Key(std::string_view key);

  void String(std::string_view value);
  /// REQUIRES: `json_number` is a valid JSON number literal.
  void RawNumber(std::string_view json_number);
  void Bool(bool value);
  void Null();

 private:
  void BeforeValue();
  void NewLine();

  std::string& out_;
  bool pretty_;
  // One entry per open object/array: has it got a member yet?
  std::vector<bool> has_members_;
  bool after_key_ = false;
};

/// Appends `value` as a JSON string literal (quotes, escapes; UTF-8 kept as is).
void AppendJsonString(std::string& out, std::string_view value);

}  // namespace form4::internal

#endif  // FORM4_JSON_JSON_WRITER_H_
