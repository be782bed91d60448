#include "QuestionnaireModel.h"

#include "workshop/WorkshopSession.h"

#include <algorithm>

#include "domain/LevelText.h"
#include "questionnaire/AnswerStatus.h"
#include "questionnaire/AssessmentSession.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace {
// Category rows carry internal id 0; parameter rows carry their category's row + 1.
constexpr quintptr CategoryRow = 0;
} // namespace

QuestionnaireModel::QuestionnaireModel(AssessmentSession *session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    for (const Category &c : session->model().categories()) {
        QStringList ids;
        for (const Parameter &p : session->model().parametersIn(c.id))
            ids.append(p.id);
        m_parameterIds.append(ids);
    }
    connect(session, &AssessmentSession::answerChanged, this, &QuestionnaireModel::onAnswerChanged);
    // A round typed or revealed changes what the workshop filters see.
    connect(session->workshop(), &WorkshopSession::ratingsChanged, this, &QuestionnaireModel::onAnswerChanged);
    // Rating alone, the level column shows one's own ratings.
    connect(session->workshop(), &WorkshopSession::ratingAloneChanged, this, &QuestionnaireModel::allDataChanged);
    // New participants or another dispute threshold: every parameter's workshop state may change.
    connect(session->workshop(), &WorkshopSession::participantsChanged, this, &QuestionnaireModel::allDataChanged);
}

void QuestionnaireModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    allDataChanged();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void QuestionnaireModel::allDataChanged()
{
    if (rowCount() == 0)
        return;
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    for (int c = 0; c < rowCount(); ++c) {
        const QModelIndex parent = index(c, 0);
        if (rowCount(parent) > 0)
            emit dataChanged(index(0, 0, parent), index(rowCount(parent) - 1, ColumnCount - 1, parent));
    }
}

QModelIndex QuestionnaireModel::indexOf(const QString &parameterId, int column) const
{
    for (int c = 0; c < m_parameterIds.size(); ++c) {
        const qsizetype row = m_parameterIds.at(c).indexOf(parameterId);
        if (row >= 0)
            return createIndex(static_cast<int>(row), column, static_cast<quintptr>(c) + 1);
    }
    return {};
}

QModelIndex QuestionnaireModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_parameterIds.size() ? createIndex(row, column, CategoryRow) : QModelIndex();
    if (parent.internalId() != CategoryRow || parent.row() >= m_parameterIds.size())
        return {};
    if (row >= m_parameterIds.at(parent.row()).size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex QuestionnaireModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == CategoryRow)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, CategoryRow);
}

int QuestionnaireModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_parameterIds.size());
    if (parent.internalId() == CategoryRow && parent.column() == 0)
        return static_cast<int>(m_parameterIds.at(parent.row()).size());
    return 0;
}

int QuestionnaireModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags QuestionnaireModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant QuestionnaireModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == CategoryRow)
        return categoryData(index.row(), index.column(), role);
    return parameterData(static_cast<int>(index.internalId() - 1), index.row(), index.column(), role);
}

QVariant QuestionnaireModel::categoryData(int category, int column, int role) const
{
    const Category &c = m_session->model().categories().at(category);
    const int total = static_cast<int>(m_parameterIds.at(category).size());
    const int answered = m_session->answeredCount(c.id);
    switch (role) {
    case Qt::DisplayRole:
        if (column == IdColumn)
            return c.id;
        if (column == NameColumn)
            return c.name.text(m_language);
        if (column == StatusColumn)
            return tr("%1 of %2").arg(answered).arg(total);
        return {};
    case Qt::AccessibleTextRole:
        return tr("%1: %2 of %3 answered")
            .arg(c.name.text(m_language), QString::number(answered), QString::number(total));
    case Qt::FontRole: {
        QFont f;
        f.setBold(true);
        return f;
    }
    case CategoryIdRole:
        return c.id;
    case ParameterIdRole:
        return QString();
    case SearchTextRole:
        return c.name.text(m_language);
    default:
        return {};
    }
}

QVariant QuestionnaireModel::parameterData(int category, int row, int column, int role) const
{
    const QString id = m_parameterIds.at(category).at(row);
    const Parameter *p = m_session->model().parameter(id);
    const Answer a = m_session->answer(id);
    const AnswerStatus::Value status = AnswerStatus::of(a);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case IdColumn:
            return id;
        case NameColumn:
            return p->markedName(m_language);
        case LevelColumn:
            if (m_session->workshop()->isRatingAlone()) {
                // One's own rating; abstaining is no level, said in the status column.
                const std::optional<Rating> mine = m_session->workshop()->myRating(id);
                return !mine || mine->kind == Rating::Kind::Abstain ? QString() : LevelText::of(*mine);
            }
            return LevelText::of(a, QString());
        case StatusColumn:
            if (m_session->workshop()->isRatingAlone())
                return myRatingStatus(id);
            return QString(AnswerStatus::symbol(status) + u' ' + AnswerStatus::label(status));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column != NameColumn)
            return {};
        return p->summaryWithNameNote(m_language);
    case Qt::AccessibleTextRole: {
        const QString text = m_session->workshop()->isRatingAlone()
            ? tr("%1 %2, my rating: %3").arg(id, p->name.text(m_language), myRatingStatus(id))
            : tr("%1 %2, level %3, %4")
                  .arg(id, p->name.text(m_language),
                      a.notApplicable ? tr("not applicable") : LevelText::of(a.level, tr("none")),
                      AnswerStatus::label(status));
        return p->nameIsVerified() ? text : text + u' ' + NameProvenance::explanation(p->provenance);
    }
    case Qt::TextAlignmentRole:
        return column == LevelColumn ? QVariant(Qt::AlignCenter) : QVariant();
    case ParameterIdRole:
        return id;
    case CategoryIdRole:
        return p->categoryId;
    case StatusRole:
        return static_cast<int>(status);
    case FlagsRole: {
        const ParameterRatings &r = m_session->workshop()->ratings(id);
        return (a.level ? HasLevel : 0) | (a.notApplicable ? IsNotApplicable : 0) | (a.toConfirm ? IsToConfirm : 0)
            | (a.reviewFlag ? IsFlagged : 0) | (r.ratedBy.isEmpty() ? 0 : HasRatings) | (r.revealed ? IsRevealed : 0)
            | (r.spread.isDisputed(m_session->workshop()->disputeThreshold()) ? IsDisputed : 0);
    }
    case DisagreementRole: {
        const WorkshopSession *workshop = m_session->workshop();
        return workshop->ratings(id).discussionPriority(workshop->disputeThreshold());
    }
    case SearchTextRole: {
        QStringList parts{id, p->name.text(m_language), p->summary.text(m_language), a.comment, a.justification};
        for (const Evidence &e : a.evidence)
            parts << e.title << e.location;
        return parts.join(u'\n');
    }
    default:
        return {};
    }
}

QVariant QuestionnaireModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("ID");
    case NameColumn:
        return tr("Parameter");
    case LevelColumn:
        return tr("Level");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QString QuestionnaireModel::myRatingStatus(const QString &parameterId) const
{
    const std::optional<Rating> mine = m_session->workshop()->myRating(parameterId);
    if (!mine)
        return tr("○ Not rated yet");
    switch (mine->kind) {
    case Rating::Kind::Level:
        return tr("● Rated");
    case Rating::Kind::NotApplicable:
        return tr("– Not applicable");
    case Rating::Kind::Abstain:
        return tr("– Abstained");
    }
    return {};
}

void QuestionnaireModel::onAnswerChanged(const QString &parameterId)
{
    const QModelIndex first = indexOf(parameterId, 0);
    if (!first.isValid())
        return;
    emit dataChanged(first, indexOf(parameterId, ColumnCount - 1));
    const QModelIndex category = first.parent();
    emit dataChanged(index(category.row(), 0), index(category.row(), ColumnCount - 1));
}
