// SPDX-License-Identifier: MIT
// The admin API under /sim/, for tests and demos and never part of a real relay: create
// payments, inject faults, change the timings and the approver, read the state, and reset.
// Faults never apply to it, so a test can always repair what it broke.
#pragma once

#include "relayanswers.h"
#include "simmodel.h"

#include <QJsonObject>

#include <functional>

namespace kiosk::sim {

class FaultTable;
class TaskFeed;
struct HttpRequest;

class AdminApi
{
public:
    // `resetAll` puts the whole simulator back to the seed.
    AdminApi(const Seed &seed, SimConfig &config, RelayState &state, FaultTable &faults,
             const TaskFeed &feed, std::function<void()> resetAll);

    // The answer to a request under /sim/, its body already read.
    Answer answer(const HttpRequest &request, const QJsonObject &body);

private:
    Answer createPayment(const QJsonObject &body);
    Answer setFault(const QJsonObject &body);
    Answer faultList() const;
    Answer setConfig(const QJsonObject &body);
    Answer payments() const;
    Answer shops() const;
    Answer callbacks() const;
    Answer resetToSeed();

    const Seed &m_seed;
    SimConfig &m_config;
    RelayState &m_state;
    FaultTable &m_faults;
    const TaskFeed &m_feed;
    std::function<void()> m_reset;
};

} // namespace kiosk::sim
