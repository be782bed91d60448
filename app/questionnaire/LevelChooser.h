#pragma once

#include <QGroupBox>
#include <QList>

#include <optional>

struct Parameter;
class QButtonGroup;
class QLabel;
class QRadioButton;
class QVBoxLayout;
class Sim3Model;

// The five SIM3 levels of one parameter, each with its general meaning and this parameter's
// guidance, and "not applicable": one radio button each, the chosen one's whole row highlighted.
class LevelChooser final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LevelChooser)

public:
    explicit LevelChooser(QWidget *parent = nullptr);

    // The texts of `parameter` in `model`, in `language`.
    void showTexts(const Parameter &parameter, const Sim3Model &model, const QString &language);
    // Checks the answer's level, N/A, or nothing; emits nothing.
    void showChoice(const std::optional<int> &level, bool notApplicable);
    void setEditable(bool editable);
    // The row of the checked choice (its button and explanation), or null.
    QWidget *chosenRow() const;
    // On the projector: no title, no explanation of "not applicable".
    void setPresentation(bool on);
    // Where the owner adds what belongs under the levels (the N/A justification).
    QVBoxLayout *contentLayout() const { return m_layout; }

signals:
    // A person chose; not emitted by showChoice().
    void levelChosen(int level);
    void notApplicableChosen();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QButtonGroup *m_group = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QList<QRadioButton *> m_buttons; // 0-4, then not applicable
    QList<QLabel *> m_texts;
    QList<QWidget *> m_rows; // each button with its text
    bool m_presentation = false;
};
