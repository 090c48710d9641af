#pragma once

class QWidget;

namespace clientele {

/// Edit › Copy for whatever has the focus: the selected text of a text field or detail pane, or
/// the selected rows of a table or list as tab-separated text (so they paste into a
/// spreadsheet). Returns false when there was nothing to copy.
bool copySelection(QWidget *focus);

} // namespace clientele
