#pragma once

#include "importtypes.h"

#include <QList>

#include <memory>

namespace clientele {

/// The issues of an import, in the order they were found. Importing a million-row file a
/// second time skips a million rows, each with an issue: the first `memoryLimit` issues stay in
/// memory and the rest go to a temporary file, with only their 8-byte offsets kept, so an
/// import's memory stays bounded whatever the file. Copies share the issues (a report is passed
/// around by value once the import is done); appending to a shared copy detaches it first.
class ImportIssueList final
{
public:
    static constexpr qsizetype DefaultMemoryLimit = 20000;

    explicit ImportIssueList(qsizetype memoryLimit = DefaultMemoryLimit);

    void append(const ImportIssue &issue);
    void append(const QList<ImportIssue> &issues);

    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }
    /// Issues past the memory limit are read back from the temporary file.
    ImportIssue at(qsizetype index) const;
    ImportIssue first() const { return at(0); }
    /// How many issues live in the temporary file (for tests and diagnostics).
    qsizetype spilledCount() const;

    class const_iterator
    {
    public:
        const_iterator(const ImportIssueList *list, qsizetype index)
            : m_list(list)
            , m_index(index)
        { }
        ImportIssue operator*() const { return m_list->at(m_index); }
        const_iterator &operator++()
        {
            ++m_index;
            return *this;
        }
        bool operator!=(const const_iterator &other) const { return m_index != other.m_index; }

    private:
        const ImportIssueList *m_list;
        qsizetype m_index;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

private:
    struct Data;
    void detach();
    void keepAllInMemory();

    std::shared_ptr<Data> m_data;
};

} // namespace clientele
