#include "importreport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
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

const QByteArray CsvHeader = "row,column,outcome,contact_id,message\r\n";

QByteArray csvLine(const ImportIssue &item)
{
    return QByteArray::number(item.row) + ',' + csvField(item.column) + ','
        + csvField(ImportIssue::outcomeName(item.outcome)) + ','
        + (item.contactId > 0 ? QByteArray::number(item.contactId) : QByteArray()) + ',' + csvField(item.message)
        + "\r\n";
}

QJsonObject issueJson(const ImportIssue &item)
{
    return QJsonObject {
        {QStringLiteral("row"), item.row},
        {QStringLiteral("column"), stringOrNull(item.column)},
        {QStringLiteral("outcome"), ImportIssue::outcomeName(item.outcome)},
        {QStringLiteral("contact_id"), item.contactId > 0 ? QJsonValue(item.contactId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("message"), item.message}};
}

} // namespace

QByteArray ImportReport::toCsv() const
{
    QByteArray csv = CsvHeader;
    for (const ImportIssue &item : issues)
        csv += csvLine(item);
    return csv;
}

Status ImportReport::writeCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {QCoreApplication::translate("ImportReport", "The report could not be written to %1: %2")
                          .arg(path, file.errorString()),
                      QStringLiteral("report")};
    // Line by line: a million issues are written without holding the whole text.
    file.write(CsvHeader);
    for (const ImportIssue &item : issues)
        file.write(csvLine(item));
    if (!file.commit())
        return Error {QCoreApplication::translate("ImportReport", "The report could not be written to %1: %2")
                          .arg(path, file.errorString()),
                      QStringLiteral("report")};
    return {};
}

void ImportReport::writeJson(QIODevice &out) const
{
    QJsonObject head = toJson(false);
    QByteArray text = QJsonDocument(head).toJson(QJsonDocument::Indented);
    // The head ends with "\n}\n": the issues array goes in before the closing brace.
    text.chop(3);
    out.write(text);
    out.write(",\n    \"issues\": [");
    bool first = true;
    for (const ImportIssue &item : issues) {
        out.write(first ? "\n        " : ",\n        ");
        out.write(QJsonDocument(issueJson(item)).toJson(QJsonDocument::Compact));
        first = false;
    }
    out.write(first ? "]\n}\n" : "\n    ]\n}\n");
}

QJsonObject ImportReport::toJson() const
{
    return toJson(true);
}

QJsonObject ImportReport::toJson(bool withIssues) const
{
    QJsonObject columns;
    for (qsizetype i = 0; i < mapping.headers.size(); ++i)
        columns.insert(mapping.headers.at(i),
                       mapping.fieldOf(i).isEmpty() ? QStringLiteral("ignore") : mapping.fieldOf(i));
    QJsonObject object {{QStringLiteral("batch"), batchId > 0 ? QJsonValue(batchId) : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("created"), created},
                        {QStringLiteral("updated"), updated},
                        {QStringLiteral("skipped"), skipped},
                        {QStringLiteral("rejected"), rejected},
                        {QStringLiteral("rows"), rows},
                        {QStringLiteral("format"), format},
                        {QStringLiteral("encoding"), encoding},
                        {QStringLiteral("delimiter"), delimiter},
                        {QStringLiteral("mapping"), columns}};
    if (withIssues) {
        QJsonArray list;
        for (const ImportIssue &item : issues)
            list.append(issueJson(item));
        object.insert(QStringLiteral("issues"), list);
    }
    return object;
}

} // namespace clientele
