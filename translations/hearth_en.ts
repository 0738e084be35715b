<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Hearth::CommentBox</name>
    <message numerus="yes">
        <source>%n characters too many</source>
        <translation>
            <numerusform>%n character too many</numerusform>
            <numerusform>%n characters too many</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::CommentThreadView</name>
    <message numerus="yes">
        <source>%n new comments.</source>
        <translation>
            <numerusform>%n new comment.</numerusform>
            <numerusform>%n new comments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::ComposerDialog</name>
    <message numerus="yes">
        <source>A post can have at most %n hashtags: remove some.</source>
        <translation>
            <numerusform>A post can have at most %n hashtag: remove it.</numerusform>
            <numerusform>A post can have at most %n hashtags: remove some.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::FeedModel</name>
    <message numerus="yes">
        <source>%Ln minutes ago</source>
        <translation>
            <numerusform>%Ln minute ago</numerusform>
            <numerusform>%Ln minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours ago</source>
        <translation>
            <numerusform>%Ln hour ago</numerusform>
            <numerusform>%Ln hours ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::LimitCounter</name>
    <message numerus="yes">
        <source>%1 (%n too many)</source>
        <translation>
            <numerusform>%1 (%n too many)</numerusform>
            <numerusform>%1 (%n too many)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::NotificationBell</name>
    <message numerus="yes">
        <source>Notifications, %n unread</source>
        <translation>
            <numerusform>Notifications, %n unread</numerusform>
            <numerusform>Notifications, %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::NotificationPopups</name>
    <message numerus="yes">
        <source>%n new notifications</source>
        <translation>
            <numerusform>%n new notification</numerusform>
            <numerusform>%n new notifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::NotificationWording</name>
    <message numerus="yes">
        <source>%1 and %n others sent %2</source>
        <extracomment>%1 is a person, %n how many others reacted, %2 what they sent (&quot;hugs and hearts&quot;)</extracomment>
        <translation>
            <numerusform>%1 and %n other sent %2</numerusform>
            <numerusform>%1 and %n others sent %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::PostWording</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reactions</source>
        <translation>
            <numerusform>%Ln reaction</numerusform>
            <numerusform>%Ln reactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln comments</source>
        <translation>
            <numerusform>%Ln comment</numerusform>
            <numerusform>%Ln comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::ProfilePage</name>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n videos</source>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n videos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::RecoveryNotice</name>
    <message numerus="yes">
        <source>%n unsent change(s) could be recovered, but some of your unsent changes or drafts may not have been. Please look over what you wrote recently.</source>
        <translation>
            <numerusform>%n unsent change could be recovered, but some of your unsent changes or drafts may not have been. Please look over what you wrote recently.</numerusform>
            <numerusform>%n unsent changes could be recovered, but some of your unsent changes or drafts may not have been. Please look over what you wrote recently.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::SearchField</name>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::SyncStatusLabel</name>
    <message numerus="yes">
        <source>%n changes waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n changes…</source>
        <translation>
            <numerusform>Sending %n change…</numerusform>
            <numerusform>Sending %n changes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last synced %n minutes ago</source>
        <translation>
            <numerusform>last synced %n minute ago</numerusform>
            <numerusform>last synced %n minutes ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::TopicHeader</name>
    <message numerus="yes">
        <source>%1 people</source>
        <comment>topic figures</comment>
        <translation>
            <numerusform>%1 person</numerusform>
            <numerusform>%1 people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 stories</source>
        <comment>topic figures</comment>
        <translation>
            <numerusform>%1 story</numerusform>
            <numerusform>%1 stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 posts</source>
        <comment>topic figures</comment>
        <translation>
            <numerusform>%1 post</numerusform>
            <numerusform>%1 posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::TopicPage</name>
    <message numerus="yes">
        <source>↑ %n new posts</source>
        <translation>
            <numerusform>↑ %n new post</numerusform>
            <numerusform>↑ %n new posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n new posts</source>
        <translation>
            <numerusform>Show %n new post</numerusform>
            <numerusform>Show %n new posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::UnsentButton</name>
    <message numerus="yes">
        <source>%n changes not sent</source>
        <translation>
            <numerusform>%n change not sent</numerusform>
            <numerusform>%n changes not sent</numerusform>
        </translation>
    </message>
</context>
</TS>
