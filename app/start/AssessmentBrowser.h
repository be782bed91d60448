#pragma once

#include <QWidget>

class Database;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

// Teams and their assessments, newest last, with how far each assessment has come.
class AssessmentBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentBrowser)

public:
    explicit AssessmentBrowser(Database &database, QWidget *parent = nullptr);

    // Reloads from the database; returns the number of teams shown.
    int reload();
    // 0 when no assessment is selected.
    qint64 currentAssessmentId() const;
    void selectAssessment(qint64 id);

signals:
    void assessmentActivated(qint64 assessmentId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Database &m_db;
    QLabel *m_heading = nullptr;
    QTreeWidget *m_tree = nullptr;
};
