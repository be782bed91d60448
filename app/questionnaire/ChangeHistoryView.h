#pragma once

#include <QGroupBox>

class Database;
class QListWidget;

// The change history of one answer, newest first: who changed which field, when, from what to
// what. Collapsed by default; read from the log only while it is open.
class ChangeHistoryView final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeHistoryView)

public:
    // `database` must outlive the view.
    explicit ChangeHistoryView(Database &database, QWidget *parent = nullptr);

    void showAnswer(qint64 assessmentId, const QString &parameterId);
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Database &m_database;
    QListWidget *m_list = nullptr;
    qint64 m_assessmentId = 0;
    QString m_parameterId;
};
