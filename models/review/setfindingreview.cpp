// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/review/setfindingreview.h"

#include <QCoreApplication>

#include "models/review/undocommandids.h"

namespace {

QString commandText(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Open:
        return QCoreApplication::translate("Undo", "Reopen finding");
    case ReviewStatus::Confirmed:
        return QCoreApplication::translate("Undo", "Confirm finding");
    case ReviewStatus::Dismissed:
        return QCoreApplication::translate("Undo", "Dismiss finding");
    case ReviewStatus::Corrected:
        return QCoreApplication::translate("Undo", "Mark finding corrected");
    }
    return QString();
}

} // namespace

SetFindingReview::SetFindingReview(ProjectDocument *document, const FindingRef &finding, ReviewStatus oldStatus,
                                   const QString &oldNote, ReviewStatus newStatus, const QString &newNote,
                                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_finding(finding)
    , m_oldStatus(oldStatus)
    , m_oldNote(oldNote)
    , m_newStatus(newStatus)
    , m_newNote(newNote)
{
    setText(oldStatus == newStatus ? QCoreApplication::translate("Undo", "Edit finding note")
                                   : commandText(newStatus));
}

void SetFindingReview::undo()
{
    m_document->applyFindingReview(m_finding, m_oldStatus, m_oldNote);
}

void SetFindingReview::redo()
{
    m_document->applyFindingReview(m_finding, m_newStatus, m_newNote);
}

int SetFindingReview::id() const
{
    return int(UndoCommandId::SetFindingReview);
}

bool SetFindingReview::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetFindingReview *>(other);
    // A note typed in steps merges into the edit before it; a change of status stays its own step.
    if (!(next->m_finding == m_finding) || next->m_oldStatus != m_newStatus || next->m_newStatus != m_newStatus)
        return false;
    m_newNote = next->m_newNote;
    setObsolete(m_oldStatus == m_newStatus && m_oldNote == m_newNote);
    return true;
}
