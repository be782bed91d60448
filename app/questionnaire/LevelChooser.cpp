#include "LevelChooser.h"

#include "catalogue/Sim3Model.h"

#include <QButtonGroup>
#include <QEvent>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int NotApplicableId = 5;
}

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
        auto *text = new QLabel(this);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setContentsMargins(24, 0, 0, 6);
        text->setBuddy(button);
        m_group->addButton(button, id);
        m_buttons.append(button);
        m_texts.append(text);
        m_layout->addWidget(button);
        m_layout->addWidget(text);
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
        QString text = def ? def->longLabel.text(language).toHtmlEscaped() : QString();
        const QString guidance = parameter.guidanceFor(level).text(language);
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
