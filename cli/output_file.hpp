#pragma once
// Where a report goes (--output FILE, or standard output), written so that
// nothing is destroyed and no failure passes for success:
// - a regular file, new or existing, is written beside itself and renamed
//   over the old one when complete, so a reader never sees half a report and
//   a failed or interrupted run leaves the old report in place;
// - a symbolic link is followed, and the file it leads to is replaced so;
// - a device, a FIFO or /dev/fd/N (and /dev/stdout) is written straight
//   into, never replaced by a file;
// - "-" is standard output.
// Every write is checked: a full disk or a closed pipe is an error naming
// the output and the system's reason, never a truncated report and success.
#include <sys/types.h>

#include <memory>
#include <optional>
#include <ostream>
#include <streambuf>
#include <string>

namespace rampa::cli {

// A file's identity, to tell whether two paths name the same file.
struct FileId {
  dev_t device = 0;
  ino_t inode = 0;
  bool operator==(const FileId&) const = default;
};
std::optional<FileId> file_id(const std::string& path);

// A stream buffer writing into a file descriptor that keeps the reason of
// the first failed write.
class FdBuffer : public std::streambuf {
 public:
  explicit FdBuffer(int fd) : fd_(fd) { setp(buffer_, buffer_ + sizeof buffer_); }
  int error() const { return error_; }  // errno of the first failed write, or 0

 protected:
  int_type overflow(int_type c) override;
  int sync() override;

 private:
  bool drain();
  int fd_;
  int error_ = 0;
  char buffer_[1 << 16];
};

class Output {
 public:
  // Opens the output now, so a bad path fails before any audit; for a
  // regular file, creates the temporary file beside it.
  explicit Output(std::string target);
  ~Output();  // removes the temporary file unless committed
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  bool ok() const { return error_.empty(); }
  // Why the output cannot be used or was not written, for "rampa: NAME: ERROR".
  const std::string& error() const { return error_; }
  const std::string& name() const { return name_; }  // the path, or "standard output"
  bool is_file() const { return !temp_.empty(); }      // a regular file, replaced atomically
  std::ostream& stream() { return stream_; }
  // The regular file the report will replace, if one exists: a page being
  // audited must not be it.
  std::optional<FileId> replaces() const { return replaces_; }
  // Flushes and, for a regular file, renames it into place; false with
  // error() set when any write failed.
  bool commit();

 private:
  std::string name_, final_, temp_, error_;
  int fd_ = -1;
  bool own_fd_ = false;
  std::optional<FileId> replaces_;
  std::optional<mode_t> mode_;  // of the file replaced, kept
  std::unique_ptr<FdBuffer> buffer_;
  std::ostream stream_{nullptr};
  bool committed_ = false;
};

}  // namespace rampa::cli
