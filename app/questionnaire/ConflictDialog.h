#pragma once

#include "domain/Answer.h"

#include <QDialog>

class QPushButton;

// Someone else changed the answer this person was editing, in the same part: both values side
// by side, part by part, with who made the other one and when. Keeping theirs is the default
// (Return or Esc: nothing is overwritten); keeping one's own writes over theirs knowingly, and
// the change log keeps both.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    ConflictDialog(const QString &parameterTitle, const Answer &mine, const Answer &theirs, QWidget *parent = nullptr);

    bool keepMine() const { return m_keepMine; }

private:
    bool m_keepMine = false;
};
