#include "Sim3Model.h"

#include <algorithm>

Sim3Model::Sim3Model(QString id, LocalizedText name, QString version, Source source, QList<LevelDefinition> levels,
    QList<Category> categories, QList<Parameter> parameters)
    : m_id(std::move(id))
    , m_name(std::move(name))
    , m_version(std::move(version))
    , m_source(std::move(source))
    , m_levels(std::move(levels))
    , m_categories(std::move(categories))
    , m_parameters(std::move(parameters))
{
    std::sort(m_levels.begin(), m_levels.end(),
        [](const LevelDefinition &a, const LevelDefinition &b) { return a.level < b.level; });
    for (qsizetype i = 0; i < m_parameters.size(); ++i)
        m_index.insert(m_parameters.at(i).id, i);
}

const Parameter *Sim3Model::parameter(const QString &parameterId) const
{
    const auto it = m_index.constFind(parameterId);
    return it == m_index.constEnd() ? nullptr : &m_parameters.at(*it);
}

const Category *Sim3Model::category(const QString &categoryId) const
{
    for (const Category &c : m_categories) {
        if (c.id == categoryId)
            return &c;
    }
    return nullptr;
}

const LevelDefinition *Sim3Model::level(int level) const
{
    for (const LevelDefinition &l : m_levels) {
        if (l.level == level)
            return &l;
    }
    return nullptr;
}

QList<Parameter> Sim3Model::parametersIn(const QString &categoryId) const
{
    QList<Parameter> result;
    for (const Parameter &p : m_parameters) {
        if (p.categoryId == categoryId)
            result.append(p);
    }
    return result;
}

int Sim3Model::parameterCount(const QString &categoryId) const
{
    return static_cast<int>(std::count_if(
        m_parameters.cbegin(), m_parameters.cend(), [&](const Parameter &p) { return p.categoryId == categoryId; }));
}
