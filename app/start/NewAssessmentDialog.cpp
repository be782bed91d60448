#include "NewAssessmentDialog.h"
#include "dialogs/DateField.h"
#include "dialogs/MessageBox.h"
#include "i18n/DateText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

NewAssessmentDialog::NewAssessmentDialog(const ModelCatalogue &catalogue, const QList<Assessment> &previous,
    const QList<Participant> &previousParticipants, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_date(new DateField(QDate::currentDate(), this))
    , m_model(new QComboBox(this))
    , m_assessors(new QPlainTextEdit(this))
    , m_workshop(
          new QCheckBox(tr("&Workshop: each of them rates every parameter on their own before the team agrees"), this))
    , m_previousParticipants(previousParticipants)
    , m_startFrom(new QComboBox(this))
    , m_startHint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"newAssessmentDialog"_s);
    setWindowTitle(tr("New Assessment"));
    m_title->setObjectName(u"titleField"_s);
    m_date->setObjectName(u"dateField"_s);
    m_model->setObjectName(u"modelField"_s);
    m_assessors->setObjectName(u"assessorsField"_s);
    m_startFrom->setObjectName(u"startFromField"_s);
    QStringList taken;
    for (const Assessment &a : previous)
        taken.append(a.title);
    m_title->setText(defaultTitle(QDate::currentDate().year(), taken));
    m_title->selectAll();
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(DateText::datePattern());
    // One person per line: a name may hold commas or "、", and a list of people is not a sentence.
    m_assessors->setPlaceholderText(tr("One name per line"));
    m_assessors->setTabChangesFocus(true);
    m_assessors->setFixedHeight(m_assessors->fontMetrics().lineSpacing() * 4 + 12);
    for (const Sim3Model &m : catalogue.models())
        m_model->addItem(
            tr("%1 (%2 parameters)").arg(m.name().text(language), QString::number(m.parameters().size())), m.id());
    m_model->setCurrentIndex(std::max(0, m_model->findData(ModelCatalogue::defaultModelId())));

    m_startFrom->addItem(tr("Start empty"), 0);
    for (auto it = previous.crbegin(); it != previous.crend(); ++it)
        m_startFrom->addItem(tr("Start from \"%1\" (%2)").arg(it->title, DateText::date(it->date)), it->id);
    if (!previous.isEmpty()) {
        m_startFrom->setCurrentIndex(1);
        m_assessors->setPlainText(previous.last().assessors.join(u'\n'));
    }
    // The last workshop's people are the likeliest to rate again.
    m_workshop->setObjectName(u"workshopField"_s);
    m_workshop->setChecked(!previousParticipants.isEmpty());
    if (!previousParticipants.isEmpty()) {
        QStringList names;
        for (const Participant &p : previousParticipants)
            names.append(p.name);
        m_assessors->setPlainText(names.join(u'\n'));
    }
    m_startFrom->setEnabled(!previous.isEmpty());
    m_startHint->setWordWrap(true);
    m_startHint->setText(tr("Answers, comments and evidence are carried over; each carried answer is marked \"to "
                            "confirm\" until someone confirms or changes it."));

    m_title->setAccessibleName(tr("Title"));
    m_date->setAccessibleName(tr("Date"));
    m_model->setAccessibleName(tr("SIM3 model"));
    m_assessors->setAccessibleName(tr("Assessors"));
    m_startFrom->setAccessibleName(tr("Start from"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("SIM3 &model:"), m_model);
    form->addRow(tr("&Assessors\n(one per line):"), m_assessors);
    form->addRow(QString(), m_workshop);
    form->addRow(tr("&Start from:"), m_startFrom);
    form->addRow(QString(), m_startHint);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    resize(600, sizeHint().height());

    connect(m_title, &QLineEdit::textChanged, this, &NewAssessmentDialog::updateOk);
    connect(
        m_startFrom, &QComboBox::currentIndexChanged, this, [this] { m_startHint->setVisible(startFromId() != 0); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewAssessmentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_startHint->setVisible(startFromId() != 0);
    updateOk();
}

void NewAssessmentDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!title().isEmpty());
}

QString NewAssessmentDialog::defaultTitle(int year, const QStringList &taken)
{
    const QString plain = tr("Self-assessment %1").arg(year);
    QString title = plain;
    for (int n = 2; taken.contains(title, Qt::CaseInsensitive); ++n)
        title = tr("%1 (%2)").arg(plain).arg(n);
    return title;
}

QString NewAssessmentDialog::title() const
{
    return m_title->text().trimmed();
}

QDate NewAssessmentDialog::date() const
{
    return m_date->date();
}

QString NewAssessmentDialog::modelId() const
{
    return m_model->currentData().toString();
}

QStringList NewAssessmentDialog::assessors() const
{
    QStringList names;
    for (const QString &name : m_assessors->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            names.append(name.trimmed());
    }
    return names;
}

void NewAssessmentDialog::accept()
{
    if (isWorkshop()) {
        QStringList seen;
        for (const QString &name : assessors()) {
            if (seen.contains(name, Qt::CaseInsensitive)) {
                MessageBox::warning(this, tr("New Assessment"),
                    tr("\"%1\" is listed twice. In a workshop each participant needs a name of their own: tell the "
                       "two apart (for example with an initial).")
                        .arg(name));
                m_assessors->setFocus();
                return;
            }
            if (name.size() > Participant::MaxName) {
                MessageBox::warning(this, tr("New Assessment"),
                    tr("A name is longer than %1 characters: shorten it.").arg(Participant::MaxName));
                m_assessors->setFocus();
                return;
            }
            seen.append(name);
        }
    }
    QDialog::accept();
}

bool NewAssessmentDialog::isWorkshop() const
{
    return m_workshop->isChecked();
}

QList<Participant> NewAssessmentDialog::participants() const
{
    QList<Participant> list;
    if (!isWorkshop())
        return list;
    for (const QString &name : assessors()) {
        const auto known = std::find_if(m_previousParticipants.cbegin(), m_previousParticipants.cend(),
            [&name](const Participant &p) { return p.name.compare(name, Qt::CaseInsensitive) == 0; });
        // Someone new gets their identity when stored; someone known keeps their role.
        list.append(known == m_previousParticipants.cend() ? Participant{0, QString(), name, QString()}
                                                           : Participant{0, QString(), name, known->role});
    }
    return list;
}

qint64 NewAssessmentDialog::startFromId() const
{
    return m_startFrom->currentData().toLongLong();
}
