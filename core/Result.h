#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace equimark {

// What went wrong, in words a coordinator understands. The code lets callers (the CLI's
// exit status, the GUI's choice of dialog) react without parsing the message.
struct Error {
    enum class Code {
        NotFound,      // no such file, or no such record
        NotSchoolFile, // not SQLite, or another application's database
        Damaged,       // SQLite says the file is corrupt
        NewerVersion,  // made by a newer Equimark
        InUse,         // another program holds the lock
        ReadOnly,      // the file or its folder cannot be written
        Invalid,       // the request breaks a rule (unknown id, bad date, ...)
        Io,            // the disk failed us (full, removed, permission)
        Locked,        // a record is locked by the process (e.g. a verified summary)
    };

    Code code = Code::Invalid;
    QString message;

    static Error make(Code code, QString message) { return Error{code, std::move(message)}; }
};

// A value or an Error. Core functions return this instead of throwing: exceptions never
// cross a public header.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::move(value)) {}
    Result(Error error)
        : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<Error>(m_data); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    QString errorMessage() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace equimark
