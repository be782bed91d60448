#pragma once

#include <QWidget>

class AgreementModel;
class AssessmentSession;
class QCheckBox;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

// The dashboard's Agreement tab, the facilitator's workshop view: how far apart the room was on
// each parameter, across all categories, in model order or with what most needs discussing
// first; Return opens a parameter in the questionnaire. Anonymous; each participant's own
// ratings against the team's level only when the facilitator turns them on.
class AgreementView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementView)

public:
    enum class Order { Model, MostToDiscuss };

    AgreementView(const AssessmentSession *session, QWidget *parent = nullptr);

    void refresh(const QString &language);
    void setOrder(Order order);
    QTableView *table() const { return m_table; }

signals:
    void parameterActivated(const QString &parameterId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const AssessmentSession *m_session;
    QString m_language = QStringLiteral("en");
    QLabel *m_orderLabel;
    QComboBox *m_order;
    QCheckBox *m_names;
    QLabel *m_hint;
    QTableView *m_table;
    AgreementModel *m_model;
    QSortFilterProxyModel *m_sorted;
};
