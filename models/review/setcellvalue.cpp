// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/review/setcellvalue.h"

#include <QCoreApplication>

#include "models/review/projectdocument.h"

SetCellValue::SetCellValue(ProjectDocument *document, qint64 reportId, int cellIndex, const QString &cellKey,
                           const std::optional<Decimal> &oldValue, const std::optional<Decimal> &newValue,
                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_reportId(reportId)
    , m_cellIndex(cellIndex)
    , m_oldValue(oldValue)
    , m_newValue(newValue)
{
    if (newValue)
        setText(QCoreApplication::translate("Undo", "Set %1 to %2").arg(cellKey, newValue->toString()));
    else
        setText(QCoreApplication::translate("Undo", "Clear %1").arg(cellKey));
}

void SetCellValue::undo()
{
    m_document->applyCellValue(m_reportId, m_cellIndex, m_oldValue);
}

void SetCellValue::redo()
{
    m_document->applyCellValue(m_reportId, m_cellIndex, m_newValue);
}
