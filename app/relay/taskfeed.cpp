// SPDX-License-Identifier: MIT
#include "relay/taskfeed.h"

#include "relay/relayclient.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>

namespace kiosk::relay {

Q_LOGGING_CATEGORY(lcFeed, "kiosk.feed", QtInfoMsg)

namespace {
constexpr int kFullPage = 32;
constexpr int kMaxCatchUpPages = 16; // 512 events at once, then the normal pause

bool noFeedHere(const RelayError &error)
{
    return error.kind == RelayError::Kind::HttpStatus && error.httpStatus == 404;
}
} // namespace

TaskFeed::TaskFeed(RelayClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TaskFeed::poll);
}

void TaskFeed::start()
{
    m_running = true;
    m_client->fetchLatestTaskSequence(this, [this](const RelayResult<eth::UInt256> &latest) {
        if (!m_running)
            return;
        if (!latest) {
            if (noFeedHere(latest.failure()))
                return giveUp();
            Q_EMIT pollFailed(latest.failure());
            ++m_failures;
            QTimer::singleShot(nextPause(), this, [this] {
                if (m_running)
                    start();
            });
            return;
        }
        m_failures = 0;
        startAfter(latest.value());
    });
}

void TaskFeed::startAfter(const eth::UInt256 &after)
{
    m_running = true;
    m_highest = after;
    qCInfo(lcFeed) << "following the task feed after sequence" << after.toDecimal();
    Q_EMIT started(after);
    poll();
}

void TaskFeed::stop()
{
    m_running = false;
    m_timer.stop();
}

void TaskFeed::giveUp()
{
    qCInfo(lcFeed) << "this relay has no task feed (HTTP 404): following payments by polling";
    stop();
    Q_EMIT unavailable();
}

void TaskFeed::poll()
{
    if (!m_running || m_inFlight)
        return;
    m_inFlight = true;
    m_client->fetchTasks(m_highest, this, [this](const RelayResult<QList<TaskEvent>> &page) {
        m_inFlight = false;
        if (!m_running)
            return;
        if (!page) {
            if (noFeedHere(page.failure()))
                return giveUp();
            Q_EMIT pollFailed(page.failure());
            ++m_failures;
            return pauseThenPoll();
        }
        m_failures = 0;
        QList<TaskEvent> events = page.value();
        std::sort(events.begin(), events.end(),
                  [](const TaskEvent &a, const TaskEvent &b) { return a.sequence < b.sequence; });
        int unseen = 0;
        for (const TaskEvent &event : std::as_const(events)) {
            if (event.sequence <= m_highest)
                continue; // never emit an event twice
            m_highest = event.sequence;
            ++unseen;
            Q_EMIT eventReceived(event);
        }
        // A full page of new events means more may be waiting: ask again at once. A full page of
        // old ones (a relay that ignores the sequence asked for) waits like any other, or the
        // kiosk would ask without pause.
        // Catching up is bounded too: after kMaxCatchUpPages pages in a row, the normal pause.
        if (events.size() >= kFullPage && unseen > 0 && ++m_catchUpPages < kMaxCatchUpPages) {
            QTimer::singleShot(0, this, &TaskFeed::poll);
        } else {
            m_catchUpPages = 0;
            pauseThenPoll();
        }
    });
}

void TaskFeed::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    // A customer just began: the next event should not wait out an idle pause.
    if (busy && m_running && !m_inFlight && m_timer.isActive()) {
        m_timer.stop();
        poll();
    }
}

std::chrono::milliseconds TaskFeed::nextPause() const
{
    using std::chrono::milliseconds;
    milliseconds pause = m_busy ? m_pace.busy : m_pace.idle;
    if (m_failures > 0) {
        const milliseconds ceiling = std::max(m_pace.maxBackoff, pause);
        const milliseconds doubled(pause.count() << std::min(m_failures, 20));
        pause = std::min(doubled, ceiling);
    }
    // Busy polls serve one customer and need no spreading; idle ones and retries do.
    if (!m_busy || m_failures > 0)
        pause += milliseconds(QRandomGenerator::global()->bounded(qint64(pause.count() / 5 + 1)));
    return pause;
}

void TaskFeed::pauseThenPoll()
{
    m_timer.start(nextPause());
}

} // namespace kiosk::relay
