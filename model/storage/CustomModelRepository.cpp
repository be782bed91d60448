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
    const Result<QByteArray> read = JsonReader::readFile(path);
    if (!read)
        return R::failure(read.error());
    const QByteArray &bytes = read.value();
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
    // Assessments always open with the exact model they were made with: a stored model that
    // assessments use is never changed; a changed file must carry a new id (a new version).
    q.prepare(u"SELECT document, (SELECT count(*) FROM assessments WHERE model_id = custom_models.id) "
              "FROM custom_models WHERE id = ?"_s);
    q.addBindValue(model->id());
    if (!q.exec())
        return R::failure(SqlError::describe(tr("Reading the stored model \"%1\"").arg(model->id()), q.lastError()));
    if (q.next()) {
        if (q.value(0).toString() == QString::fromUtf8(bytes))
            return model; // the same file again: nothing to store
        if (const int used = q.value(1).toInt(); used > 0)
            return R::failure(tr("A different model with the id \"%1\" is already stored, and %2 assessment(s) use "
                                 "it. It was left unchanged so that they keep their parameters: give the changed file "
                                 "a new \"id\" (for example \"%1-2\") to load it as a new version.")
                                  .arg(model->id(), QString::number(used)));
    }
    q.finish();
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

Result<ModelCatalogue> CustomModelRepository::catalogue() const
{
    using R = Result<ModelCatalogue>;
    ModelCatalogue catalogue = ModelCatalogue::bundled();
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT id, document FROM custom_models ORDER BY id"_s))
        return R::failure(SqlError::describe(tr("Reading the stored SIM3 models"), q.lastError()));
    while (q.next()) {
        const QString id = q.value(0).toString();
        const Result<Sim3Model> model = ModelParser::parse(q.value(1).toString().toUtf8());
        const Status added = model ? catalogue.add(model.value()) : Status::failure(model.error());
        if (!added)
            return R::failure(tr("The SIM3 model \"%1\" stored in the database cannot be read (%2). Load its model "
                                 "file again, or restore the database from a backup.")
                                  .arg(id, added.error()));
    }
    return R::success(std::move(catalogue));
}
