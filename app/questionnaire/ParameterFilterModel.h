#pragma once

#include <QSortFilterProxyModel>

// Filters the questionnaire list by text (ID, name, summary, comment, evidence), category and
// status. Categories stay visible while any of their parameters match.
class ParameterFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParameterFilterModel)

public:
    enum class StatusFilter {
        All,
        Unanswered,
        ToConfirm,
        Flagged,
        NotApplicable,
        Answered,
        // A workshop's: where the two hours should go.
        NotDiscussed, // ratings not revealed yet
        Disputed, // revealed, and the ratings lie the dispute threshold apart or more
        NoConsensus, // revealed, and the team has no level (or N/A) yet
    };

    explicit ParameterFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setCategory(const QString &categoryId); // empty: all categories
    void setStatus(StatusFilter status);
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // With a workshop filter, parameters needing the most discussion come first in each
    // category; otherwise the model's order.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QString m_category;
    StatusFilter m_status = StatusFilter::All;
    bool m_byDisagreement = false;
};
