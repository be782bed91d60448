#include "ParameterFilterModel.h"

#include "questionnaire/QuestionnaireModel.h"

ParameterFilterModel::ParameterFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    // Status and text change as answers change: keep the filter live.
    setDynamicSortFilter(true);
}

void ParameterFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void ParameterFilterModel::setCategory(const QString &categoryId)
{
    m_category = categoryId;
    invalidateFilter();
}

void ParameterFilterModel::setStatus(StatusFilter status)
{
    m_status = status;
    invalidateFilter();
    const bool workshop = status == StatusFilter::NotDiscussed || status == StatusFilter::Disputed
        || status == StatusFilter::NoConsensus;
    if (workshop != m_byDisagreement) {
        m_byDisagreement = workshop;
        sort(workshop ? 0 : -1); // -1: back to the model's order
    }
}

bool ParameterFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int a = left.data(QuestionnaireModel::DisagreementRole).toInt();
    const int b = right.data(QuestionnaireModel::DisagreementRole).toInt();
    if (a != b)
        return a > b;
    return left.row() < right.row();
}

bool ParameterFilterModel::isFiltering() const
{
    return !m_text.isEmpty() || !m_category.isEmpty() || m_status != StatusFilter::All;
}

bool ParameterFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString parameterId = index.data(QuestionnaireModel::ParameterIdRole).toString();
    if (parameterId.isEmpty()) // a category: shown when it matches the category filter and has matches
        return false;
    if (!m_category.isEmpty() && index.data(QuestionnaireModel::CategoryIdRole).toString() != m_category)
        return false;
    const int flags = index.data(QuestionnaireModel::FlagsRole).toInt();
    switch (m_status) {
    case StatusFilter::All:
        break;
    case StatusFilter::Unanswered:
        if (flags & (QuestionnaireModel::HasLevel | QuestionnaireModel::IsNotApplicable))
            return false;
        break;
    case StatusFilter::ToConfirm:
        if (!(flags & QuestionnaireModel::IsToConfirm))
            return false;
        break;
    case StatusFilter::Flagged:
        if (!(flags & QuestionnaireModel::IsFlagged))
            return false;
        break;
    case StatusFilter::NotApplicable:
        if (!(flags & QuestionnaireModel::IsNotApplicable))
            return false;
        break;
    case StatusFilter::Answered:
        if (!(flags & QuestionnaireModel::HasLevel))
            return false;
        break;
    case StatusFilter::NotDiscussed:
        if (flags & QuestionnaireModel::IsRevealed)
            return false;
        break;
    case StatusFilter::Disputed:
        if (!(flags & QuestionnaireModel::IsDisputed))
            return false;
        break;
    case StatusFilter::NoConsensus:
        if (!(flags & QuestionnaireModel::IsRevealed)
            || (flags & (QuestionnaireModel::HasLevel | QuestionnaireModel::IsNotApplicable)))
            return false;
        break;
    }
    if (m_text.isEmpty())
        return true;
    return index.data(QuestionnaireModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}
