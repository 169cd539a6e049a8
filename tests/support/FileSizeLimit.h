#pragma once

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>

namespace equimark::test {

// Lets no file grow past `bytes` while it lives, as a full disk or a FAT32 stick's size limit
// would: writes past it fail with EFBIG instead of SIGXFSZ killing the process. Restores the
// previous limit and signal handling when it goes (or at lift()). Unix only.
class FileSizeLimit {
public:
    explicit FileSizeLimit(qint64 bytes) {
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        ::getrlimit(RLIMIT_FSIZE, &m_previous);
        rlimit limited = m_previous;
        limited.rlim_cur = rlim_t(bytes);
        m_active = ::setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit() { lift(); }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

    bool active() const { return m_active; }
    void lift() {
        if (!m_active)
            return;
        ::setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
        m_active = false;
    }

private:
    rlimit m_previous{};
    void (*m_previousHandler)(int) = SIG_DFL;
    bool m_active = false;
};

} // namespace equimark::test
#endif
