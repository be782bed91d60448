#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// How dates are shown on screen: one rule everywhere (lists, dialogs, date fields, charts). The
// interface locale's short date when it is unambiguous (year first with four digits, as in
// Japanese "2026/11/28"), otherwise ISO 8601 ("2026-11-28"): a US "11/12/26" reads differently
// to half of the people in a room.
namespace DateText {

// The display pattern for the current default locale, usable with QDateEdit::setDisplayFormat.
QString datePattern();
QString date(const QDate &date);
// A stored UTC time, shown in local time with minutes: "2026-11-28 15:04".
QString dateTime(const QDateTime &utc);

} // namespace DateText
