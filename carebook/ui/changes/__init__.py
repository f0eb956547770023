"""The changes a coordinator makes that are more than adding, saving or removing one record
(a medication stopped, a visit of a series cancelled, an import): each through the caseload's
one door (carebook.ui.commands), undoable where it can be, and answered with what it touched."""
