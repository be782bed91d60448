#pragma once

#include "domain/Rating.h"

#include <QHash>
#include <QWidget>

#include <optional>

class AnswerTextEditor;
class AssessmentSession;
class ChangeHistoryView;
class EvidenceEditor;
class ImprovementActionEditor;
class LevelChooser;
class QBoxLayout;
class QCheckBox;
class QDate;
class QFrame;
class QLabel;
class QPushButton;
class RatingsStrip;

// The right side of the questionnaire: one parameter with its summary, the five levels with
// this parameter's guidance, "not applicable", comment, and the evidence, improvement-action and
// change-history editors it composes. Every edit goes to the session at once (comments after a
// short pause in typing).
class ParameterDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParameterDetailPane)

public:
    explicit ParameterDetailPane(AssessmentSession *session, QWidget *parent = nullptr);
    ~ParameterDetailPane() override;

    void showParameter(const QString &parameterId);
    const QString &parameterId() const { return m_parameterId; }
    void setLanguage(const QString &language);
    // Large type for the projector, `textPixels` high (0: the application's text size again):
    // the same widgets, scaled, with the comment beside the levels instead of below them.
    void setPresentation(int textPixels);
    // The row of the chosen level, or null: what to keep in view after a choice.
    QWidget *chosenLevelRow() const;

    // The actions the keyboard and menus trigger.
    void chooseLevel(int level);
    void chooseNotApplicable();
    void clearAnswer();
    void toggleReviewFlag();
    void confirmCarriedAnswer();
    void addEvidence();
    void editEvidence(int row);
    void removeEvidence(int row);
    void openEvidence();
    void focusComment();
    // The level choice: where the digit keys rate. Moving to another parameter comes back here
    // from a text field, and so does Esc in one.
    void focusLevels();
    bool hasFocusInText() const;
    // The workshop's round for this parameter: type the ratings, reveal them.
    void focusRatings();
    void revealRatings();
    // Saves a comment still waiting for the typing pause.
    void flushPendingEdits();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Rating alone: the level keys set one's own rating (no kind: remove it). False in the room.
    bool rateAlone(std::optional<Rating::Kind> kind, int level);
    void build();
    void retranslate();
    // The heading is half as big again as the text, whatever the text's size.
    void updateHeadingFont();
    // Presenting on a screen wide enough for both: the comment beside the levels, else below.
    void updateAnswerLayout();
    // The parameter's texts: on a new parameter or language.
    void refreshTexts();
    // The answer's state: after every change.
    void refresh();
    // Enables the editors for a draft; a final assessment is read-only.
    void updateEditability();
    void saveComment(const QString &text);
    void saveJustification(const QString &text);
    void saveCommentOf(const QString &parameterId, const QString &text);
    void saveJustificationOf(const QString &parameterId, const QString &text);
    // Offline: texts typed for parameters left meanwhile, saved once the server is back.
    void keepHeldEdits();
    void saveHeldEdits();
    void saveAction(const QString &owner, const QDate &due);
    QString title() const;

    AssessmentSession *m_session;
    QString m_parameterId;
    QString m_language = QStringLiteral("en");
    bool m_refreshing = false;
    bool m_offline = false;
    bool m_presenting = false;
    QHash<QString, QString> m_heldComments; // parameter id -> text typed while offline
    QHash<QString, QString> m_heldJustifications;

    QLabel *m_idLabel = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_categoryLabel = nullptr;
    QLabel *m_nameNote = nullptr; // why the name is marked, when it is
    QFrame *m_confirmBanner = nullptr;
    QLabel *m_confirmText = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QLabel *m_summary = nullptr;
    RatingsStrip *m_ratings = nullptr;
    LevelChooser *m_levels = nullptr;
    AnswerTextEditor *m_justification = nullptr;
    AnswerTextEditor *m_comment = nullptr;
    QBoxLayout *m_answerLayout = nullptr; // the levels, then the comment: below or beside
    EvidenceEditor *m_evidence = nullptr;
    QCheckBox *m_reviewFlag = nullptr;
    ImprovementActionEditor *m_action = nullptr;
    QLabel *m_lastChanged = nullptr;
    ChangeHistoryView *m_history = nullptr;
};
