#pragma once
// --output FILE written atomically: a temporary file beside it, renamed over
// it when complete, so a reader never sees half a report and a failed run
// leaves the old report in place.
#include <fstream>
#include <string>

namespace rampa::cli {

class AtomicFile {
 public:
  // Creates the temporary file now, so a bad path fails before the audit.
  explicit AtomicFile(std::string target);
  ~AtomicFile();  // removes the temporary file unless committed
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  std::ostream& stream() { return out_; }
  // Flushes, closes and renames; false with error() set on failure.
  bool commit();

 private:
  std::string target_, temp_, error_;
  std::ofstream out_;
  bool committed_ = false;
};

}  // namespace rampa::cli
