#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

// One participant's own view of one parameter: a level 0-4, "not applicable", or "abstain"
// (no view), with an optional note. Kept apart from the team's answer, the consensus.
struct Rating final
{
    enum class Kind { Level, NotApplicable, Abstain };
    static constexpr int MaxNote = 2000;

    QString participantUuid;
    QString parameterId;
    Kind kind = Kind::Level;
    int level = 0; // 0-4 when kind is Level
    QString note;
    QDateTime enteredAt; // UTC
    QString enteredBy; // who typed it: the participant, or the facilitator for them
    // Raised by one with every write of the stored rating; 0 while none is stored.
    qint64 version = 0;

    // The level when the rating is one; N/A and abstain are never a level.
    std::optional<int> levelValue() const { return kind == Kind::Level ? std::optional(level) : std::nullopt; }
    // A level 0-4 when it is one, and a note within MaxNote.
    Status check() const;
    // "level", "na", "abstain": as stored and in files.
    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);
};
