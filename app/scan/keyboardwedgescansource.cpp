// SPDX-License-Identifier: MIT
#include "scan/keyboardwedgescansource.h"

#include "scan/scanlogging.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QScopedValueRollback>
#include <QTimer>

#include <algorithm>

namespace kiosk::scan {

namespace {

// Longer than any QR payload: a "burst" this long is a stuck key or a robot, not a scan.
constexpr qsizetype maxBurstLength = 8192;

// Modifiers a scanner uses to type its characters (Shift for capitals, AltGr on some layouts).
constexpr Qt::KeyboardModifiers typingModifiers =
    Qt::ShiftModifier | Qt::KeypadModifier | Qt::GroupSwitchModifier;

bool isModifierKey(int key)
{
    switch (key) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_Meta:
    case Qt::Key_CapsLock:
        return true;
    default:
        return false;
    }
}

bool isPrintable(const QKeyEvent *key)
{
    if ((key->modifiers() & ~typingModifiers) != Qt::NoModifier)
        return false; // Ctrl+C and friends are commands, not characters
    const QString text = key->text();
    if (text.isEmpty())
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isPrint(); });
}

} // namespace

struct KeyboardWedgeScanSource::HeldEvent
{
    QPointer<QObject> receiver;
    std::unique_ptr<QKeyEvent> event;
};

KeyboardWedgeScanSource::KeyboardWedgeScanSource(KeyboardWedgeConfig config, QObject *parent)
    : ScanSource(parent), m_config(config)
{
    m_config.maxKeyGapMs = qMax(1, m_config.maxKeyGapMs);
    m_config.minLength = qMax(1, m_config.minLength);
    m_config.flushDelayMs = qMax(m_config.maxKeyGapMs, m_config.flushDelayMs);
    m_elapsed.start();
    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(m_config.flushDelayMs);
    connect(m_flushTimer, &QTimer::timeout, this, &KeyboardWedgeScanSource::flushPending);
}

KeyboardWedgeScanSource::~KeyboardWedgeScanSource()
{
    if (m_installedOn)
        m_installedOn->removeEventFilter(this);
}

void KeyboardWedgeScanSource::setTarget(QObject *target)
{
    const bool wasActive = m_active;
    if (wasActive)
        stop();
    m_target = target;
    if (wasActive)
        start();
}

void KeyboardWedgeScanSource::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QObject *KeyboardWedgeScanSource::target() const
{
    return m_target ? m_target.data() : QCoreApplication::instance();
}

void KeyboardWedgeScanSource::start()
{
    if (m_active)
        return;
    QObject *on = target();
    if (!on) {
        Q_EMIT errorOccurred(tr("The keyboard scanner needs a running application."));
        return;
    }
    on->installEventFilter(this);
    m_installedOn = on;
    m_active = true;
    Q_EMIT statusChanged(tr("Keyboard scanner ready"));
}

void KeyboardWedgeScanSource::stop()
{
    if (!m_active)
        return;
    if (m_installedOn)
        m_installedOn->removeEventFilter(this);
    m_installedOn = nullptr;
    m_active = false;
    flushPending(); // whatever was held is a person's typing after all
    m_swallowedKeys.clear();
    Q_EMIT statusChanged(tr("Keyboard scanner off"));
}

QString KeyboardWedgeScanSource::name() const
{
    return tr("Keyboard scanner");
}

qint64 KeyboardWedgeScanSource::now(const QKeyEvent *key) const
{
    if (m_clock)
        return m_clock();
    if (key->timestamp() != 0)
        return qint64(key->timestamp());
    return m_elapsed.elapsed();
}

bool KeyboardWedgeScanSource::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if ((type != QEvent::KeyPress && type != QEvent::KeyRelease) || m_replaying)
        return false;
    // On the application, a key is seen at its window first, and again at each widget the
    // window passes it to: look only once.
    if (m_installedOn == QCoreApplication::instance() && watched->isWidgetType())
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    return type == QEvent::KeyPress ? handleKeyPress(watched, key) : handleKeyRelease(watched, key);
}

bool KeyboardWedgeScanSource::handleKeyPress(QObject *receiver, QKeyEvent *key)
{
    if (key->isAutoRepeat()) {
        flushPending(); // a held-down key: a person
        return false;
    }
    const qint64 t = now(key);
    const qint64 gap = t - m_lastKeyTime;
    const bool inBurst = !m_pending.empty() && gap >= 0 && gap <= m_config.maxKeyGapMs;
    const int code = key->key();
    if ((code == Qt::Key_Return || code == Qt::Key_Enter) &&
        (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        if (inBurst && m_buffer.size() >= m_config.minLength) {
            const QString text = m_buffer;
            discardPending();
            m_swallowedKeys.insert(code);
            qCDebug(lcScan) << "keyboard wedge: scanned" << text.size() << "characters";
            Q_EMIT textScanned(text);
            return true;
        }
        flushPending();
        return false;
    }
    if (isPrintable(key)) {
        if (!m_pending.empty() && !inBurst)
            flushPending(); // too slow: what came before was typed by a person
        if (m_buffer.size() >= maxBurstLength)
            flushPending();
        m_buffer += key->text();
        hold(receiver, key);
        m_lastKeyTime = t;
        m_flushTimer->start();
        return true;
    }
    if (isModifierKey(code) && !m_pending.empty()) {
        hold(receiver, key); // Shift inside a burst: keep the order
        return true;
    }
    flushPending(); // arrows, Backspace, shortcuts...: a person
    return false;
}

bool KeyboardWedgeScanSource::handleKeyRelease(QObject *receiver, QKeyEvent *key)
{
    if (!m_pending.empty()) {
        hold(receiver, key);
        return true;
    }
    // The release of a key whose press was part of a scan.
    return m_swallowedKeys.remove(key->key());
}

void KeyboardWedgeScanSource::hold(QObject *receiver, const QKeyEvent *key)
{
    m_pending.push_back(HeldEvent{receiver, std::unique_ptr<QKeyEvent>(key->clone())});
}

void KeyboardWedgeScanSource::discardPending()
{
    m_flushTimer->stop();
    for (const HeldEvent &held : m_pending) {
        if (held.event->type() == QEvent::KeyPress)
            m_swallowedKeys.insert(held.event->key());
        else
            m_swallowedKeys.remove(held.event->key());
    }
    m_pending.clear();
    m_buffer.clear();
}

void KeyboardWedgeScanSource::flushPending()
{
    m_flushTimer->stop();
    m_buffer.clear();
    if (m_pending.empty())
        return;
    std::vector<HeldEvent> pending = std::move(m_pending);
    m_pending.clear();
    // Our own replays pass the filter untouched.
    const QScopedValueRollback<bool> replaying(m_replaying, true);
    for (HeldEvent &held : pending) {
        if (held.receiver)
            QCoreApplication::sendEvent(held.receiver, held.event.get());
    }
}

} // namespace kiosk::scan
