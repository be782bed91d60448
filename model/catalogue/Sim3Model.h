#pragma once

#include "catalogue/Category.h"
#include "catalogue/LevelDefinition.h"
#include "catalogue/Parameter.h"

#include <QHash>
#include <QList>

// One version of the SIM3 model (for example sim3-v2i): its scale, categories and parameters.
// Immutable once parsed; copies are cheap enough for the few models an application holds.
class Sim3Model final
{
public:
    struct Source
    {
        QString publisher;
        QString document; // URL of the official document
        LocalizedText note;
    };

    Sim3Model() = default;
    Sim3Model(QString id, LocalizedText name, QString version, Source source, QList<LevelDefinition> levels,
        QList<Category> categories, QList<Parameter> parameters);

    const QString &id() const { return m_id; }
    const LocalizedText &name() const { return m_name; }
    const QString &version() const { return m_version; }
    const Source &source() const { return m_source; }
    const QList<LevelDefinition> &levels() const { return m_levels; }
    const QList<Category> &categories() const { return m_categories; }
    const QList<Parameter> &parameters() const { return m_parameters; }

    bool isValid() const { return !m_id.isEmpty(); }
    bool hasParameter(const QString &parameterId) const { return m_index.contains(parameterId); }
    // nullptr when the model has no such parameter.
    const Parameter *parameter(const QString &parameterId) const;
    const Category *category(const QString &categoryId) const;
    const LevelDefinition *level(int level) const;
    QList<Parameter> parametersIn(const QString &categoryId) const;
    int parameterCount(const QString &categoryId) const;

private:
    QString m_id;
    LocalizedText m_name;
    QString m_version;
    Source m_source;
    QList<LevelDefinition> m_levels;
    QList<Category> m_categories;
    QList<Parameter> m_parameters;
    QHash<QString, qsizetype> m_index;
};
