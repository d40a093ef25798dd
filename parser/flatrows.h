// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

/**
 * Rows of equal width, one after another in chunks of about ChunkItems items.
 * The cell solver keeps thousands of readings of a garbled group: a vector
 * for each, an allocation each, was a fifth of its time. One array for all
 * was the next cost: growing it to megabytes copied every row again at each
 * doubling and touched fresh pages each time (under the fuzzer's sanitizers,
 * a third of a garbled input's time). Chunks are never moved once filled.
 */
template<typename T>
class FlatRows final
{
public:
    /// Items a chunk holds (whole rows only; one row at least).
    static constexpr std::size_t ChunkItems = 1024;

    /// One row, valid until the rows change.
    class Row
    {
    public:
        Row(const T *first, std::size_t size)
            : m_first(first)
            , m_size(size)
        {
        }
        const T &operator[](std::size_t i) const { return m_first[i]; }
        const T *begin() const { return m_first; }
        const T *end() const { return m_first + m_size; }
        std::size_t size() const { return m_size; }

    private:
        const T *m_first;
        std::size_t m_size;
    };

    class Iterator
    {
    public:
        Iterator(const FlatRows &rows, std::size_t index)
            : m_rows(rows)
            , m_index(index)
        {
        }
        Row operator*() const { return m_rows[m_index]; }
        Iterator &operator++()
        {
            ++m_index;
            return *this;
        }
        bool operator!=(const Iterator &other) const { return m_index != other.m_index; }

    private:
        const FlatRows &m_rows;
        std::size_t m_index;
    };

    void setWidth(std::size_t width)
    {
        m_width = width;
        m_rowsPerChunk = std::max<std::size_t>(1, ChunkItems / std::max<std::size_t>(1, width));
    }
    std::size_t size() const { return m_count; }
    bool empty() const { return m_count == 0; }
    Row operator[](std::size_t r) const { return {address(r), m_width}; }
    Row front() const { return (*this)[0]; }
    Iterator begin() const { return {*this, 0}; }
    Iterator end() const { return {*this, m_count}; }

    /// Appends a row of width items.
    void append(const std::vector<T> &row)
    {
        if (m_count == m_chunks.size() * m_rowsPerChunk) {
            m_chunks.emplace_back();
            m_chunks.back().reserve(m_rowsPerChunk * m_width);
        }
        std::vector<T> &chunk = m_chunks[m_count / m_rowsPerChunk];
        chunk.insert(chunk.end(), row.begin(), row.end());
        ++m_count;
    }

    /// Keeps the rows whose flag is set, in order.
    template<typename Flags>
    void retain(const Flags &keep)
    {
        std::size_t to = 0;
        for (std::size_t r = 0; r < m_count; ++r) {
            if (!keep[r])
                continue;
            if (to != r)
                std::copy_n(address(r), m_width, address(to));
            ++to;
        }
        m_count = to;
        // The chunks past the last row kept go; the last one kept ends with it.
        m_chunks.resize((m_count + m_rowsPerChunk - 1) / m_rowsPerChunk);
        if (!m_chunks.empty())
            m_chunks.back().resize((m_count - (m_chunks.size() - 1) * m_rowsPerChunk) * m_width);
    }

    /// Removes every row and gives their memory back.
    void clear()
    {
        m_chunks = {};
        m_count = 0;
    }

private:
    const T *address(std::size_t r) const { return m_chunks[r / m_rowsPerChunk].data() + r % m_rowsPerChunk * m_width; }
    T *address(std::size_t r) { return m_chunks[r / m_rowsPerChunk].data() + r % m_rowsPerChunk * m_width; }

    std::vector<std::vector<T>> m_chunks;
    std::size_t m_width = 0;
    std::size_t m_rowsPerChunk = ChunkItems;
    std::size_t m_count = 0;
};
