// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/**
 * QUndoCommand::id() of the review commands that merge, all in one place.
 * SetCellValue does not merge: each committed cell edit is a step the
 * reviewer may want to undo on its own.
 */
enum class UndoCommandId : int {
    SetFindingReview = 1, ///< consecutive note edits of one finding with the same status
};
