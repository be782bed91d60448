#include "Rating.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

Status Rating::check() const
{
    if (kind == Kind::Level && (level < 0 || level > 4))
        return Status::failure(
            QCoreApplication::translate("Rating", "%1: a rating must be a level between 0 and 4, not %2.")
                .arg(parameterId, QString::number(level)));
    if (note.size() > MaxNote)
        return Status::failure(
            QCoreApplication::translate("Rating", "%1: the note of a rating is longer than %2 characters.")
                .arg(parameterId, QString::number(MaxNote)));
    return Status::success();
}

QString Rating::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Level:
        return u"level"_s;
    case Kind::NotApplicable:
        return u"na"_s;
    case Kind::Abstain:
        return u"abstain"_s;
    }
    return {};
}

std::optional<Rating::Kind> Rating::kindFromKey(const QString &key)
{
    for (const Kind kind : {Kind::Level, Kind::NotApplicable, Kind::Abstain}) {
        if (kindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}
