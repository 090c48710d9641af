#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace clientele {

/// Runs the reading half of an import (decode, parse, map, normalize phones) on a second thread
/// and hands its items to the writing half in chunks, so that the two use both cores: a large
/// import spends about as long in mapping as in SQLite. The producer is called on the feed's
/// thread until it returns nothing; it must not touch a database connection (Qt's connections
/// belong to the thread that opened them), which the import's sources and mappers do not after
/// they are opened.
///
/// At most `maxChunks` chunks wait at a time, so a slow writer holds the reader back and memory
/// stays bounded. Destroying the feed stops the producer at its next item and joins the thread:
/// a cancelled or failed import never leaves it running.
template<typename Item> class RecordFeed final
{
public:
    using Producer = std::function<std::optional<Item>()>;

    explicit RecordFeed(Producer producer, std::size_t chunkSize = 128, std::size_t maxChunks = 16)
        : m_producer(std::move(producer))
        , m_chunkSize(chunkSize)
        , m_maxChunks(maxChunks)
        , m_thread([this] { produce(); })
    { }

    ~RecordFeed()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_spaceFreed.notify_all();
        m_thread.join();
    }

    RecordFeed(const RecordFeed &) = delete;
    RecordFeed &operator=(const RecordFeed &) = delete;

    /// The next item in the producer's order, or nothing once the producer has finished.
    std::optional<Item> next()
    {
        if (m_position >= m_current.size()) {
            m_current.clear();
            m_position = 0;
            std::unique_lock lock(m_mutex);
            m_itemsReady.wait(lock, [this] { return !m_chunks.empty() || m_finished; });
            if (m_chunks.empty())
                return std::nullopt;
            m_current = std::move(m_chunks.front());
            m_chunks.pop_front();
            lock.unlock();
            m_spaceFreed.notify_one();
        }
        return std::move(m_current[m_position++]);
    }

private:
    void produce()
    {
        std::vector<Item> chunk;
        chunk.reserve(m_chunkSize);
        const auto hand = [&]() {
            std::unique_lock lock(m_mutex);
            m_spaceFreed.wait(lock, [this] { return m_chunks.size() < m_maxChunks || m_stopped; });
            if (m_stopped)
                return false;
            m_chunks.push_back(std::move(chunk));
            lock.unlock();
            m_itemsReady.notify_one();
            chunk = {};
            chunk.reserve(m_chunkSize);
            return true;
        };
        while (!isStopped()) {
            std::optional<Item> item = m_producer();
            if (!item)
                break;
            chunk.push_back(std::move(*item));
            if (chunk.size() >= m_chunkSize && !hand())
                break;
        }
        if (!chunk.empty() && !isStopped())
            hand();
        {
            const std::lock_guard lock(m_mutex);
            m_finished = true;
        }
        m_itemsReady.notify_all();
    }

    bool isStopped()
    {
        const std::lock_guard lock(m_mutex);
        return m_stopped;
    }

    Producer m_producer;
    const std::size_t m_chunkSize;
    const std::size_t m_maxChunks;
    std::mutex m_mutex;
    std::condition_variable m_itemsReady;
    std::condition_variable m_spaceFreed;
    std::deque<std::vector<Item>> m_chunks;
    bool m_stopped = false;
    bool m_finished = false;
    std::vector<Item> m_current; ///< the chunk next() is handing out (consumer side only)
    std::size_t m_position = 0;
    std::thread m_thread; ///< last: starts once everything above exists
};

} // namespace clientele
