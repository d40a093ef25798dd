// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/finding.h"
#include "models/review/projectdocument.h"

#include <QUndoCommand>

/** Sets the reviewer's verdict (status and note) on one finding. */
class SetFindingReview final : public QUndoCommand
{
public:
    SetFindingReview(ProjectDocument *document, const FindingRef &finding, ReviewStatus oldStatus,
                     const QString &oldNote, ReviewStatus newStatus, const QString &newNote,
                     QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProjectDocument *m_document;
    FindingRef m_finding;
    ReviewStatus m_oldStatus;
    QString m_oldNote;
    ReviewStatus m_newStatus;
    QString m_newNote;
};
