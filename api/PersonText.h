#pragma once

#include <QString>

// Words a person wrote (a display name, a title, a body, a hashtag, a comment, a content
// warning, an alt text) as Hearth places them among its own: each one a bidi run of its own,
// so that nothing in it can reorder the words around it, and identical wherever it shows (a
// card, the post view, a comment row, a sentence for screen readers, a fold's summary). In
// api/, the layer every other one may include: FeedModel's sentences and care's fold
// summaries need it as much as the widgets do.
//
// Explicit direction controls inside such words are taken out, not balanced. An override
// (U+202D, U+202E) has no use in running text but to show letters in an order other than
// the one they were written in ("gnp.exe"), and it would do that inside the run too; an
// embedding or isolate the writer opened and closed only moves neutral punctuation at the
// edges of a run, which the first-strong isolate around the whole already decides; an
// unbalanced one cannot be read back into what the writer meant. Taking them out is one pass
// that cannot go wrong, and what is left is the writer's characters in the order they typed
// them, laid out by the implicit rules, right-to-left scripts included. The marks (U+200E,
// U+200F, U+061C) stay: they have no scope, so they cannot leak out.
//
// Words shown alone (a title in a label of its own, a body in its document, a hashtag on its
// button, a card's paragraph) need only lose their controls: their paragraph is theirs, its
// direction that of their first strong letter or the window's, and nothing of Hearth's
// follows them there to be turned around.
namespace Hearth::PersonText {

// Whether c opens or closes an explicit embedding, override or isolate (U+202A-U+202E,
// U+2066-U+2069).
bool isDirectionControl(char16_t c);

// The text without its explicit embeddings, overrides and isolates.
QString withoutDirectionControls(QStringView text);

// The text as a run of its own inside other text: without its direction controls, between
// FIRST STRONG ISOLATE (U+2068) and POP DIRECTIONAL ISOLATE (U+2069). Its direction is
// that of its first strong letter (an Arabic name reads right to left), and the words
// around it keep theirs. Empty text stays empty.
QString isolated(QStringView text);

// A person's name for the text of a menu entry: isolated(), with each '&' doubled so that
// it shows as itself rather than marking a shortcut.
QString inMenu(QStringView name);

} // namespace Hearth::PersonText
