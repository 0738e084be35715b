#pragma once

class QWidget;

namespace Hearth::DialogSize {

// Sizes a dialog for its content at its width (at least its layout's minimum): the height its
// wrapped lines need there, which a window's layout does not give it by itself (Qt sizes a
// window by its size hint, where a wrapped label guesses its width), within the screen's
// free height. Also its minimum height, so that nothing can be squeezed into overlapping.
// Call it after the content changes (a longer error, a row shown or hidden).
void fitToContent(QWidget &dialog);

// A comfortable width for a dialog of a few sentences: about 60 characters a line of its
// font, so that a wrapped hint reads as lines rather than a column of words.
int sentenceWidth(const QWidget &dialog);

} // namespace Hearth::DialogSize
