#include "json/json_writer.h"

namespace form4::internal {

void AppendJsonString(std::string& out, std::string_view value) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  size_t run_start = 0;  // bytes that need no escape are copied in runs
  for (size_t i = 0; i < value.size(); ++i) {
    const auto byte = static_cast<unsigned char>(value[i]);
    if (byte >= 0x20 && byte != '"' && byte != '\\') continue;
    out.append(value.substr(run_start, i - run_start));
    run_start = i + 1;
    switch (byte) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        out += "\\u00";
        out.push_back(kHex[byte >> 4]);
        out.push_back(kHex[byte & 0xf]);
    }
  }
  out.append(value.substr(run_start));
  out.push_back('"');
}

void JsonWriter::NewLine() {
  if (!pretty_) return;
  out_.push_back('\n');
  out_.append(2 * has_members_.size(), ' ');
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (has_members_.empty()) return;
  if (has_members_.back()) out_.push_back(',');
  has_members_.back() = true;
  NewLine();
}

void JsonWriter::Key(std::string_view key) {
  if (has_members_.back()) out_.push_back(',');
  has_members_.back() = true;
  NewLine();
  AppendJsonString(out_, key);
  out_ += pretty_ ? ": " : ":";
  after_key_ = true;
}

void JsonWriter::BeginObject() {
  BeforeValue();
  out_.push_back('{');
  has_members_.push_back(false);
}

void JsonWriter::EndObject() {
  const bool had_members = has_members_.back();
  has_members_.pop_back();
  if (had_members) NewLine();
  out_.push_back('}');
}

void JsonWriter::BeginArray() {
  BeforeValue();
  out_.push_back('[');
  has_members_.push_back(false);
}

void JsonWriter::EndArray() {
  const bool had_members = has_members_.back();
  has_members_.pop_back();
  if (had_members) NewLine();
  out_.push_back(']');
}

void JsonWriter::String(std::string_view value) {
  BeforeValue();
  AppendJsonString(out_, value);
}

void JsonWriter::RawNumber(std::string_view json_number) {
  BeforeValue();
  out_.append(json_number);
}

void JsonWriter::Bool(bool value) {
  BeforeValue();
  out_ += value ? "true" : "false";
}

void JsonWriter::Null() {
  BeforeValue();
  out_ += "null";
}

}  // namespace form4::internal
