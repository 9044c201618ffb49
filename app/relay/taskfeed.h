// SPDX-License-Identifier: MIT
#pragma once

#include "eth/uint256.h"
#include "relay/relaytypes.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace kiosk::relay {

class RelayClient;

// Follows the relay's v2 task feed: GET /v1/task/sequence/latest once, then
// GET /v1/task/list/{highest seen} every interval, asking again at once while pages are full
// (a page holds at most 32 events, in no particular order). Emits each event once, in sequence
// order within a page. The feed covers every shop: consumers filter by paymentId/terminalId.
class TaskFeed : public QObject
{
    Q_OBJECT

public:
    explicit TaskFeed(RelayClient *client, QObject *parent = nullptr);

    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    // Starts from the relay's latest sequence (events from before now are not replayed), or
    // from `after` when given (resuming).
    void start();
    void startAfter(const eth::UInt256 &after);
    void stop();
    bool isRunning() const { return m_running; }
    eth::UInt256 highestSequence() const { return m_highest; }

Q_SIGNALS:
    void started(const eth::UInt256 &sequence);
    void eventReceived(const kiosk::relay::TaskEvent &event);
    // A failed poll; the feed keeps polling.
    void pollFailed(const kiosk::relay::RelayError &error);
    // The relay has no task feed (the v1-only relay answers HTTP 404): the feed stops for good
    // and the kiosk follows payments by polling (and v1 callbacks). Not an error to show.
    void unavailable();

private:
    void poll();
    void giveUp();

    RelayClient *m_client;
    QTimer m_timer{this}; // the pause between polls; a child, so tests see it run
    eth::UInt256 m_highest;
    bool m_running = false;
    bool m_inFlight = false;
    int m_catchUpPages = 0; // full pages of new events asked for in a row
};

} // namespace kiosk::relay
