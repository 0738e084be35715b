#!/usr/bin/env python3
"""Writes the seed corpora of fuzz/corpus/ (checked in; run again only to change them).

Every seed is made here: small texts written for Hearth, JSON in the shapes of docs/api.md,
and tiny pictures drawn by ImageMagick's `convert` (scripts/deps installs it). Findings of
long runs are added separately, minimised (see docs/fuzzing.md).
"""
import json
import os
import struct
import subprocess
import sys
import tempfile
import zlib

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")


def write(target, name, data):
    folder = os.path.join(ROOT, target)
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def compact(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# --- json: one object per wire type, and a few that must be refused -----------------------
USER = {"id": 7, "handle": "willow", "displayName": "Willow Ames", "team": False}
MEDIA = {"id": 31, "kind": "image", "mimeType": "image/jpeg", "width": 640, "height": 480,
         "byteSize": 48213, "altText": "A kettle on a windowsill", "sensitive": False,
         "posterId": None, "durationMs": None}
REACTIONS = {"counts": {"heart": 4, "hug": 2, "me_too": 1, "sending_strength": 0,
                        "thinking_of_you": 3}, "mine": "hug"}
POST = {"id": 1204, "kind": "post", "author": USER, "title": "Small wins this week",
        "body": "Made tea and sat outside for ten minutes. #SelfCare #Therapy",
        "hashtags": ["SelfCare", "Therapy"], "contentWarning": "", "media": MEDIA,
        "createdAt": "2026-03-02T09:15:00.000Z", "editedAt": None, "version": 1,
        "reactions": REACTIONS, "commentCount": 2, "teamPrompt": False}
COUNTS = {"members": 14600, "posts": 1400, "stories": 0, "videos": 12}
TOPIC = {"slug": "therapy", "name": "Therapy", "tag": "Therapy",
         "description": "Talking it through.", "counts": COUNTS, "joined": True}
COMMENT = {"id": 88, "postId": 1204, "parentId": None, "author": USER,
           "body": "That sounds lovely.", "contentWarning": "",
           "createdAt": "2026-03-02T10:00:00.000Z", "editedAt": "2026-03-02T10:05:30.250Z",
           "version": 2, "deleted": False, "replyCount": 0}
JSON_SEEDS = {
    "user": USER,
    "topic": TOPIC,
    "topic_counts": COUNTS,
    "media": MEDIA,
    "media_video": dict(MEDIA, kind="video", mimeType="video/webm", posterId=32, durationMs=4200),
    "reactions": REACTIONS,
    "post": POST,
    "story": dict(POST, kind="story", title="Winter, slowly", media=None,
                  body="# Part one\n\nSome days are *heavier*. #Grief"),
    "comment": COMMENT,
    "reply": dict(COMMENT, id=89, parentId=88, deleted=True, body=""),
    "session": {"token": "not-a-real-token-0000", "user": USER},
    "newsletter": {"id": 3, "topicSlug": "therapy", "title": "Sunday letter",
                   "description": "A calm round-up.", "cadence": "weekly", "subscribed": False},
    "changes": {"since": 10, "next": 14, "more": False, "posts": [POST],
                "deletedPostIds": [99, 100], "topics": [TOPIC]},
    "attachment": {"id": 31, "altText": "Rain on glass", "sensitive": True},
    "new_post": {"kind": "post", "title": "First time here", "body": "Hello #NewHere",
                 "hashtags": ["Anxiety"], "contentWarning": "",
                 "media": {"id": 31, "altText": "", "sensitive": False}},
    "post_patch": {"title": "Edited title", "hashtags": [], "media": None},
    "new_comment": {"body": "Thinking of you.", "contentWarning": "", "parentId": 88},
    "comment_patch": {"body": "Thinking of you, always.", "contentWarning": "loss"},
    "registration": {"handle": "river_9", "password": "correct horse staple",
                     "displayName": "River"},
    "login": {"handle": "river_9", "password": "correct horse staple"},
    "report": {"reason": "self_harm", "note": "Please check in on them."},
    "page_posts": {"items": [POST], "nextCursor": "c2VlZA"},
    "page_comments": {"items": [COMMENT], "nextCursor": None},
    "page_topics": {"items": [TOPIC], "nextCursor": None},
    "error": {"error": {"code": "validation_failed", "message": "Too long.", "field": "title"}},
    "unicode": dict(USER, displayName="Zoë \u00e9\u0301 \U0001F33F", handle="zoe"),
    "big_numbers": dict(COUNTS, members=9007199254740991, posts=-1, stories=1e300),
}
for name, value in JSON_SEEDS.items():
    write("json", name + ".json", compact(value))
write("json", "nested.json", "{\"a\":" * 40 + "1" + "}" * 40)
write("json", "duplicate_keys.json", '{"id":1,"id":2,"handle":"a","displayName":"b","team":true}')
write("json", "not_object.json", '[1,2,3]')
write("json", "bad_utf8.json", b'{"handle":"\xc3\x28"}')
write("json", "escapes.json", '{"title":"\\u0000\\ud800\\n\\"","body":"\\uDBFF\\uDFFF"}')

# --- hashtags and fts_query: texts ---------------------------------------------------------
TEXTS = {
    "plain": "Feeling better today #Therapy #SelfCare",
    "duplicates": "#Calm #calm #CALM and #Calm_2",
    "url": "See https://example.org/#top and www.example.org/#frag but #Real",
    "entity": "It&#39;s fine a#b &#x27; ##double",
    "digits": "#2024 #2024goals #_ #_x",
    "long": "#" + "a" * 50 + " #" + "b" * 51,
    "german": "#Überleben #ÜBERLEBEN #Straße #STRASSE",
    "decomposed": "#Cafe\u0301 #Caf\u00e9",
    "turkish": "#İstanbul #istanbul #ı",
    "greek": "#ΣΟΦΊΑ #σοφία #Ὀδυσσεύς",
    "digraph": "#ǅemal #ǆemal #ﬁne",
    "emoji": "#🌿 #calm🌿 🌿#calm",
    "cjk": "#心理 #こころ #마음",
    "marks": "#\u0301a #a\u20dd #क्षमा",
    "arabic": "#علاج #٢٠٢٤",
    "many": " ".join("#t%d" % i for i in range(14)),
    "controls": "#a\u0000b #c\u200bd #e\u00adf",
    "newlines": "line\n#Tag\r\n#Other\u2028#Third",
}
for name, text in TEXTS.items():
    write("hashtags", name + ".txt", text)

QUERIES = {
    "word": "tea",
    "words": "  gentle\tmornings \n",
    "quotes": 'say "hi" """',
    "near": "NEAR(a b) AND OR NOT",
    "operators": '* " - ( ) ^ : + {title}',
    "column": "title:calm body : x",
    "prefix": "anx* ^start",
    "unicode": "Überleben café naïve",
    "cjk": "心理 こころ",
    "emoji": "🌿 calm🌿",
    "many": " ".join("w%d" % i for i in range(20)),
    "long": "x" * 150 + " " + "é" * 120,
    "controls": "a\u0000b c\u0007d\u001fe",
    "only_punctuation": "... --- !!!",
    "digits": "2024 3.14 1,000",
    "mixed": 'title:"calm" OR (sleep NEAR/2 tea)',
    "surrogate_cut": "a" * 99 + "\U0001F33F",
}
for name, text in QUERIES.items():
    write("fts_query", name + ".txt", text)

# --- place_link: links as Copy link makes them, and near misses ----------------------------
LINKS = {
    "post": "hearth:post/42?community=https://community.example",
    "comment": "hearth:post/42/comment/7?community=http://192.168.1.20:8080",
    "topic": "hearth:topic/%C3%BCberleben?community=https://example.org/hearth",
    "user": "hearth:user/river_stone?community=http://[fd00::5]:8080",
}
for name, text in LINKS.items():
    write("place_link", name + ".txt", text)

# --- count_format: a little-endian count and a locale byte --------------------------------
COUNTS_SEEDS = [0, 7, 999, 1000, 1499, 14600, 99999, 100000, 999999, 1000000, 1100000,
                999999999, 1000000000, 2000000000, 9223372036854775807, -1, -14600,
                -9223372036854775808]
for i, count in enumerate(COUNTS_SEEDS):
    write("count_format", "count_%02d" % i, struct.pack("<qB", count, i % 7))

# --- story_markdown: stories and posts ----------------------------------------------------
STORIES = {
    "headings": "# Winter\n\n## Slowly\n\nSome days are *heavy*, some **lighter**. #Grief\n",
    "lists": "- one\n- two #Hope\n  - nested\n1. first\n2. second\n\n- [ ] task\n- [x] done\n",
    "links": "[a link](https://example.org/path?q=1#frag) and https://example.org/x).\n",
    "bad_links": "[js](javascript:alert(1)) [rel](../x) [tag](hashtag:Calm) <https://a.example>\n",
    "images": "![a kettle](https://example.org/k.png) ![](file:///etc/passwd \"t\")\n",
    "html": "<b>bold</b> <img src=x onerror=y> <script>x</script> &amp; &#39;\n",
    "code": "```\n#NotATag in code\n```\n\n    indented #code\n\n`#inline`\n",
    "table": "| a | b |\n|---|---|\n| #One | https://example.org |\n",
    "quote": "> quoted #Therapy\n>> deeper\n\n---\n\nafter\n",
    "emphasis": "*a **b *c* d** e* _f_ ~~g~~ \\*h\\*\n",
    "reference": "[ref][1] and [other]\n\n[1]: https://example.org/r\n[other]: http://x.example\n",
    "unicode": "Überleben #Überleben 🌿 #心理 \u202eRTL\u202c\n",
    "controls": "a\u0000b\u0007c\r\nd\re\u2028f\u2029g\n",
    "url_hash": "https://example.org/#top www.example.org/#frag #Real\n",
    "trailing": "(see https://example.org/a_(b)) \"https://example.org/q\".\n",
}
for name, text in STORIES.items():
    write("story_markdown", name + ".md", text)

# --- request_framer: raw HTTP for the server's request framing (its target comes later) ---
REQUESTS = {
    "get": "GET /api/v1/topics/therapy HTTP/1.1\r\nHost: localhost\r\n\r\n",
    "post": "POST /api/v1/posts HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            "Content-Length: 15\r\n\r\n{\"title\":\"hi\"}",
    "pipelined": "GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n",
    "chunked": "POST /api/v1/media HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
               "5\r\nhello\r\n0\r\n\r\n",
    "too_long": "POST /api/v1/media HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999\r\n\r\n",
    "two_lengths": "POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd",
    "bare_lf": "GET / HTTP/1.1\nHost: x\n\n",
    "http10": "GET / HTTP/1.0\r\n\r\n",
    "upgrade": "GET /ws HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n",
    "expect": "POST /api/v1/posts HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n{}",
    "folded": "GET / HTTP/1.1\r\nX-A: one\r\n two\r\n\r\n",
    "negative": "POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n",
}
for name, text in REQUESTS.items():
    write("request_framer", name + ".http", text)


# --- page_salvage: the person's words file, whole and damaged -----------------------------
def words_file(page_size, rows, drafts):
    import sqlite3
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "words.sqlite")
        db = sqlite3.connect(path)
        db.execute(f"PRAGMA page_size = {page_size}")
        db.execute("PRAGMA secure_delete = ON")
        # The schema of cache/WordsDatabase.cpp, step 1.
        db.executescript("""
            CREATE TABLE outbox (
                id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, target TEXT NOT NULL,
                payload TEXT NOT NULL, idempotency_key TEXT NOT NULL UNIQUE,
                state TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at INTEGER, last_error TEXT NOT NULL DEFAULT '',
                created_at INTEGER NOT NULL);
            CREATE INDEX outbox_target ON outbox (target, id);
            CREATE TABLE drafts (key TEXT PRIMARY KEY, json TEXT NOT NULL,
                updated_at INTEGER NOT NULL) WITHOUT ROWID;
        """)
        for i, (kind, target, payload, state) in enumerate(rows):
            db.execute("INSERT INTO outbox (kind, target, payload, idempotency_key, state, "
                       "attempts, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       (kind, target, compact(payload), f"6f1c2a9e-4b7d-4e38-9a51-{i:012d}",
                        state, i % 3, 1764107943123 + i))
        for key, value in drafts:
            db.execute("INSERT INTO drafts VALUES (?, ?, ?)", (key, compact(value), 1764107943000))
        db.commit()
        db.close()
        with open(path, "rb") as f:
            return f.read()


WRITES = [
    ("create_post", "post:-1", {"kind": "post", "title": "Small wins", "body": "Tea outside. #SelfCare"},
     "pending"),
    ("react", "post:42", {"kind": "hug"}, "in_flight"),
    ("comment", "post:42", {"body": "Sending strength " * 40}, "failed"),
    ("join", "topic:therapy", {}, "pending"),
]
DRAFTS = [("composer:new", {"title": "Half a thought", "body": "I keep meaning to"}),
          ("comment:42", {"body": "Same here"})]
whole = words_file(512, WRITES, DRAFTS)
write("page_salvage", "whole.sqlite", whole)
write("page_salvage", "truncated.sqlite", whole[: len(whole) // 2])
write("page_salvage", "zeroed-header.sqlite", b"\0" * 100 + whole[100:])
write("page_salvage", "schema-cut.sqlite", whole[512:])
write("page_salvage", "large-page.sqlite", words_file(4096, WRITES[:2], DRAFTS[:1]))
write("page_salvage", "overflowing.sqlite",
      words_file(512, [("comment", "post:7", {"body": "A long comment. " * 200}, "pending")], []))


# --- pictures: image_upload (first byte: declared type) and media_decode -----------------
def png(width, height, color_type, rows, bit_depth=8):
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    raw = b"".join(b"\x00" + row for row in rows)
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, bit_depth, color_type, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def convert(args, suffix):
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "out." + suffix)
        subprocess.run(["convert", *args, out], check=True)
        with open(out, "rb") as f:
            return f.read()


pictures = {
    "rgb.png": png(8, 6, 2, [bytes(v for x in range(8) for v in (x * 30, y * 40, 90))
                             for y in range(6)]),
    "rgba.png": png(4, 4, 6, [bytes(v for x in range(4) for v in (200, 100, 50, x * 60))
                              for _ in range(4)]),
    "opaque_alpha.png": png(4, 3, 6, [bytes((10, 20, 30, 255) * 4) for _ in range(3)]),
    "gray16.png": png(3, 3, 0, [bytes(6) for _ in range(3)], bit_depth=16),
    # A tiny file claiming a 20,000 × 20,000 canvas: refused from its header alone.
    "bomb.png": png(20000, 20000, 0, [b""])[:33] + png(1, 1, 0, [b"\x00"])[33:],
    "gradient.jpg": convert(["-size", "16x12", "gradient:#336699-#ffcc99", "-quality", "70"], "jpg"),
    "progressive.jpg": convert(["-size", "12x8", "plasma:fractal", "-seed", "4",
                                "-interlace", "Plane", "-quality", "60"], "jpg"),
    "gray.jpg": convert(["-size", "8x8", "gradient:", "-colorspace", "Gray"], "jpg"),
    "rotated.jpg": convert(["-size", "10x6", "xc:#88aa44", "-orient", "RightTop"], "jpg"),
    "palette.png": convert(["-size", "9x7", "gradient:red-blue", "-colors", "4", "-type",
                            "Palette"], "png"),
    "interlaced.png": convert(["-size", "8x8", "gradient:", "-interlace", "PNG"], "png"),
    "picture.webp": convert(["-size", "8x8", "gradient:#204060-#f0e0d0", "-quality", "50"], "webp"),
    "picture.gif": convert(["-size", "8x8", "gradient:green-yellow", "-colors", "8"], "gif"),
}
pictures["truncated.jpg"] = pictures["gradient.jpg"][: len(pictures["gradient.jpg"]) // 2]
pictures["padded.jpg"] = pictures["gradient.jpg"] + b"\x00" * 16

declared = {"jpg": 0, "png": 1, "webp": 2, "gif": 3}
for name, data in pictures.items():
    kind = declared[name.rsplit(".", 1)[1]]
    write("image_upload", name, bytes([kind]) + data)
    if kind <= 1:
        write("media_decode", name, data)
# The wrong declared type: a PNG said to be a JPEG.
write("image_upload", "mismatch.png", bytes([0]) + pictures["rgb.png"])
print("seeds written under", ROOT, file=sys.stderr)
