#include "importissuelist.h"

#include <QDataStream>
#include <QTemporaryFile>

#include <limits>

namespace clientele {

namespace {

void writeIssue(QDataStream &out, const ImportIssue &issue)
{
    out << issue.row << issue.column << qint32(issue.outcome) << issue.contactId << issue.message;
}

ImportIssue readIssue(QDataStream &in)
{
    ImportIssue issue;
    qint32 outcome = 0;
    in >> issue.row >> issue.column >> outcome >> issue.contactId >> issue.message;
    issue.outcome = ImportIssue::Outcome(outcome);
    return issue;
}

} // namespace

struct ImportIssueList::Data
{
    qsizetype memoryLimit = DefaultMemoryLimit;
    QList<ImportIssue> inMemory;
    std::unique_ptr<QTemporaryFile> file; ///< opened on the first issue past the limit
    QList<qint64> offsets; ///< where each spilled issue starts in `file`

    /// The `index`th issue written to the file.
    ImportIssue spilled(qsizetype index) const
    {
        file->seek(offsets.at(index));
        QDataStream in(file.get());
        return readIssue(in);
    }
};

ImportIssueList::ImportIssueList(qsizetype memoryLimit)
    : m_data(std::make_shared<Data>())
{
    m_data->memoryLimit = memoryLimit;
}

void ImportIssueList::detach()
{
    if (m_data.use_count() == 1)
        return;
    auto copy = std::make_shared<Data>();
    copy->memoryLimit = m_data->memoryLimit;
    copy->inMemory = m_data->inMemory;
    const std::shared_ptr<Data> shared = m_data;
    m_data = copy;
    for (qsizetype i = 0; i < shared->offsets.size(); ++i)
        append(shared->spilled(i));
}

void ImportIssueList::append(const ImportIssue &issue)
{
    detach();
    Data &d = *m_data;
    if (d.inMemory.size() < d.memoryLimit) {
        d.inMemory.append(issue);
        return;
    }
    if (!d.file) {
        d.file = std::make_unique<QTemporaryFile>();
        if (!d.file->open()) {
            keepAllInMemory();
            d.inMemory.append(issue);
            return;
        }
    }
    const qint64 offset = d.file->size();
    d.file->seek(offset);
    QDataStream out(d.file.get());
    writeIssue(out, issue);
    if (out.status() != QDataStream::Ok) {
        keepAllInMemory();
        d.inMemory.append(issue);
        return;
    }
    d.offsets.append(offset);
}

void ImportIssueList::keepAllInMemory()
{
    // Without a file to spill to (a full disk), keeping the issues in memory beats losing them.
    Data &d = *m_data;
    if (d.file) {
        for (qsizetype i = 0; i < d.offsets.size(); ++i)
            d.inMemory.append(d.spilled(i));
    }
    d.offsets.clear();
    d.file.reset();
    d.memoryLimit = std::numeric_limits<qsizetype>::max();
}

void ImportIssueList::append(const QList<ImportIssue> &issues)
{
    for (const ImportIssue &issue : issues)
        append(issue);
}

qsizetype ImportIssueList::size() const
{
    return m_data->inMemory.size() + m_data->offsets.size();
}

qsizetype ImportIssueList::spilledCount() const
{
    return m_data->offsets.size();
}

ImportIssue ImportIssueList::at(qsizetype index) const
{
    const Data &d = *m_data;
    Q_ASSERT(index >= 0 && index < size());
    if (index < d.inMemory.size())
        return d.inMemory.at(index);
    return d.spilled(index - d.inMemory.size());
}

} // namespace clientele
