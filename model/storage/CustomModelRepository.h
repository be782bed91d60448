#pragma once

#include "catalogue/ModelCatalogue.h"
#include "core/Result.h"

#include <QCoreApplication>

class Database;

// Custom model files a team loaded, kept inside the database so that its assessments can always
// be read with the model they were made with.
class CustomModelRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CustomModelRepository)

public:
    explicit CustomModelRepository(Database &database)
        : m_db(database)
    {
    }

    // Checks the file like any model file and stores it; refused (nothing stored) when it is
    // malformed, uses a bundled model's id, or changes a stored model that assessments use.
    Result<Sim3Model> addFile(const QString &path);
    // The bundled models plus every stored custom model; an error names a stored model that
    // cannot be read.
    Result<ModelCatalogue> catalogue() const;

private:
    Database &m_db;
};
