#pragma once

#include "care/CrisisLine.h"

#include <QFrame>

class QLabel;

namespace Hearth {

class CrisisLines;

// A calm notice with the crisis lines of the reader's country: shown above a post or a
// comment thread that touches suicide or self-harm, and in the composer when a draft
// reads like a crisis. It never blocks anything, never alarms (no red, no icon of danger),
// and says plainly that Hearth is not a crisis service.
//
// The lines come from CrisisLines (resources/care); a country without lines shows the
// international directories. Phone numbers are tel: links and web pages https links,
// reachable with Tab; activating one emits linkActivated (the window opens it).
class CrisisNotice : public QFrame
{
    Q_OBJECT

public:
    // Where the notice is: it says a little more to someone writing than to someone reading.
    enum class Context { Reading, Writing };

    CrisisNotice(const CrisisLines &lines, Context context, QWidget *parent = nullptr);

    // ISO 3166-1 alpha-2; empty (or a country without lines) shows the international
    // directories.
    void setCountry(const QString &code);
    QString country() const { return m_country; }
    // Whether the notice says what it is about ("This touches on suicide or self-harm"); off,
    // it speaks more generally (for a thread, or a post the reader folded by a muted word).
    void setNamesTheSubject(bool names);
    // What the notice says, as plain text (its accessible description, and for tests).
    QString plainText() const;
    // Its quiet panel in a palette: the window's colour leaning a little toward the
    // highlight (the text and links on it are held to 4.5:1 by tst_appearance).
    static QColor background(const QPalette &palette);

Q_SIGNALS:
    void linkActivated(const QUrl &url);
    // "Change country" in the notice: the window opens the settings.
    void changeCountryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void applyColors();

    const CrisisLines &m_lines;
    Context m_context;
    bool m_namesTheSubject = true;
    QString m_country;
    QList<CrisisLine> m_shown;
    QLabel *m_intro;
    QLabel *m_list;
    QLabel *m_footer;
};

} // namespace Hearth
