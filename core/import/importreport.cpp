#include "importreport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSaveFile>

namespace clientele {

namespace {

QByteArray csvField(const QString &text)
{
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    QByteArray bytes = text.toUtf8();
    if (!quote)
        return bytes;
    bytes.replace('"', "\"\"");
    return '"' + bytes + '"';
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QByteArray ImportReport::toCsv() const
{
    QByteArray csv = "row,column,outcome,contact_id,message\r\n";
    for (const ImportIssue &item : issues) {
        csv += QByteArray::number(item.row) + ',' + csvField(item.column) + ','
            + csvField(ImportIssue::outcomeName(item.outcome)) + ','
            + (item.contactId > 0 ? QByteArray::number(item.contactId) : QByteArray()) + ',' + csvField(item.message)
            + "\r\n";
    }
    return csv;
}

Status ImportReport::writeCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {QCoreApplication::translate("ImportReport", "The report could not be written to %1: %2")
                          .arg(path, file.errorString()),
                      QStringLiteral("report")};
    file.write(toCsv());
    if (!file.commit())
        return Error {QCoreApplication::translate("ImportReport", "The report could not be written to %1: %2")
                          .arg(path, file.errorString()),
                      QStringLiteral("report")};
    return {};
}

QJsonObject ImportReport::toJson() const
{
    QJsonObject columns;
    for (qsizetype i = 0; i < mapping.headers.size(); ++i)
        columns.insert(mapping.headers.at(i),
                       mapping.fieldOf(i).isEmpty() ? QStringLiteral("ignore") : mapping.fieldOf(i));
    QJsonArray list;
    for (const ImportIssue &item : issues) {
        list.append(QJsonObject {{QStringLiteral("row"), item.row},
                                 {QStringLiteral("column"), stringOrNull(item.column)},
                                 {QStringLiteral("outcome"), ImportIssue::outcomeName(item.outcome)},
                                 {QStringLiteral("contact_id"),
                                  item.contactId > 0 ? QJsonValue(item.contactId) : QJsonValue(QJsonValue::Null)},
                                 {QStringLiteral("message"), item.message}});
    }
    return QJsonObject {{QStringLiteral("batch"), batchId > 0 ? QJsonValue(batchId) : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("created"), created},
                        {QStringLiteral("updated"), updated},
                        {QStringLiteral("skipped"), skipped},
                        {QStringLiteral("rejected"), rejected},
                        {QStringLiteral("rows"), rows},
                        {QStringLiteral("format"), format},
                        {QStringLiteral("encoding"), encoding},
                        {QStringLiteral("delimiter"), delimiter},
                        {QStringLiteral("mapping"), columns},
                        {QStringLiteral("issues"), list}};
}

} // namespace clientele
