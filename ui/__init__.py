"""Qt only: windows, pages and dialogs; numbers come from models/ and reports/."""
