#pragma once

#include "catalogue/ModelCatalogue.h"
#include "domain/Assessment.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Title, date, SIM3 model and assessors of a new assessment, and whether it starts from one of
// the team's earlier assessments.
class NewAssessmentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewAssessmentDialog)

public:
    // `previous` are the team's assessments, oldest first; the newest is offered as the start.
    NewAssessmentDialog(const ModelCatalogue &catalogue, const QList<Assessment> &previous, const QString &language,
        QWidget *parent = nullptr);

    QString title() const;
    QDate date() const;
    QString modelId() const;
    QStringList assessors() const;
    // 0 to start empty.
    qint64 startFromId() const;

private:
    void updateOk();

    QLineEdit *m_title = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_model = nullptr;
    QPlainTextEdit *m_assessors = nullptr;
    QComboBox *m_startFrom = nullptr;
    QLabel *m_startHint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
