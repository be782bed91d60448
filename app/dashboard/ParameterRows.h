#pragma once

#include "catalogue/Sim3Model.h"

#include <QList>
#include <QStringList>

// The rows of a table about parameters (gap list, comparison), each with its parameter's name
// in the interface's language, looked up once when the rows are set. `Row` has a parameterId.
template <typename Row> class ParameterRows final
{
public:
    void set(QList<Row> rows, const Sim3Model &model, const QString &language)
    {
        m_rows = std::move(rows);
        m_names.clear();
        for (const Row &row : std::as_const(m_rows)) {
            const Parameter *parameter = model.parameter(row.parameterId);
            m_names.append(parameter ? parameter->name.text(language) : QString());
        }
    }
    int count() const { return static_cast<int>(m_rows.size()); }
    bool contains(int index) const { return index >= 0 && index < m_rows.size(); }
    const Row &at(int index) const { return m_rows.at(index); }
    QString name(int index) const { return m_names.value(index); }

private:
    QList<Row> m_rows;
    QStringList m_names;
};
