#pragma once

#include "domain/Evidence.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

// Adds or edits one evidence item: a title, where it is (a link or a place) and its date.
class EvidenceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceDialog)

public:
    explicit EvidenceDialog(const Evidence &evidence, QWidget *parent = nullptr);

    Evidence evidence() const;

private:
    Evidence m_original;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_location = nullptr;
    QCheckBox *m_hasDate = nullptr;
    QDateEdit *m_date = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
