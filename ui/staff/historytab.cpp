// SPDX-License-Identifier: MIT
#include "staff/historytab.h"

#include "eth/amount.h"
#include "relay/relaytexts.h"
#include "screens/pendingscreen.h"
#include "session/kiosksession.h"
#include "theme.h"

#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kiosk::ui {

namespace {
constexpr int kMaxRows = 500;
} // namespace

HistoryTab::HistoryTab(session::KioskSession *session, QWidget *parent) : StaffTab(session, parent)
{
    setObjectName(QStringLiteral("history"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setMinimumHeight(staffTargetPx());
    m_search->setClearButtonEnabled(true);
    m_refresh = makeStaffButton(QStringLiteral("historyRefresh"), this);
    m_export = makeStaffButton(QStringLiteral("historyExport"), this);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setMinimumHeight(staffTargetPx());
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(staffTargetPx());
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    enableTouchScrolling(m_table);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_status = StaffMessage(m_message);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_refresh);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    // Search as staff type, once they pause (each search reads the journal).
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(300);
    connect(&m_searchDelay, &QTimer::timeout, this, &HistoryTab::refresh);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &HistoryTab::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &HistoryTab::refresh);
    connect(m_export, &QPushButton::clicked, this, &HistoryTab::exportCsv);
    retranslate();
}

QString HistoryTab::title() const
{
    return tr("History");
}

void HistoryTab::showEvent(QShowEvent *event)
{
    StaffTab::showEvent(event);
    refresh();
}

void HistoryTab::refresh()
{
    m_searchDelay.stop();
    workflow::Journal *journal = m_session->journal();
    m_table->setRowCount(0);
    if (!journal->isOpen())
        return; // not started yet: nothing to show
    const auto entries = journal->history(m_search->text().trimmed(), kMaxRows);
    if (!entries)
        return m_status.show(
            [error = entries.error()] { return tr("Cannot read the history: %1").arg(error); },
            true);
    const QLocale locale;
    m_table->setRowCount(int(entries->size()));
    int row = 0;
    for (const workflow::JournalEntry &entry : entries.value()) {
        QString amount = entry.amount;
        if (auto raw = eth::UInt256::fromDecimal(entry.amount); raw)
            amount = eth::formatMoney(raw.value(), entry.currency, locale);
        QString decision;
        if (entry.approval == 1)
            decision = tr("Approved");
        else if (entry.approval == 0)
            decision = tr("Rejected");
        else
            decision = tr("Not chosen");
        const QString status = entry.paymentStatus > 0
                                   ? relay::paymentStatusText(entry.paymentStatus)
                                   : tr("Not opened");
        const QStringList cells{PendingScreen::dateTimeText(entry.createdAt),
                                entry.purchaseId,
                                entry.shopName,
                                amount,
                                decision,
                                entry.finished ? status : tr("%1 (in progress)").arg(status),
                                entry.message};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (column == AmountColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == PurchaseColumn)
                item->setData(Qt::UserRole, entry.paymentId);
            m_table->setItem(row, column, item);
        }
        ++row;
    }
    m_table->resizeColumnsToContents();
}

QString HistoryTab::exportCsv()
{
    const QString stateDir = m_session->stateDir();
    workflow::Journal *journal = m_session->journal();
    if (stateDir.isEmpty() || !journal->isOpen()) {
        m_status.show([] { return tr("Not exported: the history is not open yet."); }, true);
        return {};
    }
    // The journal writes the file: screens do no disk I/O themselves.
    const auto written = journal->exportCsvFile(QDir(stateDir).filePath(QStringLiteral("exports")),
                                                m_search->text().trimmed());
    if (!written) {
        m_status.show([error = written.error()] { return tr("Not exported: %1").arg(error); },
                      true);
        return {};
    }
    const QString path = written.value();
    m_status.show([path] { return tr("Exported to %1").arg(path); }, false);
    return path;
}

void HistoryTab::retranslate()
{
    m_search->setPlaceholderText(tr("Search: purchase id, payment id or shop"));
    setAccessibleTexts(m_search, tr("Search the history"),
                       tr("Shows only cancellations whose purchase id, payment id or shop "
                          "contains this text"));
    setButtonTexts(m_refresh, tr("Refresh"), tr("Reads the history again"));
    setButtonTexts(m_export, tr("Export CSV"),
                   tr("Saves the rows shown as a CSV file in the kiosk's state folder"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Purchase"), tr("Shop"), tr("Amount"),
                                        tr("Decision"), tr("Status"), tr("Last message")});
    setAccessibleTexts(m_table, tr("Cancellation history"),
                       tr("Cancellations handled at this kiosk, newest first"));
    m_status.retranslate();
    if (isVisible())
        refresh(); // the decisions and statuses are words
}

} // namespace kiosk::ui
