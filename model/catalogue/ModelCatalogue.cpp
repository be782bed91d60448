#include "ModelCatalogue.h"

#include "catalogue/ModelParser.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
const QStringList &bundledIds()
{
    static const QStringList ids{u"sim3-v1"_s, u"sim3-v2i"_s};
    return ids;
}
} // namespace

ModelCatalogue ModelCatalogue::bundled()
{
    // Parsed once per process (the window, the database's catalogue and the dialogs all ask for
    // it); the copies share their data.
    static const ModelCatalogue parsed = [] {
        ModelCatalogue catalogue;
        for (const QString &id : bundledIds()) {
            const Result<Sim3Model> model = ModelParser::parseBundled(u":/models/%1.json"_s.arg(id));
            // The bundled files are checked by tests; a failure here means a broken build.
            Q_ASSERT_X(model.isOk(), "ModelCatalogue::bundled", qPrintable(model.error()));
            if (model)
                catalogue.m_models.append(model.value());
        }
        return catalogue;
    }();
    return parsed;
}

bool ModelCatalogue::isBundledId(const QString &id)
{
    return bundledIds().contains(id);
}

const Sim3Model *ModelCatalogue::find(const QString &id) const
{
    for (const Sim3Model &m : m_models) {
        if (m.id() == id)
            return &m;
    }
    return nullptr;
}

Status ModelCatalogue::add(const Sim3Model &model)
{
    if (isBundledId(model.id()))
        return Status::failure(QCoreApplication::translate("ModelCatalogue",
            "The model id \"%1\" belongs to a bundled SIM3 model; "
            "give the custom model an id of its own.")
                                   .arg(model.id()));
    for (Sim3Model &m : m_models) {
        if (m.id() == model.id()) {
            m = model;
            return Status::success();
        }
    }
    m_models.append(model);
    return Status::success();
}
