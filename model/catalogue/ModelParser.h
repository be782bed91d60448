#pragma once

#include "catalogue/Sim3Model.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

// Turns a model catalogue file (format "sim3-model", version 1) into a Sim3Model. The file is
// checked against resources/schemas/sim3-model.schema.json first, then for what a schema cannot
// say (unique IDs, known categories, the full 0-4 scale). Every refusal names the JSON path of
// the first problem.
class ModelParser final
{
    Q_DECLARE_TR_FUNCTIONS(ModelParser)

public:
    static Result<Sim3Model> parse(const QByteArray &bytes);
    static Result<Sim3Model> parse(const QJsonObject &document);
    static Result<Sim3Model> parseFile(const QString &path);
    // A model compiled into the program (its tests validate it against the schema): read with
    // Qt's own JSON parser and without the schema check, which cost every start a few
    // milliseconds. The rules the schema cannot say are still applied.
    static Result<Sim3Model> parseBundled(const QString &resource);

private:
    static Result<Sim3Model> build(const QJsonObject &document);
};
