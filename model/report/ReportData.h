#pragma once

#include "catalogue/ModelCatalogue.h"
#include "core/Result.h"
#include "domain/Assessment.h"
#include "domain/TargetProfile.h"
#include "domain/Team.h"
#include "storage/WorkshopRepository.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

class Database;

// Everything a management report shows, read once from the database.
struct ReportData final
{
    Q_DECLARE_TR_FUNCTIONS(ReportData)

public:
    enum class PageSize { A4, Letter };

    Team team;
    Assessment assessment;
    Sim3Model model;
    std::optional<TargetProfile> profile;
    std::optional<Assessment> previous; // the team's assessment before this one, if any
    // The workshop, when the assessment had one: its participants and, per parameter, the
    // ratings as the room may see them (only revealed ones carry levels).
    QList<Participant> participants;
    QHash<QString, ParameterRatings> ratings;
    int disputeThreshold = RatingSpread::DefaultDisputeThreshold;
    // Whether "Where the team disagreed" says who held which level; anonymous unless the
    // exporter chooses names.
    bool namedRatings = false;
    QString language = QStringLiteral("en");
    QString tlp = QStringLiteral("TLP:AMBER");
    PageSize pageSize = PageSize::A4;
    QDateTime generatedAt;

    // The answers carried over and not confirmed yet, in the model's order.
    QStringList unconfirmedParameters() const;
    // A draft assessment, or one with unconfirmed answers: every page of its report says DRAFT,
    // so that it can never be handed over as final.
    bool isDraft() const;

    // The Traffic Light Protocol 2.0 markings, in order.
    static QStringList tlpMarkings();
    // "amber", "TLP:AMBER", "amber+strict" -> the marking; empty when unknown.
    static QString tlpFromKey(const QString &key);

    static Result<ReportData> collect(Database &database, const ModelCatalogue &catalogue, qint64 assessmentId,
        const QString &profileName, const QString &language);
};
