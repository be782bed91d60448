#include "RatingInput.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

std::optional<std::optional<Rating>> entry(const QString &token)
{
    const QString t = token.toCaseFolded();
    if (t == u"-"_s)
        return std::optional<Rating>();
    Rating r;
    if (t == u"n"_s || t == u"na"_s || t == u"n/a"_s) {
        r.kind = Rating::Kind::NotApplicable;
        return std::optional(r);
    }
    if (t == u"a"_s || t == u"abstain"_s) {
        r.kind = Rating::Kind::Abstain;
        return std::optional(r);
    }
    if (t.size() == 1 && t.at(0).digitValue() >= 0 && t.at(0).digitValue() <= 4) {
        r.level = t.at(0).digitValue();
        return std::optional(r);
    }
    return std::nullopt;
}

} // namespace

Result<QList<std::optional<Rating>>> RatingInput::parse(const QString &text, int participants)
{
    using R = Result<QList<std::optional<Rating>>>;
    QStringList tokens;
    for (const QString &word : text.simplified().split(QRegularExpression(u"[\\s,、，]+"_s), Qt::SkipEmptyParts)) {
        // "23324": digits typed without spaces are one entry each.
        const bool digitsOnly = std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.digitValue() >= 0; });
        if (digitsOnly && word.size() > 1) {
            for (QChar c : word)
                tokens.append(QString(c));
        } else {
            tokens.append(word);
        }
    }
    QList<std::optional<Rating>> entries;
    for (const QString &token : std::as_const(tokens)) {
        const auto parsed = entry(token);
        if (!parsed)
            return R::failure(tr("\"%1\" is not a rating: type a level 0-4, n for not applicable, a for abstain, "
                                 "or - to skip a participant.")
                                  .arg(token));
        entries.append(*parsed);
    }
    if (entries.size() > participants)
        return R::failure(tr("%1 ratings typed, but there are only %2 participants.")
                              .arg(QString::number(entries.size()), QString::number(participants)));
    return R::success(entries);
}
