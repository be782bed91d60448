#pragma once

#include "core/Result.h"

#include <QWidget>

class Database;
class ModelCatalogue;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// Teams and their assessments, newest last, with how far each assessment has come.
class AssessmentBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentBrowser)

public:
    // `catalogue` gives each model's parameter count; both must outlive the browser.
    AssessmentBrowser(Database &database, const ModelCatalogue &catalogue, QWidget *parent = nullptr);

    // Reloads from the database; returns the number of teams shown, or what could not be read
    // (the list then shows what could, under a message naming the problem).
    Result<int> reload();
    // 0 when no assessment is selected.
    qint64 currentAssessmentId() const;
    // Whether the selected assessment is final.
    bool currentIsFinal() const;
    // The team of the selected row (a team or one of its assessments); 0 when nothing is selected.
    qint64 currentTeamId() const;
    void selectTeam(qint64 id);
    void selectAssessment(qint64 id);

signals:
    void assessmentActivated(qint64 assessmentId);
    void newAssessmentRequested();
    void newTeamRequested();
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Database &m_db;
    const ModelCatalogue &m_catalogue;
    QLabel *m_heading = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_problem = nullptr; // shown when the database could not be read
    QPushButton *m_open = nullptr;
    QPushButton *m_newAssessment = nullptr;
    QPushButton *m_newTeam = nullptr;
};
