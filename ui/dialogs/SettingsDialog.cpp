#include "SettingsDialog.h"

#include "DisplaySettings.h"
#include "care/CrisisLines.h"
#include "ui/care/CountryNames.h"
#include "ui/care/Preferences.h"
#include "ui/look/Metrics.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSlider>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// A list a few lines tall that takes the height the dialog has to spare, rather than
// asking for Qt's 192 px whatever it holds.
void fewLines(QListWidget *list, int lines)
{
    list->setMinimumHeight(
        list->fontMetrics().lineSpacing() * lines + 2 * list->frameWidth() + Metrics::spaceS);
    list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
}

} // namespace

SettingsDialog::SettingsDialog(Preferences &preferences, DisplaySettings &display,
    const CrisisLines &lines, const QString &systemCountry, QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences)
    , m_display(display)
    , m_colorScheme(new QComboBox(this))
    , m_textSize(new QSlider(Qt::Horizontal, this))
    , m_textSizeValue(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_restartNote(hint(tr("Language and text size take effect when Hearth restarts."), this))
    , m_quietCounts(
          new QCheckBox(tr("&Quiet counts: hide the numbers of reactions and comments"), this))
    , m_blur(new QCheckBox(tr("&Blur photos marked sensitive until I choose to see them"), this))
    , m_muteField(new QLineEdit(this))
    , m_addMuted(new QPushButton(tr("&Mute"), this))
    , m_muted(new QListWidget(this))
    , m_removeMuted(new QPushButton(tr("&Unmute"), this))
    , m_country(new QComboBox(this))
    , m_blocked(new QListWidget(this))
    , m_unblock(new QPushButton(tr("Un&block"), this))
{
    setWindowTitle(tr("Settings"));

    // Built in reading order, which is also the order of the Tab key.
    QGroupBox *look = buildLook();
    QGroupBox *reading = buildReading();
    QGroupBox *muting = buildMuting();
    QGroupBox *crisis = buildCrisisLines(lines, systemCountry);
    QGroupBox *blocking = buildBlocking();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    // The sections scroll when the screen is too short for them all (800×600, or a large
    // text size); the Close button stays in sight.
    m_sections = new QWidget(this);
    auto *sectionsLayout = new QVBoxLayout(m_sections);
    sectionsLayout->setContentsMargins(Metrics::spaceXL, Metrics::spaceXL, Metrics::spaceXL, 0);
    sectionsLayout->setSpacing(Metrics::spaceL);
    sectionsLayout->addWidget(look);
    sectionsLayout->addWidget(reading);
    sectionsLayout->addWidget(muting, 1);
    sectionsLayout->addWidget(crisis);
    sectionsLayout->addWidget(blocking, 1);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_sections);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the controls, which it scrolls to
    auto *buttonRow = new QVBoxLayout;
    buttonRow->setContentsMargins(
        Metrics::spaceXL, Metrics::spaceL, Metrics::spaceXL, Metrics::spaceXL);
    buttonRow->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttonRow);
    setBlockedPeople({}, false);
    fewLines(m_muted, 3);
    fewLines(m_blocked, 3);
    // A sentence too long for the list wraps rather than scrolling sideways.
    for (QListWidget *list : {m_muted, m_blocked}) {
        list->setWordWrap(true);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }
}

void SettingsDialog::showEvent(QShowEvent *event)
{
    // Measured once shown, in the style's metrics and on the screen it is on.
    if (!m_fitted) {
        m_fitted = true;
        fitToScreen();
    }
    QDialog::showEvent(event);
}

void SettingsDialog::fitToScreen()
{
    // Every section whole at its width when the screen has the room (the wrapped hints need
    // their height at that width, which a scroll area's size hint does not ask), else as
    // much as the screen's free height allows, scrolling.
    // Measured as shown: in the style's fonts and metrics.
    ensurePolished();
    QLayout *sections = m_sections->layout();
    sections->invalidate(); // its sizes for a width are cached from before the lists were set
    sections->activate();
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scroll);
    const int sectionsWidth
        = std::max(m_sections->sizeHint().width(), sections->minimumSize().width());
    const int sectionsHeight = sections->totalHeightForWidth(sectionsWidth);
    // The scroll area would otherwise take the sections' minimum at their narrowest, where
    // every wrapped hint is a column of words, and scroll for no reason.
    m_sections->setMinimumHeight(sections->totalMinimumHeightForWidth(sectionsWidth));
    const int buttonsHeight = layout()->itemAt(1)->sizeHint().height();
    int height = sectionsHeight + buttonsHeight;
    if (const QScreen *shown = screen())
        height = std::min(height, shown->availableGeometry().height() - 2 * Metrics::spaceXXL);
    m_scroll->setMinimumWidth(sectionsWidth + scrollBar);
    setMinimumHeight(std::min(height, buttonsHeight + sectionsHeight / 2));
    resize(sectionsWidth + scrollBar, height);
}

QGroupBox *SettingsDialog::buildLook()
{
    auto *look = new QGroupBox(tr("Look and language"), this);

    m_colorScheme->addItem(tr("System"), QVariant::fromValue(Appearance::ColorScheme::System));
    m_colorScheme->addItem(tr("Light"), QVariant::fromValue(Appearance::ColorScheme::Light));
    m_colorScheme->addItem(tr("Dark"), QVariant::fromValue(Appearance::ColorScheme::Dark));
    m_colorScheme->setAccessibleName(tr("Colors"));
    m_colorScheme->setAccessibleDescription(
        tr("System follows the desktop's light or dark colors."));
    m_colorScheme->setCurrentIndex(
        m_colorScheme->findData(QVariant::fromValue(m_display.shownColorScheme())));
    connect(m_colorScheme, &QComboBox::currentIndexChanged, this, [this] {
        m_display.setColorScheme(m_colorScheme->currentData().value<Appearance::ColorScheme>());
    });

    m_textSize->setRange(DisplaySettings::SmallestTextScale, DisplaySettings::LargestTextScale);
    m_textSize->setSingleStep(DisplaySettings::TextScaleStep);
    m_textSize->setPageStep(DisplaySettings::TextScaleStep);
    m_textSize->setTickInterval(DisplaySettings::TextScaleStep);
    m_textSize->setTickPosition(QSlider::TicksBelow);
    m_textSize->setValue(m_display.textScale());
    m_textSize->setAccessibleName(tr("Text size"));
    m_textSizeValue->setTextFormat(Qt::PlainText);
    // As wide as the widest value, so that the slider does not move as the number changes.
    m_textSizeValue->setMinimumWidth(m_textSizeValue->fontMetrics().horizontalAdvance(
        tr("%1%", "a text size in percent").arg(QLocale().toString(888))));
    connect(m_textSize, &QSlider::valueChanged, this, [this](int value) {
        // Only the scale's steps, whether dragged or typed.
        const int step = DisplaySettings::TextScaleStep;
        const int snapped = DisplaySettings::SmallestTextScale
            + (value - DisplaySettings::SmallestTextScale + step / 2) / step * step;
        if (snapped != value) {
            m_textSize->setValue(snapped);
            return;
        }
        m_display.setTextScale(value);
        showTextSize();
    });

    m_language->addItem(tr("System"), QString());
    for (const auto &[code, name] : DisplaySettings::languages())
        m_language->addItem(name, code);
    m_language->setAccessibleName(tr("Language"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_display.language())));
    connect(m_language, &QComboBox::currentIndexChanged, this,
        [this] { m_display.setLanguage(m_language->currentData().toString()); });

    auto *textSizeRow = new QHBoxLayout;
    textSizeRow->setSpacing(Metrics::spaceM);
    textSizeRow->addWidget(m_textSize, 1);
    textSizeRow->addWidget(m_textSizeValue);
    const auto label = [look](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, look);
        label->setBuddy(buddy);
        return label;
    };
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(Metrics::spaceL);
    form->setVerticalSpacing(Metrics::spaceM);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(label(tr("C&olors:"), m_colorScheme), m_colorScheme);
    form->addRow(label(tr("&Text size:"), m_textSize), textSizeRow);
    form->addRow(label(tr("&Language:"), m_language), m_language);
    auto *lookLayout = new QVBoxLayout(look);
    lookLayout->setSpacing(Metrics::spaceM);
    lookLayout->addLayout(form);
    lookLayout->addWidget(m_restartNote);
    showTextSize();
    return look;
}

void SettingsDialog::showTextSize()
{
    const QString percent
        = tr("%1%", "a text size in percent").arg(QLocale().toString(m_textSize->value()));
    m_textSizeValue->setText(percent);
    m_textSize->setAccessibleDescription(percent);
}

QGroupBox *SettingsDialog::buildReading()
{
    auto *reading = new QGroupBox(tr("Reading"), this);
    m_quietCounts->setChecked(m_preferences.quietCounts());
    m_quietCounts->setAccessibleDescription(tr("Reactions still work; only the numbers go."));
    m_blur->setChecked(m_preferences.blurSensitivePhotos());
    connect(m_quietCounts, &QCheckBox::toggled, &m_preferences, &Preferences::setQuietCounts);
    connect(m_blur, &QCheckBox::toggled, &m_preferences, &Preferences::setBlurSensitivePhotos);
    auto *readingLayout = new QVBoxLayout(reading);
    readingLayout->addWidget(m_quietCounts);
    readingLayout->addWidget(m_blur);
    return reading;
}

QGroupBox *SettingsDialog::buildMuting()
{
    auto *muting = new QGroupBox(tr("Muted words and hashtags"), this);
    m_muteField->setPlaceholderText(tr("A word, a phrase or a #hashtag"));
    m_muteField->setAccessibleName(tr("Word or hashtag to mute"));
    m_muteField->setClearButtonEnabled(true);
    m_muted->setAccessibleName(tr("Muted words and hashtags"));
    m_muted->addItems(m_preferences.mutedWords());
    connect(m_muteField, &QLineEdit::returnPressed, this, &SettingsDialog::addMutedWord);
    connect(m_muteField, &QLineEdit::textChanged, this, &SettingsDialog::updateButtons);
    connect(m_addMuted, &QPushButton::clicked, this, &SettingsDialog::addMutedWord);
    connect(m_removeMuted, &QPushButton::clicked, this, &SettingsDialog::removeSelectedMutedWord);
    connect(m_muted, &QListWidget::currentRowChanged, this, &SettingsDialog::updateButtons);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_muteField, 1);
    addRow->addWidget(m_addMuted);
    auto *mutedRow = new QHBoxLayout;
    mutedRow->addWidget(m_muted, 1);
    mutedRow->addWidget(m_removeMuted, 0, Qt::AlignTop);
    auto *mutingLayout = new QVBoxLayout(muting);
    mutingLayout->addWidget(hint(tr("Posts and comments that mention one of these fold, and "
                                    "say why. Whole words only, in any case."),
        muting));
    mutingLayout->addLayout(addRow);
    mutingLayout->addLayout(mutedRow);
    return muting;
}

QGroupBox *SettingsDialog::buildCrisisLines(const CrisisLines &lines, const QString &systemCountry)
{
    auto *crisis = new QGroupBox(tr("Crisis lines"), this);
    const QLocale::Territory systemTerritory = QLocale::codeToTerritory(systemCountry);
    m_country->addItem(systemCountry.isEmpty() || systemTerritory == QLocale::AnyTerritory
            ? tr("My country (from the system)")
            : tr("My country (from the system: %1)").arg(CountryNames::name(systemCountry)),
        QString());
    // The countries by their names in the person's language, in its order.
    QList<std::pair<QString, QString>> countries;
    for (const CrisisLines::Country &country : lines.countries())
        countries.append({CountryNames::name(country.code), country.code});
    const QCollator collator;
    std::sort(countries.begin(), countries.end(), [&collator](const auto &a, const auto &b) {
        return collator.compare(a.first, b.first) < 0;
    });
    for (const auto &[name, code] : countries)
        m_country->addItem(name, code);
    m_country->addItem(tr("Another country: show international directories"), u"-"_s);
    m_country->setAccessibleName(tr("Country for crisis lines"));
    const int current = m_country->findData(m_preferences.crisisCountry());
    m_country->setCurrentIndex(std::max(0, current));
    connect(m_country, &QComboBox::currentIndexChanged, this,
        [this] { m_preferences.setCrisisCountry(m_country->currentData().toString()); });
    auto *countryLabel = new QLabel(tr("&Country:"), crisis);
    countryLabel->setBuddy(m_country);
    auto *countryRow = new QHBoxLayout;
    countryRow->addWidget(countryLabel);
    countryRow->addWidget(m_country, 1);
    auto *crisisLayout = new QVBoxLayout(crisis);
    crisisLayout->addWidget(hint(tr("Whose lines Hearth offers beside posts about suicide or "
                                    "self-harm. Hearth is not a crisis service."),
        crisis));
    crisisLayout->addLayout(countryRow);
    return crisis;
}

QGroupBox *SettingsDialog::buildBlocking()
{
    auto *blocking = new QGroupBox(tr("Blocked people"), this);
    m_blocked->setAccessibleName(tr("Blocked people"));
    connect(m_blocked, &QListWidget::currentRowChanged, this, &SettingsDialog::updateButtons);
    connect(m_unblock, &QPushButton::clicked, this, [this] {
        const int row = m_blocked->currentRow();
        if (row >= 0 && row < m_blockedPeople.size())
            Q_EMIT unblockRequested(m_blockedPeople.at(row));
    });
    auto *blockedRow = new QHBoxLayout;
    blockedRow->addWidget(m_blocked, 1);
    blockedRow->addWidget(m_unblock, 0, Qt::AlignTop);
    auto *blockingLayout = new QVBoxLayout(blocking);
    blockingLayout->addWidget(hint(tr("You don't see their posts and comments. They are not "
                                      "told."),
        blocking));
    blockingLayout->addLayout(blockedRow);
    return blocking;
}

void SettingsDialog::addNotificationSettings(QGroupBox *section)
{
    auto *sections = static_cast<QVBoxLayout *>(m_sections->layout());
    section->setParent(m_sections);
    sections->insertWidget(sections->count() - 1, section);
    m_fitted = false; // measured again when shown
}

void SettingsDialog::setBlockedPeople(const QList<User> &people, bool signedIn)
{
    m_blockedPeople = people;
    m_blocked->clear();
    for (const User &person : people) {
        // (A block written by an older version carried no name until the server's list is read.)
        auto *item = new QListWidgetItem(person.handle.isEmpty()
                ? tr("Someone you blocked")
                : tr("%1 (@%2)", "display name, handle").arg(person.displayName, person.handle));
        m_blocked->addItem(item);
    }
    m_blocked->setEnabled(!people.isEmpty());
    if (people.isEmpty()) {
        m_blocked->addItem(signedIn ? tr("You haven't blocked anyone.")
                                    : tr("Sign in to block or unblock people."));
    }
    updateButtons();
}

void SettingsDialog::addMutedWord()
{
    const QString word = m_muteField->text().simplified();
    if (word.isEmpty())
        return;
    if (m_muted->findItems(word, Qt::MatchFixedString).isEmpty())
        m_muted->addItem(word);
    m_muteField->clear();
    saveMutedWords();
}

void SettingsDialog::removeSelectedMutedWord()
{
    delete m_muted->takeItem(m_muted->currentRow());
    saveMutedWords();
}

void SettingsDialog::saveMutedWords()
{
    QStringList words;
    for (int row = 0; row < m_muted->count(); ++row)
        words.append(m_muted->item(row)->text());
    m_preferences.setMutedWords(words);
    updateButtons();
}

void SettingsDialog::updateButtons()
{
    m_addMuted->setEnabled(!m_muteField->text().simplified().isEmpty());
    m_removeMuted->setEnabled(m_muted->currentRow() >= 0);
    m_unblock->setEnabled(!m_blockedPeople.isEmpty() && m_blocked->currentRow() >= 0);
}

} // namespace Hearth
