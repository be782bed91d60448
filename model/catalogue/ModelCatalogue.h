#pragma once

#include "catalogue/Sim3Model.h"
#include "core/Result.h"

#include <QList>

// The SIM3 model versions the application knows: the bundled ones, plus custom model files a
// team loaded (a national extension, a team holding the official wording).
class ModelCatalogue final
{
public:
    // The bundled models, read from the resources linked into sim3model.
    static ModelCatalogue bundled();
    static QString defaultModelId() { return QStringLiteral("sim3-v2i"); }
    static bool isBundledId(const QString &id);

    const QList<Sim3Model> &models() const { return m_models; }
    // nullptr when unknown.
    const Sim3Model *find(const QString &id) const;

    // Adds a custom model. Refused, leaving the catalogue unchanged, when the id is one of the
    // bundled models; a custom model with the same id replaces the earlier one.
    Status add(const Sim3Model &model);

private:
    QList<Sim3Model> m_models;
};
