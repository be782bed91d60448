#pragma once

#include <csignal>
#include <sys/resource.h>

// Limits the size of any file this process writes, as a full disk would; writes past it fail
// with EFBIG instead of raising SIGXFSZ. Works for root too, unlike a read-only folder.
class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes);
    ~FileSizeLimit();
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_old{};
    void (*m_handler)(int) = nullptr;
};
