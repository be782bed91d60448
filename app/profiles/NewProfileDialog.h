#pragma once

#include "domain/TargetProfile.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;

// The name of a new target profile and how to start it: one level for all parameters, the
// current levels plus one up to a cap, a copy of another profile, or a profile file.
class NewProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewProfileDialog)

public:
    enum class Start { Uniform, CurrentPlusOne, Copy, File };

    // `existing` are the team's profiles that can be copied; `hasCurrent` whether there is an
    // assessment to start from.
    NewProfileDialog(const QList<TargetProfile> &existing, bool hasCurrent, QWidget *parent = nullptr);

    QString name() const;
    Start start() const;
    int level() const; // for Uniform and CurrentPlusOne (the cap)
    qint64 copyFrom() const;

private:
    QLineEdit *m_name = nullptr;
    QRadioButton *m_uniform = nullptr;
    QSpinBox *m_uniformLevel = nullptr;
    QRadioButton *m_plusOne = nullptr;
    QSpinBox *m_cap = nullptr;
    QRadioButton *m_copy = nullptr;
    QComboBox *m_copyFrom = nullptr;
    QRadioButton *m_file = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
