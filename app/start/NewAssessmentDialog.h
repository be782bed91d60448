#pragma once

#include "catalogue/ModelCatalogue.h"
#include "domain/Assessment.h"
#include "domain/Participant.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Title, date, SIM3 model and assessors of a new assessment, whether they hold a workshop (each
// assessor a participant who rates on their own), and whether it starts from one of the team's
// earlier assessments. The newest assessment's people come first to hand.
class NewAssessmentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewAssessmentDialog)

public:
    // `previous` are the team's assessments, oldest first; the newest is offered as the start.
    // `previousParticipants` are the newest assessment's workshop participants.
    NewAssessmentDialog(const ModelCatalogue &catalogue, const QList<Assessment> &previous,
        const QList<Participant> &previousParticipants, const QString &language, QWidget *parent = nullptr);

    // "Self-assessment 2026", or "Self-assessment 2026 (2)" when the team already has that title.
    static QString defaultTitle(int year, const QStringList &taken);

    QString title() const;
    QDate date() const;
    QString modelId() const;
    QStringList assessors() const;
    // Whether the assessors take part in a workshop, each rating on their own.
    bool isWorkshop() const;
    // The assessors as participants: those of the previous workshop keep their identity and role.
    QList<Participant> participants() const;
    // 0 to start empty.
    qint64 startFromId() const;

    // Refuses a workshop whose assessors repeat a name.
    void accept() override;

private:
    void updateOk();

    QLineEdit *m_title = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_model = nullptr;
    QPlainTextEdit *m_assessors = nullptr;
    QCheckBox *m_workshop = nullptr;
    QList<Participant> m_previousParticipants;
    QComboBox *m_startFrom = nullptr;
    QLabel *m_startHint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
