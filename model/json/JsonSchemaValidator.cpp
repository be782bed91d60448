#include "JsonSchemaValidator.h"

#include "json/JsonReader.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <exception>

using namespace Qt::StringLiterals;

namespace {

// valijson names a path as {"<root>", "[parameters]", "[3]", "[name]"}; we speak JSON Pointer.
QString toJsonPointer(const std::vector<std::string> &context)
{
    QString pointer;
    for (const std::string &part : context) {
        QString segment = QString::fromStdString(part);
        if (segment == u"<root>"_s)
            continue;
        if (segment.startsWith(u'[') && segment.endsWith(u']'))
            segment = segment.mid(1, segment.size() - 2);
        segment.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
        pointer += u'/' + segment;
    }
    return pointer;
}

// valijson describes problems in terms of the schema; a person needs to hear what to fix.
QString humanise(const QString &description)
{
    struct Rule
    {
        const char *pattern;
        const char *text; // %1 is the first captured group
    };
    static const Rule rules[] = {
        {"^Missing required property '(.*)'\\.?$",
            QT_TRANSLATE_NOOP("JsonSchemaValidator", "the required field \"%1\" is missing")},
        {"could not be validated using 'properties' or 'additionalProperties' constraints: '(.*)'",
            QT_TRANSLATE_NOOP("JsonSchemaValidator", "the field \"%1\" is not part of this format")},
        {"^Failed to match expected value set by 'const' constraint",
            QT_TRANSLATE_NOOP("JsonSchemaValidator", "has a value other than the one this format requires")},
        {"^Failed to match regex specified by 'pattern' constraint",
            QT_TRANSLATE_NOOP("JsonSchemaValidator", "is empty or not written in the form this field requires")},
        {"^Array should contain no fewer than (\\d+) elements",
            QT_TRANSLATE_NOOP("JsonSchemaValidator", "needs at least %1 entries")},
        {"^Array should contain no more than (\\d+) elements",
            QT_TRANSLATE_NOOP("JsonSchemaValidator", "allows at most %1 entries")},
        {"^Expected number less than or equal to (-?\\d+)",
            QT_TRANSLATE_NOOP("JsonSchemaValidator", "must be at most %1")},
        {"^Expected number greater than or equal to (-?\\d+)",
            QT_TRANSLATE_NOOP("JsonSchemaValidator", "must be at least %1")},
        {"^Failed to match against any enum values",
            QT_TRANSLATE_NOOP("JsonSchemaValidator", "is not one of the allowed values")},
        {"^Value type not permitted by 'type' constraint",
            QT_TRANSLATE_NOOP("JsonSchemaValidator", "has the wrong type (for example text where a number belongs)")},
        {"^String should be no fewer than (\\d+) characters",
            QT_TRANSLATE_NOOP("JsonSchemaValidator", "must not be empty")},
        {"oneOf", QT_TRANSLATE_NOOP("JsonSchemaValidator", "has the wrong type or form")},
    };
    for (const Rule &rule : rules) {
        const QRegularExpression re(QString::fromLatin1(rule.pattern));
        const QRegularExpressionMatch match = re.match(description);
        if (!match.hasMatch())
            continue;
        QString text = QCoreApplication::translate("JsonSchemaValidator", rule.text);
        if (re.captureCount() > 0)
            text = text.arg(match.captured(1));
        return text;
    }
    return description;
}

} // namespace

JsonSchemaValidator::JsonSchemaValidator(const QString &schemaResource)
{
    const Result<QJsonObject> schemaJson = JsonReader::readObjectFile(schemaResource);
    if (!schemaJson) {
        m_loadError = schemaJson.error();
        return;
    }
    try {
        auto schema = std::make_unique<valijson::Schema>();
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        const QJsonValue root(schemaJson.value());
        valijson::adapters::QtJsonAdapter adapter(root);
        parser.populateSchema(adapter, *schema);
        m_schema = std::move(schema);
    } catch (const std::exception &e) {
        m_loadError = QCoreApplication::translate("JsonSchemaValidator", "The schema %1 is broken: %2")
                          .arg(schemaResource, QString::fromUtf8(e.what()));
    }
}

JsonSchemaValidator::~JsonSchemaValidator() = default;

std::optional<JsonProblem> JsonSchemaValidator::validate(const QJsonObject &document) const
{
    if (!m_schema)
        return JsonProblem{QString(), m_loadError};

    valijson::Validator validator(valijson::Validator::kStrongTypes);
    valijson::ValidationResults results;
    const QJsonValue root(document);
    valijson::adapters::QtJsonAdapter adapter(root);
    bool valid = false;
    try {
        valid = validator.validate(*m_schema, adapter, &results);
    } catch (const std::exception &e) {
        return JsonProblem{QString(), QString::fromUtf8(e.what())};
    }
    if (valid)
        return std::nullopt;

    // valijson reports a chain from the outermost object inwards; the deepest entry names the
    // field that is actually wrong, which is what a user needs to fix.
    std::optional<JsonProblem> best;
    size_t bestDepth = 0;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        if (!best || error.context.size() > bestDepth) {
            best = JsonProblem{toJsonPointer(error.context), humanise(QString::fromStdString(error.description))};
            bestDepth = error.context.size();
        }
    }
    if (!best)
        best = JsonProblem{
            QString(), QCoreApplication::translate("JsonSchemaValidator", "The document does not match its schema.")};
    return best;
}

const JsonSchemaValidator &JsonSchemaValidator::shipped(Shipped schema)
{
    switch (schema) {
    case Shipped::Model: {
        static const JsonSchemaValidator model(QStringLiteral(":/schemas/sim3-model.schema.json"));
        return model;
    }
    case Shipped::Assessment: {
        static const JsonSchemaValidator assessment(QStringLiteral(":/schemas/sim3-assessment.schema.json"));
        return assessment;
    }
    case Shipped::Ratings: {
        static const JsonSchemaValidator ratings(QStringLiteral(":/schemas/sim3-ratings.schema.json"));
        return ratings;
    }
    case Shipped::TargetProfile:
        break;
    }
    static const JsonSchemaValidator profile(QStringLiteral(":/schemas/sim3-target-profile.schema.json"));
    return profile;
}
