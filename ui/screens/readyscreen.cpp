// SPDX-License-Identifier: MIT
#include "screens/readyscreen.h"

#include "theme.h"

#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSvgRenderer>

namespace kiosk::ui {

namespace {
// resources/scan-phone.svg, scaled to the room it has and never stretched.
class Picture : public QWidget
{
public:
    explicit Picture(QWidget *parent)
        : QWidget(parent), m_svg(QStringLiteral(":/images/scan-phone.svg"), this)
    {
        setObjectName(QStringLiteral("readyPicture"));
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
    }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override
    {
        const QSize size = m_svg.defaultSize();
        return qMin(width, maxWidth()) * size.height() / qMax(1, size.width());
    }
    QSize sizeHint() const override { return {maxWidth(), heightForWidth(maxWidth())}; }
    QSize minimumSizeHint() const override { return {0, heightForWidth(maxWidth() / 2)}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const int w = qMin(width(), maxWidth());
        const int h = heightForWidth(w);
        m_svg.render(&painter, QRectF((width() - w) / 2.0, (height() - h) / 2.0, w, h));
    }

private:
    // Grows with large text; the page's width limits it (heightForWidth).
    static int maxWidth() { return Theme::current().titlePx() * 14; }
    QSvgRenderer m_svg;
};
} // namespace

ReadyScreen::ReadyScreen(QWidget *parent)
    : Screen(parent), m_title(addLabel("readyTitle", "title")), m_picture(new Picture(this)),
      m_steps(addLabel("readySteps")), m_where(addLabel("readyWhere")),
      m_clock(addLabel("readyClock", "muted")), m_ready(makeButton("readyButton", "primary")),
      m_back(makeButton("readyBack"))
{
    m_layout->insertWidget(1, m_picture);
    m_buttons->addWidget(m_ready);
    m_buttons->addWidget(m_back);
    connect(m_ready, &QPushButton::clicked, this, &ReadyScreen::readyRequested);
    connect(m_back, &QPushButton::clicked, this, &ReadyScreen::backRequested);
    retranslate();
}

void ReadyScreen::setApproval(bool approval)
{
    m_approval = approval;
    retranslate();
}

void ReadyScreen::setScanners(bool camera, bool scanner)
{
    m_camera = camera;
    m_scanner = scanner;
    retranslate();
}

void ReadyScreen::setTimeLimit(int seconds)
{
    m_seconds = seconds;
    retranslate();
}

QString ReadyScreen::guidance() const
{
    return QStringList{m_title->text(), m_steps->text(), m_where->text(), m_clock->text()}.join(
        u' ');
}

void ReadyScreen::retranslate()
{
    m_title->setText(tr("Open your wallet app and choose Scan"));
    m_picture->setAccessibleName(tr("Picture: a phone held up to the scanner below the screen"));
    m_steps->setText(m_approval
                         ? tr("1. Unlock your phone.\n2. Open the wallet app you paid with.\n3. "
                              "Choose Scan.\nThen tap \"I'm ready\": a code appears here for "
                              "your wallet to confirm that your points go back.")
                         : tr("1. Unlock your phone.\n2. Open the wallet app you paid with.\n3. "
                              "Choose Scan.\nThen tap \"I'm ready\": a code appears here for "
                              "your wallet to confirm that you keep the purchase."));
    if (m_scanner)
        m_where->setText(tr("Afterwards your phone shows a code: hold it up to the scanner "
                            "below the screen."));
    else if (m_camera)
        m_where->setText(tr("Afterwards your phone shows a code: hold it up to the camera."));
    else
        m_where->setText(tr("This kiosk cannot read your phone's code right now. Please ask "
                            "the staff at the counter for help."));
    m_clock->setText(
        tr("No time limit yet. After \"I'm ready\" you have %n second(s).", nullptr, m_seconds));
    m_ready->setText(tr("I'm ready"));
    describe(m_ready, tr("I'm ready"), tr("Shows the code for your wallet and starts the time"));
    m_back->setText(tr("Back"));
    describe(m_back, tr("Back"), tr("Returns to the question"));
}

} // namespace kiosk::ui
