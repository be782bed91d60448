#include "CsvExporter.h"

#include "domain/LevelText.h"
#include <QStringList>

using namespace Qt::StringLiterals;

QString CsvExporter::field(const QString &value)
{
    QString v = value;
    // A leading =, +, - or @ makes spreadsheets evaluate the cell (CSV injection).
    if (!v.isEmpty()
        && (v.front() == u'=' || v.front() == u'+' || v.front() == u'-' || v.front() == u'@' || v.front() == u'\t'
            || v.front() == u'\r'))
        v.prepend(u'\'');
    if (v.contains(u'"') || v.contains(u',') || v.contains(u'\n') || v.contains(u'\r') || v.contains(u'\'')) {
        v.replace(u'"', u"\"\""_s);
        return u'"' + v + u'"';
    }
    return v;
}

QByteArray CsvExporter::write(const Assessment &assessment, const Sim3Model &model, const QString &language)
{
    // Headers are in the report language; the column order is fixed.
    const QStringList header{
        tr("Parameter"),
        tr("Category"),
        tr("Name"),
        tr("Level"),
        tr("Level meaning"),
        tr("Not applicable"),
        tr("Justification"),
        tr("Comment"),
        tr("Flagged for review"),
        tr("To confirm"),
        tr("Action owner"),
        tr("Action due"),
        tr("Evidence"),
        tr("Changed at (UTC)"),
        tr("Changed by"),
    };
    QStringList lines;
    QStringList cells;
    for (const QString &h : header)
        cells.append(field(h));
    lines.append(cells.join(u','));

    for (const Parameter &p : model.parameters()) {
        const Answer a = assessment.answers.value(p.id);
        const Category *category = model.category(p.categoryId);
        const LevelDefinition *level = a.level ? model.level(*a.level) : nullptr;
        QStringList evidence;
        for (const Evidence &e : a.evidence) {
            QString item = e.title;
            if (!e.location.isEmpty())
                item += u" <"_s + e.location + u'>';
            if (e.date.isValid())
                item += u" ("_s + e.date.toString(Qt::ISODate) + u')';
            evidence.append(item);
        }
        cells = {
            p.id,
            category ? category->name.text(language) : p.categoryId,
            p.name.text(language),
            LevelText::of(a.level, QString()),
            level ? level->shortLabel.text(language) : QString(),
            a.notApplicable ? tr("yes") : QString(),
            a.justification,
            a.comment,
            a.reviewFlag ? tr("yes") : QString(),
            a.toConfirm ? tr("yes") : QString(),
            a.actionOwner,
            a.actionDue.isValid() ? a.actionDue.toString(Qt::ISODate) : QString(),
            evidence.join(u"\n"_s),
            a.changedAt.isValid() ? a.changedAt.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) : QString(),
            a.changedBy,
        };
        for (QString &c : cells)
            c = field(c);
        lines.append(cells.join(u','));
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + lines.join(u"\r\n"_s).toUtf8() + QByteArrayLiteral("\r\n");
}
