// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

/**
 * Rows of equal width, one after another in one array. The cell solver keeps
 * thousands of readings of a garbled group: a vector for each, an allocation
 * each, was a fifth of its time.
 */
template<typename T>
class FlatRows final
{
public:
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

    void setWidth(std::size_t width) { m_width = width; }
    std::size_t size() const { return m_count; }
    bool empty() const { return m_count == 0; }
    Row operator[](std::size_t r) const { return {m_items.data() + r * m_width, m_width}; }
    Row front() const { return (*this)[0]; }
    Iterator begin() const { return {*this, 0}; }
    Iterator end() const { return {*this, m_count}; }

    /// Appends a row of width items.
    void append(const std::vector<T> &row)
    {
        m_items.insert(m_items.end(), row.begin(), row.end());
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
                std::copy_n(m_items.begin() + std::ptrdiff_t(r * m_width), m_width,
                            m_items.begin() + std::ptrdiff_t(to * m_width));
            ++to;
        }
        m_count = to;
        m_items.resize(to * m_width);
    }

    /// Removes every row and gives their memory back.
    void clear()
    {
        m_items = {};
        m_count = 0;
    }

private:
    std::vector<T> m_items;
    std::size_t m_width = 0;
    std::size_t m_count = 0;
};
