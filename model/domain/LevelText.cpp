#include "LevelText.h"

using namespace Qt::StringLiterals;

namespace {

const QString StoredNotApplicable = u"N/A"_s;

} // namespace

QString LevelText::none()
{
    return u"–"_s;
}

QString LevelText::notApplicable()
{
    return tr("N/A");
}

QString LevelText::of(const std::optional<int> &level, const QString &noLevel)
{
    return level ? QString::number(*level) : noLevel;
}

QString LevelText::of(const Answer &answer, const QString &noLevel)
{
    return answer.notApplicable ? notApplicable() : of(answer.level, noLevel);
}

QString LevelText::of(const Rating &rating)
{
    switch (rating.kind) {
    case Rating::Kind::Level:
        return QString::number(rating.level);
    case Rating::Kind::NotApplicable:
        return notApplicable();
    case Rating::Kind::Abstain:
        return tr("abstains");
    }
    return {};
}

QString LevelText::signedDifference(const std::optional<int> &difference, const QString &noLevel)
{
    if (!difference)
        return noLevel;
    return *difference > 0 ? u"+%1"_s.arg(*difference) : QString::number(*difference);
}

QString LevelText::step(int from, int to)
{
    return u"%1→%2"_s.arg(from).arg(to);
}

QString LevelText::stored(const Answer &answer)
{
    return answer.notApplicable ? StoredNotApplicable : of(answer.level, QString());
}

QString LevelText::fromStored(const QString &stored)
{
    return stored == StoredNotApplicable ? notApplicable() : stored;
}
