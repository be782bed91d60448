#include "AnswerDiff.h"

#include "domain/LevelText.h"
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

QString boolText(bool value)
{
    return value ? u"yes"_s : u"no"_s;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString evidenceText(const QList<Evidence> &evidence)
{
    QStringList titles;
    for (const Evidence &e : evidence)
        titles.append(e.title);
    return titles.join(u"; "_s);
}

} // namespace

QList<FieldChange> AnswerDiff::between(const Answer &before, const Answer &after)
{
    QList<FieldChange> changes;
    const auto compare = [&changes](AnswerField field, const QString &was, const QString &is) {
        if (was != is)
            changes.append({field, was, is});
    };
    compare(AnswerField::Level, LevelText::stored(before), LevelText::stored(after));
    compare(AnswerField::Justification, before.justification, after.justification);
    compare(AnswerField::Comment, before.comment, after.comment);
    compare(AnswerField::Review, boolText(before.reviewFlag), boolText(after.reviewFlag));
    compare(AnswerField::Confirm, boolText(before.toConfirm), boolText(after.toConfirm));
    compare(AnswerField::Owner, before.actionOwner, after.actionOwner);
    compare(AnswerField::Due, dateText(before.actionDue), dateText(after.actionDue));
    if (before.evidence != after.evidence)
        changes.append({AnswerField::Evidence, evidenceText(before.evidence), evidenceText(after.evidence)});
    return changes;
}
