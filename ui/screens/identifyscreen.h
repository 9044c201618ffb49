// SPDX-License-Identifier: MIT
#pragma once

#include "screens/screen.h"

#include <QList>

class QLabel;

namespace kiosk::ui {

// The customer says who they are before any purchase is shown: they scan their receipt's
// barcode or their wallet's address code, or type the purchase number on the keypad here.
// Only their own cancellations are listed afterwards.
class IdentifyScreen : public Screen
{
    Q_OBJECT

public:
    explicit IdentifyScreen(QWidget *parent = nullptr);

    QString typed() const { return m_typed; }
    // A scanned code was not a receipt or a wallet address: say so, and stay.
    void showUnreadable();
    QString guidance() const override;
    void clear() override;

Q_SIGNALS:
    void numberEntered(const QString &digits);
    void backRequested();

protected:
    void retranslate() override;

private:
    void type(const QString &key);
    void updateEntry();

    QLabel *m_title;
    QLabel *m_explain;
    QLabel *m_entry;
    QLabel *m_problem;
    QList<QPushButton *> m_keys; // 1-9, erase, 0
    QPushButton *m_erase;
    QPushButton *m_find;
    QPushButton *m_back;
    QString m_typed;
    bool m_unreadable = false;
};

} // namespace kiosk::ui
