#pragma once

#include "catalogue/Sim3Model.h"
#include "domain/Answer.h"
#include "domain/Participant.h"
#include "storage/WorkshopRepository.h"

#include <QAbstractTableModel>

class AssessmentSession;

// The dashboard's agreement table: per parameter (model order) how the room rated it once
// revealed (a dot strip, the distribution, range, median), the team's level and whether it is
// disputed; with names shown, one column per participant as well, marked where it lies above
// or below the team's level. Anonymous unless asked.
class AgreementModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementModel)

public:
    enum Column { Id, Name, Spread, Ratings, Range, Median, Team, Disputed, FixedColumns };
    enum Role {
        DisputedRole = Qt::UserRole + 1,
        ParameterIdRole,
        PriorityRole, // ParameterRatings::discussionPriority: higher needs the room more
        CountsRole, // the five counts per level (QVariantList of int); empty until revealed
        TeamLevelRole, // the team's level, or -1
        MedianRole, // double, or invalid
    };

    explicit AgreementModel(QObject *parent = nullptr);

    // Reads the session's workshop; names adds a column per participant.
    void setSession(const AssessmentSession *session, const QString &language, bool names);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString parameterId;
        QString name;
        ParameterRatings ratings;
        Answer team;
    };
    QString participantCell(const Row &r, int participant, bool explain) const;

    QList<Row> m_rows;
    QList<Participant> m_participants; // empty unless names are shown
    int m_threshold = RatingSpread::DefaultDisputeThreshold;
};
