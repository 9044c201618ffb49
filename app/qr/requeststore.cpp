// SPDX-License-Identifier: MIT
#include "qr/requeststore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace kiosk::qr {

RequestStore::RequestStore(QString stateDir)
    : m_dir(std::move(stateDir) + QStringLiteral("/requests"))
{}

QString RequestStore::pathFor(const QString &paymentId) const
{
    // Payment ids are validated 0x + 64 hex before they get here: safe as file names.
    return m_dir + u'/' + paymentId.toLower() + QStringLiteral(".json");
}

Result<void> RequestStore::save(const SigningRequest &request)
{
    if (!QDir().mkpath(m_dir))
        return fail(QCoreApplication::translate("kiosk::qr", "cannot create %1").arg(m_dir));
    QSaveFile file(pathFor(request.paymentId));
    if (!file.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("kiosk::qr", "cannot write %1: %2")
                        .arg(file.fileName(), file.errorString()));
    file.write(QJsonDocument(request.toJson()).toJson());
    if (!file.commit())
        return fail(QCoreApplication::translate("kiosk::qr", "cannot write %1: %2")
                        .arg(file.fileName(), file.errorString()));
    return {};
}

Result<SigningRequest> RequestStore::load(const QString &paymentId) const
{
    QFile file(pathFor(paymentId));
    if (!file.exists())
        return fail(QCoreApplication::translate(
            "kiosk::qr", "no request is waiting for this payment: show one first (request)"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("kiosk::qr", "cannot read %1: %2")
                        .arg(file.fileName(), file.errorString()));
    const QJsonDocument document = QJsonDocument::fromJson(file.read(1024 * 1024));
    auto request = SigningRequest::fromJson(document.object());
    if (!request)
        return fail(QCoreApplication::translate("kiosk::qr", "the stored request %1 is damaged: %2")
                        .arg(file.fileName(), request.error()));
    return request;
}

void RequestStore::remove(const QString &paymentId)
{
    QFile::remove(pathFor(paymentId));
}

} // namespace kiosk::qr
