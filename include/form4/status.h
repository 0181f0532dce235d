// Status and Result<T>: how every public form4 function reports failure.
//
// No exception crosses the public API. A Status is a small value: a code, a
// message and, for problems inside a document, the location (file, line,
// column) where the reader stopped. Result<T> holds either a T or a non-ok
// Status, like C++23's std::expected (which GCC 12 lacks).
#ifndef FORM4_STATUS_H_
#define FORM4_STATUS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace form4 {

enum class StatusCode {
  kOk = 0,
  kParseError,       // the document could not be read as any ownership filing
  kInvalidArgument,  // the caller asked for something that cannot be done
  kNotFound,         // a file or record that does not exist
  kIoError,          // the operating system refused a read or write
  kInternal,         // a bug in form4
};

/// A position in a named input. Lines and columns count from 1; 0 means unknown.
struct SourceLocation {
  std::string file;
  uint32_t line = 0;
  uint32_t column = 0;
};

/// The outcome of an operation: ok, or a code with a message and an optional location.
class Status {
 public:
  Status() = default;

  static Status Ok() { return Status(); }
  static Status ParseError(std::string message, SourceLocation where = {}) {
    return Status(StatusCode::kParseError, std::move(message), std::move(where));
  }
  static Status InvalidArgument(std::string message) {
    return Status(StatusCode::kInvalidArgument, std::move(message), {});
  }
  static Status NotFound(std::string message) {
    return Status(StatusCode::kNotFound, std::move(message), {});
  }
  static Status IoError(std::string message) {
    return Status(StatusCode::kIoError, std::move(message), {});
  }
  static Status Internal(std::string message) {
    return Status(StatusCode::kInternal, std::move(message), {});
  }

  bool ok() const { return code_ == StatusCode::kOk; }
  bool IsParseError() const { return code_ == StatusCode::kParseError; }
  bool IsNotFound() const { return code_ == StatusCode::kNotFound; }
  bool IsIoError() const { return code_ == StatusCode::kIoError; }

  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const SourceLocation& location() const { return location_; }

  /// Returns a copy whose location names `file` (line and column are kept).
  Status WithFile(std::string file) const {
    Status copy = *this;
    copy.location_.file = std::move(file);
    return copy;
  }

  /// "file:line:col: message" (the parts that are known), or "ok".
  std::string ToString() const;

 private:
  Status(StatusCode code, std::string message, SourceLocation where)
      : code_(code), message_(std::move(message)), location_(std::move(where)) {}

  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  SourceLocation location_;
};

/// Either a value of type T or a non-ok Status.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : state_(std::move(status)) {}  // NOLINT: REQUIRES: !status.ok()

  bool ok() const { return std::holds_alternative<T>(state_); }
  /// REQUIRES: ok()
  T& value() & { return std::get<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  /// The error; an ok Status when a value is held.
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(state_); }

 private:
  std::variant<T, Status> state_;
};

}  // namespace form4

/// Returns the Status of `expr` from the enclosing function when it is not ok.
#define FORM4_TRY(expr)                         \
  do {                                          \
    ::form4::Status form4_try_status_ = (expr); \
    if (!form4_try_status_.ok()) return form4_try_status_; \
  } while (false)

#define FORM4_CONCAT_INNER_(a, b) a##b
#define FORM4_CONCAT_(a, b) FORM4_CONCAT_INNER_(a, b)

/// Evaluates `rexpr` (a Result<T>); on error returns its Status, else moves the value into `lhs`.
#define FORM4_ASSIGN_OR_RETURN(lhs, rexpr) \
  FORM4_ASSIGN_OR_RETURN_IMPL_(FORM4_CONCAT_(form4_result_, __LINE__), lhs, rexpr)
#define FORM4_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, rexpr) \
  auto tmp = (rexpr);                                 \
  if (!tmp.ok()) return tmp.status();                 \
  lhs = std::move(tmp).value()

#endif  // FORM4_STATUS_H_
