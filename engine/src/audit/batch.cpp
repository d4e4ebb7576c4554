// Audits of many pages at once, reported in input order.
#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>

#include "rampa/engine.hpp"

namespace rampa {

namespace {

PageReport audit_one(const Engine& engine, const BatchInput& in) {
  std::string name = in.name.empty() ? in.file.string() : in.name;
  if (in.error) {
    PageReport report;
    report.path = name;
    report.error = *in.error;
    if (report.error->path.empty()) report.error->path = report.path;
    return report;
  }
  if (in.bytes) return engine.audit_bytes(*in.bytes, std::move(name));
  return engine.audit_file(in.file, std::move(name));
}

}  // namespace

// Whichever thread finishes the next page in order delivers it and every
// finished page after it, under one lock: no thread waits on a hand-off per
// page, and the sink is never entered twice at once.
void Engine::audit_batch(std::span<const BatchInput> inputs, unsigned jobs,
                         const std::function<void(PageReport&&)>& sink) const {
  std::vector<std::optional<PageReport>> done(inputs.size());
  std::mutex mutex;  // guards done, next_to_deliver, failure; sink runs under it
  std::size_t next_to_deliver = 0;
  std::exception_ptr failure;
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    try {
      for (std::size_t i; (i = next.fetch_add(1)) < inputs.size();) {
        PageReport report = audit_one(*this, inputs[i]);
        std::lock_guard lock(mutex);
        if (failure) return;
        done[i] = std::move(report);
        for (; next_to_deliver < done.size() && done[next_to_deliver]; ++next_to_deliver) {
          sink(std::move(*done[next_to_deliver]));
          done[next_to_deliver].reset();
        }
      }
    } catch (...) {
      std::lock_guard lock(mutex);
      if (!failure) failure = std::current_exception();
      next = inputs.size();
    }
  };
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(1, inputs.size())));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < jobs; ++t) {
    // Fewer threads than asked is a slower batch, not a failed one.
    try {
      pool.emplace_back(work);
    } catch (const std::system_error&) {
      break;
    }
  }
  work();
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace rampa
