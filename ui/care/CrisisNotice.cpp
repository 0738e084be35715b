#include "CrisisNotice.h"

#include "CountryNames.h"
#include "care/CrisisLines.h"
#include "ui/look/Colors.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

QString link(const QUrl &url, const QString &text)
{
    return u"<a href=\"%1\">%2</a>"_s.arg(
        url.toString(QUrl::FullyEncoded).toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

CrisisNotice::CrisisNotice(const CrisisLines &lines, Context context, QWidget *parent)
    : QFrame(parent)
    , m_lines(lines)
    , m_context(context)
    , m_intro(new QLabel(this))
    , m_list(new QLabel(this))
    , m_footer(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Support, if you need it"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    // The lines and the footer hold links: rich text that this class writes itself, with
    // every piece of data escaped.
    for (QLabel *label : {m_list, m_footer}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
        label->setOpenExternalLinks(false);
        connect(label, &QLabel::linkActivated, this, [this](const QString &target) {
            if (target == u"hearth:change-country"_s)
                Q_EMIT changeCountryRequested();
            else
                Q_EMIT linkActivated(QUrl(target));
        });
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list);
    layout->addWidget(m_footer);
    applyColors();
    refresh();
}

void CrisisNotice::setNamesTheSubject(bool names)
{
    if (names == m_namesTheSubject)
        return;
    m_namesTheSubject = names;
    refresh();
}

void CrisisNotice::setCountry(const QString &code)
{
    const QString country = code.trimmed().toUpper();
    if (country == m_country && !m_shown.isEmpty())
        return;
    m_country = country;
    refresh();
}

QString CrisisNotice::plainText() const
{
    QTextDocument list;
    list.setHtml(m_list->text());
    QTextDocument footer;
    footer.setHtml(m_footer->text());
    return m_intro->text() + u'\n' + list.toPlainText() + u'\n' + footer.toPlainText();
}

void CrisisNotice::refresh()
{
    m_intro->setText(m_context == Context::Writing
            ? tr("It sounds like things may be very hard right now. You don't have to carry "
                 "it alone, and you don't have to wait: you can talk to someone today.")
            : m_namesTheSubject
            ? tr("This touches on suicide or self-harm. If it brings something up for you, "
                 "you can talk to someone today.")
            : tr("If anything here brings something up for you, you can talk to someone "
                 "today."));

    const bool known = !m_country.isEmpty() && !m_lines.forCountry(m_country).isEmpty();
    m_shown = m_lines.forCountryOrInternational(known ? m_country : QString());
    QStringList items;
    for (const CrisisLine &line : std::as_const(m_shown)) {
        QStringList ways;
        for (const QString &phone : line.phones)
            ways.append(link(CrisisLine::telUrl(phone), phone));
        if (line.hasTextLine())
            ways.append(line.textInstruction().toHtmlEscaped());
        // The web page by its name ("samaritans.org"): a link says where it goes.
        if (line.url.isValid()) {
            QString host = line.url.host();
            if (host.startsWith(u"www."_s))
                host.remove(0, 4);
            ways.append(link(line.url, host));
        }
        QString item = u"<b>%1</b>: %2"_s.arg(line.name.toHtmlEscaped(), ways.join(u" · "_s));
        if (line.isAlwaysOpen())
            item += u" · "_s + tr("any time, day or night").toHtmlEscaped();
        else if (!line.hours.isEmpty())
            item += u" · "_s + line.hours.toHtmlEscaped();
        items.append(item);
    }
    m_list->setText(items.join(u"<br>"_s));

    const QString where = known
        ? tr("Lines for %1.").arg(CountryNames::name(m_country))
        : tr("We don't have lines for your country yet: these directories list helplines "
             "around the world.");
    m_footer->setText(
        tr("Hearth is not a crisis service. If you are in danger now, call your local "
           "emergency number.")
            .toHtmlEscaped()
        + u"<br>"_s + where.toHtmlEscaped() + u" "_s
        + link(QUrl(u"hearth:change-country"_s), tr("Change country")));
    setAccessibleDescription(plainText());
}

QColor CrisisNotice::background(const QPalette &palette)
{
    return Colors::crisisNotice(palette);
}

void CrisisNotice::applyColors()
{
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, background(QApplication::palette(this)));
    setPalette(palette);
}

void CrisisNotice::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyColors();
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

} // namespace Hearth
