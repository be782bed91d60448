#pragma once

#include <QString>

// One person taking part in an assessment's workshop: who rates the parameters on their own
// before the team settles its consensus. Kept in the order they were listed.
struct Participant final
{
    static constexpr int MaxName = 200;

    qint64 id = 0; // 0 until stored
    QString uuid; // stays the same in every file and copy
    QString name; // unique within the assessment
    QString role; // optional: team lead, analyst, SOC…
};
