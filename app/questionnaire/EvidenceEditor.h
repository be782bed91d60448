#pragma once

#include "domain/Evidence.h"

#include <QGroupBox>
#include <QList>

class QPushButton;
class QTableWidget;

// The evidence of one answer: a list with Add, Edit, Remove and Open. It shows the items and
// opens their links; adding, editing and removing are the owner's (they are answer changes).
class EvidenceEditor final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceEditor)

public:
    explicit EvidenceEditor(QWidget *parent = nullptr);

    void showEvidence(const QList<Evidence> &evidence);
    // -1 when no item is selected.
    int currentRow() const;
    void selectRow(int row);
    void setEditable(bool editable);
    // Opens the selected item's web link or file; says why when there is nothing to open.
    void openSelected();

signals:
    void addRequested();
    void editRequested(int row);
    void removeRequested(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_open = nullptr;
    QList<Evidence> m_evidence;
    bool m_editable = true;
};
