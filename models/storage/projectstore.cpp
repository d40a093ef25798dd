// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/projectstore.h"

QString addOutcomeName(AddOutcome outcome)
{
    switch (outcome) {
    case AddOutcome::Added:
        return QStringLiteral("added");
    case AddOutcome::Unchanged:
        return QStringLiteral("unchanged");
    case AddOutcome::NewVersion:
        return QStringLiteral("new version");
    }
    return QString();
}

bool ProjectStore::cannotWrite() const
{
    switch (error()) {
    case Error::Locked:
    case Error::ReadOnly:
    case Error::DiskFull:
    case Error::Damaged:
        return true;
    default:
        return false;
    }
}
