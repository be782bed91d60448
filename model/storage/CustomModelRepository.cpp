#include "CustomModelRepository.h"

#include "catalogue/ModelParser.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqlTransaction.h"
#include "json/JsonReader.h"

#include <QFile>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

Result<Sim3Model> CustomModelRepository::addFile(const QString &path)
{
    using R = Result<Sim3Model>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot read \"%1\": %2.").arg(path, file.errorString()));
    if (file.size() > JsonReader::MaxFileSize)
        return R::failure(tr("\"%1\" is too large to be a model file.").arg(path));
    const QByteArray bytes = file.readAll();
    const Result<Sim3Model> model = ModelParser::parse(bytes);
    if (!model)
        return model;
    ModelCatalogue check = ModelCatalogue::bundled();
    if (const Status added = check.add(model.value()); !added)
        return R::failure(added.error());

    SqlTransaction transaction(m_db);
    if (const Status started = transaction.started(); !started)
        return R::failure(started.error());
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO custom_models (id, document, added_at) VALUES (?, ?, ?) "
              "ON CONFLICT (id) DO UPDATE SET document = excluded.document, added_at = excluded.added_at"_s);
    q.addBindValue(model->id());
    q.addBindValue(QString::fromUtf8(bytes));
    q.addBindValue(Database::toStored(m_db.now()));
    if (!q.exec())
        return R::failure(SqlError::describe(tr("Storing the model \"%1\"").arg(model->id()), q.lastError()));
    if (const Status committed = transaction.commit(); !committed)
        return R::failure(committed.error());
    return model;
}

ModelCatalogue CustomModelRepository::catalogue() const
{
    ModelCatalogue catalogue = ModelCatalogue::bundled();
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT document FROM custom_models ORDER BY id"_s))
        return catalogue;
    while (q.next()) {
        const Result<Sim3Model> model = ModelParser::parse(q.value(0).toString().toUtf8());
        if (model)
            catalogue.add(model.value());
    }
    return catalogue;
}
