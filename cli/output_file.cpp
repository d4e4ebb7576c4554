#include "output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

namespace rampa::cli {

AtomicFile::AtomicFile(std::string target) : target_(std::move(target)) {
  std::filesystem::path t(target_);
  std::error_code ec;
  if (std::filesystem::is_directory(t, ec)) {
    error_ = "is a directory";
    return;
  }
  std::filesystem::path dir = t.parent_path();
  if (dir.empty()) dir = ".";
  std::string pattern = (dir / ("." + t.filename().string() + ".XXXXXX")).string();
  std::vector<char> buf(pattern.begin(), pattern.end());
  buf.push_back('\0');
  int fd = ::mkstemp(buf.data());
  if (fd < 0) {
    error_ = std::string("cannot be written: ") + std::strerror(errno);
    return;
  }
  ::close(fd);
  temp_ = buf.data();
  out_.open(temp_, std::ios::binary | std::ios::trunc);
  if (!out_) error_ = "cannot be written";
}

AtomicFile::~AtomicFile() {
  if (!committed_ && !temp_.empty()) std::remove(temp_.c_str());
}

bool AtomicFile::commit() {
  out_.flush();
  if (!out_) {
    error_ = "could not be written completely (disk full?)";
    return false;
  }
  out_.close();
  // mkstemp makes the file 0600; a report is as readable as any new file.
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::chmod(temp_.c_str(), 0666 & ~mask);
  if (std::rename(temp_.c_str(), target_.c_str()) != 0) {
    error_ = std::string("cannot be replaced: ") + std::strerror(errno);
    return false;
  }
  committed_ = true;
  return true;
}

}  // namespace rampa::cli
