#pragma once

#include <QCoreApplication>

class QWidget;
class Sim3Model;

// Help > About: what the application is for, where the data stays, and where SIM3 comes from.
class AboutBox final
{
    Q_DECLARE_TR_FUNCTIONS(AboutBox)

public:
    // `model` (may be null) is the SIM3 model whose source is credited, in `language`.
    static void show(QWidget *parent, const Sim3Model *model, const QString &language);
};
