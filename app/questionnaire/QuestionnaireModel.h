#pragma once

#include <QAbstractItemModel>

class AssessmentSession;

// The parameters of an assessment grouped by category, for the questionnaire's list. Category
// rows show progress ("7 of 11"); parameter rows show ID, name, level and status.
class QuestionnaireModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionnaireModel)

public:
    enum Column { IdColumn, NameColumn, LevelColumn, StatusColumn, ColumnCount };
    enum Role {
        ParameterIdRole = Qt::UserRole + 1, // empty on category rows
        CategoryIdRole,
        StatusRole, // AnswerStatus::Value, the most urgent one
        FlagsRole, // AnswerFlag bits, all that apply
        SearchTextRole, // ID, name and summary in the current language, comment and evidence
        // In a workshop, how much attention the parameter needs: disputed first, then the
        // widest spread, then the fewest ratings; larger comes first.
        DisagreementRole,
    };

    // The answer's state, and in a workshop where the room stands on the parameter.
    enum AnswerFlag {
        HasLevel = 1,
        IsNotApplicable = 2,
        IsToConfirm = 4,
        IsFlagged = 8,
        HasRatings = 16,
        IsRevealed = 32,
        IsDisputed = 64
    };

    explicit QuestionnaireModel(AssessmentSession *session, QObject *parent = nullptr);

    void setLanguage(const QString &language);
    QModelIndex indexOf(const QString &parameterId, int column = IdColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void onAnswerChanged(const QString &parameterId);
    void allDataChanged();
    // Rating alone: whether one has rated the parameter, and how.
    QString myRatingStatus(const QString &parameterId) const;
    QVariant categoryData(int category, int column, int role) const;
    QVariant parameterData(int category, int row, int column, int role) const;

    AssessmentSession *m_session;
    QString m_language = QStringLiteral("en");
    QList<QStringList> m_parameterIds; // per category, in model order
};
