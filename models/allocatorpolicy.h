// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/**
 * How the process's allocator hands memory back to the system: set once, at
 * start, by every program that imports (the application, the benchmark).
 * They are linked with jemalloc (CMake option GOVINFO_JEMALLOC), which keeps
 * freed memory for reuse by itself: this is for a build with glibc's malloc.
 *
 * An import builds and frees a report's worth of memory (text, tokens, the
 * cell solver's readings, cells, findings) thousands of times a second on
 * every thread. By default glibc returns the free top of each heap to the
 * system as soon as it exceeds a few hundred kilobytes, so the next report
 * faults the same pages in again. perf on an import of 2,000 reports: the
 * kernel's page-fault path and sysmalloc took a quarter of the samples, and
 * the process 4.4-4.6 s of CPU; with the heap kept, 2.7-2.8 s (peak memory
 * 37 → 40 MB).
 */
namespace AllocatorPolicy {

/// Keeps up to this much free memory at the top of each heap for reuse.
inline constexpr int keptFreeBytes = 64 << 20;
/// Blocks this large or more are mapped on their own (and unmapped when freed).
inline constexpr int ownMappingBytes = 4 << 20;

/// Applies the policy (glibc only; elsewhere, and under sanitizers' own allocators, nothing).
void keepFreedMemoryForReuse();

} // namespace AllocatorPolicy
