#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPushButton;
class QSpinBox;
class QTableWidget;
class WorkshopSession;

// Assessment > Participants: who rates the parameters in the workshop, with an optional role,
// in the order their ratings are typed. A participant keeps their identity (and ratings) when
// renamed or moved; removing one who has rated asks first, since their ratings go with them.
// Also how far apart ratings must lie to count as disputed (a setting of the database).
class ParticipantsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParticipantsDialog)

public:
    ParticipantsDialog(WorkshopSession *workshop, QWidget *parent = nullptr);

    void accept() override;
    QTableWidget *table() const { return m_table; }
    QSpinBox *thresholdField() const { return m_threshold; }
    void addRow(const QString &name = QString(), const QString &role = QString(), const QString &uuid = QString());

private:
    void removeRow();
    void moveRow(int by);

    WorkshopSession *m_workshop;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QSpinBox *m_threshold;
    QDialogButtonBox *m_buttons;
};
