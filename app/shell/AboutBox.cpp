#include "AboutBox.h"

#include "catalogue/Sim3Model.h"

#include <QMessageBox>

void AboutBox::show(QWidget *parent, const Sim3Model *model, const QString &language)
{
    QString text
        = tr("<h3>SIM3 Workbench %1</h3>"
             "<p>Assess a CSIRT with SIM3, choose the maturity each parameter needs, and plan what to improve. "
             "Your data stays in one file on this computer, unless your team names a PostgreSQL server of its "
             "own: the application connects to that server and to nothing else.</p>"
             "<p>An assessment made here is the team's self-assessment with its own tool. It is not a SIM3 audit "
             "by the Open CSIRT Foundation (OCF) and is not endorsed by it. SIM3 defines no overall score: the "
             "averages and shares shown are this application's aids, and a target is met parameter by "
             "parameter.</p>")
              .arg(QCoreApplication::applicationVersion());
    if (model) {
        text += tr("<p>SIM3 model: %1 (%2).<br>SIM3 is maintained by the Open CSIRT Foundation. Official document: "
                   "<a href=\"%3\">%3</a></p><p>%4</p>")
                    .arg(model->name().text(language).toHtmlEscaped(), model->version().toHtmlEscaped(),
                        model->source().document.toHtmlEscaped(), model->source().note.text(language).toHtmlEscaped());
    }
    QMessageBox::about(parent, tr("About SIM3 Workbench"), text);
}
