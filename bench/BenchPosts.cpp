#include "BenchPosts.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Hearth::Bench {

namespace {

// Invented for the benchmark; nobody's real words.
const QStringList sentences = {
    u"Today I finally told my counsellor the thing I had been circling for weeks."_s,
    u"It did not go the way I rehearsed it in the car, and that turned out fine."_s,
    u"Some sessions feel like nothing happens, and then a week later something shifts."_s,
    u"I keep a small notebook now, just for the questions I forget to ask."_s,
    u"My first therapist was not the right fit, and it took me a year to say so."_s,
    u"If you are waiting on a list right now, I hope the wait is kind to you."_s,
    u"Walking to the appointment is half of my therapy some days."_s,
    u"We talked about the difference between being busy and being avoidant."_s,
    u"I cried in the waiting room and the receptionist brought me tea without a word."_s,
    u"Group sessions scared me at first; now they are the part of the week I look forward to."_s,
    u"Homework this week: notice when I say sorry for things that are not mine."_s,
    u"The breathing exercise sounded silly until it worked on a crowded bus."_s,
    u"Does anyone else feel tired for the whole evening after a session?"_s,
    u"I am learning that rest is not a reward I have to earn."_s,
    u"My partner asked how it went and for once I had an answer."_s,
    u"Online sessions work better for me than I expected, especially in winter."_s,
    u"There is a quiet kind of pride in showing up when you did not want to."_s,
    u"I wrote a letter I will never send, and it helped more than sending it would have."_s,
    u"Small steps still count, even the ones nobody else can see."_s,
    u"We are six months in and I can name three feelings I used to lump together."_s,
    u"Some weeks the goal is simply to get through, and that is allowed."_s,
    u"I used to think asking for help meant I had failed at something."_s,
    u"The cat sat on my lap for the whole video call, which felt like support too."_s,
    u"My therapist says progress looks more like a spiral than a line."_s,
    u"Thank you to everyone here who answered my question last month."_s,
    u"I am trying to be as patient with myself as I am with my friends."_s,
    u"Journaling before bed has made the mornings a little softer."_s,
    u"It is strange how a single sentence from a session can stay with you for days."_s,
    u"I finally booked the first appointment after putting it off since spring."_s,
    u"Saying no to one extra shift was the hardest and best thing I did this week."_s,
    u"When the thoughts get loud, I name five things I can see and start again."_s,
    u"We practised what I would say to my brother, line by line, until it felt true."_s,
};

const QStringList titles = {
    u"Finally said it out loud"_s,
    u"A small win"_s,
    u"Tired after sessions?"_s,
    u"What helped me wait for a first appointment"_s,
    u"Six months of Tuesdays"_s,
    u"The notebook trick"_s,
    u"Changing therapists without guilt"_s,
    u"On rest, and not earning it"_s,
    u"Group therapy, a year later: what I wish I had known before the first evening"_s,
    u"Weekly check-in: how are you arriving today?"_s,
    u"A letter I will not send"_s,
    u"Breathing on the bus"_s,
};

const QStringList otherTags = {u"Anxiety"_s, u"SelfCare"_s, u"Grief"_s, u"Depression"_s,
    u"Recovery"_s, u"Mindfulness"_s, u"Sleep"_s, u"WorkLife"_s};

const QStringList altTexts = {u"A cup of tea on a windowsill in the rain"_s,
    u"An empty park bench under autumn trees"_s, u"A handwritten page in a small notebook"_s, {}};

const QStringList warnings
    = {u"Mentions of a hospital stay"_s, u"Family conflict"_s, u"Loss of a parent"_s};

struct Author
{
    QString handle;
    QString name;
};

const QList<Author> authors
    = {{u"river_stone"_s, u"River"_s}, {u"quiet_harbour"_s, u"Quiet Harbour"_s},
        {u"maple_and_moss"_s, u"Maple"_s}, {u"northern_wren"_s, u"Wren"_s},
        {u"slow_tide"_s, u"Slow Tide"_s}, {u"juniper_days"_s, u"Juniper"_s},
        {u"lantern_keeper"_s, u"Lantern"_s}, {u"fern_gully"_s, u"Fern"_s}};

QString sentencesFrom(QRandomGenerator &random, int count)
{
    QString text;
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            text += i % 5 == 0 ? u"\n\n"_s : u" "_s;
        text += sentences[random.bounded(int(sentences.size()))];
    }
    return text;
}

// How many sentences a body has: most posts are short, some long, a few as long as the API
// takes a post (about 4,000 characters). Stories have three times as many.
int bodyLength(QRandomGenerator &random)
{
    const int dice = random.bounded(100);
    if (dice < 40)
        return 1 + random.bounded(2);
    if (dice < 75)
        return 3 + random.bounded(6);
    if (dice < 95)
        return 10 + random.bounded(20);
    return 35 + random.bounded(25);
}

// A story's body: Markdown with headings, emphasis and a list.
QString storyBody(QRandomGenerator &random, int sentenceCount)
{
    QString text = u"## Where I started\n\n"_s
        + sentencesFrom(random, std::max(1, sentenceCount / 3))
        + u"\n\n**What changed** was slow. "_s
        + sentencesFrom(random, std::max(1, sentenceCount / 3)) + u"\n\n- "_s
        + sentences[random.bounded(int(sentences.size()))] + u"\n- _"_s
        + sentences[random.bounded(int(sentences.size()))] + u"_\n\n## Now\n\n"_s
        + sentencesFrom(random, std::max(1, sentenceCount / 3));
    return text;
}

} // namespace

QList<Post> makePosts(int count, const QDateTime &now, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<Post> posts;
    posts.reserve(count);
    for (int i = 1; i <= count; ++i) {
        Post post;
        post.id = i;
        const int kindDice = random.bounded(100);
        post.kind = kindDice < 15 ? PostKind::Story
            : kindDice < 23       ? PostKind::Video
                                  : PostKind::Post;
        const int authorIndex = random.bounded(int(authors.size()));
        const Author &author = authors[authorIndex];
        post.teamPrompt = random.bounded(50) == 0;
        post.author = post.teamPrompt
            ? User{1, u"hearth_team"_s, u"Community team"_s, true}
            : User{qint64(2 + authorIndex), author.handle, author.name, false};
        post.title = titles[random.bounded(int(titles.size()))];
        const int length = bodyLength(random);
        post.body = post.kind == PostKind::Story ? storyBody(random, length * 3)
                                                 : sentencesFrom(random, length);
        post.hashtags = {u"Therapy"_s};
        for (int extra = random.bounded(4); extra > 0; --extra) {
            const QString tag = otherTags[random.bounded(int(otherTags.size()))];
            if (!post.hashtags.contains(tag))
                post.hashtags.append(tag);
        }
        // Within the API's limits on a body, hashtags included: 5,000 characters for posts
        // and videos, 40,000 for stories.
        if (post.kind != PostKind::Story)
            post.body.truncate(4'800);
        post.body += u"\n\n#"_s + post.hashtags.join(u" #"_s);
        if (random.bounded(20) == 0)
            post.contentWarning = warnings[random.bounded(int(warnings.size()))];

        // Media: every video has a poster; about a quarter of the other posts a photo.
        if (post.kind == PostKind::Video || random.bounded(4) == 0) {
            Media media;
            media.id = 100'000 + i;
            media.width = 640 + random.bounded(4) * 320;
            media.height = 480 + random.bounded(3) * 240;
            media.altText = altTexts[random.bounded(int(altTexts.size()))];
            media.sensitive = random.bounded(25) == 0;
            if (post.kind == PostKind::Video) {
                media.kind = MediaKind::Video;
                media.mimeType = u"video/mp4"_s;
                media.posterId = 200'000 + i;
                media.durationMs = 30'000 + random.bounded(300'000);
            } else {
                media.mimeType = u"image/jpeg"_s;
            }
            media.byteSize = 150'000 + random.bounded(900'000);
            post.media = media;
        }

        post.createdAt = now.addSecs(-qint64(i) * 7 * 60);
        if (random.bounded(10) == 0)
            post.editedAt = post.createdAt.addSecs(300);
        for (ReactionKind kind : AllReactionKinds) {
            if (random.bounded(3) == 0)
                post.reactions.setCount(kind, random.bounded(60));
        }
        post.commentCount = random.bounded(40);
        posts.append(post);
    }
    return posts;
}

} // namespace Hearth::Bench
