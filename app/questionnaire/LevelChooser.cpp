#include "LevelChooser.h"

#include "catalogue/Sim3Model.h"
#include "i18n/JapanesePhrases.h"
#include "widgets/WrappingLabel.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QMouseEvent>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int NotApplicableId = 5;

// One choice and its explanation. The chosen row is filled with the highlight colour, so that
// the choice is seen from the back of a room, not only in a radio button's dot; a click anywhere
// on the row chooses it.
class LevelRow final : public QFrame
{
public:
    LevelRow(QRadioButton *button, QLabel *text, QWidget *parent)
        : QFrame(parent)
        , m_button(button)
        , m_text(text)
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(4, 2, 4, 2);
        layout->setSpacing(2);
        layout->addWidget(button);
        layout->addWidget(text);
        connect(button, &QRadioButton::toggled, this, [this](bool on) { showChosen(on); });
    }

protected:
    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && m_button->isEnabled() && !m_button->isChecked()) {
            m_button->click();
            m_button->setFocus(Qt::MouseFocusReason);
        }
        QFrame::mousePressEvent(event);
    }

private:
    void showChosen(bool on)
    {
        setAutoFillBackground(on);
        setBackgroundRole(on ? QPalette::Highlight : QPalette::Window);
        setForegroundRole(on ? QPalette::HighlightedText : QPalette::WindowText);
        // The button and the text draw with their own roles: hand them the row's colours.
        for (QWidget *child : std::initializer_list<QWidget *>{m_button, m_text}) {
            QPalette p = child->palette();
            if (on) {
                for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::ButtonText, QPalette::Text})
                    p.setColor(role, palette().color(QPalette::HighlightedText));
                child->setPalette(p);
            } else {
                child->setPalette(QPalette());
            }
        }
    }

    QRadioButton *m_button;
    QLabel *m_text;
};

} // namespace

LevelChooser::LevelChooser(QWidget *parent)
    : QGroupBox(parent)
    , m_group(new QButtonGroup(this))
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(u"levelChooser"_s);
    for (int id = 0; id <= NotApplicableId; ++id) {
        auto *button = new QRadioButton(this);
        button->setObjectName(id == NotApplicableId ? u"notApplicableButton"_s : u"levelButton%1"_s.arg(id));
        QFont bold = button->font();
        bold.setBold(true);
        button->setFont(bold);
        auto *text = new WrappingLabel(this);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setContentsMargins(24, 0, 0, 2);
        text->setBuddy(button);
        m_group->addButton(button, id);
        m_buttons.append(button);
        m_texts.append(text);
        auto *row = new LevelRow(button, text, this);
        row->setObjectName(u"levelRow%1"_s.arg(id));
        m_rows.append(row);
        m_layout->addWidget(row);
    }
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        if (id == NotApplicableId)
            emit notApplicableChosen();
        else
            emit levelChosen(id);
    });
    retranslate();
}

void LevelChooser::showTexts(const Parameter &parameter, const Sim3Model &model, const QString &language)
{
    for (int level = 0; level <= 4; ++level) {
        const LevelDefinition *def = model.level(level);
        const QString shortLabel = def ? def->shortLabel.text(language) : QString();
        m_buttons.at(level)->setText(u"%1 — %2"_s.arg(QString::number(level), shortLabel));
        m_buttons.at(level)->setAccessibleName(tr("Level %1, %2").arg(QString::number(level), shortLabel));
        // Japanese wraps between phrases, not inside words.
        QString text
            = def ? JapanesePhrases::forDisplay(def->longLabel.text(language), language).toHtmlEscaped() : QString();
        const QString guidance = JapanesePhrases::forDisplay(parameter.guidanceFor(level).text(language), language);
        if (!guidance.isEmpty())
            // Set apart by a bold lead, not italics: Japanese has no italic, only a slanted fake.
            text += u"<br><b>%1</b> %2"_s.arg(tr("Here:").toHtmlEscaped(), guidance.toHtmlEscaped());
        m_texts.at(level)->setText(text);
    }
}

void LevelChooser::showChoice(const std::optional<int> &level, bool notApplicable)
{
    m_group->setExclusive(false);
    for (QRadioButton *b : std::as_const(m_buttons))
        b->setChecked(false);
    m_group->setExclusive(true);
    if (notApplicable)
        m_buttons.at(NotApplicableId)->setChecked(true);
    else if (level && *level >= 0 && *level <= 4) // the repository refuses others; never index past
        m_buttons.at(*level)->setChecked(true);
}

QWidget *LevelChooser::chosenRow() const
{
    const int id = m_group->checkedId();
    return id >= 0 ? m_rows.at(id) : nullptr;
}

void LevelChooser::setEditable(bool editable)
{
    for (QRadioButton *b : std::as_const(m_buttons))
        b->setEnabled(editable);
}

void LevelChooser::setPresentation(bool on)
{
    m_presentation = on;
    m_texts.at(NotApplicableId)->setVisible(!on);
    retranslate();
}

void LevelChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void LevelChooser::retranslate()
{
    setTitle(m_presentation ? QString() : tr("Level"));
    m_buttons.at(NotApplicableId)->setText(tr("Not applicable (needs a justification)"));
    m_buttons.at(NotApplicableId)->setAccessibleName(tr("Not applicable"));
    m_texts.at(NotApplicableId)
        ->setText(tr("Not a SIM3 level: use it only where the parameter truly does not apply to your team."));
}
