#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;

// The improvement action of one parameter: who improves it and, optionally, by when. Shown in
// the report's improvement plan.
class ImprovementActionEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImprovementActionEditor)

public:
    explicit ImprovementActionEditor(QWidget *parent = nullptr);

    // Shows the stored action; an owner being typed is left alone.
    void showAction(const QString &owner, const QDate &due);
    void setEditable(bool editable);

signals:
    // The person finished editing the owner, or changed the due date; an invalid date is none.
    void edited(const QString &owner, const QDate &due);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void emitEdited();

    QLabel *m_ownerLabel = nullptr;
    QLineEdit *m_owner = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
    bool m_showing = false; // showAction() is filling the fields: no edit to report
    bool m_editable = true;
};
