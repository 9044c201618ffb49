// SPDX-License-Identifier: MIT
#pragma once

#include "staff/stafftab.h"

#include <QTimer>

#include <functional>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace kiosk::ui {

// The journal's cancellations, newest first, searchable, and exportable as CSV.
class HistoryTab : public StaffTab
{
    Q_OBJECT

public:
    explicit HistoryTab(session::KioskSession *session, QWidget *parent = nullptr);

    QString title() const override;
    void retranslate() override;
    // Reads the journal again with the current search.
    void refresh();
    // Writes the rows matching the search to STATE_DIR/exports/history-YYYYMMDD-HHMMSS.csv;
    // returns the file's path, or "" (the message says why).
    QString exportCsv();

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum Column
    {
        TimeColumn,
        PurchaseColumn,
        ShopColumn,
        AmountColumn,
        DecisionColumn,
        StatusColumn,
        MessageColumn,
        ColumnCount
    };

    QLineEdit *m_search = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
    StaffMessage m_status; // over m_message
    QTimer m_searchDelay;
};

} // namespace kiosk::ui
