// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/contenthash.h"

#include <QCryptographicHash>

#include <openssl/evp.h>

QByteArray contentHashOf(QByteArrayView bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), std::size_t(bytes.size()), digest, &length, EVP_sha256(), nullptr) == 1)
        return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
    // OpenSSL without its default provider (a broken configuration): the same digest, slower.
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}
