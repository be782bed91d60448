#pragma once

#include <QString>

#include <optional>

// Where one parameter stands against its target.
struct ParameterResult final
{
    enum class State {
        Below, // answered with a level under its target
        Above, // over its target: possibly more than the team needs
        OnTarget, // exactly at its target
        NoTarget, // answered, but the profile sets no target
        NotApplicable, // marked not applicable: never counted as a level
        Unanswered, // no level yet: never counted as zero
    };

    QString parameterId;
    QString categoryId;
    std::optional<int> current;
    std::optional<int> target;
    State state = State::Unanswered;

    // target - current when both exist; positive below target, negative above.
    std::optional<int> gap() const;
    bool meetsTarget() const { return state == State::OnTarget || state == State::Above; }
};
