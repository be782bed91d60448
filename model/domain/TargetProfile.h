#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

struct ProfileTarget final
{
    QString parameterId;
    std::optional<int> level; // empty: no target for this parameter
    QString rationale;

    bool operator==(const ProfileTarget &o) const
    {
        return parameterId == o.parameterId && level == o.level && rationale == o.rationale;
    }
    bool operator!=(const ProfileTarget &o) const { return !(*this == o); }
};

// The maturity a team decides it needs, parameter by parameter, and why.
struct TargetProfile final
{
    qint64 id = 0;
    QString uuid;
    qint64 teamId = 0;
    QString name;
    QString approvedBy;
    QDate approvedOn;
    QDateTime createdAt;
    QHash<QString, ProfileTarget> targets; // by parameter id
    // Raised by one with every save; a save against an older one is a conflict
    // (ProfileRepository::saveAt). 0 until stored.
    qint64 version = 0;
};
