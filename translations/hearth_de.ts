<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Hearth::AccountButton</name>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>&amp;Create an account…</source>
        <translation>&amp;Konto erstellen…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>A menu: sign in, create an account, or sign out.</source>
        <translation>Ein Menü: anmelden, ein Konto erstellen oder abmelden.</translation>
    </message>
    <message>
        <source>Signed in as %1 (@%2)</source>
        <translation>Angemeldet als %1 (@%2)</translation>
    </message>
    <message>
        <source>Account: signed in as %1</source>
        <translation>Konto: angemeldet als %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Account: not signed in</source>
        <translation>Konto: nicht angemeldet</translation>
    </message>
</context>
<context>
    <name>Hearth::ApiClient</name>
    <message>
        <source>The community took too long to answer. Please try again.</source>
        <translation>Die Community hat zu lange nicht geantwortet. Versuch es bitte noch einmal.</translation>
    </message>
    <message>
        <source>Can&apos;t reach the community right now. Hearth will try again when you&apos;re back online.</source>
        <translation>Die Community ist gerade nicht erreichbar. Hearth versucht es wieder, sobald du online bist.</translation>
    </message>
    <message>
        <source>The community&apos;s secure connection could not be checked, so Hearth did not connect.</source>
        <translation>Die sichere Verbindung der Community ließ sich nicht prüfen, deshalb hat Hearth sich nicht verbunden.</translation>
    </message>
    <message>
        <source>Something went wrong with the connection. Please try again.</source>
        <translation>Mit der Verbindung ist etwas schiefgegangen. Versuch es bitte noch einmal.</translation>
    </message>
    <message>
        <source>This community does not use a secure connection (HTTPS), so Hearth will not send your sign-in to it.</source>
        <translation>Diese Community nutzt keine sichere Verbindung (HTTPS), deshalb schickt Hearth deine Anmeldedaten nicht dorthin.</translation>
    </message>
    <message>
        <source>The community sent an answer Hearth could not read.</source>
        <translation>Die Community hat eine Antwort geschickt, die Hearth nicht lesen konnte.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Deine Sitzung ist abgelaufen. Bitte melde dich wieder an.</translation>
    </message>
    <message>
        <source>That handle and password don&apos;t match. Please check them and try again.</source>
        <translation>Benutzername und Passwort passen nicht zusammen. Prüf sie bitte und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>That handle is already taken. Please choose another one.</source>
        <translation>Diesen Benutzernamen gibt es schon. Bitte wähl einen anderen.</translation>
    </message>
    <message>
        <source>Only the person who wrote this can change it.</source>
        <translation>Nur die Person, die das geschrieben hat, kann es ändern.</translation>
    </message>
    <message>
        <source>This is no longer here. It may have been deleted.</source>
        <translation>Das ist nicht mehr da. Vielleicht wurde es gelöscht.</translation>
    </message>
    <message>
        <source>This was changed elsewhere while you were editing. Your text is kept: review the newer version and save again.</source>
        <translation>Das wurde woanders geändert, während du es bearbeitet hast. Dein Text bleibt erhalten: Sieh dir die neuere Fassung an und speichere noch einmal.</translation>
    </message>
    <message>
        <source>Too many attempts in a short time. Please wait a few minutes and try again.</source>
        <translation>Zu viele Versuche in kurzer Zeit. Warte bitte ein paar Minuten und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>This is too large to send.</source>
        <translation>Das ist zu groß zum Senden.</translation>
    </message>
    <message>
        <source>This kind of file can&apos;t be shared here.</source>
        <translation>Diese Art von Datei kann hier nicht geteilt werden.</translation>
    </message>
    <message>
        <source>Something went wrong on the community&apos;s side. Please try again later.</source>
        <translation>Bei der Community ist etwas schiefgegangen. Versuch es bitte später noch einmal.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Etwas ist schiefgegangen. Versuch es bitte noch einmal.</translation>
    </message>
</context>
<context>
    <name>Hearth::Appearance</name>
    <message>
        <source>Unknown color scheme &quot;%1&quot; (use system, light or dark): following the system.</source>
        <translation>Unbekanntes Farbschema „%1“ (möglich sind system, light oder dark): Hearth folgt dem System.</translation>
    </message>
</context>
<context>
    <name>Hearth::BlockListRefresh</name>
    <message>
        <source>You&apos;re offline. The list of people you blocked is as this computer last knew it.</source>
        <translation>Du bist offline. Die Liste der Personen, die du blockiert hast, ist auf dem Stand, den dieser Computer zuletzt kannte.</translation>
    </message>
    <message>
        <source>Hearth could not keep the list of people you blocked on this computer.</source>
        <translation>Hearth konnte die Liste der Personen, die du blockiert hast, nicht auf diesem Computer speichern.</translation>
    </message>
</context>
<context>
    <name>Hearth::CardMedia</name>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>See full photo</source>
        <translation>Ganzes Foto ansehen</translation>
    </message>
    <message>
        <source>Sensitive video: show</source>
        <translation>Sensibles Video: zeigen</translation>
    </message>
    <message>
        <source>Sensitive photo: show</source>
        <translation>Sensibles Foto: zeigen</translation>
    </message>
</context>
<context>
    <name>Hearth::CardMenu</name>
    <message>
        <source>Show post</source>
        <translation>Beitrag zeigen</translation>
    </message>
    <message>
        <source>Open post</source>
        <translation>Beitrag öffnen</translation>
    </message>
    <message>
        <source>&amp;React</source>
        <translation>&amp;Reagieren</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Open #%1</source>
        <translation>#%1 öffnen</translation>
    </message>
    <message>
        <source>View %1’s &amp;profile</source>
        <translation>&amp;Profil von %1 ansehen</translation>
    </message>
    <message>
        <source>Re&amp;port post…</source>
        <translation>Beitrag &amp;melden…</translation>
    </message>
    <message>
        <source>&amp;Block %1…</source>
        <translation>%1 &amp;blockieren…</translation>
    </message>
</context>
<context>
    <name>Hearth::CommentBox</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Cancel the reply</source>
        <translation>Antwort abbrechen</translation>
    </message>
    <message>
        <source>Write a comment</source>
        <translation>Kommentar schreiben</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends.</source>
        <translation>Strg+Eingabe sendet.</translation>
    </message>
    <message>
        <source>Send comment</source>
        <translation>Kommentar senden</translation>
    </message>
    <message>
        <source>Reply to %1…</source>
        <translation>Antwort an %1…</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Antwort schreiben…</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>Kommentar schreiben…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter); you will be asked to sign in</source>
        <translation>Senden (Strg+Eingabe); du wirst gebeten, dich anzumelden</translation>
    </message>
    <message numerus="yes">
        <source>%n characters too many</source>
        <translation>
            <numerusform>%n Zeichen zu viel</numerusform>
            <numerusform>%n Zeichen zu viel</numerusform>
        </translation>
    </message>
    <message>
        <source>Replying to a comment</source>
        <translation>Antwort auf einen Kommentar</translation>
    </message>
    <message>
        <source>Cancel the edit</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation>Antwort an %1</translation>
    </message>
    <message>
        <source>Editing your comment</source>
        <translation>Du bearbeitest deinen Kommentar</translation>
    </message>
</context>
<context>
    <name>Hearth::CommentDelegate</name>
    <message>
        <source>(edited)</source>
        <translation>(bearbeitet)</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Wartet aufs Senden</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Reply from %1</source>
        <translation>Antwort von %1</translation>
    </message>
    <message>
        <source>Comment from %1</source>
        <translation>Kommentar von %1</translation>
    </message>
    <message>
        <source>Content warning: %1</source>
        <translation>Inhaltswarnung: %1</translation>
    </message>
    <message>
        <source>Comment deleted</source>
        <translation>Kommentar gelöscht</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>folded. %1. Press Space to show it.</source>
        <extracomment>%1 says why, such as &quot;Content warning: loss&quot; or &quot;Hidden: matches a muted word&quot;</extracomment>
        <translation>zugeklappt. %1. Drück die Leertaste, um ihn zu zeigen.</translation>
    </message>
    <message>
        <source>Show comment</source>
        <translation>Kommentar zeigen</translation>
    </message>
</context>
<context>
    <name>Hearth::CommentThreadView</name>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Press R to reply to the selected comment, or the menu key for more.</source>
        <translation>Drück R, um auf den gewählten Kommentar zu antworten, oder die Menütaste für mehr.</translation>
    </message>
    <message>
        <source>Loading comments…</source>
        <translation>Kommentare werden geladen…</translation>
    </message>
    <message>
        <source>No comments yet. Be the first to say something kind.</source>
        <translation>Noch keine Kommentare. Sag du als Erstes etwas Freundliches.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Report comment…</source>
        <translation>Kommentar melden…</translation>
    </message>
    <message>
        <source>Block %1…</source>
        <translation>%1 blockieren…</translation>
    </message>
    <message numerus="yes">
        <source>%n new comments.</source>
        <translation>
            <numerusform>%n neuer Kommentar.</numerusform>
            <numerusform>%n neue Kommentare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions (menu key)</source>
        <translation>Aktionen (Menütaste)</translation>
    </message>
    <message>
        <source>Actions for %1’s comment</source>
        <extracomment>the &quot;…&quot; button on a comment; %1 is its author&apos;s name</extracomment>
        <translation>Aktionen für den Kommentar von %1</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>View %1’s profile</source>
        <extracomment>a person named in a comment; %1 is their handle, such as &quot;@river_stone&quot;</extracomment>
        <translation>Profil von %1 ansehen</translation>
    </message>
</context>
<context>
    <name>Hearth::CommentWrites</name>
    <message>
        <source>Your comment</source>
        <translation>Dein Kommentar</translation>
    </message>
    <message>
        <source>Your changes to a comment</source>
        <translation>Deine Änderungen an einem Kommentar</translation>
    </message>
    <message>
        <source>Deleting your comment</source>
        <translation>Löschen deines Kommentars</translation>
    </message>
</context>
<context>
    <name>Hearth::ComposerDialog</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Create a post</source>
        <translation>Beitrag erstellen</translation>
    </message>
    <message>
        <source>Share a</source>
        <translation>Was teilst du?</translation>
    </message>
    <message>
        <source>P&amp;ost</source>
        <translation>&amp;Beitrag</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>&amp;Geschichte</translation>
    </message>
    <message>
        <source>V&amp;ideo</source>
        <translation>V&amp;ideo</translation>
    </message>
    <message>
        <source>A short thought or a question</source>
        <translation>Ein kurzer Gedanke oder eine Frage</translation>
    </message>
    <message>
        <source>Long form, written in Markdown</source>
        <translation>Etwas Längeres, in Markdown geschrieben</translation>
    </message>
    <message>
        <source>A video, with a picture people see before they play it</source>
        <translation>Ein Video, mit einem Bild, das man sieht, bevor es abgespielt wird</translation>
    </message>
    <message>
        <source>Your unfinished post is back, as you left it.</source>
        <translation>Dein angefangener Beitrag ist wieder da, so wie du ihn verlassen hast.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>A few words that say what it is about</source>
        <translation>Ein paar Worte dazu, worum es geht</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Preview of the story</source>
        <translation>Vorschau der Geschichte</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>Topics for the post, such as #Therapy. Hashtags in the title and text count too.</source>
        <translation>Themen für den Beitrag, zum Beispiel #Therapie. Hashtags in Titel und Text zählen auch.</translation>
    </message>
    <message>
        <source>Content warning</source>
        <translation>Inhaltswarnung</translation>
    </message>
    <message>
        <source>Optional: what readers may want to know first, such as “loss”</source>
        <translation>Optional: wovor du warnen möchtest, z. B. „Verlust“</translation>
    </message>
    <message>
        <source>What the post still needs</source>
        <translation>Was dem Beitrag noch fehlt</translation>
    </message>
    <message>
        <source>Post (Ctrl+Enter)</source>
        <translation>Veröffentlichen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>&amp;Hashtags</source>
        <translation>&amp;Hashtags</translation>
    </message>
    <message>
        <source>Content &amp;warning</source>
        <translation>Inhalts&amp;warnung</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>What&apos;s on your mind?</source>
        <translation>Was beschäftigt dich?</translation>
    </message>
    <message>
        <source>Write a story</source>
        <translation>Eine Geschichte schreiben</translation>
    </message>
    <message>
        <source>Tell your story. Markdown works here: *emphasis*, lists, # headings.</source>
        <translation>Erzähl deine Geschichte. Markdown funktioniert hier: *Betonung*, Listen, # Überschriften.</translation>
    </message>
    <message>
        <source>Share a video</source>
        <translation>Ein Video teilen</translation>
    </message>
    <message>
        <source>A few words about the video (you can leave this empty)</source>
        <translation>Ein paar Worte zum Video (du kannst das auch leer lassen)</translation>
    </message>
    <message>
        <source>Sign in to post. Your draft is kept meanwhile.</source>
        <translation>Melde dich an, um zu veröffentlichen. Dein Entwurf bleibt so lange erhalten.</translation>
    </message>
    <message>
        <source>Add a title.</source>
        <translation>Gib einen Titel ein.</translation>
    </message>
    <message>
        <source>The title is too long.</source>
        <translation>Der Titel ist zu lang.</translation>
    </message>
    <message>
        <source>Write something in the text.</source>
        <translation>Schreib etwas in den Text.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>Der Text ist zu lang.</translation>
    </message>
    <message>
        <source>The content warning is too long.</source>
        <translation>Die Inhaltswarnung ist zu lang.</translation>
    </message>
    <message>
        <source>“%1” can&apos;t be a hashtag: use letters, digits and _, with at least one letter, and at most %2 of them.</source>
        <translation>„%1“ kann kein Hashtag sein: Nutze Buchstaben, Ziffern und _, mit mindestens einem Buchstaben und höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <source>Add a hashtag, such as #Therapy, so your post has a home.</source>
        <translation>Füg einen Hashtag hinzu, zum Beispiel #Therapie, damit dein Beitrag ein Zuhause hat.</translation>
    </message>
    <message numerus="yes">
        <source>A post can have at most %n hashtags: remove some.</source>
        <translation>
            <numerusform>Ein Beitrag kann höchstens %n Hashtag haben: Entferne einige.</numerusform>
            <numerusform>Ein Beitrag kann höchstens %n Hashtags haben: Entferne einige.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit your post</source>
        <translation>Deinen Beitrag bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+Enter)</source>
        <translation>Änderungen speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>No hashtags yet: a post needs at least one.</source>
        <translation>Noch keine Hashtags: Ein Beitrag braucht mindestens einen.</translation>
    </message>
    <message>
        <source>Appears in %1</source>
        <translation>Erscheint in %1</translation>
    </message>
    <message>
        <source>Hearth couldn&apos;t keep the post to send: %1 Your draft is kept.</source>
        <translation>Hearth konnte den Beitrag nicht zum Senden ablegen: %1 Dein Entwurf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Keep this draft?</source>
        <translation>Diesen Entwurf behalten?</translation>
    </message>
    <message>
        <source>Keep what you wrote? It will be here the next time you create a post.</source>
        <translation>Möchtest du behalten, was du geschrieben hast? Es ist dann beim nächsten Beitrag wieder da.</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Go &amp;back to writing</source>
        <translation>&amp;Weiterschreiben</translation>
    </message>
</context>
<context>
    <name>Hearth::ContentFold</name>
    <message>
        <source>Content warning: %1</source>
        <extracomment>%1 is the content warning its author wrote</extracomment>
        <translation>Inhaltswarnung: %1</translation>
    </message>
    <message>
        <source>Hidden: matches a muted word</source>
        <translation>Ausgeblendet: enthält ein stummgeschaltetes Wort</translation>
    </message>
    <message>
        <source>Sensitive topic: #%1</source>
        <extracomment>%1 is a hashtag such as SelfHarm</extracomment>
        <translation>Sensibles Thema: #%1</translation>
    </message>
</context>
<context>
    <name>Hearth::CountryNames</name>
    <message>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasilien</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Neuseeland</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
</context>
<context>
    <name>Hearth::Credentials</name>
    <message>
        <source>Your sign-in is kept safe in your keychain.</source>
        <translation>Deine Anmeldung ist sicher in deinem Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>Hearth couldn&apos;t find a keychain on this computer, so it can&apos;t remember your sign-in. You&apos;ll stay signed in until you quit Hearth, and you&apos;ll be asked to sign in again next time. To be remembered, install a keychain such as GNOME Keyring or KWallet.</source>
        <translation>Hearth hat auf diesem Computer keinen Schlüsselbund gefunden und kann sich deine Anmeldung deshalb nicht merken. Du bleibst angemeldet, bis du Hearth beendest, und wirst beim nächsten Mal wieder gefragt. Damit Hearth sich an dich erinnert, installiere einen Schlüsselbund wie GNOME Keyring oder KWallet.</translation>
    </message>
    <message>
        <source>Your keychain is locked, so Hearth can&apos;t use it to remember your sign-in. You&apos;ll stay signed in until you quit Hearth, and you&apos;ll be asked to sign in again next time. Unlock your keychain when it asks, and Hearth will remember you.</source>
        <translation>Dein Schlüsselbund ist gesperrt, deshalb kann Hearth sich deine Anmeldung nicht merken. Du bleibst angemeldet, bis du Hearth beendest, und wirst beim nächsten Mal wieder gefragt. Entsperre deinen Schlüsselbund, wenn er fragt, dann erinnert sich Hearth an dich.</translation>
    </message>
    <message>
        <source>Hearth wasn&apos;t allowed to use your keychain, so it can&apos;t remember your sign-in. You&apos;ll stay signed in until you quit Hearth, and you&apos;ll be asked to sign in again next time. To be remembered, allow Hearth when your keychain asks.</source>
        <translation>Hearth durfte deinen Schlüsselbund nicht benutzen und kann sich deine Anmeldung deshalb nicht merken. Du bleibst angemeldet, bis du Hearth beendest, und wirst beim nächsten Mal wieder gefragt. Damit Hearth sich an dich erinnert, erlaube es, wenn dein Schlüsselbund fragt.</translation>
    </message>
    <message>
        <source>Something went wrong with your keychain, so Hearth can&apos;t remember your sign-in. You&apos;ll stay signed in until you quit Hearth, and you&apos;ll be asked to sign in again next time.</source>
        <translation>Mit deinem Schlüsselbund ist etwas schiefgegangen, deshalb kann Hearth sich deine Anmeldung nicht merken. Du bleibst angemeldet, bis du Hearth beendest, und wirst beim nächsten Mal wieder gefragt.</translation>
    </message>
</context>
<context>
    <name>Hearth::CrisisLine</name>
    <message>
        <source>Text %1</source>
        <extracomment>%1 is a number to send a text message (SMS) to</extracomment>
        <translation>SMS an %1</translation>
    </message>
    <message>
        <source>Text %1 to %2</source>
        <extracomment>%1 is a word to send by text message (SMS), %2 the number to send it to</extracomment>
        <translation>Schreib %1 per SMS an %2</translation>
    </message>
</context>
<context>
    <name>Hearth::CrisisNotice</name>
    <message>
        <source>Support, if you need it</source>
        <translation>Unterstützung, wenn du sie brauchst</translation>
    </message>
    <message>
        <source>It sounds like things may be very hard right now. You don&apos;t have to carry it alone, and you don&apos;t have to wait: you can talk to someone today.</source>
        <translation>Es klingt, als wäre gerade vieles sehr schwer. Du musst das nicht allein tragen, und du musst nicht warten: Du kannst noch heute mit jemandem reden.</translation>
    </message>
    <message>
        <source>This touches on suicide or self-harm. If it brings something up for you, you can talk to someone today.</source>
        <translation>Hier geht es um Suizid oder Selbstverletzung. Wenn das etwas in dir auslöst, kannst du noch heute mit jemandem reden.</translation>
    </message>
    <message>
        <source>any time, day or night</source>
        <translation>jederzeit, Tag und Nacht</translation>
    </message>
    <message>
        <source>Lines for %1.</source>
        <translation>Krisentelefone für %1.</translation>
    </message>
    <message>
        <source>We don&apos;t have lines for your country yet: these directories list helplines around the world.</source>
        <translation>Für dein Land haben wir noch keine Krisentelefone: Diese Verzeichnisse nennen Hilfetelefone auf der ganzen Welt.</translation>
    </message>
    <message>
        <source>Hearth is not a crisis service. If you are in danger now, call your local emergency number.</source>
        <translation>Hearth ist kein Krisendienst. Wenn du gerade in Gefahr bist, ruf den Notruf an.</translation>
    </message>
    <message>
        <source>Change country</source>
        <translation>Land ändern</translation>
    </message>
    <message>
        <source>If anything here brings something up for you, you can talk to someone today.</source>
        <translation>Wenn dich hier etwas aufwühlt, kannst du noch heute mit jemandem sprechen.</translation>
    </message>
</context>
<context>
    <name>Hearth::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>Hearth::DirectoryPage</name>
    <message>
        <source>All topics</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>Filter topics by name or description</source>
        <translation>Themen nach Name oder Beschreibung filtern</translation>
    </message>
    <message>
        <source>Filter topics</source>
        <translation>Themen filtern</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Enter opens a topic; Space joins or leaves it; the context menu has more.</source>
        <translation>Eingabe öffnet ein Thema; Leertaste tritt ihm bei oder verlässt es; im Kontextmenü gibt es mehr.</translation>
    </message>
    <message>
        <source>No topic matches “%1”.</source>
        <translation>Kein Thema passt zu „%1“.</translation>
    </message>
    <message>
        <source>The community can&apos;t be reached, and no topics are saved on this computer yet. They will show here once Hearth is back online.</source>
        <translation>Die Community ist nicht erreichbar, und auf diesem Computer sind noch keine Themen gespeichert. Sie erscheinen hier, sobald Hearth wieder online ist.</translation>
    </message>
    <message>
        <source>The community can&apos;t be reached right now: these are the topics saved on this computer.</source>
        <translation>Die Community ist gerade nicht erreichbar: Das sind die Themen, die auf diesem Computer gespeichert sind.</translation>
    </message>
    <message>
        <source>&amp;Open topic</source>
        <translation>Thema ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Leave topic</source>
        <translation>Thema &amp;verlassen</translation>
    </message>
    <message>
        <source>&amp;Join topic</source>
        <translation>Thema &amp;beitreten</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
</context>
<context>
    <name>Hearth::DraftListModel</name>
    <message>
        <source>%1: %2</source>
        <comment>a draft: where, first words</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New post in %1</source>
        <translation>Neuer Beitrag in %1</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <source>Edit of “%1”</source>
        <translation>Änderung an „%1“</translation>
    </message>
    <message>
        <source>a post</source>
        <translation>ein Beitrag</translation>
    </message>
    <message>
        <source>Reply to a comment on “%1”</source>
        <translation>Antwort auf einen Kommentar zu „%1“</translation>
    </message>
    <message>
        <source>Comment on “%1”</source>
        <translation>Kommentar zu „%1“</translation>
    </message>
</context>
<context>
    <name>Hearth::DraftRowDelegate</name>
    <message>
        <source>(nothing written yet)</source>
        <translation>(noch nichts geschrieben)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert am %1</translation>
    </message>
</context>
<context>
    <name>Hearth::DraftsPage</name>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>No drafts. What you write is kept here as you type, until it is posted or you let it go.</source>
        <translation>Keine Entwürfe. Was du schreibst, wird hier schon beim Tippen aufbewahrt, bis es veröffentlicht ist oder du es loslässt.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Weiterschreiben</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Enter resumes a draft; Delete removes it.</source>
        <translation>Eingabe nimmt einen Entwurf wieder auf; Entf löscht ihn.</translation>
    </message>
    <message>
        <source>Takes up the chosen draft again.</source>
        <translation>Nimmt den gewählten Entwurf wieder auf.</translation>
    </message>
    <message>
        <source>Deletes the chosen draft, after asking.</source>
        <translation>Löscht den gewählten Entwurf, nach einer Rückfrage.</translation>
    </message>
    <message>
        <source>Delete this draft?</source>
        <translation>Diesen Entwurf löschen?</translation>
    </message>
    <message>
        <source>“%1” will be gone from this computer. This can&apos;t be undone.</source>
        <translation>„%1“ verschwindet dann von diesem Computer. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>Hearth::FeedModel</name>
    <message>
        <source>From the community team.</source>
        <translation>Vom Community-Team.</translation>
    </message>
    <message>
        <source>Edited.</source>
        <translation>Bearbeitet.</translation>
    </message>
    <message>
        <source>Content warning: %1</source>
        <translation>Inhaltswarnung: %1</translation>
    </message>
    <message>
        <source>With a video.</source>
        <translation>Mit einem Video.</translation>
    </message>
    <message>
        <source>With a photo: %1</source>
        <translation>Mit einem Foto: %1</translation>
    </message>
    <message>
        <source>With a photo.</source>
        <translation>Mit einem Foto.</translation>
    </message>
    <message>
        <source>Waiting to send.</source>
        <translation>Wartet aufs Senden.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes ago</source>
        <translation>
            <numerusform>vor %Ln Minute</numerusform>
            <numerusform>vor %Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours ago</source>
        <translation>
            <numerusform>vor %Ln Stunde</numerusform>
            <numerusform>vor %Ln Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2” by %3, %4.</source>
        <comment>kind, title, author, when</comment>
        <translation>%1 „%2“ von %3, %4.</translation>
    </message>
    <message>
        <source>%1 “%2” by %3, %4, with %5 and %6.</source>
        <comment>kind, title, author, when, reactions, comments</comment>
        <translation>%1 „%2“ von %3, %4, mit %5 und %6.</translation>
    </message>
</context>
<context>
    <name>Hearth::HashtagField</name>
    <message>
        <source>#Therapy #SmallWins</source>
        <translation>#Therapie #KleineSchritte</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Hearth::LimitCounter</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n too many)</source>
        <translation>
            <numerusform>%1 (%n zu viel)</numerusform>
            <numerusform>%1 (%n zu viel)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of at most %2 characters</source>
        <translation>%1 von höchstens %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>Hearth::MainWindow</name>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to send what is waiting.</source>
        <translation>Deine Sitzung ist abgelaufen. Melde dich wieder an, um zu senden, was noch wartet.</translation>
    </message>
    <message>
        <source>Your sign-in can&apos;t be kept</source>
        <translation>Deine Anmeldung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>You can write now; posting needs you to sign in. Your draft is kept.</source>
        <translation>Du kannst jetzt schreiben; zum Veröffentlichen musst du dich anmelden. Dein Entwurf bleibt erhalten.</translation>
    </message>
    <message>
        <source>this post by %1</source>
        <translation>diesem Beitrag von %1</translation>
    </message>
    <message>
        <source>this comment by %1</source>
        <translation>diesem Kommentar von %1</translation>
    </message>
    <message>
        <source>Draft deleted.</source>
        <translation>Entwurf gelöscht.</translation>
    </message>
    <message>
        <source>That post is not on this computer any more: open it once to edit it.</source>
        <translation>Dieser Beitrag ist nicht mehr auf diesem Computer: Öffne ihn einmal, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <source>This has no link yet: it is still on its way to the community.</source>
        <translation>Das hat noch keinen Link: Es ist noch auf dem Weg zur Community.</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Link kopiert.</translation>
    </message>
    <message>
        <source>Hearth can&apos;t open “%1”: it is not a Hearth link. Hearth links start with “hearth:”.</source>
        <translation>Hearth kann „%1“ nicht öffnen: Das ist kein Hearth-Link. Hearth-Links beginnen mit „hearth:“.</translation>
    </message>
    <message>
        <source>Hearth can&apos;t open this link: it is damaged or incomplete. Ask for it to be copied again.</source>
        <translation>Hearth kann diesen Link nicht öffnen: Er ist beschädigt oder unvollständig. Bitte darum, ihn noch einmal zu kopieren.</translation>
    </message>
    <message>
        <source>This link is for the community at %1, and Hearth is connected to %2. To open it, start Hearth with --server %1.</source>
        <translation>Dieser Link gehört zur Community unter %1, Hearth ist aber mit %2 verbunden. Um ihn zu öffnen, starte Hearth mit --server %1.</translation>
    </message>
    <message>
        <source>Can&apos;t open the link</source>
        <translation>Link lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>The picture could not be read.</source>
        <translation>Das Bild konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Sending your picture…</source>
        <translation>Dein Bild wird gesendet…</translation>
    </message>
    <message>
        <source>Your picture could not be sent: %1 Your other changes are kept.</source>
        <translation>Dein Bild konnte nicht gesendet werden: %1 Deine anderen Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Your picture is up.</source>
        <translation>Dein Bild ist hochgeladen.</translation>
    </message>
</context>
<context>
    <name>Hearth::MediaPicker</name>
    <message>
        <source>Choose a &amp;video…</source>
        <translation>&amp;Video auswählen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>B&amp;eschreibung</translation>
    </message>
    <message>
        <source>&amp;Blur it until someone chooses to see it</source>
        <translation>&amp;Unscharf zeigen, bis jemand es sehen möchte</translation>
    </message>
    <message>
        <source>Remove the picked files</source>
        <translation>Die gewählten Dateien entfernen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Problem mit der Datei</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>A few words about what it shows help people who use a screen reader. You can post without them.</source>
        <translation>Ein paar Worte dazu, was zu sehen ist, helfen Menschen, die einen Screenreader nutzen. Du kannst auch ohne sie veröffentlichen.</translation>
    </message>
    <message>
        <source>Videos are shared as they are: the file may carry details that the app which recorded it put in, such as where it was made.</source>
        <translation>Videos werden so geteilt, wie sie sind: Die Datei kann Angaben enthalten, die die aufnehmende App hineingeschrieben hat, etwa wo sie entstanden ist.</translation>
    </message>
    <message>
        <source>Hearth can&apos;t find %1.</source>
        <translation>Hearth kann %1 nicht finden.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is %2, and a photo can be at most %3. A smaller copy will do.</source>
        <translation>%1 ist %2 groß, ein Foto darf höchstens %3 haben. Eine kleinere Kopie reicht.</translation>
    </message>
    <message>
        <source>Hearth can&apos;t open %1: %2</source>
        <translation>Hearth kann %1 nicht öffnen: %2</translation>
    </message>
    <message>
        <source>%1 isn&apos;t a picture Hearth can share. Choose a JPEG, PNG, WebP or GIF picture.</source>
        <translation>%1 ist kein Bild, das Hearth teilen kann. Wähl ein JPEG-, PNG-, WebP- oder GIF-Bild.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be opened: the file may be damaged.</source>
        <translation>%1 lässt sich nicht öffnen: Die Datei ist vielleicht beschädigt.</translation>
    </message>
    <message>
        <source>%1 is too large a picture (%2 × %3 pixels). A picture can be at most %4 pixels on a side and %5 megapixels.</source>
        <translation>%1 ist ein zu großes Bild (%2 × %3 Pixel). Ein Bild darf höchstens %4 Pixel pro Seite und %5 Megapixel haben.</translation>
    </message>
    <message>
        <source>%1 is incomplete: it may not have finished copying.</source>
        <translation>%1 ist unvollständig: Vielleicht wurde die Datei nicht fertig kopiert.</translation>
    </message>
    <message>
        <source>%1 is %2, and a video can be at most %3. A shorter clip will do.</source>
        <translation>%1 ist %2 groß, ein Video darf höchstens %3 haben. Ein kürzerer Ausschnitt reicht.</translation>
    </message>
    <message>
        <source>%1 isn&apos;t a video Hearth can share. Choose an MP4 or WebM video.</source>
        <translation>%1 ist kein Video, das Hearth teilen kann. Wähl ein MP4- oder WebM-Video.</translation>
    </message>
    <message>
        <source>%1 is a video. To share a video, choose Video as the kind of post.</source>
        <translation>%1 ist ein Video. Um ein Video zu teilen, wähl oben „Video“.</translation>
    </message>
    <message>
        <source>Choose the video to share, and a picture for its poster.</source>
        <translation>Wähl das Video, das du teilen möchtest, und ein Vorschaubild dafür.</translation>
    </message>
    <message>
        <source>Choose the video to share.</source>
        <translation>Wähl das Video, das du teilen möchtest.</translation>
    </message>
    <message>
        <source>Choose a picture for the video&apos;s poster: people see it before they play the video.</source>
        <translation>Wähl ein Vorschaubild für das Video: Man sieht es, bevor das Video abgespielt wird.</translation>
    </message>
    <message>
        <source>The description is too long.</source>
        <translation>Die Beschreibung ist zu lang.</translation>
    </message>
    <message>
        <source>Choose a video</source>
        <translation>Video auswählen</translation>
    </message>
    <message>
        <source>Choose a poster picture</source>
        <translation>Vorschaubild auswählen</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Foto auswählen</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.webm)</source>
        <translation>Videos (*.mp4 *.webm)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.gif)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp *.gif)</translation>
    </message>
    <message>
        <source>Change the &amp;poster…</source>
        <translation>Vorschaubild &amp;ändern…</translation>
    </message>
    <message>
        <source>Choose a &amp;poster…</source>
        <translation>Vorschaubild &amp;auswählen…</translation>
    </message>
    <message>
        <source>Change the &amp;photo…</source>
        <translation>&amp;Foto ändern…</translation>
    </message>
    <message>
        <source>Add a &amp;photo…</source>
        <translation>&amp;Foto hinzufügen…</translation>
    </message>
    <message>
        <source>Change the &amp;video…</source>
        <translation>&amp;Video ändern…</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>No poster yet</source>
        <translation>Noch kein Vorschaubild</translation>
    </message>
    <message>
        <source>Video: %1 (%2)</source>
        <translation>Video: %1 (%2)</translation>
    </message>
    <message>
        <source>Poster: %1 (%2)</source>
        <translation>Vorschaubild: %1 (%2)</translation>
    </message>
    <message>
        <source>Photo: %1 (%2)</source>
        <translation>Foto: %1 (%2)</translation>
    </message>
    <message>
        <source>What happens in the video</source>
        <translation>Was im Video passiert</translation>
    </message>
    <message>
        <source>What the photo shows</source>
        <translation>Was auf dem Foto zu sehen ist</translation>
    </message>
    <message>
        <source>Location in the photo</source>
        <translation>Ortsangaben im Foto</translation>
    </message>
    <message>
        <source>This poster picture holds location information, such as where it was taken. It is removed when you post, before anyone sees the picture.</source>
        <translation>Dieses Vorschaubild enthält Ortsangaben, zum Beispiel wo es aufgenommen wurde. Sie werden beim Veröffentlichen entfernt, bevor jemand das Bild sieht.</translation>
    </message>
    <message>
        <source>This photo holds location information, such as where it was taken. It is removed when you post, before anyone sees the photo.</source>
        <translation>Dieses Foto enthält Ortsangaben, zum Beispiel wo es aufgenommen wurde. Sie werden beim Veröffentlichen entfernt, bevor jemand das Foto sieht.</translation>
    </message>
</context>
<context>
    <name>Hearth::MembershipWrites</name>
    <message>
        <source>Joining %1</source>
        <translation>Beitritt zu %1</translation>
    </message>
    <message>
        <source>Leaving %1</source>
        <translation>Austritt aus %1</translation>
    </message>
    <message>
        <source>A newsletter subscription</source>
        <translation>Ein Newsletter-Abo</translation>
    </message>
</context>
<context>
    <name>Hearth::NewslettersDialog</name>
    <message>
        <source>once a month</source>
        <translation>einmal im Monat</translation>
    </message>
    <message>
        <source>once a week</source>
        <translation>einmal pro Woche</translation>
    </message>
    <message>
        <source>Sign in to subscribe…</source>
        <translation>Zum Abonnieren anmelden…</translation>
    </message>
    <message>
        <source>Newsletters of %1</source>
        <translation>Newsletter von %1</translation>
    </message>
    <message>
        <source>Newsletters</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Looking for the newsletters of %1…</source>
        <translation>Newsletter von %1 werden gesucht…</translation>
    </message>
    <message>
        <source>The newsletters can&apos;t be loaded while you&apos;re offline.</source>
        <translation>Die Newsletter können nicht geladen werden, solange du offline bist.</translation>
    </message>
    <message>
        <source>Arrives %1.</source>
        <translation>Erscheint %1.</translation>
    </message>
    <message>
        <source>%1, %2. %3</source>
        <translation>%1, %2. %3</translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>abonniert</translation>
    </message>
    <message>
        <source>not subscribed</source>
        <translation>nicht abonniert</translation>
    </message>
    <message>
        <source>%1 has no newsletters yet.</source>
        <translation>%1 hat noch keine Newsletter.</translation>
    </message>
    <message>
        <source>Newsletters bring the best of %1 to you. Sign in to subscribe.</source>
        <translation>Newsletter bringen dir das Beste aus %1. Melde dich an, um sie zu abonnieren.</translation>
    </message>
    <message>
        <source>Tick a newsletter to receive it; untick it to stop.</source>
        <translation>Hak einen Newsletter an, um ihn zu bekommen; entferne den Haken, um ihn abzubestellen.</translation>
    </message>
    <message>
        <source>Space ticks the selected newsletter, or unticks it.</source>
        <translation>Die Leertaste hakt den gewählten Newsletter an oder ab.</translation>
    </message>
</context>
<context>
    <name>Hearth::NotificationBell</name>
    <message>
        <source>99+</source>
        <translation>99+</translation>
    </message>
    <message numerus="yes">
        <source>Notifications, %n unread</source>
        <translation>
            <numerusform>Benachrichtigungen, %n ungelesen</numerusform>
            <numerusform>Benachrichtigungen, %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>Hearth::NotificationPopups</name>
    <message numerus="yes">
        <source>%n new notifications</source>
        <translation>
            <numerusform>%n neue Benachrichtigung</numerusform>
            <numerusform>%n neue Benachrichtigungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::NotificationSettingsBox</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;Quiet hours: no desktop notifications from</source>
        <translation>&amp;Ruhezeiten: keine Desktop-Benachrichtigungen von</translation>
    </message>
    <message>
        <source>Tell me on the desktop, while Hearth&apos;s window is not in front, when someone:</source>
        <translation>Sag mir auf dem Desktop Bescheid, wenn das Fenster von Hearth nicht im Vordergrund ist und jemand:</translation>
    </message>
    <message>
        <source>comments on my posts</source>
        <translation>meine Beiträge kommentiert</translation>
    </message>
    <message>
        <source>replies to my comments</source>
        <translation>auf meine Kommentare antwortet</translation>
    </message>
    <message>
        <source>reacts to my posts</source>
        <translation>auf meine Beiträge reagiert</translation>
    </message>
    <message>
        <source>mentions me</source>
        <translation>mich erwähnt</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>Ruhezeit ab</translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation>Ruhezeit bis</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>The bell in the toolbar still counts what arrives.</source>
        <translation>Die Glocke in der Werkzeugleiste zählt trotzdem weiter, was ankommt.</translation>
    </message>
</context>
<context>
    <name>Hearth::NotificationWording</name>
    <message>
        <source>hearts</source>
        <translation>Herzen</translation>
    </message>
    <message>
        <source>hugs</source>
        <translation>Umarmungen</translation>
    </message>
    <message>
        <source>me-toos</source>
        <extracomment>reactions that say &quot;me too&quot;, as in &quot;River and 2 others sent me-toos&quot;</extracomment>
        <translation>„Ich auch“</translation>
    </message>
    <message>
        <source>strength</source>
        <extracomment>as in &quot;River and 2 others sent strength&quot;</extracomment>
        <translation>Kraft</translation>
    </message>
    <message>
        <source>thoughts</source>
        <extracomment>as in &quot;River and 2 others sent thoughts&quot; (the reaction &quot;Thinking of you&quot;)</extracomment>
        <translation>Gedanken</translation>
    </message>
    <message>
        <source>reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>the last two of a list: &quot;hugs and hearts&quot;; %1 is the list before the last (joined with &quot;, &quot;), %2 the last</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 replied to your post</source>
        <translation>%1 hat auf deinen Beitrag geantwortet</translation>
    </message>
    <message>
        <source>%1 replied to your comment</source>
        <translation>%1 hat auf deinen Kommentar geantwortet</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 hat dich erwähnt</translation>
    </message>
    <message>
        <source>%1 sent %2</source>
        <extracomment>%1 is a person, %2 what they sent (&quot;hugs&quot;)</extracomment>
        <translation>%1 hat %2 geschickt</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n others sent %2</source>
        <extracomment>%1 is a person, %n how many others reacted, %2 what they sent (&quot;hugs and hearts&quot;)</extracomment>
        <translation>
            <numerusform>%1 und %n weitere Person haben %2 geschickt</numerusform>
            <numerusform>%1 und %n weitere Personen haben %2 geschickt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2, unread</source>
        <extracomment>a notification not read yet, for screen readers: %1 says what happened, %2 when</extracomment>
        <translation>%1, %2, ungelesen</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>a notification&apos;s post, by its title</extracomment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a notification&apos;s preview: %1 is the post (&quot;“Small steps”&quot;), %2 the first words of the comment or the post</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <extracomment>a notification for screen readers: %1 says what happened, %2 its preview</extracomment>
        <translation>%1. %2.</translation>
    </message>
</context>
<context>
    <name>Hearth::NotificationWrites</name>
    <message>
        <source>Marking notifications read</source>
        <translation>Benachrichtigungen werden als gelesen markiert</translation>
    </message>
</context>
<context>
    <name>Hearth::NotificationsPage</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Sign in to see when someone replies to you, reacts to your posts or mentions you.</source>
        <translation>Melde dich an, um zu sehen, wenn jemand dir antwortet, auf deine Beiträge reagiert oder dich erwähnt.</translation>
    </message>
    <message>
        <source>Nothing yet. When someone replies to you, reacts to your posts or mentions you, it shows here.</source>
        <translation>Noch nichts da. Wenn jemand dir antwortet, auf deine Beiträge reagiert oder dich erwähnt, erscheint es hier.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>View %1’s profile</source>
        <extracomment>%1 is the person a notification is about</extracomment>
        <translation>Profil von %1 ansehen</translation>
    </message>
</context>
<context>
    <name>Hearth::PhotoViewer</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show photo</source>
        <translation>Foto zeigen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>This photo may be sensitive.</source>
        <translation>Dieses Foto ist vielleicht sensibel.</translation>
    </message>
    <message>
        <source>The photo is blurred until you choose to see it.</source>
        <translation>Das Foto bleibt unscharf, bis du es sehen möchtest.</translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation>Foto wird geladen…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Loading the full photo…</source>
        <translation>Ganzes Foto wird geladen…</translation>
    </message>
    <message>
        <source>This photo is no longer here. It may have been deleted.</source>
        <translation>Dieses Foto ist nicht mehr da. Vielleicht wurde es gelöscht.</translation>
    </message>
    <message>
        <source>This photo could not be loaded: %1</source>
        <translation>Dieses Foto konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>This photo can&apos;t be shown: the file is damaged, or it is not a kind of picture Hearth opens.</source>
        <translation>Dieses Foto kann nicht angezeigt werden: Die Datei ist beschädigt oder keine Bildart, die Hearth öffnet.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Hearth::PostCardDelegate</name>
    <message>
        <source>Read more</source>
        <translation>Weiterlesen</translation>
    </message>
    <message>
        <source>React</source>
        <translation>Reagieren</translation>
    </message>
    <message>
        <source>Open the #%1 topic</source>
        <translation>Das Thema #%1 öffnen</translation>
    </message>
    <message>
        <source>Click to take back your reaction (“%1”); right-click or press and hold to choose another.</source>
        <translation>Klick, um deine Reaktion („%1“) zurückzunehmen; Rechtsklick oder gedrückt halten, um eine andere zu wählen.</translation>
    </message>
    <message>
        <source>Click to react with “%1”; right-click or press and hold to choose another reaction.</source>
        <translation>Klick, um mit „%1“ zu reagieren; Rechtsklick oder gedrückt halten, um eine andere Reaktion zu wählen.</translation>
    </message>
    <message>
        <source>Community team</source>
        <translation>Community-Team</translation>
    </message>
    <message>
        <source>Show post</source>
        <translation>Beitrag zeigen</translation>
    </message>
</context>
<context>
    <name>Hearth::PostMediaView</name>
    <message>
        <source>Sensitive photo: show</source>
        <translation>Sensibles Foto: zeigen</translation>
    </message>
    <message>
        <source>Show the sensitive photo</source>
        <translation>Das sensible Foto zeigen</translation>
    </message>
    <message>
        <source>The photo is blurred until you choose to see it.</source>
        <translation>Das Foto bleibt unscharf, bis du es sehen möchtest.</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video: %1</source>
        <translation>Video: %1</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>Foto: %1</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensibel</translation>
    </message>
    <message>
        <source>Play video</source>
        <translation>Video abspielen</translation>
    </message>
    <message>
        <source>See full photo</source>
        <translation>Ganzes Foto ansehen</translation>
    </message>
</context>
<context>
    <name>Hearth::PostPage</name>
    <message>
        <source>Delete comment</source>
        <translation>Kommentar löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>Beitrag löschen</translation>
    </message>
    <message>
        <source>Delete your post “%1” and its comments? This cannot be undone.</source>
        <translation>Deinen Beitrag „%1“ und seine Kommentare löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete your comment? This cannot be undone.</source>
        <translation>Deinen Kommentar löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>Hearth::PostView</name>
    <message>
        <source>Post text</source>
        <translation>Text des Beitrags</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>&amp;Edit post</source>
        <translation>Beitrag &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete post</source>
        <translation>Beitrag &amp;löschen</translation>
    </message>
    <message>
        <source>Change the title, the text or the hashtags.</source>
        <translation>Titel, Text oder Hashtags ändern.</translation>
    </message>
    <message>
        <source>Removes the post and its comments.</source>
        <translation>Entfernt den Beitrag und seine Kommentare.</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>More actions for this post</source>
        <translation>Weitere Aktionen für diesen Beitrag</translation>
    </message>
    <message>
        <source>Re&amp;port post…</source>
        <translation>Beitrag &amp;melden…</translation>
    </message>
    <message>
        <source>&amp;Block %1…</source>
        <translation>%1 &amp;blockieren…</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation>&amp;Blockieren…</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Folded post</source>
        <translation>Zugeklappter Beitrag</translation>
    </message>
    <message>
        <source>Show post</source>
        <translation>Beitrag zeigen</translation>
    </message>
    <message>
        <source>Loading the post…</source>
        <translation>Beitrag wird geladen…</translation>
    </message>
    <message>
        <source>This post is not saved on this computer yet. It will show when Hearth can reach the community.</source>
        <translation>Dieser Beitrag ist noch nicht auf diesem Computer gespeichert. Er erscheint, sobald Hearth die Community erreicht.</translation>
    </message>
    <message>
        <source>This post is not available. It may have been deleted.</source>
        <translation>Dieser Beitrag ist nicht verfügbar. Vielleicht wurde er gelöscht.</translation>
    </message>
    <message>
        <source>Content warning: %1</source>
        <translation>Inhaltswarnung: %1</translation>
    </message>
    <message>
        <source>Topic %1</source>
        <translation>Thema %1</translation>
    </message>
    <message>
        <source>Remove your reaction</source>
        <translation>Deine Reaktion zurücknehmen</translation>
    </message>
    <message>
        <source>React: %1</source>
        <translation>Reagieren: %1</translation>
    </message>
    <message>
        <source>React: %1 (you will be asked to sign in)</source>
        <translation>Reagieren: %1 (du wirst gebeten, dich anzumelden)</translation>
    </message>
    <message>
        <source>From the community team</source>
        <translation>Vom Community-Team</translation>
    </message>
    <message>
        <source>%1 “%2” by %3, %4.</source>
        <comment>kind, title, author, when</comment>
        <translation>%1 „%2“ von %3, %4.</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>View %1’s &amp;profile</source>
        <translation>&amp;Profil von %1 ansehen</translation>
    </message>
    <message>
        <source>View the author’s &amp;profile</source>
        <translation>&amp;Profil der Person ansehen, die das geschrieben hat</translation>
    </message>
    <message>
        <source>%1’s page</source>
        <translation>Seite von %1</translation>
    </message>
    <message>
        <source>View %1’s profile</source>
        <translation>Profil von %1 ansehen</translation>
    </message>
</context>
<context>
    <name>Hearth::PostWording</name>
    <message>
        <source>Story</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reactions</source>
        <translation>
            <numerusform>%Ln Reaktion</numerusform>
            <numerusform>%Ln Reaktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln comments</source>
        <translation>
            <numerusform>%Ln Kommentar</numerusform>
            <numerusform>%Ln Kommentare</numerusform>
        </translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(bearbeitet)</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Wartet aufs Senden</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
</context>
<context>
    <name>Hearth::PostWrites</name>
    <message>
        <source>Your new post</source>
        <translation>Dein neuer Beitrag</translation>
    </message>
    <message>
        <source>Your new post “%1”</source>
        <translation>Dein neuer Beitrag „%1“</translation>
    </message>
    <message>
        <source>Your changes to a post</source>
        <translation>Deine Änderungen an einem Beitrag</translation>
    </message>
    <message>
        <source>Deleting your post</source>
        <translation>Löschen deines Beitrags</translation>
    </message>
</context>
<context>
    <name>Hearth::ProfileEditor</name>
    <message>
        <source>Show the topics I follow on my page</source>
        <translation>Die Themen, denen ich folge, auf meiner Seite zeigen</translation>
    </message>
    <message>
        <source>Choose a &amp;picture…</source>
        <translation>&amp;Bild auswählen…</translation>
    </message>
    <message>
        <source>&amp;Remove picture</source>
        <translation>Bild &amp;entfernen</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>A few words about you, if you like</source>
        <translation>Ein paar Worte über dich, wenn du magst</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Über mich</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Bio</source>
        <translation>Über &amp;mich</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Bild auswählen</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>This picture says where it was taken. The community removes that when it is uploaded.</source>
        <translation>Dieses Bild verrät, wo es aufgenommen wurde. Die Community entfernt das beim Hochladen.</translation>
    </message>
</context>
<context>
    <name>Hearth::ProfilePage</name>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Which of their posts the page shows: all, stories, posts or videos.</source>
        <translation>Welche Beiträge der Person die Seite zeigt: alle, Geschichten, Beiträge oder Videos.</translation>
    </message>
    <message>
        <source>Their posts</source>
        <translation>Beiträge der Person</translation>
    </message>
    <message>
        <source>Joined %1</source>
        <translation>Dabei seit %1</translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n Beitrag</numerusform>
            <numerusform>%n Beiträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n Geschichte</numerusform>
            <numerusform>%n Geschichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n videos</source>
        <translation>
            <numerusform>%n Video</numerusform>
            <numerusform>%n Videos</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Follows %1</source>
        <translation>Folgt %1</translation>
    </message>
    <message>
        <source>No one here</source>
        <translation>Niemand hier</translation>
    </message>
    <message>
        <source>Un&amp;block</source>
        <translation>Nicht mehr &amp;blockieren</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation>&amp;Blockieren…</translation>
    </message>
    <message>
        <source>%1’s picture</source>
        <translation>Bild von %1</translation>
    </message>
    <message>
        <source>There is no one called @%1 in this community.</source>
        <translation>In dieser Community gibt es niemanden namens @%1.</translation>
    </message>
    <message>
        <source>You&apos;re offline: this is what Hearth saved of this page. It is brought up to date once you&apos;re connected.</source>
        <translation>Du bist offline: Das hat Hearth von dieser Seite gespeichert. Sie wird aktualisiert, sobald du verbunden bist.</translation>
    </message>
    <message>
        <source>You&apos;re offline, and nothing of @%1 is saved on this computer yet. It will appear here once you&apos;re connected.</source>
        <translation>Du bist offline, und von @%1 ist noch nichts auf diesem Computer gespeichert. Es erscheint hier, sobald du verbunden bist.</translation>
    </message>
    <message>
        <source>You blocked this person: their posts are hidden from you.</source>
        <translation>Du hast diese Person blockiert: Ihre Beiträge sind für dich ausgeblendet.</translation>
    </message>
    <message>
        <source>There is no one called @%1 here.</source>
        <translation>Hier gibt es niemanden namens @%1.</translation>
    </message>
    <message>
        <source>You blocked this person, so their posts are hidden.</source>
        <translation>Du hast diese Person blockiert, deshalb sind ihre Beiträge ausgeblendet.</translation>
    </message>
    <message>
        <source>None of their posts are saved on this computer yet.</source>
        <translation>Von ihren Beiträgen ist noch keiner auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No stories yet.</source>
        <translation>Noch keine Geschichten.</translation>
    </message>
    <message>
        <source>No posts yet.</source>
        <translation>Noch keine Beiträge.</translation>
    </message>
    <message>
        <source>No videos yet.</source>
        <translation>Noch keine Videos.</translation>
    </message>
    <message>
        <source>Nothing shared yet.</source>
        <translation>Noch nichts geteilt.</translation>
    </message>
</context>
<context>
    <name>Hearth::ProfileWrites</name>
    <message>
        <source>Your profile</source>
        <translation>Dein Profil</translation>
    </message>
</context>
<context>
    <name>Hearth::ReactionIcons</name>
    <message>
        <source>Heart</source>
        <translation>Herz</translation>
    </message>
    <message>
        <source>Hug</source>
        <translation>Umarmung</translation>
    </message>
    <message>
        <source>Me too</source>
        <translation>Ich auch</translation>
    </message>
    <message>
        <source>Sending strength</source>
        <translation>Kraft für dich</translation>
    </message>
    <message>
        <source>Thinking of you</source>
        <translation>Ich denk an dich</translation>
    </message>
</context>
<context>
    <name>Hearth::ReactionPill</name>
    <message>
        <source>%1, %2, your reaction</source>
        <extracomment>a reaction&apos;s pill for screen readers: %1 is its name (&quot;Hug&quot;), %2 how many gave it</extracomment>
        <translation>%1, %2, deine Reaktion</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, your reaction</source>
        <translation>%1, deine Reaktion</translation>
    </message>
</context>
<context>
    <name>Hearth::ReactionWrites</name>
    <message>
        <source>Your reaction</source>
        <translation>Deine Reaktion</translation>
    </message>
</context>
<context>
    <name>Hearth::RecoveryNotice</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>What Hearth repaired</source>
        <translation>Was Hearth repariert hat</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Diesen Hinweis schließen</translation>
    </message>
    <message>
        <source>Hearth found its saved copy of the community damaged and made a fresh one.</source>
        <translation>Hearth hat seine gespeicherte Kopie der Community beschädigt vorgefunden und eine neue angelegt.</translation>
    </message>
    <message>
        <source>Hearth could not find the file that keeps your unsent changes and drafts, and started a new one.</source>
        <translation>Hearth hat die Datei mit deinen nicht gesendeten Änderungen und Entwürfen nicht gefunden und eine neue angelegt.</translation>
    </message>
    <message>
        <source>Hearth found the file that keeps your unsent changes and drafts damaged, and repaired it.</source>
        <translation>Hearth hat die Datei mit deinen nicht gesendeten Änderungen und Entwürfen beschädigt vorgefunden und repariert.</translation>
    </message>
    <message>
        <source>Saved posts come back from the community as soon as Hearth can reach it.</source>
        <translation>Gespeicherte Beiträge kommen von der Community zurück, sobald Hearth sie erreicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s) could be recovered, but some of your unsent changes or drafts may not have been. Please look over what you wrote recently.</source>
        <translation>
            <numerusform>%n nicht gesendete Änderung konnte wiederhergestellt werden, manche deiner nicht gesendeten Änderungen oder Entwürfe aber vielleicht nicht. Schau bitte durch, was du zuletzt geschrieben hast.</numerusform>
            <numerusform>%n nicht gesendete Änderungen konnten wiederhergestellt werden, manche deiner nicht gesendeten Änderungen oder Entwürfe aber vielleicht nicht. Schau bitte durch, was du zuletzt geschrieben hast.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of your unsent changes or drafts may not have been recovered. Please look over what you wrote recently.</source>
        <translation>Manche deiner nicht gesendeten Änderungen oder Entwürfe konnten vielleicht nicht wiederhergestellt werden. Schau bitte durch, was du zuletzt geschrieben hast.</translation>
    </message>
    <message>
        <source>All your unsent changes and drafts were recovered.</source>
        <translation>Alle deine nicht gesendeten Änderungen und Entwürfe wurden wiederhergestellt.</translation>
    </message>
    <message>
        <source>Your unsent changes and drafts were not affected.</source>
        <translation>Deine nicht gesendeten Änderungen und Entwürfe sind davon nicht betroffen.</translation>
    </message>
</context>
<context>
    <name>Hearth::ReportAndBlock</name>
    <message>
        <source>Thank you. The community team will look at your report.</source>
        <translation>Danke. Das Community-Team sieht sich deine Meldung an.</translation>
    </message>
    <message>
        <source>Thank you. Your report will reach the community team when you are back online.</source>
        <translation>Danke. Deine Meldung erreicht das Community-Team, sobald du wieder online bist.</translation>
    </message>
    <message>
        <source>Block %1?</source>
        <translation>%1 blockieren?</translation>
    </message>
    <message>
        <source>You won&apos;t see %1&apos;s posts and comments any more, here or on your other devices. They are not told. You can unblock them in Settings.</source>
        <translation>Du siehst die Beiträge und Kommentare von %1 dann nicht mehr, weder hier noch auf deinen anderen Geräten. Die Person erfährt davon nichts. In den Einstellungen kannst du das wieder aufheben.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <source>%1 is blocked.</source>
        <translation>%1 ist blockiert.</translation>
    </message>
    <message>
        <source>Hearth could not block %1 just now. Nothing changed; please try again.</source>
        <translation>Hearth konnte %1 gerade nicht blockieren. Es hat sich nichts geändert; versuch es bitte noch einmal.</translation>
    </message>
    <message>
        <source>%1 is unblocked.</source>
        <translation>%1 ist nicht mehr blockiert.</translation>
    </message>
    <message>
        <source>Hearth could not unblock %1 just now. Nothing changed; please try again.</source>
        <translation>Hearth konnte die Blockierung von %1 gerade nicht aufheben. Es hat sich nichts geändert; versuch es bitte noch einmal.</translation>
    </message>
</context>
<context>
    <name>Hearth::ReportDialog</name>
    <message>
        <source>Send report</source>
        <translation>Meldung senden</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Melden</translation>
    </message>
    <message>
        <source>What is wrong with %1? Your report goes to the community team, not to the person who wrote it.</source>
        <translation>Was stimmt mit %1 nicht? Deine Meldung geht an das Community-Team, nicht an die Person, von der er stammt.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Anything the team should know (optional)</source>
        <translation>&amp;Was das Team wissen sollte (optional)</translation>
    </message>
    <message>
        <source>Note for the community team</source>
        <translation>Notiz für das Community-Team</translation>
    </message>
    <message>
        <source>Someone may be at risk of harming themselves</source>
        <translation>Jemand ist vielleicht in Gefahr, sich selbst zu verletzen</translation>
    </message>
    <message>
        <source>Harassment or bullying</source>
        <translation>Belästigung oder Mobbing</translation>
    </message>
    <message>
        <source>Hate or discrimination</source>
        <translation>Hass oder Diskriminierung</translation>
    </message>
    <message>
        <source>Harmful misinformation</source>
        <translation>Schädliche Falschinformation</translation>
    </message>
    <message>
        <source>Spam or advertising</source>
        <translation>Spam oder Werbung</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
</context>
<context>
    <name>Hearth::SafetyWrites</name>
    <message>
        <source>Your report</source>
        <translation>Deine Meldung</translation>
    </message>
    <message>
        <source>Blocking or unblocking someone</source>
        <translation>Jemanden blockieren oder freigeben</translation>
    </message>
</context>
<context>
    <name>Hearth::SearchDelegate</name>
    <message>
        <source>Folded, as in the feed: open it to choose whether to read it</source>
        <translation>Zugeklappt, wie im Feed: Öffne ihn, um zu entscheiden, ob du ihn lesen möchtest</translation>
    </message>
</context>
<context>
    <name>Hearth::SearchField</name>
    <message>
        <source>Search Hearth</source>
        <translation>Hearth durchsuchen</translation>
    </message>
    <message>
        <source>Nothing kept on this computer matches “%1”.</source>
        <translation>Nichts, was auf diesem Computer gespeichert ist, passt zu „%1“.</translation>
    </message>
    <message>
        <source>The community could not be asked just now. These are the results kept on this computer.</source>
        <translation>Die Community konnte gerade nicht gefragt werden. Das sind die Ergebnisse, die auf diesem Computer gespeichert sind.</translation>
    </message>
    <message>
        <source>Nothing more in the community.</source>
        <translation>Nichts weiter in der Community.</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n gefunden</numerusform>
            <numerusform>%n gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::SearchPopup</name>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
</context>
<context>
    <name>Hearth::SearchRow</name>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>From the community</source>
        <translation>Aus der Community</translation>
    </message>
</context>
<context>
    <name>Hearth::SettingsDialog</name>
    <message>
        <source>&amp;Quiet counts: hide the numbers of reactions and comments</source>
        <translation>&amp;Ohne Zahlen: die Anzahl der Reaktionen und Kommentare ausblenden</translation>
    </message>
    <message>
        <source>&amp;Blur photos marked sensitive until I choose to see them</source>
        <translation>Als sensibel markierte Fotos &amp;unscharf zeigen, bis ich sie sehen möchte</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Stummschalten</translation>
    </message>
    <message>
        <source>&amp;Unmute</source>
        <translation>Stummschaltung &amp;aufheben</translation>
    </message>
    <message>
        <source>Un&amp;block</source>
        <translation>Nicht mehr &amp;blockieren</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Reactions still work; only the numbers go.</source>
        <translation>Reaktionen funktionieren weiter; nur die Zahlen verschwinden.</translation>
    </message>
    <message>
        <source>Muted words and hashtags</source>
        <translation>Stummgeschaltete Wörter und Hashtags</translation>
    </message>
    <message>
        <source>A word, a phrase or a #hashtag</source>
        <translation>Ein Wort, eine Wendung oder ein #Hashtag</translation>
    </message>
    <message>
        <source>Word or hashtag to mute</source>
        <translation>Wort oder Hashtag zum Stummschalten</translation>
    </message>
    <message>
        <source>Posts and comments that mention one of these fold, and say why. Whole words only, in any case.</source>
        <translation>Beiträge und Kommentare, die eins davon erwähnen, werden zugeklappt und sagen, warum. Nur ganze Wörter, egal ob groß oder klein geschrieben.</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Krisentelefone</translation>
    </message>
    <message>
        <source>My country (from the system)</source>
        <translation>Mein Land (vom System)</translation>
    </message>
    <message>
        <source>My country (from the system: %1)</source>
        <translation>Mein Land (vom System: %1)</translation>
    </message>
    <message>
        <source>Another country: show international directories</source>
        <translation>Ein anderes Land: internationale Verzeichnisse zeigen</translation>
    </message>
    <message>
        <source>Country for crisis lines</source>
        <translation>Land für Krisentelefone</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Whose lines Hearth offers beside posts about suicide or self-harm. Hearth is not a crisis service.</source>
        <translation>Aus welchem Land Hearth neben Beiträgen über Suizid oder Selbstverletzung Krisentelefone anbietet. Hearth ist kein Krisendienst.</translation>
    </message>
    <message>
        <source>Blocked people</source>
        <translation>Blockierte Personen</translation>
    </message>
    <message>
        <source>You don&apos;t see their posts and comments. They are not told.</source>
        <translation>Du siehst ihre Beiträge und Kommentare nicht. Sie erfahren davon nichts.</translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <comment>display name, handle</comment>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <source>You haven&apos;t blocked anyone.</source>
        <translation>Du hast niemanden blockiert.</translation>
    </message>
    <message>
        <source>Sign in to block or unblock people.</source>
        <translation>Melde dich an, um Personen zu blockieren oder freizugeben.</translation>
    </message>
    <message>
        <source>Someone you blocked</source>
        <translation>Jemand, den du blockiert hast</translation>
    </message>
    <message>
        <source>Language and text size take effect when Hearth restarts.</source>
        <translation>Sprache und Textgröße gelten ab dem nächsten Start von Hearth.</translation>
    </message>
    <message>
        <source>Look and language</source>
        <translation>Aussehen und Sprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Colors</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s light or dark colors.</source>
        <translation>„System“ folgt den hellen oder dunklen Farben des Desktops.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a text size in percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>C&amp;olors:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Textgröße:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>Hearth::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Everything in Hearth can be done with the keyboard. These keys are the shortcuts.</source>
        <translation>In Hearth geht alles auch mit der Tastatur. Das hier sind die Tastenkürzel.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>One row for each shortcut: what it does, then its keys. The rows are grouped by where they work.</source>
        <translation>Eine Zeile pro Tastenkürzel: was es tut, dann seine Tasten. Die Zeilen sind danach gruppiert, wo sie gelten.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a shortcut read aloud: what it does, its keys</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Next control, previous control</source>
        <translation>Nächstes Element, vorheriges Element</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Open a menu, or go to a field or button</source>
        <translation>Ein Menü öffnen oder zu einem Feld oder Knopf springen</translation>
    </message>
    <message>
        <source>Alt and the underlined letter</source>
        <translation>Alt und der unterstrichene Buchstabe</translation>
    </message>
    <message>
        <source>Close a dialog</source>
        <translation>Einen Dialog schließen</translation>
    </message>
    <message>
        <source>Topic page</source>
        <translation>Themenseite</translation>
    </message>
    <message>
        <source>Next post</source>
        <translation>Nächster Beitrag</translation>
    </message>
    <message>
        <source>Previous post</source>
        <translation>Vorheriger Beitrag</translation>
    </message>
    <message>
        <source>Open the post</source>
        <translation>Den Beitrag öffnen</translation>
    </message>
    <message>
        <source>Next screenful, previous screenful</source>
        <translation>Eine Seite weiter, eine Seite zurück</translation>
    </message>
    <message>
        <source>First post, last post</source>
        <translation>Erster Beitrag, letzter Beitrag</translation>
    </message>
    <message>
        <source>The post&apos;s menu: open, react, or go to a hashtag</source>
        <translation>Das Menü des Beitrags: öffnen, reagieren oder zu einem Hashtag gehen</translation>
    </message>
    <message>
        <source>Choose what shows (on the filter tabs)</source>
        <translation>Wählen, was angezeigt wird (auf den Filter-Reitern)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>React (on a reaction button)</source>
        <translation>Reagieren (auf einem Reaktionsknopf)</translation>
    </message>
    <message>
        <source>Send the comment</source>
        <translation>Den Kommentar senden</translation>
    </message>
    <message>
        <source>Stop replying or editing</source>
        <translation>Antworten oder Bearbeiten beenden</translation>
    </message>
    <message>
        <source>Reply to the selected comment</source>
        <translation>Auf den gewählten Kommentar antworten</translation>
    </message>
    <message>
        <source>Delete your selected comment</source>
        <translation>Deinen gewählten Kommentar löschen</translation>
    </message>
    <message>
        <source>More for the selected comment</source>
        <translation>Mehr zum gewählten Kommentar</translation>
    </message>
    <message>
        <source>Play or pause the video</source>
        <translation>Video abspielen oder anhalten</translation>
    </message>
    <message>
        <source>Mute or unmute the video</source>
        <translation>Ton des Videos aus- oder einschalten</translation>
    </message>
    <message>
        <source>Back or forward 5 seconds in the video</source>
        <translation>Im Video 5 Sekunden zurück oder vor</translation>
    </message>
    <message>
        <source>Zoom the photo in</source>
        <translation>Foto vergrößern</translation>
    </message>
    <message>
        <source>Zoom the photo out</source>
        <translation>Foto verkleinern</translation>
    </message>
    <message>
        <source>Fit the photo to the window</source>
        <translation>Foto an das Fenster anpassen</translation>
    </message>
    <message>
        <source>Show the photo at its actual size</source>
        <translation>Foto in Originalgröße zeigen</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Post it</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Close (asks whether to keep the draft)</source>
        <translation>Schließen (fragt, ob der Entwurf bleiben soll)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>two keys that do the same</comment>
        <translation>%1 oder %2</translation>
    </message>
</context>
<context>
    <name>Hearth::SignInDialog</name>
    <message>
        <source>&amp;Name people see</source>
        <translation>&amp;Angezeigter Name</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>%1 doesn&apos;t use a secure connection (HTTPS). If you go on, your password and what you read and write there travel unprotected, and someone on the same network could see them. Go on only if you trust this network, such as your home network.</source>
        <translation>%1 nutzt keine sichere Verbindung (HTTPS). Wenn du fortfährst, gehen dein Passwort und alles, was du dort liest und schreibst, ungeschützt über das Netz, und jemand im selben Netzwerk könnte es sehen. Fahre nur fort, wenn du diesem Netzwerk vertraust, etwa deinem Heimnetz.</translation>
    </message>
    <message>
        <source>&amp;Use this unprotected connection anyway</source>
        <translation>Diese ungeschützte Verbindung &amp;trotzdem verwenden</translation>
    </message>
    <message>
        <source>Sign in, or create an account</source>
        <translation>Anmelden oder Konto erstellen</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Name people see</source>
        <translation>Angezeigter Name</translation>
    </message>
    <message>
        <source>a first name or a nickname is enough</source>
        <translation>ein Vorname oder Spitzname reicht</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Handle</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Your password is sent only to %1. Hearth keeps the sign-in in your system&apos;s keychain, never in a file.</source>
        <translation>Dein Passwort geht nur an %1. Hearth bewahrt die Anmeldung im Schlüsselbund deines Systems auf, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Hearth can&apos;t reach %1 right now. Check your connection, or try again in a moment.</source>
        <translation>Hearth erreicht %1 gerade nicht. Prüf deine Verbindung oder versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>%1 beitreten</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Dein Konto wird erstellt…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>for example %1</source>
        <comment>%1 is an example of a handle, kept as it is</comment>
        <translation>zum Beispiel %1</translation>
    </message>
</context>
<context>
    <name>Hearth::SyncStatusLabel</name>
    <message>
        <source>Sync status</source>
        <translation>Abgleichstatus</translation>
    </message>
    <message>
        <source>Offline: showing what is saved on this computer</source>
        <translation>Offline: Du siehst, was auf diesem Computer gespeichert ist</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird abgeglichen…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message numerus="yes">
        <source>%n changes waiting to be sent</source>
        <translation>
            <numerusform>%n Änderung wartet aufs Senden</numerusform>
            <numerusform>%n Änderungen warten aufs Senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n changes…</source>
        <translation>
            <numerusform>%n Änderung wird gesendet…</numerusform>
            <numerusform>%n Änderungen werden gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>last synced less than a minute ago</source>
        <translation>zuletzt vor weniger als einer Minute abgeglichen</translation>
    </message>
    <message numerus="yes">
        <source>last synced %n minutes ago</source>
        <translation>
            <numerusform>zuletzt vor %n Minute abgeglichen</numerusform>
            <numerusform>zuletzt vor %n Minuten abgeglichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::TopicDirectoryModel</name>
    <message>
        <source>%1: %2</source>
        <comment>a topic: name, description</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>Nicht beigetreten</translation>
    </message>
</context>
<context>
    <name>Hearth::TopicHeader</name>
    <message>
        <source>Explore our newsletters</source>
        <translation>Unsere Newsletter entdecken</translation>
    </message>
    <message>
        <source>Create a post</source>
        <translation>Beitrag erstellen</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Write a post, a story or a video for this topic.</source>
        <translation>Schreib einen Beitrag, eine Geschichte oder ein Video für dieses Thema.</translation>
    </message>
    <message numerus="yes">
        <source>%1 people</source>
        <comment>topic figures</comment>
        <translation>
            <numerusform>%1 Person</numerusform>
            <numerusform>%1 Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 stories</source>
        <comment>topic figures</comment>
        <translation>
            <numerusform>%1 Geschichte</numerusform>
            <numerusform>%1 Geschichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 posts</source>
        <comment>topic figures</comment>
        <translation>
            <numerusform>%1 Beitrag</numerusform>
            <numerusform>%1 Beiträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Join the conversation on %1</source>
        <translation>Mach mit beim Gespräch über %1</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Subscribe to the newsletters of %1, or unsubscribe.</source>
        <translation>Die Newsletter von %1 abonnieren oder abbestellen.</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>Joining needs an account: you will be asked to sign in.</source>
        <translation>Zum Beitreten brauchst du ein Konto: Du wirst gebeten, dich anzumelden.</translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>%1 beitreten</translation>
    </message>
    <message>
        <source>You joined %1. Pressing it leaves the topic.</source>
        <translation>Du bist %1 beigetreten. Wenn du hier drückst, verlässt du das Thema.</translation>
    </message>
    <message>
        <source>Joining adds %1 to My topics.</source>
        <translation>Beim Beitreten kommt %1 zu „Meine Themen“.</translation>
    </message>
    <message>
        <source>Shows or hides what %1 is about.</source>
        <translation>Zeigt oder verbirgt, worum es in %1 geht.</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Copies a link to this topic that opens it in Hearth.</source>
        <translation>Kopiert einen Link zu diesem Thema, der es in Hearth öffnet.</translation>
    </message>
</context>
<context>
    <name>Hearth::TopicPage</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>Trending</source>
        <translation>Angesagt</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>J and K move between posts, Enter opens one, Space shows the next screenful.</source>
        <translation>J und K springen zwischen Beiträgen, Eingabe öffnet einen, Leertaste zeigt die nächste Seite.</translation>
    </message>
    <message>
        <source>What&apos;s new in %1</source>
        <translation>Neu in %1</translation>
    </message>
    <message>
        <source>You&apos;re offline, and nothing from %1 is saved on this computer yet. It will appear here once you&apos;re connected.</source>
        <translation>Du bist offline, und von %1 ist noch nichts auf diesem Computer gespeichert. Es erscheint hier, sobald du verbunden bist.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>The community can&apos;t be reached right now. Press F5 to try again.</source>
        <translation>Die Community ist gerade nicht erreichbar. Drück F5, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>No stories in %1 yet.</source>
        <translation>Noch keine Geschichten in %1.</translation>
    </message>
    <message>
        <source>No posts in %1 yet.</source>
        <translation>Noch keine Beiträge in %1.</translation>
    </message>
    <message>
        <source>No videos in %1 yet.</source>
        <translation>Noch keine Videos in %1.</translation>
    </message>
    <message>
        <source>Nothing in %1 yet. Be the first to share something.</source>
        <translation>Noch nichts in %1. Teile du als Erstes etwas.</translation>
    </message>
    <message>
        <source>Which posts the feed shows: all, stories, posts or videos. Left and Right choose.</source>
        <translation>Was der Feed zeigt: alles, Geschichten, Beiträge oder Videos. Links und Rechts wählen aus.</translation>
    </message>
    <message>
        <source>The order of the feed: latest first, or trending. Left and Right choose.</source>
        <translation>Die Reihenfolge des Feeds: das Neueste zuerst oder was gerade angesagt ist. Links und Rechts wählen aus.</translation>
    </message>
    <message>
        <source>Folded post by %1: %2. Press Enter to show it.</source>
        <translation>Zugeklappter Beitrag von %1: %2. Drück Eingabe, um ihn zu zeigen.</translation>
    </message>
    <message>
        <source>Hearth repaired its saved copy of the community, so nothing from %1 is on this computer right now. Saved posts come back once you&apos;re connected.</source>
        <translation>Hearth hat seine gespeicherte Kopie der Community repariert, deshalb ist von %1 gerade nichts auf diesem Computer. Gespeicherte Beiträge kommen zurück, sobald du verbunden bist.</translation>
    </message>
    <message numerus="yes">
        <source>↑ %n new posts</source>
        <translation>
            <numerusform>↑ %n neuer Beitrag</numerusform>
            <numerusform>↑ %n neue Beiträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n new posts</source>
        <translation>
            <numerusform>%n neuen Beitrag zeigen</numerusform>
            <numerusform>%n neue Beiträge zeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::TopicRowDelegate</name>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
</context>
<context>
    <name>Hearth::TopicSwitcher</name>
    <message>
        <source>My topics</source>
        <translation>Meine Themen</translation>
    </message>
    <message>
        <source>The topics you joined</source>
        <translation>Die Themen, denen du beigetreten bist</translation>
    </message>
    <message>
        <source>Go to a topic…</source>
        <translation>Zu einem Thema…</translation>
    </message>
    <message>
        <source>Go to a topic</source>
        <translation>Zu einem Thema gehen</translation>
    </message>
    <message>
        <source>Type a topic&apos;s name and press Enter.</source>
        <translation>Gib den Namen eines Themas ein und drück Eingabe.</translation>
    </message>
    <message>
        <source>Topics you join appear here</source>
        <translation>Themen, denen du beitrittst, erscheinen hier</translation>
    </message>
</context>
<context>
    <name>Hearth::UnknownWrites</name>
    <message>
        <source>A change</source>
        <translation>Eine Änderung</translation>
    </message>
</context>
<context>
    <name>Hearth::UnsentButton</name>
    <message numerus="yes">
        <source>%n changes not sent</source>
        <translation>
            <numerusform>%n Änderung nicht gesendet</numerusform>
            <numerusform>%n Änderungen nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>See why, and try again</source>
        <translation>Sieh nach, warum, und versuch es noch einmal</translation>
    </message>
</context>
<context>
    <name>Hearth::UnsentDialog</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>&amp;Let go</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>The community could not take these. Nothing is lost: try again, change what you wrote, or let it go.</source>
        <translation>Die Community konnte das nicht annehmen. Nichts ist verloren: Versuch es noch einmal, ändere, was du geschrieben hast, oder verwirf es.</translation>
    </message>
    <message>
        <source>Changes not sent</source>
        <translation>Nicht gesendete Änderungen</translation>
    </message>
    <message>
        <source>Sends the selected change again.</source>
        <translation>Sendet die gewählte Änderung noch einmal.</translation>
    </message>
    <message>
        <source>Forgets the selected change.</source>
        <translation>Vergisst die gewählte Änderung.</translation>
    </message>
    <message>
        <source>Let it go?</source>
        <translation>Verwerfen?</translation>
    </message>
    <message>
        <source>The community said: %1</source>
        <translation>Die Community sagt: %1</translation>
    </message>
    <message>
        <source>Everything you wrote has been sent.</source>
        <translation>Alles, was du geschrieben hast, ist gesendet.</translation>
    </message>
    <message>
        <source>%1 will be gone from this computer. Let it go?</source>
        <translation>%1 verschwindet dann von diesem Computer. Verwerfen?</translation>
    </message>
    <message>
        <source>Opens the selected post in the composer, or the comment in its box, to change it.</source>
        <translation>Öffnet den gewählten Beitrag im Editor oder den Kommentar in seinem Feld, damit du ihn ändern kannst.</translation>
    </message>
</context>
<context>
    <name>Hearth::VideoPlayer</name>
    <message>
        <source>Sensitive video</source>
        <translation>Sensibles Video</translation>
    </message>
    <message>
        <source>This video&apos;s format can&apos;t be played here: a plug-in for it may be missing on this computer.</source>
        <translation>Das Format dieses Videos kann hier nicht abgespielt werden: Vielleicht fehlt auf diesem Computer ein Plug-in dafür.</translation>
    </message>
    <message>
        <source>The video could not be loaded: the connection dropped.</source>
        <translation>Das Video konnte nicht geladen werden: Die Verbindung ist abgebrochen.</translation>
    </message>
    <message>
        <source>The community did not let Hearth load this video.</source>
        <translation>Die Community hat Hearth dieses Video nicht laden lassen.</translation>
    </message>
    <message>
        <source>Hearth couldn&apos;t play this video here. It may have been removed, or the connection may have dropped.</source>
        <translation>Hearth konnte dieses Video hier nicht abspielen. Vielleicht wurde es entfernt, oder die Verbindung ist abgebrochen.</translation>
    </message>
    <message>
        <source>Open in your video player</source>
        <translation>In deinem Videoplayer öffnen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Position (Left and Right arrow keys: 5 seconds)</source>
        <translation>Position (Pfeiltasten links und rechts: 5 Sekunden)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Videos can&apos;t be played on this computer: its media support is missing.</source>
        <translation>Auf diesem Computer können keine Videos abgespielt werden: Die Medienunterstützung fehlt.</translation>
    </message>
    <message>
        <source>You can open it in your video player instead.</source>
        <translation>Du kannst es stattdessen in deinem Videoplayer öffnen.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>%1 (K)</source>
        <translation>%1 (K)</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <source>%1 (M)</source>
        <translation>%1 (M)</translation>
    </message>
</context>
<context>
    <name>Hearth::WindowActions</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Go to a topic…</source>
        <translation>Zu einem &amp;Thema…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Hearth</source>
        <translation>Ü&amp;ber Hearth</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>Zurück (%1)</translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation>Vorwärts (%1)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Ctrl+?</source>
        <translation>Ctrl+?</translation>
    </message>
    <message>
        <source>&amp;Hearth</source>
        <translation>&amp;Hearth</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>H&amp;ilfe</translation>
    </message>
    <message>
        <source>About Hearth</source>
        <translation>Über Hearth</translation>
    </message>
    <message>
        <source>Hearth %1

A calm, native place to read and share with a peer-support community: topics, posts, stories and videos, reactions and comments. It keeps working offline and sends what you write once it can.</source>
        <translation>Hearth %1

Ein ruhiger Ort auf deinem Computer, um mit einer Selbsthilfe-Community zu lesen und zu teilen: Themen, Beiträge, Geschichten und Videos, Reaktionen und Kommentare. Hearth funktioniert auch offline und sendet, was du schreibst, sobald es geht.</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;All topics</source>
        <translation>A&amp;lle Themen</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>&amp;Entwürfe</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>Be&amp;nachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;My posts</source>
        <translation>&amp;Meine Beiträge</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
</context>
<context>
    <name>LinkOpener</name>
    <message>
        <source>Call %1 from your phone. The number is copied.</source>
        <translation>Ruf %1 von deinem Telefon aus an. Die Nummer ist kopiert.</translation>
    </message>
    <message>
        <source>Hearth could not open %1.</source>
        <translation>Hearth konnte %1 nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>MediaUploads</name>
    <message>
        <source>Hearth has no folder to keep the file in until it is sent.</source>
        <translation>Hearth hat keinen Ordner, um die Datei bis zum Senden aufzubewahren.</translation>
    </message>
    <message>
        <source>Hearth can&apos;t read %1: %2</source>
        <translation>Hearth kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>Hearth can&apos;t create its folder %1.</source>
        <translation>Hearth kann seinen Ordner %1 nicht anlegen.</translation>
    </message>
    <message>
        <source>Hearth can&apos;t keep a copy of %1: %2</source>
        <translation>Hearth kann keine Kopie von %1 ablegen: %2</translation>
    </message>
    <message>
        <source>The file for this post is no longer in Hearth&apos;s folder, so it can&apos;t be sent. Discard the post and write it again with the file.</source>
        <translation>Die Datei für diesen Beitrag ist nicht mehr in Hearths Ordner, deshalb kann er nicht gesendet werden. Verwirf den Beitrag und schreib ihn noch einmal mit der Datei.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Hearth does not know the language “%1”. Try one of: %2.</source>
        <translation>Hearth kennt die Sprache „%1“ nicht. Versuch eine von diesen: %2.</translation>
    </message>
    <message>
        <source>A calm desktop client for peer-support communities.</source>
        <translation>Ein ruhiges Desktop-Programm für Selbsthilfe-Communitys.</translation>
    </message>
    <message>
        <source>The community&apos;s address (by default, the one used last).</source>
        <translation>Die Adresse der Community (sonst die zuletzt benutzte).</translation>
    </message>
    <message>
        <source>The topic to open (by default, the one shown last).</source>
        <translation>Das Thema, das geöffnet wird (sonst das zuletzt gezeigte).</translation>
    </message>
    <message>
        <source>Open this post (its number on the community).</source>
        <translation>Diesen Beitrag öffnen (seine Nummer in der Community).</translation>
    </message>
    <message>
        <source>Open the composer to write a post.</source>
        <translation>Den Editor öffnen, um einen Beitrag zu schreiben.</translation>
    </message>
    <message>
        <source>Start without touching the network.</source>
        <translation>Starten, ohne das Netzwerk zu benutzen.</translation>
    </message>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Hearth could not open its saved posts: %1</source>
        <translation>Hearth konnte die gespeicherten Beiträge nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Quit once the first card of the page you will see is painted, printing the milliseconds since start and what was painted (for benchmarks). Gives up after %1 seconds with nothing to show.</source>
        <translation>Beenden, sobald die erste Karte der Seite gezeichnet ist, die du sehen wirst, und die Millisekunden seit dem Start und das Gezeichnete ausgeben (für Messungen). Gibt nach %1 Sekunden auf, wenn nichts zu zeigen ist.</translation>
    </message>
    <message>
        <source>Hearth cannot write its log to %1 (%2): it goes to the terminal instead.</source>
        <translation>Hearth kann sein Protokoll nicht nach %1 schreiben (%2): Es erscheint stattdessen im Terminal.</translation>
    </message>
    <message>
        <source>Keep the cache (and the log) here instead of the standard place.</source>
        <translation>Den Zwischenspeicher (und das Protokoll) hier statt am üblichen Ort ablegen.</translation>
    </message>
    <message>
        <source>Write the log to the terminal as well as to %1.</source>
        <translation>Das Protokoll außer nach %1 auch ins Terminal schreiben.</translation>
    </message>
    <message>
        <source>The colors: light, dark, or system (as the desktop&apos;s). By default, those chosen in Settings.</source>
        <translation>Die Farben: light (hell), dark (dunkel) oder system (wie der Desktop). Standard: die in den Einstellungen gewählten.</translation>
    </message>
    <message>
        <source>The language to show Hearth in: %1, optionally with a region (de_AT). Dates and numbers follow it too. By default, the one chosen in Settings, or the system&apos;s.</source>
        <translation>Die Sprache, in der Hearth erscheint: %1, wahlweise mit Region (de_AT). Auch Datumsangaben und Zahlen richten sich danach. Standard: die in den Einstellungen gewählte oder die des Systems.</translation>
    </message>
    <message>
        <source>Open this person&apos;s page (their handle).</source>
        <translation>Die Seite dieser Person öffnen (ihr Benutzername).</translation>
    </message>
    <message>
        <source>Search for these words once the window is open.</source>
        <translation>Nach diesen Wörtern suchen, sobald das Fenster offen ist.</translation>
    </message>
    <message>
        <source>A Hearth link to open (hearth:post/42?community=…, as Copy link makes them): a post, a comment, a topic or a person, on the community Hearth is connected to.</source>
        <translation>Ein Hearth-Link zum Öffnen (hearth:post/42?community=…, wie „Link kopieren“ sie erzeugt): ein Beitrag, ein Kommentar, ein Thema oder eine Person in der Community, mit der Hearth verbunden ist.</translation>
    </message>
    <message>
        <source>Hearth opens one link at a time.</source>
        <translation>Hearth öffnet immer nur einen Link.</translation>
    </message>
    <message>
        <source>Open a page of the window: directory (All topics), drafts or notifications (once signed in).</source>
        <translation>Eine Seite des Fensters öffnen: directory (Alle Themen), drafts (Entwürfe) oder notifications (Benachrichtigungen, nach der Anmeldung).</translation>
    </message>
    <message>
        <source>Hearth is open already: the link went to its window.</source>
        <translation>Hearth ist schon geöffnet: Der Link wurde in seinem Fenster geöffnet.</translation>
    </message>
    <message>
        <source>Hearth has no page “%1”. Try directory, drafts or notifications.</source>
        <translation>Hearth hat keine Seite „%1“. Versuch es mit directory, drafts oder notifications.</translation>
    </message>
</context>
</TS>
