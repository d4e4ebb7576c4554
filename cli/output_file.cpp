#include "output_file.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstring>
#include <filesystem>
#include <vector>

namespace fs = std::filesystem;

namespace rampa::cli {

namespace {

// The temporary report of this process, removed by a signal that ends it:
// a cancelled CI job must not leave a half report behind. Plain storage, as
// the handler may only make async-signal-safe calls.
char g_temp[PATH_MAX + 1];
volatile sig_atomic_t g_have_temp = 0;

extern "C" void remove_temp_and_die(int sig) {
  if (g_have_temp != 0) ::unlink(g_temp);
  ::signal(sig, SIG_DFL);
  ::raise(sig);
}

void register_temp(const std::string& path) {
  static const bool installed = [] {
    for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) {
      struct sigaction old {};
      // A signal the caller chose to ignore stays ignored.
      if (::sigaction(sig, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) continue;
      struct sigaction sa {};
      sa.sa_handler = remove_temp_and_die;
      sigemptyset(&sa.sa_mask);
      ::sigaction(sig, &sa, nullptr);
    }
    return true;
  }();
  (void)installed;
  if (path.size() > PATH_MAX) return;
  g_have_temp = 0;
  std::memcpy(g_temp, path.c_str(), path.size() + 1);
  g_have_temp = 1;
}

void unregister_temp() { g_have_temp = 0; }

// The descriptor a path stands for when it names one of this process's
// open files (/dev/stdout, /dev/fd/3), or -1.
int named_descriptor(const std::string& p) {
  if (p == "/dev/stdout") return STDOUT_FILENO;
  if (p == "/dev/stderr") return STDERR_FILENO;
  for (std::string_view prefix : {"/dev/fd/", "/proc/self/fd/"}) {
    if (!p.starts_with(prefix) || p.size() == prefix.size() || p.size() > prefix.size() + 6) continue;
    int n = 0;
    for (char c : std::string_view(p).substr(prefix.size())) {
      if (c < '0' || c > '9') return -1;
      n = n * 10 + (c - '0');
    }
    return n;
  }
  return -1;
}

std::string reason(int err) { return std::strerror(err); }

}  // namespace

std::optional<FileId> file_id(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  return FileId{st.st_dev, st.st_ino};
}

bool FdBuffer::drain() {
  const char* p = pbase();
  while (p < pptr()) {
    ssize_t n = ::write(fd_, p, static_cast<std::size_t>(pptr() - p));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      if (error_ == 0) error_ = n < 0 ? errno : EIO;
      setp(buffer_, buffer_ + sizeof buffer_);
      return false;
    }
    p += n;
  }
  setp(buffer_, buffer_ + sizeof buffer_);
  return true;
}

FdBuffer::int_type FdBuffer::overflow(int_type c) {
  if (!drain()) return traits_type::eof();
  if (!traits_type::eq_int_type(c, traits_type::eof())) {
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
  }
  return traits_type::not_eof(c);
}

int FdBuffer::sync() { return drain() ? 0 : -1; }

Output::Output(std::string target) : name_(target == "-" ? "standard output" : target) {
  if (target == "-") {
    fd_ = STDOUT_FILENO;
  } else {
    // Follow symbolic links to the file they lead to, which is what gets
    // replaced: the link stays a link.
    std::string p = target;
    for (int hops = 0;; ++hops) {
      if (int n = named_descriptor(p); n >= 0) {
        fd_ = ::fcntl(n, F_DUPFD_CLOEXEC, 0);
        if (fd_ < 0) error_ = "cannot be written: " + reason(errno);
        own_fd_ = fd_ >= 0;
        break;
      }
      struct stat st {};
      if (::lstat(p.c_str(), &st) != 0) {
        if (errno != ENOENT) {
          error_ = "cannot be written: " + reason(errno);
          return;
        }
        final_ = p;  // a new file
        break;
      }
      if (S_ISLNK(st.st_mode)) {
        if (hops >= 40) {
          error_ = "cannot be written: " + reason(ELOOP);
          return;
        }
        std::vector<char> buf(PATH_MAX + 1);
        ssize_t len = ::readlink(p.c_str(), buf.data(), buf.size() - 1);
        if (len < 0) {
          error_ = "cannot be written: " + reason(errno);
          return;
        }
        fs::path to(std::string(buf.data(), static_cast<std::size_t>(len)));
        p = (to.is_absolute() ? to : fs::path(p).parent_path() / to).string();
        continue;
      }
      if (S_ISDIR(st.st_mode)) {
        error_ = "is a directory";
        return;
      }
      if (S_ISSOCK(st.st_mode)) {
        error_ = "is a socket, not a file: it cannot be written";
        return;
      }
      if (S_ISREG(st.st_mode)) {
        final_ = p;
        replaces_ = FileId{st.st_dev, st.st_ino};
        mode_ = st.st_mode & 07777;
        break;
      }
      // A device or a FIFO: written into as it is, never replaced.
      fd_ = ::open(p.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
      if (fd_ < 0) error_ = "cannot be opened for writing: " + reason(errno);
      own_fd_ = fd_ >= 0;
      break;
    }
    if (!error_.empty()) return;
    if (fd_ < 0) {
      fs::path dir = fs::path(final_).parent_path();
      if (dir.empty()) dir = ".";
      std::string pattern = (dir / ("." + fs::path(final_).filename().string() + ".XXXXXX")).string();
      std::vector<char> buf(pattern.begin(), pattern.end());
      buf.push_back('\0');
      fd_ = ::mkostemp(buf.data(), O_CLOEXEC);
      if (fd_ < 0) {
        int err = errno;
        if (err == ENOENT || err == ENOTDIR)
          error_ = "cannot be created: the directory " + dir.string() + " does not exist";
        else
          error_ = "cannot be created: cannot write in the directory " + dir.string() + ": " + reason(err);
        return;
      }
      own_fd_ = true;
      temp_ = buf.data();
      register_temp(temp_);
    }
  }
  buffer_ = std::make_unique<FdBuffer>(fd_);
  stream_.rdbuf(buffer_.get());
}

Output::~Output() {
  if (own_fd_ && fd_ >= 0) ::close(fd_);
  if (!committed_ && !temp_.empty()) {
    ::unlink(temp_.c_str());
    unregister_temp();
  }
}

bool Output::commit() {
  if (!ok()) return false;
  stream_.flush();
  if (buffer_->error() != 0) {
    error_ = "write error: " + reason(buffer_->error());
    return false;
  }
  if (!stream_) {
    error_ = "write error";
    return false;
  }
  if (temp_.empty()) {
    committed_ = true;
    return true;
  }
  // mkstemp makes the file 0600: a report replacing a file keeps its mode,
  // a new one is as readable as any new file.
  mode_t mode = 0;
  if (mode_) {
    mode = *mode_;
  } else {
    mode_t mask = ::umask(0);
    ::umask(mask);
    mode = 0666 & ~mask;
  }
  ::fchmod(fd_, mode);
  int closed = ::close(fd_);
  fd_ = -1;
  if (closed != 0) {
    error_ = "write error: " + reason(errno);
    return false;
  }
  if (::rename(temp_.c_str(), final_.c_str()) != 0) {
    error_ = "cannot be replaced: " + reason(errno);
    return false;
  }
  committed_ = true;
  unregister_temp();
  return true;
}

}  // namespace rampa::cli
