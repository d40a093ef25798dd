// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/decimal.h"

#include <QUndoCommand>

#include <optional>

class ProjectDocument;

/** Sets the current value of one cell of one report (empty = no number). */
class SetCellValue final : public QUndoCommand
{
public:
    SetCellValue(ProjectDocument *document, qint64 reportId, int cellIndex, const QString &cellKey,
                 const std::optional<Decimal> &oldValue, const std::optional<Decimal> &newValue,
                 QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ProjectDocument *m_document;
    qint64 m_reportId;
    int m_cellIndex;
    std::optional<Decimal> m_oldValue;
    std::optional<Decimal> m_newValue;
};
