// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/allocatorpolicy.h"

#include <cstdlib> // defines __GLIBC__ where it applies

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void AllocatorPolicy::keepFreedMemoryForReuse()
{
#if defined(__GLIBC__)
    mallopt(M_TRIM_THRESHOLD, keptFreeBytes);
    // Setting the trim threshold stops glibc from raising the mapping threshold
    // as large blocks are freed (from 128 KB up to 32 MB): set it to where that
    // would have gone, or every report's larger buffers would be mapped anew.
    mallopt(M_MMAP_THRESHOLD, ownMappingBytes);
#endif
}
