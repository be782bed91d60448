#include "AgreementModel.h"

#include "domain/LevelText.h"
#include "i18n/ColumnTitle.h"
#include "questionnaire/AssessmentSession.h"
#include "workshop/WorkshopSession.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

AgreementModel::AgreementModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AgreementModel::setSession(const AssessmentSession *session, const QString &language, bool names)
{
    beginResetModel();
    m_rows.clear();
    const WorkshopSession *workshop = session->workshop();
    m_participants = names ? workshop->participants() : QList<Participant>();
    m_threshold = workshop->disputeThreshold();
    for (const Parameter &p : session->model().parameters())
        m_rows.append({p.id, p.name.text(language), workshop->ratings(p.id), session->answer(p.id)});
    endResetModel();
}

int AgreementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AgreementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedColumns + static_cast<int>(m_participants.size());
}

QVariant AgreementModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const RatingSpread &s = r.ratings.spread;
    const bool disputed = s.isDisputed(m_threshold);
    switch (role) {
    case DisputedRole:
        return disputed;
    case ParameterIdRole:
        return r.parameterId;
    case PriorityRole:
        return r.ratings.discussionPriority(m_threshold);
    case CountsRole: {
        QVariantList counts;
        if (r.ratings.revealed) {
            for (const int n : s.counts)
                counts.append(n);
        }
        return counts;
    }
    case TeamLevelRole:
        return r.team.level.value_or(-1);
    case MedianRole:
        return s.median ? QVariant(*s.median) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Id || index.column() == Name || index.column() == Ratings ? QVariant()
                                                                                           : QVariant(Qt::AlignCenter);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (index.column() == Spread)
            return data(index.siblingAtColumn(Ratings), Qt::DisplayRole);
        if (index.column() >= FixedColumns)
            return participantCell(r, index.column() - FixedColumns, true);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    if (index.column() >= FixedColumns)
        return participantCell(r, index.column() - FixedColumns, false);
    switch (index.column()) {
    case Id:
        return r.parameterId;
    case Name:
        return r.name;
    case Ratings: {
        if (!r.ratings.revealed)
            return r.ratings.ratedBy.isEmpty()
                ? QString()
                : tr("%n rated, not revealed", nullptr, static_cast<int>(r.ratings.ratedBy.size()));
        QStringList parts;
        for (int level = 0; level <= 4; ++level) {
            if (const int n = s.counts.at(static_cast<std::size_t>(level)); n > 0)
                parts.append(u"%1 ×%2"_s.arg(level).arg(n));
        }
        if (s.notApplicable > 0)
            parts.append(u"%1 ×%2"_s.arg(LevelText::notApplicable()).arg(s.notApplicable));
        if (s.abstained > 0)
            parts.append(tr("abstained ×%1").arg(s.abstained));
        return parts.join(u", "_s);
    }
    case Spread:
        return QString(); // drawn by AgreementView's delegate from CountsRole
    case Range:
        return s.min ? (*s.min == *s.max ? QString::number(*s.min) : u"%1–%2"_s.arg(*s.min).arg(*s.max)) : QString();
    case Median:
        return s.median ? QLocale().toString(*s.median, 'g', 2) : QString();
    case Team:
        return LevelText::of(r.team, QString());
    case Disputed:
        return disputed ? tr("▲ disputed") : QString();
    default:
        return {};
    }
}

QString AgreementModel::participantCell(const Row &r, int participant, bool explain) const
{
    // One participant's own rating, once revealed, marked where it differs from the team's.
    const Participant &p = m_participants.at(participant);
    const auto own = std::find_if(r.ratings.ratings.cbegin(), r.ratings.ratings.cend(),
        [&p](const Rating &rating) { return rating.participantUuid == p.uuid; });
    if (own == r.ratings.ratings.cend())
        return r.ratings.revealed ? LevelText::none() : QString();
    const QString level = LevelText::of(*own);
    const std::optional<int> held = own->levelValue();
    if (!held || !r.team.level || *held == *r.team.level)
        return explain && held && r.team.level ? tr("%1: as the team").arg(level) : level;
    const bool above = *held > *r.team.level;
    if (explain)
        return above ? tr("%1: above the team's level %2").arg(level).arg(*r.team.level)
                     : tr("%1: below the team's level %2").arg(level).arg(*r.team.level);
    return level + (above ? u" ▲"_s : u" ▼"_s);
}

QVariant AgreementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= FixedColumns && section < columnCount())
        return m_participants.at(section - FixedColumns).name;
    static const char *const titles[FixedColumns] = {
        QT_TR_NOOP("ID"),
        QT_TR_NOOP("Parameter"),
        QT_TR_NOOP("Spread 0–4"),
        QT_TR_NOOP("Ratings"),
        QT_TR_NOOP("Range"),
        QT_TR_NOOP("Median"),
        QT_TR_NOOP("Team's level"),
        QT_TR_NOOP("Disputed"),
    };
    return columnTitle<AgreementModel>(titles, section, orientation, role);
}
