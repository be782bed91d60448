#include "NameProvenance.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

const std::array<std::pair<NameProvenance::Kind, QLatin1StringView>, 7> &names()
{
    static const std::array<std::pair<NameProvenance::Kind, QLatin1StringView>, 7> table{{
        {NameProvenance::Official, "official"_L1},
        {NameProvenance::Seen, "seen"_L1},
        {NameProvenance::Custom, "custom"_L1},
        {NameProvenance::Topic, "topic"_L1},
        {NameProvenance::Recalled, "recalled"_L1},
        {NameProvenance::Assumed, "assumed"_L1},
        {NameProvenance::Unverified, "unverified"_L1},
    }};
    return table;
}

} // namespace

NameProvenance::Kind NameProvenance::fromString(const QString &value)
{
    for (const auto &[kind, name] : names()) {
        if (value == name)
            return kind;
    }
    return Unverified;
}

QString NameProvenance::toString(Kind kind)
{
    for (const auto &[k, name] : names()) {
        if (k == kind)
            return QString(name);
    }
    return u"unverified"_s;
}

const char *NameProvenance::reasonSource(Kind kind)
{
    switch (kind) {
    case Topic:
        return QT_TRANSLATE_NOOP("NameProvenance", "public sources confirm the subject, not the exact wording");
    case Recalled:
        return QT_TRANSLATE_NOOP("NameProvenance", "recalled from knowledge of SIM3, not seen in a public source");
    case Assumed:
        return QT_TRANSLATE_NOOP(
            "NameProvenance", "assumed unchanged from SIM3 v1, which no public source confirms for this version");
    case Unverified:
        return QT_TRANSLATE_NOOP("NameProvenance", "not found in any public source we could read");
    case Official:
    case Seen:
    case Custom:
        break;
    }
    return nullptr;
}

const char *NameProvenance::explanationFrameSource()
{
    return QT_TRANSLATE_NOOP("NameProvenance", "Name not verified against the official document: %1.");
}

QString NameProvenance::explanation(Kind kind)
{
    const char *reason = reasonSource(kind);
    if (!reason)
        return {};
    return tr(explanationFrameSource()).arg(tr(reason));
}
