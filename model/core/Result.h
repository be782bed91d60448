#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

// A value or a message saying why there is none. Errors travel as values through the model
// layer; the layer that knows the context decides how to show them. A result cannot be ignored
// ([[nodiscard]]), and reading the value of a failure stops the program with the error instead
// of reading an empty optional (undefined behaviour).
template <typename T> class [[nodiscard]] Result final
{
public:
    static Result success(T value) { return Result(std::move(value), QString()); }
    static Result failure(QString message) { return Result(std::nullopt, std::move(message)); }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }

    const T &value() const &
    {
        checkValue();
        return *m_value;
    }
    T &value() &
    {
        checkValue();
        return *m_value;
    }
    // By value, so that `for (auto &x : repo.list().value())` does not dangle.
    T value() &&
    {
        checkValue();
        return std::move(*m_value);
    }
    const T *operator->() const
    {
        checkValue();
        return &*m_value;
    }

    const QString &error() const { return m_error; }

private:
    void checkValue() const
    {
        if (!m_value.has_value())
            qFatal("Result::value() read on a failure: %s", qUtf8Printable(m_error));
    }

    Result(std::optional<T> value, QString error)
        : m_value(std::move(value))
        , m_error(std::move(error))
    {
    }

    std::optional<T> m_value;
    QString m_error;
};

// Success or a message saying what failed; like Result, it cannot be ignored.
class [[nodiscard]] Status final
{
public:
    static Status success() { return Status(QString(), true); }
    static Status failure(QString message) { return Status(std::move(message), false); }

    bool isOk() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString &error() const { return m_error; }

    template <typename T> static Status from(const Result<T> &result)
    {
        return result.isOk() ? success() : failure(result.error());
    }

private:
    Status(QString error, bool ok)
        : m_error(std::move(error))
        , m_ok(ok)
    {
    }

    QString m_error;
    bool m_ok;
};
