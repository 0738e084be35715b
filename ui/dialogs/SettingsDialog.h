#pragma once

#include "api/User.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLineEdit;
class QListWidget;
class QLabel;
class QPushButton;
class QScrollArea;
class QSlider;

namespace Hearth {

class CrisisLines;
class DisplaySettings;
class Preferences;

// "Settings": what Hearth shows the reader, applied as it is changed —
// - Look and language: the colours (system, light, dark), at once; the language and the
//   text size, from the next start (the dialog says so);
// - Reading: quiet counts, and whether photos marked sensitive are blurred;
// - Muted words and hashtags: posts and comments that match fold;
// - Crisis lines: the country whose lines the crisis notice offers (or the system's);
// - Blocked people, with Unblock (the window passes it to the outbox).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Preferences &preferences, DisplaySettings &display, const CrisisLines &lines,
        const QString &systemCountry, QWidget *parent = nullptr);

    // The people the reader blocked, most recent first; an empty list says so. Signed out,
    // the section says that blocking needs an account.
    void setBlockedPeople(const QList<User> &people, bool signedIn);
    // Adds the Notifications section (desktop notifications per kind, quiet hours) before
    // Blocked people.
    void addNotificationSettings(QGroupBox *section);

    // The parts, for tests.
    QComboBox *colorSchemeBox() const { return m_colorScheme; }
    QComboBox *languageBox() const { return m_language; }
    QSlider *textSizeSlider() const { return m_textSize; }
    // "Takes effect when Hearth restarts.", beside the language and the text size.
    QLabel *restartNote() const { return m_restartNote; }
    QCheckBox *quietCountsBox() const { return m_quietCounts; }
    QCheckBox *blurBox() const { return m_blur; }
    QLineEdit *muteField() const { return m_muteField; }
    QListWidget *mutedList() const { return m_muted; }
    QComboBox *countryBox() const { return m_country; }
    QListWidget *blockedList() const { return m_blocked; }
    QPushButton *unblockButton() const { return m_unblock; }

    // Adds the word in the mute field to the list.
    void addMutedWord();
    void removeSelectedMutedWord();

Q_SIGNALS:
    void unblockRequested(const Hearth::User &user);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QGroupBox *buildLook();
    void showTextSize();
    QGroupBox *buildReading();
    QGroupBox *buildMuting();
    QGroupBox *buildCrisisLines(const CrisisLines &lines, const QString &systemCountry);
    QGroupBox *buildBlocking();
    void saveMutedWords();
    // Sized for every section, within the screen's free height.
    void fitToScreen();
    void updateButtons();

    Preferences &m_preferences;
    DisplaySettings &m_display;
    QWidget *m_sections = nullptr; // the groups, in m_scroll
    QScrollArea *m_scroll = nullptr;
    bool m_fitted = false; // sized for its sections at its first showing
    QList<User> m_blockedPeople;
    QComboBox *m_colorScheme;
    QSlider *m_textSize;
    QLabel *m_textSizeValue;
    QComboBox *m_language;
    QLabel *m_restartNote;
    QCheckBox *m_quietCounts;
    QCheckBox *m_blur;
    QLineEdit *m_muteField;
    QPushButton *m_addMuted;
    QListWidget *m_muted;
    QPushButton *m_removeMuted;
    QComboBox *m_country;
    QListWidget *m_blocked;
    QPushButton *m_unblock;
};

} // namespace Hearth
