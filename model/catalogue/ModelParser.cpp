#include "ModelParser.h"

#include "json/JsonReader.h"
#include "json/JsonSchemaValidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

LocalizedText textOf(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return LocalizedText{o.value(u"en"_s).toString(), o.value(u"ja"_s).toString()};
}

Result<Sim3Model> refuse(const QString &path, const QString &message)
{
    return Result<Sim3Model>::failure(
        ModelParser::tr("The model file is not valid: %1").arg(JsonProblem{path, message}.toString()));
}

} // namespace

Result<Sim3Model> ModelParser::parse(const QByteArray &bytes)
{
    const Result<QJsonObject> json = JsonReader::parseObject(bytes);
    if (!json)
        return Result<Sim3Model>::failure(json.error());
    return parse(json.value());
}

Result<Sim3Model> ModelParser::parseFile(const QString &path)
{
    const Result<QJsonObject> json = JsonReader::readObjectFile(path);
    if (!json)
        return Result<Sim3Model>::failure(json.error());
    return parse(json.value());
}

Result<Sim3Model> ModelParser::parse(const QJsonObject &document)
{
    if (const auto problem = JsonSchemaValidator::shipped(JsonSchemaValidator::Shipped::Model).validate(document))
        return refuse(problem->path, problem->message);
    return build(document);
}

Result<Sim3Model> ModelParser::parseBundled(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Sim3Model>::failure(tr("The bundled model %1 is missing from the program.").arg(resource));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return refuse(resource, error.errorString());
    return build(document.object());
}

Result<Sim3Model> ModelParser::build(const QJsonObject &document)
{
    QList<LevelDefinition> levels;
    QSet<int> seenLevels;
    const QJsonArray levelArray = document.value(u"levels"_s).toArray();
    for (qsizetype i = 0; i < levelArray.size(); ++i) {
        const QJsonObject o = levelArray.at(i).toObject();
        const int level = o.value(u"level"_s).toInt();
        if (seenLevels.contains(level))
            return refuse(u"/levels/%1/level"_s.arg(i), tr("level %1 is described twice").arg(level));
        seenLevels.insert(level);
        levels.append(LevelDefinition{level, textOf(o.value(u"short"_s)), textOf(o.value(u"long"_s))});
    }

    QList<Category> categories;
    QSet<QString> categoryIds;
    const QJsonArray categoryArray = document.value(u"categories"_s).toArray();
    for (qsizetype i = 0; i < categoryArray.size(); ++i) {
        const QJsonObject o = categoryArray.at(i).toObject();
        const QString id = o.value(u"id"_s).toString();
        if (categoryIds.contains(id))
            return refuse(u"/categories/%1/id"_s.arg(i), tr("category \"%1\" appears twice").arg(id));
        categoryIds.insert(id);
        categories.append(Category{id, textOf(o.value(u"name"_s))});
    }

    QList<Parameter> parameters;
    QSet<QString> parameterIds;
    QSet<QString> usedCategories;
    const QJsonArray parameterArray = document.value(u"parameters"_s).toArray();
    for (qsizetype i = 0; i < parameterArray.size(); ++i) {
        const QJsonObject o = parameterArray.at(i).toObject();
        Parameter p;
        p.id = o.value(u"id"_s).toString();
        p.categoryId = o.value(u"category"_s).toString();
        if (parameterIds.contains(p.id))
            return refuse(u"/parameters/%1/id"_s.arg(i), tr("parameter \"%1\" appears twice").arg(p.id));
        if (!categoryIds.contains(p.categoryId))
            return refuse(u"/parameters/%1/category"_s.arg(i),
                tr("category \"%1\" is not listed under \"categories\"").arg(p.categoryId));
        if (!p.id.startsWith(p.categoryId + u'-'))
            return refuse(u"/parameters/%1/id"_s.arg(i),
                tr("parameter \"%1\" must start with its category \"%2-\"").arg(p.id, p.categoryId));
        parameterIds.insert(p.id);
        usedCategories.insert(p.categoryId);
        p.name = textOf(o.value(u"name"_s));
        p.summary = textOf(o.value(u"summary"_s));
        const QJsonArray guidance = o.value(u"guidance"_s).toArray();
        for (size_t g = 0; g < p.guidance.size(); ++g)
            p.guidance[g] = textOf(guidance.at(static_cast<qsizetype>(g)));
        p.provenance = NameProvenance::fromString(o.value(u"provenance"_s).toString());
        parameters.append(p);
    }
    for (qsizetype i = 0; i < categories.size(); ++i) {
        if (!usedCategories.contains(categories.at(i).id))
            return refuse(u"/categories/%1"_s.arg(i), tr("category \"%1\" has no parameters").arg(categories.at(i).id));
    }

    const QJsonObject source = document.value(u"source"_s).toObject();
    return Result<Sim3Model>::success(Sim3Model(document.value(u"id"_s).toString(), textOf(document.value(u"name"_s)),
        document.value(u"version"_s).toString(),
        Sim3Model::Source{source.value(u"publisher"_s).toString(), source.value(u"document"_s).toString(),
            textOf(source.value(u"note"_s))},
        levels, categories, parameters));
}
