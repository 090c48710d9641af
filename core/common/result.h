#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace clientele {

/// A failure a person can read: what went wrong, and which field or item it concerns.
struct Error
{
    /// What kind of failure, for callers that react differently (offer read-only on Locked, ...).
    enum class Kind { General, Validation, NotFound, Locked, TooNew, Conflict };

    QString message;
    /// The field, column or item the message is about (e.g. "email"); empty when it is general.
    QString field = {};
    Kind kind = Kind::General;
};

/// Either a value or an Error: the return type of every core operation that can fail
/// because of user input or the database. A small stand-in for C++23's std::expected.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    { }
    Result(Error error)
        : m_state(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_state;
};

/// Result of an operation that returns nothing on success.
template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    QString errorMessage() const { return m_error.message; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace clientele
