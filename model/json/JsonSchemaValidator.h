#pragma once

#include "json/JsonProblem.h"

#include <QJsonObject>

#include <memory>
#include <optional>

namespace valijson {
class Schema;
}

// Checks JSON documents against one of the JSON Schemas we ship (draft 7), using Debian's
// valijson. Construct once and reuse: parsing the schema is the expensive part.
class JsonSchemaValidator final
{
public:
    // `schemaResource` is a path such as ":/schemas/sim3-model.schema.json". A schema that
    // cannot be read or parsed makes every validate() call fail with that reason.
    explicit JsonSchemaValidator(const QString &schemaResource);
    ~JsonSchemaValidator();
    JsonSchemaValidator(const JsonSchemaValidator &) = delete;
    JsonSchemaValidator &operator=(const JsonSchemaValidator &) = delete;

    // The schemas we ship, each parsed once on first use (thread-safe) and kept.
    enum class Shipped { Model, Assessment, TargetProfile, Ratings };
    static const JsonSchemaValidator &shipped(Shipped schema);

    // The first problem found (the most specific one), or nothing when the document is valid.
    std::optional<JsonProblem> validate(const QJsonObject &document) const;

private:
    std::unique_ptr<valijson::Schema> m_schema;
    QString m_loadError;
};
