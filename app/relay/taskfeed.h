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
// GET /v1/task/list/{highest seen} after each pause (FeedPace), asking again at once while pages
// are full (a page holds at most 32 events, in no particular order). Emits each event once, in
// sequence order within a page. The feed covers every shop: consumers filter by
// paymentId/terminalId. How often the feed asks. A fleet of idle kiosks must stay light on the
// relay (docs/fleet.md).
struct FeedPace
{
    // While a cancellation of this kiosk is open: its customer waits for the next event.
    std::chrono::milliseconds busy = std::chrono::seconds(2);
    // Otherwise, plus up to a fifth more at random each time, so kiosks started together
    // (a power cut, a fleet update) drift apart instead of asking in step.
    std::chrono::milliseconds idle = std::chrono::seconds(30);
    // After failed polls the pause doubles (with the same jitter), up to this.
    std::chrono::milliseconds maxBackoff = std::chrono::minutes(5);
};

class TaskFeed : public QObject
{
    Q_OBJECT

public:
    explicit TaskFeed(RelayClient *client, QObject *parent = nullptr);

    void setPace(const FeedPace &pace) { m_pace = pace; }
    // The busy pause (loyalty-kioskctl watch --interval-ms).
    void setInterval(std::chrono::milliseconds interval) { m_pace.busy = interval; }
    // Busy (the default, for kioskctl's commands) or idle; turning busy asks at once.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // The pause before the next poll, as things stand (jitter drawn anew each call).
    std::chrono::milliseconds nextPause() const;
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
    void pauseThenPoll();

    QTimer m_timer{this}; // the pause between polls; a child, so tests see it run
    FeedPace m_pace;
    bool m_busy = true;
    int m_failures = 0; // failed polls in a row
    eth::UInt256 m_highest;
    bool m_running = false;
    bool m_inFlight = false;
    int m_catchUpPages = 0; // full pages of new events asked for in a row
};

} // namespace kiosk::relay
