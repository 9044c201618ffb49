// SPDX-License-Identifier: MIT
#include "staff/settingstab.h"

#include "eth/messages.h"
#include "session/kiosksession.h"
#include "staff/cryptowork.h"
#include "staff/staffpin.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kiosk::ui {

using config::KioskConfig;

namespace {
constexpr int kIdleMin = 15, kIdleMax = 3600;
constexpr int kWarningMin = 20, kWarningMax = 300;

const QString kCamera = QStringLiteral("camera");
const QString kWedge = QStringLiteral("wedge");
const QString kSerial = QStringLiteral("serial");

QLabel *formLabel(QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setBuddy(buddy);
    label->setWordWrap(true);
    return label;
}

template<typename Widget> Widget *control(const char *objectName, QWidget *parent)
{
    auto *widget = new Widget(parent);
    widget->setObjectName(QString::fromLatin1(objectName));
    widget->setMinimumHeight(staffTargetPx());
    return widget;
}

void selectData(QComboBox *box, const QString &data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(index < 0 ? 0 : index);
}
} // namespace

SettingsTab::SettingsTab(session::KioskSession *session, QWidget *parent)
    : StaffTab(session, parent)
{
    setObjectName(QStringLiteral("settings"));

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("settingsContent"));
    m_form = new QFormLayout(content);
    // Labels above their fields: a portrait kiosk is narrow, and nothing may be cut.
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_relayUrl = control<QLineEdit>("settingRelayUrl", content);
    m_relayUrl->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_relayUrlLabel = formLabel(m_relayUrl, content);
    m_form->addRow(m_relayUrlLabel, m_relayUrl);

    m_api = control<QComboBox>("settingApi", content);
    m_api->addItem(QString(), QStringLiteral("v1"));
    m_api->addItem(QString(), QStringLiteral("v2"));
    m_apiLabel = formLabel(m_api, content);
    m_form->addRow(m_apiLabel, m_api);

    m_terminalId = control<QLineEdit>("settingTerminalId", content);
    m_terminalIdLabel = formLabel(m_terminalId, content);
    m_form->addRow(m_terminalIdLabel, m_terminalId);

    m_approver = control<QComboBox>("settingApprover", content);
    m_approver->addItem(QString(), relay::approverName(relay::Approver::Customer));
    m_approver->addItem(QString(), relay::approverName(relay::Approver::Shop));
    m_approverLabel = formLabel(m_approver, content);
    m_form->addRow(m_approverLabel, m_approver);

    m_scanCamera = control<QCheckBox>("settingScanCamera", content);
    m_scanWedge = control<QCheckBox>("settingScanWedge", content);
    m_scanSerial = control<QCheckBox>("settingScanSerial", content);
    auto *sources = new QVBoxLayout;
    for (QCheckBox *box : {m_scanCamera, m_scanWedge, m_scanSerial}) {
        sources->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &SettingsTab::updateScanFields);
    }
    m_scanLabel = formLabel(m_scanCamera, content);
    m_form->addRow(m_scanLabel, sources);

    m_cameraName = control<QLineEdit>("settingCameraName", content);
    m_cameraNameLabel = formLabel(m_cameraName, content);
    m_form->addRow(m_cameraNameLabel, m_cameraName);
    m_serialPort = control<QLineEdit>("settingSerialPort", content);
    m_serialPort->setInputMethodHints(Qt::ImhNoAutoUppercase);
    m_serialPortLabel = formLabel(m_serialPort, content);
    m_form->addRow(m_serialPortLabel, m_serialPort);

    m_language = control<QComboBox>("settingLanguage", content);
    // Each language in its own words, so that anyone can find theirs: never translated.
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageLabel = formLabel(m_language, content);
    m_form->addRow(m_languageLabel, m_language);

    // Wider than allowed, so that a wrong value gets a message rather than silently clamping.
    m_idleSeconds = control<QSpinBox>("settingIdleSeconds", content);
    m_idleSeconds->setRange(0, 99999);
    m_idleLabel = formLabel(m_idleSeconds, content);
    m_form->addRow(m_idleLabel, m_idleSeconds);
    m_idleWarningSeconds = control<QSpinBox>("settingIdleWarningSeconds", content);
    m_idleWarningSeconds->setRange(0, 99999);
    m_idleWarningLabel = formLabel(m_idleWarningSeconds, content);
    m_form->addRow(m_idleWarningLabel, m_idleWarningSeconds);

    m_largeText = control<QCheckBox>("settingLargeText", content);
    m_highContrast = control<QCheckBox>("settingHighContrast", content);
    m_lowPosition = control<QCheckBox>("settingLowPosition", content);
    m_speech = control<QCheckBox>("settingSpeech", content);
    auto *display = new QVBoxLayout;
    for (QCheckBox *box : {m_largeText, m_highContrast, m_lowPosition, m_speech})
        display->addWidget(box);
    m_displayLabel = formLabel(m_largeText, content);
    m_form->addRow(m_displayLabel, display);

    m_save = makeStaffButton(QStringLiteral("settingsSave"), content, "primary");
    connect(m_save, &QPushButton::clicked, this, &SettingsTab::save);
    m_form->addRow(m_save);
    m_saveMessage = new QLabel(content);
    m_saveMessage->setObjectName(QStringLiteral("settingsMessage"));
    m_saveMessage->setWordWrap(true);
    m_saveMessage->hide();
    m_form->addRow(m_saveMessage);
    m_saveStatus = StaffMessage(m_saveMessage);

    // The staff PIN: typed twice, never shown.
    m_pinTitle = new QLabel(content);
    m_pinTitle->setObjectName(QStringLiteral("settingPinTitle"));
    setRole(m_pinTitle, "title");
    m_form->addRow(m_pinTitle);
    const auto *digits =
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), this);
    m_newPin = control<QLineEdit>("settingNewPin", content);
    m_newPinAgain = control<QLineEdit>("settingNewPinAgain", content);
    for (QLineEdit *field : {m_newPin, m_newPinAgain}) {
        field->setEchoMode(QLineEdit::Password);
        field->setValidator(digits);
        field->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData |
                                   Qt::ImhNoPredictiveText);
    }
    m_newPinLabel = formLabel(m_newPin, content);
    m_form->addRow(m_newPinLabel, m_newPin);
    m_newPinAgainLabel = formLabel(m_newPinAgain, content);
    m_form->addRow(m_newPinAgainLabel, m_newPinAgain);
    m_pinSave = makeStaffButton(QStringLiteral("settingPinSave"), content);
    connect(m_pinSave, &QPushButton::clicked, this, &SettingsTab::changePin);
    m_form->addRow(m_pinSave);
    m_pinMessage = new QLabel(content);
    m_pinMessage->setObjectName(QStringLiteral("settingPinMessage"));
    m_pinMessage->setWordWrap(true);
    m_pinMessage->hide();
    m_form->addRow(m_pinMessage);
    m_pinStatus = StaffMessage(m_pinMessage);
    connect(&m_hashing, &QFutureWatcherBase::finished, this, &SettingsTab::finishPinChange);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    enableTouchScrolling(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    m_running = baseConfig();
    retranslate();
    load();
}

SettingsTab::~SettingsTab()
{
    m_hashing.waitForFinished();
}

QString SettingsTab::title() const
{
    return tr("Settings");
}

KioskConfig SettingsTab::baseConfig() const
{
    return m_session->editableSettings();
}

void SettingsTab::load()
{
    m_base = baseConfig();
    m_relayUrl->setText(m_base.relayUrl);
    selectData(m_api, relay::apiVersionName(m_base.api));
    m_terminalId->setText(m_base.terminalId);
    selectData(m_approver, relay::approverName(m_base.approver));
    m_scanCamera->setChecked(m_base.scan.sources.contains(kCamera));
    m_scanWedge->setChecked(m_base.scan.sources.contains(kWedge));
    m_scanSerial->setChecked(m_base.scan.sources.contains(kSerial));
    m_cameraName->setText(m_base.scan.camera.camera);
    m_serialPort->setText(m_base.scan.serial.portName);
    selectData(m_language, m_base.language);
    m_idleSeconds->setValue(m_base.idleSeconds);
    m_idleWarningSeconds->setValue(m_base.idleWarningSeconds);
    m_largeText->setChecked(m_base.largeText);
    m_highContrast->setChecked(m_base.highContrast);
    m_lowPosition->setChecked(m_base.lowPosition);
    m_speech->setChecked(m_base.speech);
    m_newPin->clear();
    m_newPinAgain->clear();
    m_saveStatus.clear();
    if (!m_hashing.isRunning())
        m_pinStatus.clear();
    updateScanFields();
}

void SettingsTab::updateScanFields()
{
    m_cameraName->setEnabled(m_scanCamera->isChecked());
    m_serialPort->setEnabled(m_scanSerial->isChecked());
}

void SettingsTab::save()
{
    QList<StaffMessage::Text> problems;
    QWidget *firstBad = nullptr;
    const auto problem = [&](QWidget *field, StaffMessage::Text text) {
        problems << std::move(text);
        if (!firstBad)
            firstBad = field;
    };

    const QString url = m_relayUrl->text().trimmed();
    const bool insecure = m_base.allowInsecureHttp;
    const auto urlCheck = [url, insecure] {
        relay::RelaySettings settings;
        settings.baseUrl = QUrl(url);
        settings.allowInsecureHttp = insecure;
        return settings.validate();
    };
    if (!url.isEmpty() && !urlCheck())
        problem(m_relayUrl, [urlCheck] { return tr("Relay URL: %1.").arg(urlCheck().error()); });

    const QString terminalId = m_terminalId->text().trimmed();
    if (!url.isEmpty() && terminalId.isEmpty())
        problem(m_terminalId, [] {
            return tr("Terminal id: needed to work with a relay (the id the relay knows this "
                      "kiosk by).");
        });
    if (terminalId.size() > eth::kMaxRelayTextLength)
        problem(m_terminalId, [] {
            return tr("Terminal id: at most %1 characters.").arg(eth::kMaxRelayTextLength);
        });
    if (m_scanSerial->isChecked() && m_serialPort->text().trimmed().isEmpty())
        problem(m_serialPort, [] {
            return tr("Serial port: enter the scanner's port (for example /dev/ttyACM0), or "
                      "turn the serial scanner off.");
        });
    if (const int idle = m_idleSeconds->value(); idle < kIdleMin || idle > kIdleMax)
        problem(m_idleSeconds, [] {
            return tr("Idle time: must be from %1 to %2 seconds.").arg(kIdleMin).arg(kIdleMax);
        });
    if (const int warning = m_idleWarningSeconds->value();
        warning < kWarningMin || warning > kWarningMax)
        problem(m_idleWarningSeconds, [] {
            return tr("Time to answer “Are you still there?”: must be from %1 to %2 seconds.")
                .arg(kWarningMin)
                .arg(kWarningMax);
        });
    if (!problems.isEmpty()) {
        m_saveStatus.show(
            [problems] {
                QStringList lines{tr("Not saved. Please correct:")};
                for (const StaffMessage::Text &text : problems)
                    lines << text();
                return lines.join(u'\n');
            },
            true);
        firstBad->setFocus(Qt::OtherFocusReason);
        return;
    }

    KioskConfig updated = m_base;
    updated.relayUrl = url;
    updated.api = m_api->currentIndex() == 0 ? relay::ApiVersion::V1 : relay::ApiVersion::V2;
    updated.terminalId = terminalId;
    updated.approver =
        m_approver->currentIndex() == 0 ? relay::Approver::Customer : relay::Approver::Shop;
    updated.scan.sources.clear();
    if (m_scanCamera->isChecked())
        updated.scan.sources << kCamera;
    if (m_scanWedge->isChecked())
        updated.scan.sources << kWedge;
    if (m_scanSerial->isChecked())
        updated.scan.sources << kSerial;
    updated.scan.camera.camera = m_cameraName->text().trimmed();
    updated.scan.serial.portName = m_serialPort->text().trimmed();
    updated.language = m_language->currentData().toString();
    updated.idleSeconds = m_idleSeconds->value();
    updated.idleWarningSeconds = m_idleWarningSeconds->value();
    updated.largeText = m_largeText->isChecked();
    updated.highContrast = m_highContrast->isChecked();
    updated.lowPosition = m_lowPosition->isChecked();
    updated.speech = m_speech->isChecked();

    if (auto saved = m_session->saveStaffSettings(updated); !saved)
        return m_saveStatus.show([error = saved.error()] { return tr("Not saved: %1").arg(error); },
                                 true);

    // The relay connection and the scanners are set up once at start.
    QList<const char *> restart;
    if (updated.relayUrl != m_running.relayUrl)
        restart << QT_TR_NOOP("relay URL");
    if (updated.api != m_running.api)
        restart << QT_TR_NOOP("API version");
    if (updated.terminalId != m_running.terminalId)
        restart << QT_TR_NOOP("terminal id");
    if (updated.scan.sources != m_running.scan.sources ||
        updated.scan.camera.camera != m_running.scan.camera.camera ||
        updated.scan.serial.portName != m_running.scan.serial.portName)
        restart << QT_TR_NOOP("scanners");
    m_saveStatus.show(
        [restart] {
            if (restart.isEmpty())
                return tr("Saved. The changes apply from the next customer.");
            QStringList names;
            for (const char *name : restart)
                names << tr(name);
            return tr("Saved. Restart the kiosk for these changes to take effect: %1.")
                .arg(names.join(QStringLiteral(", ")));
        },
        false);
    m_base = updated;
    Q_EMIT settingsSaved(updated);
}

void SettingsTab::changePin()
{
    if (m_hashing.isRunning())
        return;
    const QString pin = m_newPin->text();
    static const QRegularExpression valid(QStringLiteral("^[0-9]{6,12}$")); // kMinNewPinDigits
    if (!valid.match(pin).hasMatch()) {
        m_newPin->setFocus(Qt::OtherFocusReason);
        return m_pinStatus.show([] { return tr("The new PIN must have 6 to 12 digits."); }, true);
    }
    if (m_newPinAgain->text() != pin) {
        m_newPinAgain->setFocus(Qt::OtherFocusReason);
        return m_pinStatus.show(
            [] { return tr("The two PINs are not the same. Please type the new PIN again."); },
            true);
    }
    if (settingsDir().isEmpty())
        return m_pinStatus.show(
            [] { return tr("Not saved: the kiosk has no state directory yet."); }, true);
    m_newPin->clear();
    m_newPinAgain->clear();
    m_pinSave->setEnabled(false);
    m_pinStatus.show([] { return tr("Saving the new PIN…"); }, false);
    // Hashing takes a few hundred milliseconds on purpose: not on the UI thread, and the PIN
    // file is written there too.
    m_hashing.setFuture(staff::runCryptoWork([where = staff::PinLocations::standard(settingsDir()),
                                              pin] { return staff::saveNewStaffPin(where, pin); }));
}

void SettingsTab::finishPinChange()
{
    m_pinSave->setEnabled(true);
    const Result<QString> hash = m_hashing.result();
    if (!hash)
        return m_pinStatus.show([error = hash.error()] { return tr("Not saved: %1").arg(error); },
                                true);
    m_pinStatus.show([] { return tr("The new PIN is saved. Use it from now on."); }, false);
    Q_EMIT pinChanged(hash.value());
}

void SettingsTab::retranslate()
{
    m_relayUrlLabel->setText(tr("Relay URL"));
    m_relayUrl->setPlaceholderText(tr("https://… (empty: not configured)"));
    setAccessibleTexts(
        m_relayUrl, tr("Relay URL"),
        tr("The address of the payment relay, https://…; empty leaves the kiosk out of "
           "service, except in demo mode"));
    m_apiLabel->setText(tr("Relay API"));
    m_api->setItemText(0, tr("v1 (access key)"));
    m_api->setItemText(1, tr("v2 (signed by the terminal key)"));
    setAccessibleTexts(m_api, tr("Relay API"), tr("Which version of the relay's API to use"));
    m_terminalIdLabel->setText(tr("Terminal id"));
    setAccessibleTexts(m_terminalId, tr("Terminal id"), tr("The id the relay knows this kiosk by"));
    m_approverLabel->setText(tr("Who approves"));
    m_approver->setItemText(0, tr("The customer's wallet"));
    m_approver->setItemText(1, tr("The shop owner"));
    setAccessibleTexts(m_approver, tr("Who approves"),
                       tr("Whose wallet signs the approval of a cancellation"));

    m_scanLabel->setText(tr("Scanners"));
    m_scanCamera->setText(tr("Camera"));
    setAccessibleTexts(m_scanCamera, tr("Camera scanner"),
                       tr("Reads the wallet's QR code with a camera"));
    m_scanWedge->setText(tr("Scanner that types like a keyboard"));
    setAccessibleTexts(m_scanWedge, tr("Keyboard scanner"),
                       tr("A 2D scanner connected as a keyboard"));
    m_scanSerial->setText(tr("Scanner on a serial port"));
    setAccessibleTexts(m_scanSerial, tr("Serial scanner"),
                       tr("A scanner connected to a serial or USB serial port"));
    m_cameraNameLabel->setText(tr("Camera name"));
    m_cameraName->setPlaceholderText(tr("Empty: the default camera"));
    setAccessibleTexts(m_cameraName, tr("Camera name"),
                       tr("The camera to use, by (part of) its name; empty for the default"));
    m_serialPortLabel->setText(tr("Serial port"));
    m_serialPort->setPlaceholderText(QStringLiteral("/dev/ttyACM0"));
    setAccessibleTexts(m_serialPort, tr("Serial port"),
                       tr("The serial scanner's port, for example /dev/ttyACM0"));

    m_languageLabel->setText(tr("Default language"));
    setAccessibleTexts(m_language, tr("Default language"),
                       tr("The language the welcome screen starts in"));
    m_idleLabel->setText(tr("Idle time (seconds)"));
    m_idleSeconds->setSuffix(tr(" s"));
    setAccessibleTexts(m_idleSeconds, tr("Idle time in seconds"),
                       tr("After this long without a touch the kiosk asks whether the customer "
                          "is still there (%1 to %2)")
                           .arg(kIdleMin)
                           .arg(kIdleMax));
    m_idleWarningLabel->setText(tr("Time to answer “Are you still there?” (seconds)"));
    m_idleWarningSeconds->setSuffix(tr(" s"));
    setAccessibleTexts(m_idleWarningSeconds, tr("Time to answer in seconds"),
                       tr("How long the customer has to answer before the kiosk starts over "
                          "(%1 to %2)")
                           .arg(kWarningMin)
                           .arg(kWarningMax));
    m_displayLabel->setText(tr("Start with"));
    setButtonTexts(m_largeText, tr("Large text"), tr("Customers start with large text"));
    setButtonTexts(m_highContrast, tr("High contrast"),
                   tr("Customers start with high-contrast colours"));
    setButtonTexts(m_lowPosition, tr("Controls low on the screen"),
                   tr("Customers start with every control in the lower part of the screen"));
    setButtonTexts(m_speech, tr("Spoken guidance"),
                   tr("Offers customers \"Read aloud\"; it speaks only when they turn it "
                      "on"));
    setButtonTexts(m_save, tr("Save settings"), tr("Checks and saves the settings on this kiosk"));

    m_pinTitle->setText(tr("Staff PIN"));
    m_pinTitle->setAccessibleName(m_pinTitle->text());
    m_newPinLabel->setText(tr("New PIN"));
    setAccessibleTexts(m_newPin, tr("New PIN"), tr("4 to 12 digits"));
    m_newPinAgainLabel->setText(tr("New PIN again"));
    setAccessibleTexts(m_newPinAgain, tr("New PIN again"), tr("The same digits once more"));
    setButtonTexts(m_pinSave, tr("Change PIN"), tr("Saves the new staff PIN"));

    // Messages on screen are said again in the new language.
    m_saveStatus.retranslate();
    m_pinStatus.retranslate();
}

} // namespace kiosk::ui
