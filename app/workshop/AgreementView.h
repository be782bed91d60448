#pragma once

#include <QWidget>

class AgreementModel;
class AssessmentSession;
class QCheckBox;
class QTableView;

// The dashboard's Agreement tab: how far apart the room was on each parameter, anonymous; each
// participant's own ratings only when the facilitator turns them on.
class AgreementView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementView)

public:
    AgreementView(const AssessmentSession *session, QWidget *parent = nullptr);

    void refresh(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    const AssessmentSession *m_session;
    QString m_language = QStringLiteral("en");
    QCheckBox *m_names;
    QTableView *m_table;
    AgreementModel *m_model;
};
