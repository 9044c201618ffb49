// SPDX-License-Identifier: MIT
#pragma once

#include "screens/screen.h"
#include "workflow/pendinglist.h"

namespace kiosk::ui {

// One cancellation in full, and the customer's choice: approve (points go back) or reject.
class DetailScreen : public Screen
{
    Q_OBJECT

public:
    explicit DetailScreen(QWidget *parent = nullptr);

    void setItem(const workflow::PendingItem &item);
    workflow::PendingItem item() const { return m_item; }
    QString guidance() const override;
    QString amountGuidance() const override;
    void clear() override;

Q_SIGNALS:
    void approveRequested();
    void rejectRequested();
    void backRequested();

protected:
    void retranslate() override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The answers are whole sentences: where a line is too narrow for one (large text on a
    // small screen), it wraps onto two lines rather than being cut.
    void fitAnswers();

    QLabel *m_title;
    QLabel *m_shop;
    QLabel *m_amount;
    QLabel *m_purchase;
    QLabel *m_points;
    QLabel *m_status;
    QLabel *m_explain;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_back;
    workflow::PendingItem m_item;
    QString m_approveText;
    QString m_rejectText;
};

} // namespace kiosk::ui
