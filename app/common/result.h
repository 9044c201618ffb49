// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace kiosk {

// A failure that a person can read: what was wrong, in one sentence.
struct Error
{
    QString message;
};

// The value or the reason there is none. std::expected is C++23; Qt 6.4 targets C++20.
// E is any error type with a `message` a person can read (Error, or a richer typed error).
// [[nodiscard]]: a failure that nobody looks at is a failure nobody hears about.
template<typename T, typename E = Error> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(E error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    // Empty when there is no error, so it is always safe to print.
    const QString &error() const
    {
        static const QString none;
        return ok() ? none : std::get<1>(m_state).message;
    }
    // The whole typed error; only when !ok().
    const E &failure() const { return std::get<1>(m_state); }

private:
    std::variant<T, E> m_state;
};

// Done, or the reason it was not: for steps that have nothing to return.
template<typename E> class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    Result(E error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }

    const QString &error() const
    {
        static const QString none;
        return ok() ? none : m_error->message;
    }
    const E &failure() const { return *m_error; }

private:
    std::optional<E> m_error;
};

inline Error fail(QString message)
{
    return Error{std::move(message)};
}

} // namespace kiosk
